"""The broker's own details (letterhead, first information, waiver), kept as a TOML file.

The window's settings, the command line and the PDFs read the same file in the user config
folder. A broken file gives a clear error naming the field and is never overwritten
silently. Profiles written before the first information existed (name, company, address,
phone, email, register number, status, logo) load unchanged; every later field is optional
when loading, and :func:`first_information_missing` names what a first information needs.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, ValidationInfo, field_validator

from premiumcalc.fileio import atomic_write_text
from premiumcalc.paths import user_config_dir

#: A Vermittlerregister number: ``D-`` and three groups of 4, 5 and 2 letters or digits.
REGISTER_NUMBER = re.compile(r"^D-[A-Z0-9]{4}-[A-Z0-9]{5}-[A-Z0-9]{2}$")

#: Legal forms that are entered in a commercial register: registered office, register court
#: and number belong on every business letter (§ 37a HGB, § 35a GmbHG, § 80 AktG, § 125a HGB).
_REGISTERED_FORM = re.compile(r"GmbH|\bUG\b|\bAG\b|\bSE\b|KGaA|\bKG\b|\bOHG\b|\be\.\s?K|\beG\b|PartG",
                              re.IGNORECASE)
#: Legal forms whose letters must also name the managing directors or board (§ 35a GmbHG,
#: § 80 AktG; a GmbH & Co. KG through its general partner).
_DIRECTED_FORM = re.compile(r"GmbH|\bUG\b|\bAG\b|\bSE\b|KGaA", re.IGNORECASE)


class ProfileError(ValueError):
    """The profile file cannot be read; ``str()`` names the file and the problem.

    For a translated message: ``path``, ``kind`` (``"unreadable"``, ``"toml"`` or
    ``"field"``), ``field`` (for ``"field"``) and ``detail`` (the underlying reason).
    """

    def __init__(self, message: str, *, path: Path | None = None, kind: str = "",
                 field: str = "", detail: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.kind = kind
        self.field = field
        self.detail = detail


#: The longest texts of a profile that the papers still lay out on a page: most fields,
#: the long explanations, and the entries of a list (advisers, managing directors, holdings).
MAX_TEXT, MAX_LINES = 300, 6
MAX_LONG_TEXT, MAX_LONG_LINES = 2000, 30
LONG_TEXTS = frozenset({"other_benefits", "market_basis_note", "status_text"})
MAX_NAMES = 10
MAX_NAME = 120

Status = Literal["broker", "agent", "other"]
Remuneration = Literal["", "commission", "fee", "both"]


class BrokerProfile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    # who: the person, the firm and its business-letter details
    name: str = ""
    company: str = ""  # the firm, as registered
    legal_form: str = ""  # e.g. "GmbH", "e.K."; empty for a sole trader
    address: str = ""  # business address, several lines separated by newlines
    phone: str = ""
    email: str = ""
    website: str = ""
    registered_office: str = ""  # Sitz der Gesellschaft
    register_court: str = ""  # Registergericht, e.g. "Amtsgericht Hamburg"
    commercial_register: str = ""  # e.g. "HRB 123456"
    managing_directors: tuple[str, ...] = ()
    # status and licence
    status: Status = "broker"
    status_text: str = ""  # the status in words when status = "other"
    register_number: str = ""  # Vermittlerregister, D-XXXX-XXXXX-XX
    chamber: str = ""  # the licensing chamber (IHK)
    chamber_address: str = ""  # several lines
    # how the broker works and is paid
    advice_offered: bool = True
    remuneration: Remuneration = ""
    other_benefits: str = ""
    # holdings above 10 % of voting rights or capital; None: not stated, (): none
    holdings_in_insurers: tuple[str, ...] | None = None
    insurer_holdings_in_broker: tuple[str, ...] | None = None
    advisers: tuple[str, ...] = ()
    # the advice record: why the advice rests on the insurers compared (§ 60 (1) VVG);
    # empty for the catalogue's wording
    market_basis_note: str = ""
    # bank details, optional
    iban: str = ""
    bic: str = ""
    logo: str = ""  # path to a PNG or JPEG file; empty for none

    @field_validator("register_number")
    @classmethod
    def _register_number(cls, value: str) -> str:
        if not value:
            return value
        normal = value.upper()
        if not REGISTER_NUMBER.match(normal):
            raise ValueError(f"{value[:40]!r} is not a Vermittlerregister number; expected "
                             f"D-XXXX-XXXXX-XX (D-, then 4, 5 and 2 letters or digits), "
                             f"e.g. D-W6DP-J2OWG-88")
        return normal

    @field_validator("iban")
    @classmethod
    def _iban(cls, value: str) -> str:
        if not value:
            return value
        from schwifty import IBAN
        from schwifty.exceptions import SchwiftyException

        try:
            return str(IBAN(value).formatted)
        except SchwiftyException as exc:
            raise ValueError(f"{value[:40]!r} is not a valid IBAN ({exc})") from None

    @field_validator("bic")
    @classmethod
    def _bic(cls, value: str) -> str:
        if not value:
            return value
        from schwifty import BIC
        from schwifty.exceptions import SchwiftyException

        try:
            return str(BIC(value))
        except SchwiftyException as exc:
            raise ValueError(f"{value[:40]!r} is not a valid BIC ({exc})") from None

    @field_validator("managing_directors", "advisers", "holdings_in_insurers",
                     "insurer_holdings_in_broker")
    @classmethod
    def _names(cls, value: tuple[str, ...] | None) -> tuple[str, ...] | None:
        if value is None:
            return None
        names = tuple(v.strip() for v in value if v.strip())
        if len(names) > MAX_NAMES:
            raise ValueError(f"has {len(names)} entries; at most {MAX_NAMES} are allowed")
        for number, name in enumerate(names, 1):
            if len(name) > MAX_NAME:
                raise ValueError(f"entry {number} has {len(name)} characters; at most "
                                 f"{MAX_NAME} are allowed")
            if len(name.splitlines()) > 1:
                raise ValueError(f"entry {number} has more than one line")
        return names

    @field_validator("*")
    @classmethod
    def _length(cls, value: object, info: ValidationInfo) -> object:
        if isinstance(value, str) and info.field_name != "logo":  # a path: the file decides
            limit, most = ((MAX_LONG_TEXT, MAX_LONG_LINES) if info.field_name in LONG_TEXTS
                           else (MAX_TEXT, MAX_LINES))
            if len(value) > limit:
                raise ValueError(f"has {len(value)} characters; at most {limit} are allowed")
            lines = len(value.splitlines())
            if lines > most:
                raise ValueError(f"has {lines} lines; at most {most} are allowed")
        return value

    @field_validator("advisers", "market_basis_note")
    @classmethod
    def _printable(cls, value: str | tuple[str, ...]) -> str | tuple[str, ...]:
        from premiumcalc.pricing.printable import unprintable_message

        for text in (value,) if isinstance(value, str) else value:
            problem = unprintable_message(text)
            if problem is not None:
                raise ValueError(problem)
        return value

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.company)

    @property
    def firm(self) -> str:
        """The firm with its legal form, as it appears on letters ("Muster GmbH")."""
        firm = self.company or self.name
        if self.legal_form and firm and not firm.endswith(self.legal_form):
            return f"{firm} {self.legal_form}"
        return firm

    @property
    def registered_form(self) -> bool:
        """True for a firm in a commercial register (GmbH, AG, KG, e.K., …)."""
        return bool(_REGISTERED_FORM.search(f"{self.legal_form} {self.company}"))

    @property
    def directed_form(self) -> bool:
        """True for a company whose letters name its managing directors (GmbH, UG, AG)."""
        return bool(_DIRECTED_FORM.search(f"{self.legal_form} {self.company}"))


#: What a first information needs, as (field, what it is) in the order of the document.
_FIRST_INFO_FIELDS = {
    "company": "the firm",
    "address": "the business address",
    "status_text": "the status in words, as status is \"other\"",
    "register_number": "the Vermittlerregister number",
    "chamber": "the licensing chamber, IHK",
    "chamber_address": "the chamber's address",
    "remuneration": "how you are paid: commission, fee or both",
    "holdings_in_insurers": "holdings above 10 % in insurers, [] for none",
    "insurer_holdings_in_broker": "insurers' holdings above 10 % in you, [] for none",
    "registered_office": "the registered office",
    "register_court": "the register court",
    "commercial_register": "the commercial register number",
    "managing_directors": "the managing directors",
}


def first_information_missing(profile: BrokerProfile) -> list[str]:
    """The fields a first information (§ 15 VersVermV) needs and ``profile`` lacks, each as
    ``field (what it is)``; empty when it is complete."""
    missing = []
    for field, what in _FIRST_INFO_FIELDS.items():
        value = getattr(profile, field)
        if field == "status_text" and profile.status != "other":
            continue
        if field in ("registered_office", "register_court", "commercial_register") \
                and not profile.registered_form:
            continue
        if field == "managing_directors" and not profile.directed_form:
            continue
        if field in ("holdings_in_insurers", "insurer_holdings_in_broker"):
            if value is None:
                missing.append(f"{field} ({what})")
            continue
        if not value:
            missing.append(f"{field} ({what})")
    return missing


def default_profile_path() -> Path:
    return user_config_dir() / "broker-profile.toml"


def _message(err: dict[str, object]) -> str:
    msg = str(err["msg"])
    return msg.removeprefix("Value error, ")


def field_problem(exc: ValidationError) -> str:
    """The first problem of a profile that does not validate, naming its field."""
    err = exc.errors()[0]
    field = ".".join(str(p) for p in err["loc"])
    if err["type"] == "extra_forbidden":
        return f"broker profile field {field}: not a field of the profile (check the spelling)"
    return f"broker profile field {field}: {_message(dict(err))}"


def load_profile(path: Path | None = None) -> BrokerProfile:
    """The saved profile, or an empty one when there is no file yet."""
    path = path or default_profile_path()
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8-sig"))  # Notepad writes a BOM
    except FileNotFoundError:
        return BrokerProfile()
    except UnicodeDecodeError as exc:
        raise ProfileError(f"{path}: the broker profile is not UTF-8 text (byte {exc.start + 1} "
                           f"is not); save it as UTF-8",
                           path=path, kind="toml", detail=str(exc.reason)) from None
    except OSError as exc:
        raise ProfileError(f"{path}: cannot read the broker profile: {exc.strerror}",
                           path=path, kind="unreadable", detail=str(exc.strerror)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: the broker profile is not valid TOML: {exc}",
                           path=path, kind="toml", detail=str(exc)) from None
    try:
        return BrokerProfile.model_validate(data.get("broker", data))
    except ValidationError as exc:
        err = exc.errors()[0]
        raise ProfileError(f"{path}: {field_problem(exc)}", path=path, kind="field",
                           field=".".join(str(p) for p in err["loc"]),
                           detail="" if err["type"] == "extra_forbidden"
                           else _message(dict(err))) from None


def _toml_string(value: str) -> str:
    escaped = (
        value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        .replace("\r", "\\r").replace("\t", "\\t")
    )
    escaped = "".join(c if ord(c) >= 0x20 and ord(c) != 0x7F else f"\\u{ord(c):04x}" for c in escaped)
    return f'"{escaped}"'


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_toml_string(str(v)) for v in value) + "]"
    return _toml_string(str(value))


def save_profile(profile: BrokerProfile, path: Path | None = None) -> Path:
    """Write the profile atomically; returns the path written. Holdings not stated (None)
    are left out, so they stay "not stated"."""
    path = path or default_profile_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# premiumcalc broker profile: your details on every quote and first information",
             "[broker]"]
    for key, value in profile.model_dump().items():
        if value is None:
            continue
        lines.append(f"{key} = {_toml_value(value)}")
    atomic_write_text(path, "\n".join(lines) + "\n")
    return path
