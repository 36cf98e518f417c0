"""The instalment plan as one line of text, for the command line's table and the PDF."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from premiumcalc.pricing.explain import money, payment_label


def instalment_plan_text(instalments: Sequence[Decimal], payment: str, lang: str) -> str:
    """``monthly: first €60.60, then 11 × €60.55``."""
    n = len(instalments)
    label = payment_label(payment, lang)
    first = money(instalments[0], lang)
    if n == 1:
        return f"{label}: {first}"
    rest = money(instalments[1], lang)
    if instalments[0] == instalments[1]:
        return f"{label}: {n} × {first}"
    if lang == "de":
        return f"{label}: erste Rate {first}, dann {n - 1} × {rest}"
    return f"{label}: first {first}, then {n - 1} × {rest}"
