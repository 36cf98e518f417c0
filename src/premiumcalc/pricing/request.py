"""The quote request's one schema: its fields, defaults, limits, vocabularies and parsers.

:data:`FIELDS` is the single table of the request's fields. From it come the defaults, the
command line's options (:mod:`premiumcalc.cli.args`), the batch CSV's columns, the typed
validation of JSON values, saved window state and stored quotes (:func:`build_request`,
:func:`values_from_saved`) and the parsing of typed text (:func:`request_from_strings`).
The limits are those of handbook §16; the check against one tariff's sets is at the end.

Every failure is an :class:`InvalidInput` that names the field and what is allowed, so the
command line, the batch and the window can show one clear line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from premiumcalc.pricing.requirement import Requirement, RequirementError, coerce_requirements
from premiumcalc.tariffs.catalog import Catalog
from premiumcalc.tariffs.models import INSTALMENTS, Tariff


class InvalidInput(ValueError):
    """A request value that is not allowed; ``str()`` is one line naming the field."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


# ---------------------------------------------------------------------------------------
# Limits (handbook §16) and the true/false vocabulary.

#: The largest revenue; beyond it is invalid input (above the top band but within it is
#: referred by the tariff).
MAX_REVENUE = Decimal("999999999999.99")
#: The largest reference premium and limit (``compare --reference-premium``).
MAX_REFERENCE = Decimal(10**9)
MAX_CLAIMS = 99
#: Cover and deductible: whole euros; every tariff lists far smaller values.
MAX_WHOLE_EUROS = 10**9
MAX_TERM = 99
#: Ids (tariff, profession, module, scenario, payment, country) are short words.
MAX_ID_LENGTH = 100
MAX_CLIENT_NAME = 120
MAX_ADDRESS_LINES = 4
MAX_ADDRESS_LINE = 60
MAX_NOTES = 4000

TRUE_WORDS = ("true", "yes", "ja", "wahr", "1")
FALSE_WORDS = ("false", "no", "nein", "falsch", "0")
_FLAG_WORDS = {**dict.fromkeys(TRUE_WORDS, True), **dict.fromkeys(FALSE_WORDS, False)}


# ---------------------------------------------------------------------------------------
# The field table.

TEXT, AMOUNT, WHOLE, FLAG, IDS, REQUIREMENTS, DATE, SCENARIOS, PROSE = (
    "text", "amount", "whole", "flag", "ids", "requirements", "date", "scenarios", "prose")

#: The largest damage of a claim scenario the broker may give (handbook §16).
MAX_DAMAGE = Decimal(10**12)
#: The client's activity in words and the number of staff (handbook §16; not priced).
MAX_ACTIVITY = 500
MAX_STAFF = 100_000

#: The range of a start of cover (handbook §11).
FIRST_START = dt.date(2000, 1, 1)
LAST_START = dt.date(2099, 12, 31)


@dataclass(frozen=True)
class RequestField:
    """One field of the request: its name (also the CSV column and the JSON key), kind,
    default (``required`` fields have none), command-line option, limits and help text."""

    name: str
    kind: str
    required: bool = False
    default: Any = None
    option: str = ""
    minimum: int = 0
    maximum: int | Decimal | None = None
    vocabulary: tuple[str, ...] = ()
    help: str = ""
    #: A batch file may leave out this column (handbook §11: start, yes, require).
    optional_column: bool = False
    metavar: str | None = None

    @property
    def column(self) -> str:
        return self.name


