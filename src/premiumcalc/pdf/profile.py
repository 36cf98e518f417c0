"""The broker's own details (letterhead of the quote PDF), kept as a TOML file.

The window's settings, the command line and the PDF read the same file in the user config
folder. A broken file gives a clear error and is never overwritten silently.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from premiumcalc.fileio import atomic_write_text
from premiumcalc.paths import user_config_dir


class ProfileError(ValueError):
    """The profile file cannot be read; ``str()`` names the file and the problem."""


class BrokerProfile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    name: str = ""
    company: str = ""
    address: str = ""  # several lines, separated by newlines
    phone: str = ""
    email: str = ""
    register_number: str = ""  # e.g. D-ABCD-EFGHI-12 (Vermittlerregister)
    status: Literal["broker", "agent"] = "broker"
    logo: str = ""  # path to a PNG or JPEG file; empty for none

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.company)


def default_profile_path() -> Path:
    return user_config_dir() / "broker-profile.toml"


def load_profile(path: Path | None = None) -> BrokerProfile:
    """The saved profile, or an empty one when there is no file yet."""
    path = path or default_profile_path()
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        return BrokerProfile()
    except OSError as exc:
        raise ProfileError(f"{path}: cannot read the broker profile: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: the broker profile is not valid TOML: {exc}") from None
    try:
        return BrokerProfile.model_validate(data.get("broker", data))
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        raise ProfileError(f"{path}: broker profile field {field}: {err['msg']}") from None


def _toml_string(value: str) -> str:
    escaped = (
        value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        .replace("\r", "\\r").replace("\t", "\\t")
    )
    escaped = "".join(c if ord(c) >= 0x20 and ord(c) != 0x7F else f"\\u{ord(c):04x}" for c in escaped)
    return f'"{escaped}"'


def save_profile(profile: BrokerProfile, path: Path | None = None) -> Path:
    """Write the profile atomically; returns the path written."""
    path = path or default_profile_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# premiumcalc broker profile: your details on every quote", "[broker]"]
    for key, value in profile.model_dump().items():
        lines.append(f"{key} = {_toml_string(str(value))}")
    atomic_write_text(path, "\n".join(lines) + "\n")
    return path
