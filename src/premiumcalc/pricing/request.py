"""The quote request: its model, the parsing of user-typed values and the check against a tariff.

Every failure is an :class:`InvalidInput` that names the field and what is allowed, so the
command line, the batch and the window can show one clear line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from premiumcalc.tariffs.catalog import Catalog
from premiumcalc.tariffs.models import INSTALMENTS, Tariff

DEFAULTS: dict[str, Any] = {
    "claims": 0,
    "modules": (),
    "startup": False,
    "term": 1,
    "payment": "annual",
    "country": "DE",
    "scenarios": (),
}


class InvalidInput(ValueError):
    """A request value that is not allowed; ``str()`` is one line naming the field."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


class QuoteRequest(BaseModel):
    """What the user asks a price for. Money is a Decimal; floats are refused."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    tariff: str = ""
    profession: str
    revenue: Annotated[Decimal, Field(ge=0, allow_inf_nan=False)]
    cover: Annotated[int, Field(ge=0)]
    deductible: Annotated[int, Field(ge=0)]
    claims: Annotated[int, Field(ge=0)] = 0
    modules: tuple[str, ...] = ()
    startup: bool = False
    term: int = 1
    payment: str = "annual"
    country: str = "DE"
    scenarios: tuple[str, ...] = ()

    @field_validator("revenue", mode="before")
    @classmethod
    def _refuse_floats(cls, value: object) -> object:
        if isinstance(value, float):
            raise ValueError("give the revenue as a string or an integer, never as a float")
        return value

    @field_validator("cover", "deductible", "claims", "term", mode="before")
    @classmethod
    def _plain_int(cls, value: object) -> object:
        if isinstance(value, (bool, float)):
            raise ValueError("must be a whole number")
        if isinstance(value, str):
            if not _INT.match(value):
                raise ValueError("must be plain digits, e.g. 1000000")
            return int(value)
        return value

    @field_validator("modules", "scenarios", mode="after")
    @classmethod
    def _unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _dedupe(value)

    def with_changes(self, **changes: Any) -> QuoteRequest:
        """A copy with some fields changed, validated again."""
        data = self.model_dump()
        data.update(changes)
        return build_request(data)


def build_request(data: Mapping[str, Any]) -> QuoteRequest:
    """A :class:`QuoteRequest` from already typed values; errors become :class:`InvalidInput`."""
    try:
        return QuoteRequest.model_validate(dict(data))
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or "request"
        kind = err["type"]
        if kind == "missing":
            raise InvalidInput(field, "is required") from None
        if kind == "extra_forbidden":
            raise InvalidInput(field, "is not a field of a quote request") from None
        msg = err["msg"].removeprefix("Value error, ")
        raise InvalidInput(field, msg[:1].lower() + msg[1:]) from None


# ---------------------------------------------------------------------------------------
# Parsing values typed on the command line or in a CSV file.

_INT = re.compile(r"^[0-9]+$")
_PLAIN_AMOUNT = re.compile(r"^[0-9]+(\.[0-9]{1,2})?$")
_GERMAN_GROUPED = re.compile(r"^[0-9]{1,3}(\.[0-9]{3})+(,[0-9]{1,2})?$")
_GERMAN_DECIMAL = re.compile(r"^[0-9]+(,[0-9]{1,2})?$")

REVENUE_HELP = "use digits with an optional '.' and one or two decimals, e.g. 180000 or 180000.50"
REVENUE_HELP_DE = (
    "use digits, optionally '.' between thousands and ',' before one or two decimals, "
    "e.g. 180000, 180.000,50 or 180000.50"
)


def parse_revenue(text: str, *, german: bool = False) -> Decimal:
    """Annual revenue from text: ``180000``, ``180000.5``, ``180000.50``.

    With ``german`` (a semicolon CSV from German Excel) also ``180.000,50``, ``180000,5`` and
    ``250.329`` (= 250329).
    """
    s = text.strip()
    try:
        if _PLAIN_AMOUNT.match(s):
            return Decimal(s)
        if german:
            if _GERMAN_GROUPED.match(s):
                return Decimal(s.replace(".", "").replace(",", "."))
            if _GERMAN_DECIMAL.match(s):
                return Decimal(s.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the patterns admit only valid numbers
        pass
    shown = repr(text) if text.strip() else "an empty value"
    raise InvalidInput(
        "revenue", f"{shown} is not an amount; {REVENUE_HELP_DE if german else REVENUE_HELP}"
    )


def parse_int(field: str, text: str) -> int:
    s = text.strip()
    if not _INT.match(s):
        shown = repr(text) if s else "an empty value"
        raise InvalidInput(field, f"{shown} is not a whole number; use plain digits, e.g. 1000000")
    return int(s)


_TRUE = {"true", "wahr", "yes", "ja", "1"}
_FALSE = {"false", "falsch", "no", "nein", "0"}


def parse_bool(field: str, text: str) -> bool:
    s = text.strip().lower()
    if s in _TRUE:
        return True
    if s in _FALSE:
        return False
    raise InvalidInput(field, f"{text!r} is not allowed; use true or false (WAHR or FALSCH)")


def split_list(text: str) -> tuple[str, ...]:
    """A ``;``-separated cell (modules, scenarios) as a tuple of trimmed, non-empty ids."""
    return tuple(p.strip() for p in text.split(";") if p.strip())


def request_from_strings(
    values: Mapping[str, str], *, german: bool = False, require_tariff: bool = True
) -> QuoteRequest:
    """A request from text values (a CSV row); empty optional values take the defaults."""
    data: dict[str, Any] = {}
    for key in ("tariff", "profession"):
        value = (values.get(key) or "").strip()
        if not value and (key != "tariff" or require_tariff):
            raise InvalidInput(key, "is required")
        data[key] = value
    data["revenue"] = parse_revenue(values.get("revenue") or "", german=german)
    for key in ("cover", "deductible"):
        data[key] = parse_int(key, values.get(key) or "")
    for key in ("claims", "term"):
        raw = (values.get(key) or "").strip()
        data[key] = parse_int(key, raw) if raw else DEFAULTS[key]
    raw = (values.get("startup") or "").strip()
    data["startup"] = parse_bool("startup", raw) if raw else False
    for key in ("payment", "country"):
        raw = (values.get(key) or "").strip()
        data[key] = raw or DEFAULTS[key]
    data["modules"] = split_list(values.get("modules") or "")
    data["scenarios"] = split_list(values.get("scenarios") or "")
    return build_request(data)


# ---------------------------------------------------------------------------------------
# The request against one tariff's sets (invalid input, not a decline).


def _allowed(values: Iterable[object]) -> str:
    return ", ".join(str(v) for v in values)


def check_against_catalog(request: QuoteRequest, catalog: Catalog) -> None:
    """Profession and scenarios must exist in the shared catalogues."""
    if request.profession not in catalog.profession_map:
        raise InvalidInput(
            "profession",
            f"unknown profession {request.profession!r}; allowed: "
            f"{_allowed(catalog.profession_map)}",
        )
    for sid in request.scenarios:
        if sid not in catalog.scenario_map:
            raise InvalidInput(
                "scenario",
                f"unknown scenario {sid!r}; allowed: {_allowed(catalog.scenario_map)}",
            )


def tariff_mismatches(request: QuoteRequest, tariff: Tariff) -> list[tuple[str, str]]:
    """The request's values that are not in the tariff's sets, as (field, message)."""
    out: list[tuple[str, str]] = []
    tid = tariff.id
    if request.cover not in tariff.cover_values:
        out.append(
            ("cover", f"{request.cover} is not a cover of {tid}; allowed: "
             f"{_allowed(tariff.cover_values)}")
        )
    if request.deductible not in tariff.deductibles.factors:
        out.append(
            ("deductible", f"{request.deductible} is not a deductible of {tid}; allowed: "
             f"{_allowed(tariff.deductible_values)}")
        )
    for module in request.modules:
        if module not in tariff.module_map:
            out.append(
                ("module", f"unknown module {module!r} for {tid}; allowed: "
                 f"{_allowed(tariff.module_map)}")
            )
    if request.term not in tariff.terms.discounts:
        out.append(
            ("term", f"{request.term} is not a term of {tid}; allowed: "
             f"{_allowed(tariff.term_values)} (years)")
        )
    if request.payment not in tariff.payment.surcharges:
        allowed = tariff.payment_values or tuple(INSTALMENTS)
        out.append(
            ("payment", f"unknown payment frequency {request.payment!r}; allowed: "
             f"{_allowed(allowed)}")
        )
    if request.country not in tariff.tax.rates:
        out.append(
            ("country", f"unknown country {request.country!r} for {tid}; allowed: "
             f"{_allowed(tariff.country_values)}")
        )
    return out


def check_request(request: QuoteRequest, tariff: Tariff, catalog: Catalog) -> None:
    """Raise :class:`InvalidInput` for the first value outside the catalogue or tariff."""
    check_against_catalog(request, catalog)
    problems = tariff_mismatches(request, tariff)
    if problems:
        raise InvalidInput(*problems[0])