FIELDS: tuple[RequestField, ...] = (
    RequestField("tariff", TEXT, default="", option="--tariff",
                 help="id of an installed tariff"),
    RequestField("start", DATE, default=None, option="--start", optional_column=True,
                 metavar="YYYY-MM-DD",
                 help="start of cover, ISO date from 2000-01-01 to 2099-12-31 (default: today, "
                      "or the document's --date); the tariff version valid on it is used"),
    RequestField("profession", TEXT, required=True, option="--profession",
                 help="profession id, e.g. software-development"),
    RequestField("revenue", AMOUNT, required=True, option="--revenue", maximum=MAX_REVENUE,
                 help="annual net revenue in EUR: digits, optional '.' and 1-2 decimals"),
    RequestField("cover", WHOLE, required=True, option="--cover", maximum=MAX_WHOLE_EUROS,
                 help="sum insured per claim, e.g. 1000000"),
    RequestField("deductible", WHOLE, required=True, option="--deductible",
                 maximum=MAX_WHOLE_EUROS, help="deductible per claim, e.g. 500"),
    RequestField("claims", WHOLE, default=0, option="--claims", maximum=MAX_CLAIMS,
                 help="prior claims in the last 5 years (default 0)"),
    RequestField("modules", IDS, default=(), option="--module",
                 vocabulary=("general-liability", "cyber", "worldwide", "delay-damages"),
                 help="add-on module (repeatable): general-liability, cyber, worldwide, "
                      "delay-damages"),
    RequestField("startup", FLAG, default=False, option="--startup",
                 vocabulary=TRUE_WORDS + FALSE_WORDS,
                 help="the business was founded less than 24 months ago"),
    RequestField("term", WHOLE, default=1, option="--term", minimum=1, maximum=MAX_TERM,
                 help="contract term in years: 1 or 3 (default 1)"),
    RequestField("payment", TEXT, default="annual", option="--payment",
                 vocabulary=tuple(INSTALMENTS),
                 help="annual, semiannual, quarterly or monthly (default annual)"),
    RequestField("country", TEXT, default="DE", option="--country", vocabulary=("DE", "AT"),
                 help="DE or AT: decides the insurance tax"),
    RequestField("scenarios", SCENARIOS, default=(), option="--scenario", metavar="ID[=EUR]",
                 help="claim scenario to evaluate (repeatable), e.g. lost-client-key, or with "
                      "your own damage: lost-client-key=120000"),
    RequestField("yes", IDS, default=(), option="--yes", optional_column=True,
                 metavar="QUESTION",
                 help="a risk question the client answers yes (repeatable): "
                      "known-circumstances, us-canada-business, insurance-refused, insolvency"),
    RequestField("require", REQUIREMENTS, default=(), option="--require", optional_column=True,
                 metavar="ID[=N]",
                 help="a requirement of the client (repeatable), e.g. gl-limit=5000000 or "
                      "worldwide"),
    RequestField("activity", PROSE, default="", option="--activity", optional_column=True,
                 maximum=MAX_ACTIVITY, metavar="TEXT",
                 help="the client's activity in words, for the papers (at most 500 characters; "
                      "not priced)"),
    RequestField("staff", WHOLE, default=None, option="--staff", optional_column=True,
                 maximum=MAX_STAFF, metavar="N",
                 help="the client's number of staff, for the papers (0 to 100000; not priced)"),
)
FIELD_NAMES = tuple(f.name for f in FIELDS)
"""The request's fields in order: the JSON keys and the batch CSV's columns."""
HEADER_COLUMNS = tuple(f.name for f in FIELDS if not f.optional_column)
"""The columns every batch file names; the others are read when present."""
SPECS = {f.name: f for f in FIELDS}
REQUIRED = tuple(f.name for f in FIELDS if f.required)
DEFAULTS: dict[str, Any] = {f.name: f.default for f in FIELDS if not f.required}


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


@dataclass(frozen=True, kw_only=True)
class QuoteRequest:
    """What the user asks a price for. Money is a Decimal; floats are refused.

    Build one with :func:`build_request`, which checks every value against :data:`FIELDS`;
    the constructor trusts its arguments.
    """

    tariff: str
    #: Start of cover (Versicherungsbeginn): the tariff version valid on it prices the request.
    start: dt.date
    profession: str
    revenue: Decimal
    cover: int
    deductible: int
    claims: int
    modules: tuple[str, ...]
    startup: bool
    term: int
    payment: str
    country: str
    scenarios: tuple[str, ...]
    #: Risk questions answered yes (handbook §14).
    yes: tuple[str, ...] = ()
    #: The client's requirements (handbook §15), in the order given.
    require: tuple[Requirement, ...] = ()
    #: The client's activity in words and number of staff (handbook §16): for the papers.
    activity: str = ""
    staff: int | None = None

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
        data["start"] = self.start.isoformat()
        data["revenue"] = format(self.revenue, "f")
        data["modules"] = list(self.modules)
        data["scenarios"] = list(self.scenarios)
        data["yes"] = list(self.yes)
        data["require"] = [str(r) for r in self.require]
        return data


