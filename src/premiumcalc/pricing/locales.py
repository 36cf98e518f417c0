"""The babel Locales that format money and numbers, started from a snapshot of their data.

Before babel formats its first amount it reads the language's whole CLDR data (calendars,
territory and unit names, time zones); at the window's start that is the largest single
cost after Qt itself. Formatting numbers needs only a few of those entries. They are kept,
per babel version, with the validated tariffs (:mod:`premiumcalc.tariffs.validated`), and
a :class:`NumbersLocale` starts from them. babel's own functions do all the formatting and
parsing; an entry that is not in the snapshot is read from babel's full data when first
asked for, so every result is babel's.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from babel.core import Locale
from babel.localedata import LocaleDataDict

#: The babel locale of each language of the program.
LOCALES = {"de": "de_DE", "en": "en_US"}

#: babel's locale data entries that number and currency formatting read.
NUMBER_ENTRIES = (
    "number_symbols",
    "default_numbering_system",
    "numbering_systems",
    "decimal_formats",
    "currency_formats",
    "percent_formats",
    "scientific_formats",
    "currency_symbols",
    "currency_names",
    "currency_names_plural",
    "plural_form",
)


def locale_id(lang: str) -> str:
    return LOCALES.get(lang, "en_US")


class _Entries(dict[Any, Any]):
    """Snapshot entries; any other entry comes from babel's full data of the locale."""

    def __init__(self, entries: Mapping[Any, Any], identifier: str) -> None:
        super().__init__(entries)
        self.identifier = identifier

    def __missing__(self, key: Any) -> Any:
        from babel import localedata

        full = localedata.load(self.identifier)
        for name, value in full.items():
            self.setdefault(name, value)
        return full[key]


class NumbersLocale(Locale):
    """A babel Locale whose data starts as a snapshot of its number formatting entries."""

    def __init__(self, identifier: str, entries: Mapping[Any, Any]) -> None:
        language, _, territory = identifier.partition("_")
        super().__init__(language, territory or None)
        self._entries = LocaleDataDict(_Entries(entries, identifier))

    @property
    def _data(self) -> LocaleDataDict:
        return self._entries


def _plain(value: Any) -> Any:
    """A locale data value with babel's aliases resolved, as plain dicts."""
    if isinstance(value, Mapping):
        return {key: _plain(value[key]) for key in value}
    return value


def snapshot(identifier: str) -> dict[str, Any]:
    """The number formatting entries of a babel locale (reads its full data)."""
    data = Locale.parse(identifier)._data
    return {name: _plain(data[name]) for name in NUMBER_ENTRIES if name in data}


@cache
def number_locale(lang: str) -> Locale:
    """The babel Locale to format and parse money and numbers in ``lang`` with."""
    import babel

    from premiumcalc.tariffs import validated

    identifier = locale_id(lang)
    key = f"{babel.__version__} {identifier} {' '.join(NUMBER_ENTRIES)}".encode()
    entries = validated.remembered("babel-numbers", key, lambda: snapshot(identifier))
    if not isinstance(entries, dict):  # pragma: no cover - a cache of another shape
        entries = snapshot(identifier)
    return NumbersLocale(identifier, entries)
