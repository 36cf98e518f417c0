"""Constraints on the fields of the tariff and catalogue dataclasses, read by pydantic.

The models are plain frozen dataclasses, so that pricing, the window and the command line can
use tariffs without importing pydantic (loading it costs more than pricing a thousand quotes).
pydantic validates them when a file is read: it finds a :class:`Check` in a field's
``Annotated`` metadata and applies its constraints, importing pydantic only then.
"""

from __future__ import annotations

from typing import Annotated, Any


class Check:
    """Constraints for one type: pydantic's ``Field`` keywords, or ``StringConstraints`` on str."""

    def __init__(self, **constraints: Any) -> None:
        self.constraints = constraints

    def __repr__(self) -> str:
        return f"Check({', '.join(f'{k}={v!r}' for k, v in self.constraints.items())})"

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic import Field, StringConstraints

        if source is str:
            return handler(Annotated[source, StringConstraints(**self.constraints)])
        return handler(Annotated[source, Field(**self.constraints)])


class Bounded:
    """A number from ``low`` to ``high`` (inclusive; above ``low`` only if ``above``) with at
    most ``places`` decimal places, finite; the error names the range.

    Checked on the value's digits and exponent, so that no value (``1e-999999999``,
    ``1e400``) costs time or memory to check.
    """

    def __init__(self, what: str, low: int, high: int, places: int, *, above: bool = False):
        self.what = what
        self.low = low
        self.high = high
        self.places = places
        self.above = above

    def allowed(self) -> str:
        low = f"above {self.low}" if self.above else f"from {self.low}"
        places = (
            "a whole number" if self.places == 0 else f"at most {self.places} decimal places"
        )
        return f"{self.what} {low} to {self.high:,}, {places}"

    def __repr__(self) -> str:
        return f"Bounded({self.allowed()!r})"

    def check(self, value: Any) -> Any:
        """``value`` if it is allowed; raises pydantic's error otherwise."""
        from pydantic_core import PydanticCustomError

        if not self.ok(value):
            raise PydanticCustomError(
                "out_of_range", "must be {allowed}", {"allowed": self.allowed()},
            )
        return value

    def ok(self, value: Any) -> bool:
        """Whether ``value`` is allowed (without importing pydantic)."""
        from decimal import Decimal

        if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
            return False
        ok = True
        if isinstance(value, Decimal):
            _sign, digits, exponent = value.as_tuple()
            ok = (
                value.is_finite()
                and isinstance(exponent, int)
                and -exponent <= self.places
                and len(digits) + exponent <= len(str(self.high)) + 1
            )
        elif isinstance(value, int) and value.bit_length() > 64:
            ok = False
        if ok:
            ok = (value > self.low if self.above else value >= self.low) and value <= self.high
        return ok

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic import Field
        from pydantic_core import core_schema

        inner = handler(Annotated[source, Field(allow_inf_nan=False)] if source is not int
                        else source)
        return core_schema.no_info_after_validator_function(self.check, inner)


def short_repr(value: Any) -> str:
    """A value for a message, at most about 40 characters (however large it is)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        return "a whole number of more than 38 digits"
    text = repr(value)
    return text if len(text) <= 40 else text[:28] + "…" + text[-10:]


#: pydantic's configuration of every model: unknown keys are errors.
STRICT_KEYS: dict[str, Any] = {"extra": "forbid"}
