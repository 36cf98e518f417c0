"""The largest values the window takes (tariff handbook §16, the request schema's limits),
checked wherever a value enters it: the form's widgets, ``--request`` files, the saved last
request and the crash draft.

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
    check_client_name,
    check_field,
)
from premiumcalc.pricing.request import MAX_CLIENT_NAME as MAX_NAME
from premiumcalc.pricing.request import MAX_ID_LENGTH as MAX_PROFESSION

__all__ = ["MAX_ADDRESS_LINE", "MAX_ADDRESS_LINES", "MAX_CLAIMS", "MAX_NAME", "MAX_PROFESSION",
           "MAX_REVENUE", "address_problem", "check_value", "check_values"]


def address_problem(text: str) -> str | None:
    """Why ``text`` is too long for the client's address, or None when it fits. Counted as
    the form shows it while it is typed: a line break after the fourth line is a fifth."""
    lines = text.split("\n")
    if len(lines) > MAX_ADDRESS_LINES:
        return f"has {len(lines)} lines; at most {MAX_ADDRESS_LINES} lines are allowed"
    for number, line in enumerate(lines, 1):
        if len(line) > MAX_ADDRESS_LINE:
            return (f"line {number} has {len(line):,} characters; at most {MAX_ADDRESS_LINE} "
                    "characters a line are allowed")
    return None


def check_value(field: str, value: Any) -> None:
    """Raise :class:`InvalidInput` when ``value`` is beyond the request schema's limit for
    ``field`` (fields without a limit here are checked against the tariff when priced)."""
    if field in ("revenue", "claims", "profession"):
        if field == "revenue" and value is None:
            return  # the form's "not an amount yet"
        # the window holds these typed: an amount as a Decimal, claims as an int
        if field == "revenue" and not isinstance(value, Decimal):
            raise InvalidInput(field, "is not an amount")
        if field == "claims" and (isinstance(value, bool) or not isinstance(value, int)):
            raise InvalidInput(field, "must be a whole number")
        check_field(field, value)
    elif field in ("client_name", "client_address"):
        if not isinstance(value, str):
            raise InvalidInput(field, "must be text")
        if field == "client_name":
            check_client_name(value, field)
        elif (problem := address_problem(value)) is not None:
            raise InvalidInput(field, problem)


def check_values(values: Mapping[str, Any]) -> None:
    """:func:`check_value` for each item, in order."""
    for field, value in values.items():
        check_value(field, value)
