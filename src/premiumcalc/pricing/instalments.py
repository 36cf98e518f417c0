"""The instalment plan as one line of text, for the command line's table and the PDF."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from premiumcalc.pricing.explain import money, payment_label
from premiumcalc.tariffs.wording import REPORT


def instalment_plan_text(instalments: Sequence[Decimal], payment: str, lang: str) -> str:
    """``monthly: first €60.60, then 11 × €60.55``."""
    n = len(instalments)
    label = payment_label(payment, lang)
    first = money(instalments[0], lang)
    if n == 1:
        return REPORT("plan_single", lang, payment=label, amount=first)
    if instalments[0] == instalments[1]:
        return REPORT("plan_equal", lang, payment=label, count=n, amount=first)
    return REPORT("plan_first_then", lang, payment=label, first=first, count=n - 1,
                  rest=money(instalments[1], lang))
