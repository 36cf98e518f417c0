"""The largest values the window takes (tariff handbook §16), checked wherever a value enters
it: the form's widgets, ``--request`` files, the saved last request and the crash draft.

A value beyond a limit is refused with :class:`InvalidInput` naming the field and what is
allowed; it is never shown shortened or priced.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from premiumcalc.pricing import InvalidInput
from premiumcalc.pricing.request import (
    MAX_ADDRESS_LINE,
    MAX_ADDRESS_LINES,
    MAX_CLAIMS,
    MAX_REVENUE,
)
from premiumcalc.pricing.request import MAX_CLIENT_NAME as MAX_NAME
from premiumcalc.pricing.request import MAX_ID_LENGTH as MAX_PROFESSION

__all__ = ["MAX_ADDRESS_LINE", "MAX_ADDRESS_LINES", "MAX_CLAIMS", "MAX_NAME", "MAX_PROFESSION",
           "MAX_REVENUE", "address_problem", "check_value", "check_values"]


def address_problem(text: str) -> str | None:
    """Why ``text`` is too long for the client's address, or None when it fits."""
    lines = text.split("\n")
    if len(lines) > MAX_ADDRESS_LINES:
        return f"has {len(lines)} lines; at most {MAX_ADDRESS_LINES} lines are allowed"
    for number, line in enumerate(lines, 1):
        if len(line) > MAX_ADDRESS_LINE:
            return (f"line {number} has {len(line):,} characters; at most {MAX_ADDRESS_LINE} "
                    "characters a line are allowed")
    return None


def check_value(field: str, value: Any) -> None:
    """Raise :class:`InvalidInput` when ``value`` is beyond the window's limit for ``field``
    (fields without a limit here are checked against the tariff when priced)."""
    if field == "revenue":
        if value is None:
            return  # the form's "not an amount yet"
        if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
            raise InvalidInput(field, "is not an amount")
        if value > MAX_REVENUE:
            raise InvalidInput(field, f"{_shown(value)} is too large; at most "
                               "999,999,999,999.99 is allowed")
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -2 and value != value.quantize(
                Decimal("0.01")):
            raise InvalidInput(field, f"{_shown(value)} has more than two decimals")
    elif field == "claims":
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_CLAIMS:
            raise InvalidInput(field, f"{_shown(value)} is not allowed; use a whole number "
                               f"from 0 to {MAX_CLAIMS}")
    elif field in ("client_name", "profession"):
        limit = MAX_NAME if field == "client_name" else MAX_PROFESSION
        if not isinstance(value, str):
            raise InvalidInput(field, "must be text")
        if len(value) > limit:
            raise InvalidInput(field, f"has {len(value):,} characters; at most {limit} "
                               "are allowed")
    elif field == "client_address":
        if not isinstance(value, str):
            raise InvalidInput(field, "must be text")
        problem = address_problem(value)
        if problem is not None:
            raise InvalidInput(field, problem)


def check_values(values: Mapping[str, Any]) -> None:
    """:func:`check_value` for each item, in order."""
    for field, value in values.items():
        check_value(field, value)


def _shown(value: object) -> str:
    try:
        text = str(value)
    except ValueError:  # an integer too long to convert
        return "a number too long to show"
    return text if len(text) <= 40 else f"{text[:20]}… ({len(text):,} characters)"
