"""Display formatting for the window: whole amounts (cover, deductible) for a language.

Money with cents comes from :func:`premiumcalc.pricing.explain.money`; this adds the whole
euro amounts of the option lists (``1.000.000 €`` / ``€1,000,000``). No Qt here.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from premiumcalc.pricing.explain import number_locale


@lru_cache(maxsize=256)
def whole_money(value: int, lang: str) -> str:
    """A whole euro amount with the locale's grouping: ``1.000.000 €`` or ``€1,000,000``."""
    from babel.numbers import format_currency

    pattern = "#,##0\u00a0¤" if lang == "de" else "¤#,##0"
    return str(
        format_currency(Decimal(value), "EUR", format=pattern, locale=number_locale(lang),
                        currency_digits=False)
    )


def percent(rate: Decimal, lang: str) -> str:
    """A rate as a percentage without trailing zeros: ``19 %`` or ``19%``."""
    value = (rate * 100).normalize()
    text = format(value, "f")
    if lang == "de":
        return text.replace(".", ",") + "\u00a0%"
    return text + "%"