# ---------------------------------------------------------------------------------------
# Checking typed values (JSON, saved state, stored quotes) field by field.


def brief(text: str, limit: int = 40) -> str:
    """``text`` for a message: a long value is cut, with its length."""
    if len(text) <= limit:
        return text
    return f"{text[:20]}… ({len(text)} characters)"


def _above(field: str, shown: str, maximum: int | Decimal) -> InvalidInput:
    if isinstance(maximum, Decimal):
        return InvalidInput(field, f"{brief(shown)} is above the largest allowed amount "
                                   f"{maximum:,.2f}")
    return InvalidInput(field, f"{brief(shown)} is above the largest allowed value {maximum:,}")


def _int_shown(value: int) -> str:
    """An integer for a message, without converting one of thousands of digits to text."""
    return str(value) if value < 10**40 else "a number of more than 40 digits"


def _text(spec: RequestField, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidInput(spec.name, f"must be text, not {brief(repr(value))}")
    if len(value) > MAX_ID_LENGTH:
        raise InvalidInput(spec.name, f"{brief(repr(value))} is longer than the "
                                      f"{MAX_ID_LENGTH} characters an id may have")
    return value


def check_amount(field: str, value: Decimal, maximum: int | Decimal = MAX_REVENUE) -> Decimal:
    """``value`` if it is a finite amount from 0 to ``maximum`` with at most two decimals."""
    if not value.is_finite():
        raise InvalidInput(field, "must be a finite amount")
    if value < 0:
        raise InvalidInput(field, f"must be 0 or more, not {brief(str(value))}")
    if value > maximum:
        raise _above(field, str(value), Decimal(maximum))
    if value != value.quantize(Decimal("0.01")):
        raise InvalidInput(field, f"{brief(str(value))} has more than two decimals (cents)")
    return value


def _amount(spec: RequestField, value: object) -> Decimal:
    field = spec.name
    if isinstance(value, float):
        raise InvalidInput(field, f"give the {field} as a string or an integer, never as a float")
    if isinstance(value, str):
        return parse_money(field, value, maximum=spec.maximum or MAX_REVENUE)
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise InvalidInput(field, f"must be an amount, not {brief(repr(value))}")
    maximum = spec.maximum or MAX_REVENUE
    if isinstance(value, int) and value > maximum:  # before Decimal(): no huge conversion
        raise _above(field, _int_shown(value), maximum)
    return check_amount(field, Decimal(value), maximum)


def check_whole(field: str, value: int, minimum: int, maximum: int | None) -> int:
    if value < minimum:
        raise InvalidInput(field, f"must be {minimum} or more, not {value}")
    if maximum is not None and value > maximum:
        raise _above(field, _int_shown(value), maximum)
    return value


def _whole(spec: RequestField, value: object) -> int | None:
    if type(value) is int and spec.minimum <= value and (
            spec.maximum is None or value <= spec.maximum):
        return value  # the common case: a plain int within the limits
    field = spec.name
    if value is None and spec.default is None and not spec.required:
        return None  # an optional number that was not given (staff)
    maximum = None if spec.maximum is None else int(spec.maximum)
    if isinstance(value, (bool, float)):
        raise InvalidInput(field, "must be a whole number")
    if isinstance(value, str):
        if not _INT.match(value):
            raise InvalidInput(field, "must be plain digits, e.g. 1000000")
        return parse_int(field, value, spec.minimum, maximum)
    if isinstance(value, Decimal) and value.is_finite():
        if maximum is not None and value > maximum:  # before int(): 1E+999999
            raise _above(field, str(value), maximum)
        if value == value.to_integral_value():
            value = int(value)
    if not isinstance(value, int):
        raise InvalidInput(field, f"must be a whole number, not {brief(repr(value))}")
    return check_whole(field, value, spec.minimum, maximum)


def _ids(spec: RequestField, value: object) -> tuple[str, ...]:
    if not value and isinstance(value, (list, tuple)):
        return ()
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple, set, frozenset)):
        raise InvalidInput(spec.name, f"must be a list of ids, not {brief(repr(value))}")
    return _dedupe(_text(spec, v) for v in value)


