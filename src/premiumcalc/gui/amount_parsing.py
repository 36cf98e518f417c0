"""Strict parsing of an amount typed in the user's language (no Qt).

German: ``180000``, ``180.000``, ``180.000,50``, ``180000,5``; English: ``180000``,
``180,000``, ``180,000.50``. The locale's symbols come from babel. Anything else (``1e5``,
``-1``, ``NaN``, letters, three decimals, misplaced grouping) is refused with a reason code.
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import Enum
from functools import cache

from premiumcalc.pricing.explain import number_locale
from premiumcalc.pricing.request import MAX_REVENUE, InvalidInput, check_amount

#: The request schema's largest revenue (handbook §16).
MAX_AMOUNT = MAX_REVENUE


class AmountProblem(Enum):
    EMPTY = "empty"
    CHARACTERS = "characters"  # a character that can never be part of an amount
    FORMAT = "format"  # allowed characters in a wrong place
    DECIMALS = "decimals"  # more than two decimals
    TOO_LARGE = "too-large"


class AmountError(ValueError):
    def __init__(self, problem: AmountProblem) -> None:
        self.problem = problem
        super().__init__(problem.value)


@cache
def symbols(lang: str) -> tuple[str, str]:
    """(decimal sign, group sign) of the language, from babel."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    loc = number_locale(lang)
    return str(get_decimal_symbol(loc)), str(get_group_symbol(loc))


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    dec, grp = (re.escape(s) for s in symbols(lang))
    whole = rf"(?:[0-9]+|[0-9]{{1,3}}(?:{grp}[0-9]{{3}})+)"
    full = re.compile(rf"^{whole}(?:{dec}[0-9]{{1,2}})?$")
    many_decimals = re.compile(rf"^{whole}{dec}[0-9]{{3,}}$")
    allowed = re.compile(rf"^[0-9{dec}{grp}]*$")
    return full, many_decimals, allowed


def allowed_characters(text: str, lang: str) -> bool:
    """Whether every character may appear in an amount (digits and the two signs)."""
    return bool(_patterns(lang)[2].match(text.strip()))


def parse_amount(text: str, lang: str) -> Decimal:
    """The amount as a Decimal (never a float); :class:`AmountError` says what is wrong."""
    s = text.strip()
    if not s:
        raise AmountError(AmountProblem.EMPTY)
    full, many_decimals, allowed = _patterns(lang)
    if not allowed.match(s):
        raise AmountError(AmountProblem.CHARACTERS)
    if many_decimals.match(s):
        raise AmountError(AmountProblem.DECIMALS)
    if not full.match(s):
        raise AmountError(AmountProblem.FORMAT)
    dec, grp = symbols(lang)
    whole = s.partition(dec)[0].replace(grp, "").lstrip("0")
    if len(whole) > len(str(int(MAX_AMOUNT))):  # before babel: no number of huge length
        raise AmountError(AmountProblem.TOO_LARGE)
    from babel.numbers import NumberFormatError, parse_decimal

    try:
        value = parse_decimal(s, locale=number_locale(lang), strict=True)
    except NumberFormatError:
        raise AmountError(AmountProblem.FORMAT) from None
    if not isinstance(value, Decimal) or not value.is_finite():  # pragma: no cover - babel
        raise AmountError(AmountProblem.FORMAT)
    try:  # the schema's limits, as for every other way a revenue comes in
        return check_amount("revenue", value, MAX_AMOUNT)
    except InvalidInput:
        raise AmountError(AmountProblem.TOO_LARGE) from None
