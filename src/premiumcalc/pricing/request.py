"""The quote request: its model, the parsing of user-typed values and the check against a tariff.

Every failure is an :class:`InvalidInput` that names the field and what is allowed, so the
command line, the batch and the window can show one clear line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from typing import Any

from premiumcalc.pricing.requirement import Requirement, RequirementError, coerce_requirements
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
    "yes": (),
    "require": (),
}


class InvalidInput(ValueError):
    """A request value that is not allowed; ``str()`` is one line naming the field."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


@dataclass(frozen=True, kw_only=True)
class QuoteRequest:
    """What the user asks a price for. Money is a Decimal; floats are refused.

    Build one with :func:`build_request`, which checks every value; the constructor trusts
    its arguments.
    """

    tariff: str = ""
    profession: str
    revenue: Decimal
    cover: int
    deductible: int
    claims: int = 0
    modules: tuple[str, ...] = ()
    startup: bool = False
    term: int = 1
    payment: str = "annual"
    country: str = "DE"
    scenarios: tuple[str, ...] = ()
    #: Risk questions answered yes (handbook §14), in the catalogue's order.
    yes: tuple[str, ...] = ()
    #: The client's requirements (handbook §15), in the order given.
    require: tuple[Requirement, ...] = ()

    def with_changes(self, **changes: Any) -> QuoteRequest:
        """A copy with some fields changed, validated again."""
        data = self.as_dict()
        data.update(changes)
        return build_request(data)

    def as_dict(self) -> dict[str, Any]:
        """The fields by name, with their values as they are (a Decimal stays a Decimal)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def as_json(self) -> dict[str, Any]:
        """The fields as JSON values: the revenue as a string, lists for modules and scenarios."""
        data = self.as_dict()
        data["revenue"] = str(self.revenue)
        data["modules"] = list(self.modules)
        data["scenarios"] = list(self.scenarios)
        data["yes"] = list(self.yes)
        data["require"] = [str(r) for r in self.require]
        return data


REQUIRED = ("profession", "revenue", "cover", "deductible")
_FIELDS = frozenset(f.name for f in fields(QuoteRequest))
_BOOL_WORDS = {
    "true": True, "yes": True, "on": True, "1": True, "t": True, "y": True,
    "false": False, "no": False, "off": False, "0": False, "f": False, "n": False,
}


def _text(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidInput(field, f"must be text, not {value!r}")
    return value


def _revenue(value: object) -> Decimal:
    if isinstance(value, float):
        raise InvalidInput("revenue", "give the revenue as a string or an integer, never as a float")
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal)):
        raise InvalidInput("revenue", f"must be an amount, not {value!r}")
    try:
        amount = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise InvalidInput("revenue", f"{value!r} is not an amount; {REVENUE_HELP}") from None
    if not amount.is_finite():
        raise InvalidInput("revenue", "must be a finite amount")
    if amount < 0:
        raise InvalidInput("revenue", f"must be 0 or more, not {value}")
    return amount


def _whole(field: str, value: object, minimum: int | None) -> int:
    if isinstance(value, (bool, float)):
        raise InvalidInput(field, "must be a whole number")
    if isinstance(value, str):
        if not _INT.match(value):
            raise InvalidInput(field, "must be plain digits, e.g. 1000000")
        value = int(value)
    if isinstance(value, Decimal) and value == value.to_integral_value():
        value = int(value)
    if not isinstance(value, int):
        raise InvalidInput(field, f"must be a whole number, not {value!r}")
    if minimum is not None and value < minimum:
        raise InvalidInput(field, f"must be {minimum} or more, not {value}")
    return value


def _ids(field: str, value: object) -> tuple[str, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple, set, frozenset)):
        raise InvalidInput(field, f"must be a list of ids, not {value!r}")
    return _dedupe(_text(field, v) for v in value)


def _flag(field: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _BOOL_WORDS:
        return _BOOL_WORDS[value.strip().lower()]
    raise InvalidInput(field, f"{value!r} is not allowed; use true or false")


def build_request(data: Mapping[str, Any]) -> QuoteRequest:
    """A :class:`QuoteRequest` from already typed values; errors are :class:`InvalidInput`.

    Strings of digits are taken for whole numbers and amounts (a JSON file may hold either);
    floats, unknown keys and missing required fields are refused, one field at a time in the
    order of the request's fields.
    """
    for key in data:
        if key not in _FIELDS:
            raise InvalidInput(str(key), "is not a field of a quote request")
    for key in REQUIRED:
        if key not in data:
            raise InvalidInput(key, "is required")
    values = {**DEFAULTS, "tariff": "", **data}
    return QuoteRequest(
        tariff=_text("tariff", values["tariff"]),
        profession=_text("profession", values["profession"]),
        revenue=_revenue(values["revenue"]),
        cover=_whole("cover", values["cover"], 0),
        deductible=_whole("deductible", values["deductible"], 0),
        claims=_whole("claims", values["claims"], 0),
        modules=_ids("modules", values["modules"]),
        startup=_flag("startup", values["startup"]),
        term=_whole("term", values["term"], None),
        payment=_text("payment", values["payment"]),
        country=_text("country", values["country"]),
        scenarios=_ids("scenarios", values["scenarios"]),
        yes=_ids("yes", values["yes"]),
        require=_requirements(values["require"]),
    )


def _requirements(value: object) -> tuple[Requirement, ...]:
    try:
        return coerce_requirements(value)
    except RequirementError as exc:
        raise InvalidInput("require", str(exc)) from None


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
    data["yes"] = split_list(values.get("yes") or "")
    data["require"] = split_list(values.get("require") or "")
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
    for qid in request.yes:
        if qid not in catalog.question_map:
            raise InvalidInput(
                "yes",
                f"unknown risk question {qid!r}; allowed: {_allowed(catalog.question_map)}",
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