def _flag(spec: RequestField, value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        return parse_bool(spec.name, value)
    raise InvalidInput(spec.name, f"{brief(repr(value))} is not allowed; use true or false")


def _requirements(spec: RequestField, value: object) -> tuple[Requirement, ...]:
    try:
        return coerce_requirements(value)
    except RequirementError as exc:
        raise InvalidInput(spec.name, str(exc)) from None


def _date(spec: RequestField, value: object) -> dt.date:
    if value is None:
        from premiumcalc.clock import today

        return today()
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        return parse_date(spec.name, value)
    if not isinstance(value, dt.date):
        raise InvalidInput(spec.name, f"must be a date YYYY-MM-DD, not {brief(repr(value))}")
    return check_start(spec.name, value)


def check_start(field: str, day: dt.date) -> dt.date:
    if not FIRST_START <= day <= LAST_START:
        raise InvalidInput(field, f"{day.isoformat()} is outside the allowed range "
                                  f"{FIRST_START.isoformat()} to {LAST_START.isoformat()}")
    return day


_ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_GERMAN_DATE = re.compile(r"^([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})$")


def parse_date(field: str, text: str, *, german: bool = False) -> dt.date:
    """An ISO date ``2027-03-01``; with ``german`` (a semicolon CSV from German Excel) also
    ``01.03.2027``. Raises :class:`InvalidInput` naming the field and the allowed form."""
    raw = text.strip()
    allowed = "YYYY-MM-DD, e.g. 2027-03-01" + (" or 01.03.2027" if german else "")
    match = _ISO_DATE.match(raw)
    parts: tuple[int, int, int] | None = None
    if match:
        parts = (int(match[1]), int(match[2]), int(match[3]))
    elif german and (match := _GERMAN_DATE.match(raw)):
        parts = (int(match[3]), int(match[2]), int(match[1]))
    if parts is None:
        shown = repr(brief(text)) if raw else "an empty value"
        raise InvalidInput(field, f"{shown} is not a date; use {allowed}")
    try:
        day = dt.date(*parts)
    except ValueError:
        raise InvalidInput(field, f"{raw!r} is not a day of the calendar; use {allowed}") from None
    return check_start(field, day)


def _prose(spec: RequestField, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidInput(spec.name, f"must be text, not {brief(repr(value))}")
    limit = int(spec.maximum or 0)
    if len(value) > limit:
        raise InvalidInput(spec.name, f"has {len(value):,} characters; at most {limit} are "
                                      f"allowed")
    return check_printable(value.strip(), spec.name)


def scenario_id(entry: str) -> str:
    """The id of a scenario entry: ``lost-client-key`` or ``lost-client-key=120000``."""
    return entry.partition("=")[0]


def scenario_damage(entry: str) -> Decimal | None:
    """The broker's damage of a scenario entry, None for the catalogue's."""
    _, sep, amount = entry.partition("=")
    return Decimal(amount) if sep else None


def _scenarios(spec: RequestField, value: object) -> tuple[str, ...]:
    """``id`` or ``id=AMOUNT`` entries (handbook §16); a scenario named twice counts once, but
    not with two different damages."""
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple, set, frozenset)):
        raise InvalidInput(spec.name, f"must be a list of scenarios, not {brief(repr(value))}")
    out: dict[str, str] = {}
    damages: dict[str, Decimal | None] = {}
    for item in value:
        if not isinstance(item, str):
            raise InvalidInput(spec.name, f"must be text, not {brief(repr(item))}")
        sid, sep, amount = item.strip().partition("=")
        sid = sid.strip()
        if not sid:
            raise InvalidInput(spec.name, f"{brief(repr(item))} names no scenario")
        _text(spec, sid)
        entry = sid
        damage: Decimal | None = None
        if sep:
            damage = parse_money(f"{spec.name} {brief(sid)}", amount, maximum=MAX_DAMAGE)
            entry = f"{sid}={format(damage, 'f')}"
        if sid in out:
            # the same amount written twice (5 and 5.00) is the same damage: it counts once
            if damages[sid] != damage:
                raise InvalidInput(spec.name, f"{brief(sid)} is named twice with different "
                                              "damages; name it once")
            continue
        out[sid] = entry
        damages[sid] = damage
    return tuple(out.values())


