"""The fixed wording of the quote PDF in English and German (the core supplies the rest).

The texts are in ``resources/catalog/texts/letter.toml``.
"""

from __future__ import annotations

from premiumcalc.tariffs.wording import LETTER


def t(key: str, lang: str, **values: object) -> str:
    """The text for ``key`` in ``lang`` ("de" or "en"), with ``{placeholders}`` filled in."""
    return LETTER(key, lang, **values)
