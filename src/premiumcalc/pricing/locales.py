"""The babel Locales that format money and numbers.

babel's own functions do all the formatting and parsing, with babel's own locale data.
"""

from __future__ import annotations

from functools import cache

from babel.core import Locale

#: The babel locale of each language of the program.
LOCALES = {"de": "de_DE", "en": "en_US"}


def locale_id(lang: str) -> str:
    return LOCALES.get(lang, "en_US")


@cache
def number_locale(lang: str) -> Locale:
    """The babel Locale to format and parse money and numbers in ``lang`` with."""
    return Locale.parse(locale_id(lang))