_CHECKS = {TEXT: _text, AMOUNT: _amount, WHOLE: _whole, FLAG: _flag, IDS: _ids,
           REQUIREMENTS: _requirements, DATE: _date, SCENARIOS: _scenarios, PROSE: _prose}


def check_field(name: str, value: object) -> Any:
    """One field's value, checked and in its type (``InvalidInput`` when it is not allowed)."""
    spec = SPECS.get(name)
    if spec is None:
        raise InvalidInput(str(name), "is not a field of a quote request")
    return _CHECKS[spec.kind](spec, value)


def build_request(data: Mapping[str, Any]) -> QuoteRequest:
    """A :class:`QuoteRequest` from already typed values; errors are :class:`InvalidInput`.

    Strings of digits are taken for whole numbers and amounts (a JSON file may hold either);
    floats, unknown keys and missing required fields are refused, one field at a time in the
    order of the request's fields. Every entry point (command line, batch, a request file,
    the window's state, a stored quote) ends here, so every one gets the same limits.
    """
    for key in data:
        if key not in SPECS:
            raise InvalidInput(brief(str(key)), "is not a field of a quote request")
    for key in REQUIRED:
        if key not in data:
            raise InvalidInput(key, "is required")
    values = {**DEFAULTS, **data}
    checked: dict[str, Any] = {f.name: _CHECKS[f.kind](f, values[f.name]) for f in FIELDS}
    return QuoteRequest(**checked)


def json_int(text: str) -> int | Decimal:
    """For ``json.loads(parse_int=...)``: Python refuses ``int()`` of more than 4,300 digits,
    so a long number stays a Decimal and the field's limit names it."""
    return int(text) if len(text) <= 40 else Decimal(text)


def values_from_saved(data: Mapping[str, Any]) -> dict[str, Any]:
    """The request fields of saved state (the window's last request, a draft) that pass the
    schema, in their types; unknown keys and values that are not allowed are left out, so the
    caller keeps its defaults for them."""
    out: dict[str, Any] = {}
    for name in FIELD_NAMES:
        if name in data:
            try:
                out[name] = check_field(name, data[name])
            except InvalidInput:
                continue
    return out


# ---------------------------------------------------------------------------------------
# The client's descriptive fields (not priced; on the papers and in the store).


def check_printable(text: str, field: str) -> str:
    """``text`` if the papers can print every character of it (handbook §16: the bundled
    font's characters, left to right); otherwise invalid input naming the characters."""
    from premiumcalc.pricing.printable import unprintable_message

    problem = unprintable_message(text)
    if problem is not None:
        raise InvalidInput(field, problem)
    return text


def check_client_name(text: str, field: str = "client name") -> str:
    if len(text) > MAX_CLIENT_NAME:
        raise InvalidInput(field, f"has {len(text)} characters; at most {MAX_CLIENT_NAME} "
                                  f"are allowed")
    return check_printable(text, field)


def check_client_address(text: str, field: str = "client address") -> str:
    lines = text.splitlines()
    if len(lines) > MAX_ADDRESS_LINES:
        raise InvalidInput(field, f"has {len(lines)} lines; at most {MAX_ADDRESS_LINES} are "
                                  f"allowed")
    for number, line in enumerate(lines, 1):
        if len(line) > MAX_ADDRESS_LINE:
            raise InvalidInput(field, f"line {number} has {len(line)} characters; at most "
                                      f"{MAX_ADDRESS_LINE} are allowed")
    return check_printable(text, field)


def check_notes(text: str, field: str = "notes") -> str:
    if len(text) > MAX_NOTES:
        raise InvalidInput(field, f"have {len(text)} characters; at most {MAX_NOTES} are "
                                  f"allowed")
    return check_printable(text, field)


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


def _plain_digits(text: str) -> str | None:
    """The digits of an amount in plain form (``180000.50``), else None; the patterns let
    no exponent through, so ``Decimal()`` never meets ``1e999999``."""
    return text if _PLAIN_AMOUNT.match(text) else None


def parse_money(field: str, text: str, *, german: bool = False,
                maximum: int | Decimal = MAX_REVENUE) -> Decimal:
    """An amount from text: ``180000``, ``180000.5``, ``180000.50``, at most ``maximum``.

    With ``german`` (a semicolon CSV from German Excel) also ``180.000,50``, ``180000,5`` and
    ``250.329`` (= 250329).
    """
    s = text.strip()
    plain = _plain_digits(s)
    if plain is None and german:
        if _GERMAN_GROUPED.match(s):
            plain = s.replace(".", "").replace(",", ".")
        elif _GERMAN_DECIMAL.match(s):
            plain = s.replace(",", ".")
    if plain is None:
        if s.startswith("-") and _plain_digits(s[1:]) is not None:
            raise InvalidInput(field, f"must be 0 or more, not {brief(s)}")
        shown = repr(brief(text)) if s else "an empty value"
        raise InvalidInput(
            field, f"{shown} is not an amount; {REVENUE_HELP_DE if german else REVENUE_HELP}"
        )
    whole = plain.partition(".")[0].lstrip("0")
    if len(whole) > len(str(int(maximum))):  # before Decimal(): no number of huge length
        raise _above(field, s, Decimal(maximum))
    return check_amount(field, Decimal(plain), maximum)


def parse_revenue(text: str, *, german: bool = False) -> Decimal:
    """Annual revenue from text (see :func:`parse_money`), at most :data:`MAX_REVENUE`."""
    return parse_money("revenue", text, german=german)


def parse_int(field: str, text: str, minimum: int = 0, maximum: int | None = None) -> int:
    """Plain digits as a whole number from ``minimum`` to ``maximum``; the length is checked
    before the conversion, so thousands of digits give the limit, not an error of Python's."""
    s = text.strip()
    if not _INT.match(s):
        shown = repr(brief(text)) if s else "an empty value"
        raise InvalidInput(field, f"{shown} is not a whole number; use plain digits, e.g. 1000000")
    digits = s.lstrip("0") or "0"
    if maximum is not None and len(digits) > len(str(maximum)):
        raise _above(field, s, maximum)
    return check_whole(field, int(digits), minimum, maximum)


def parse_bool(field: str, text: str) -> bool:
    s = text.strip().lower()
    if s in _FLAG_WORDS:
        return _FLAG_WORDS[s]
    raise InvalidInput(field, f"{brief(repr(text))} is not allowed; use true or false "
                              f"(yes/no, ja/nein, WAHR/FALSCH, 1/0)")


def split_list(text: str) -> tuple[str, ...]:
    """A ``;``-separated cell (modules, scenarios) as a tuple of trimmed, non-empty ids."""
    return tuple(p.strip() for p in text.split(";") if p.strip())


def request_from_strings(
    values: Mapping[str, str], *, german: bool = False, require_tariff: bool = True
) -> QuoteRequest:
    """A request from text values (a CSV row, the command line); empty optional values take
    the defaults. Keys that are not fields are ignored (a CSV's extra columns)."""
    data: dict[str, Any] = {}
    for spec in FIELDS:
        raw = (values.get(spec.name) or "").strip()
        if spec.kind == TEXT:
            if not raw and (spec.required or (spec.name == "tariff" and require_tariff)):
                raise InvalidInput(spec.name, "is required")
            data[spec.name] = raw or spec.default
        elif spec.kind == AMOUNT:
            data[spec.name] = parse_money(spec.name, raw, german=german,
                                          maximum=spec.maximum or MAX_REVENUE)
        elif spec.kind == WHOLE:
            if raw or spec.required:
                data[spec.name] = parse_int(spec.name, raw, spec.minimum,
                                            int(spec.maximum or 0) or None)
        elif spec.kind == FLAG:
            data[spec.name] = parse_bool(spec.name, raw) if raw else spec.default
        elif spec.kind == DATE:
            data[spec.name] = parse_date(spec.name, raw, german=german) if raw else None
        elif spec.kind == PROSE:
            data[spec.name] = raw
        else:
            data[spec.name] = split_list(raw)
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
    for sid in map(scenario_id, request.scenarios):
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
