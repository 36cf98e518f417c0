"""How long the broker must keep a record: the retention rules and the dates they give.

Rules come from ``retention.toml`` in the user's settings folder (a missing file means the
defaults); every period is counted from the end of the calendar year of the record's date
(saved, handed over)::

    [retention]
    offers = 6               # years; quotes sent to the client (HGB § 257, AO § 147)
    first_information = 6    # years; first-information receipts
    advice_records = 10      # years; advice records (§ 199 (3) BGB)
    drafts_kept = false      # true: drafts never sent are kept like offers

A quote saved as a draft and never sent can be deleted at once (no retention date).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from premiumcalc.paths import user_config_dir
from premiumcalc.quotes.errors import StoreError

#: Kinds of record, as the client register names them.
QUOTE, ADVICE_RECORD, FIRST_INFORMATION = "quote", "advice-record", "first-information"
MAX_YEARS = 30


@dataclass(frozen=True)
class RetentionRules:
    """Years each kind of record is kept after the end of the year of its date."""

    offers: int = 6
    first_information: int = 6
    advice_records: int = 10
    drafts_kept: bool = False

    def years(self, kind: str) -> int:
        return {QUOTE: self.offers, FIRST_INFORMATION: self.first_information,
                ADVICE_RECORD: self.advice_records}[kind]

    def until(self, kind: str, day: date, *, status: str | None = None) -> date | None:
        """The last day a record of ``kind`` dated ``day`` must be kept; None when it may be
        deleted at once (a quote in ``status`` draft, unless drafts are kept)."""
        if kind == QUOTE and status == "draft" and not self.drafts_kept:
            return None
        return retention_end(day, self.years(kind))


def retention_end(day: date, years: int) -> date:
    """The last day of keeping: ``years`` after the end of ``day``'s calendar year
    (2026-03-15 kept 6 years: until 2032-12-31)."""
    return date(day.year + years, 12, 31)


def settings_path() -> Path:
    return user_config_dir() / "retention.toml"


class RetentionSettingsError(StoreError):
    """The retention settings file cannot be used; the message names the file and field."""


def load_rules(path: Path | None = None) -> RetentionRules:
    """The rules of the settings file (the defaults when there is none)."""
    path = path or settings_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))  # Notepad writes a BOM
    except FileNotFoundError:
        return RetentionRules()
    except UnicodeDecodeError as error:
        raise RetentionSettingsError(f"{path}: the retention settings are not UTF-8 text (byte "
                                     f"{error.start + 1} is not); save them as UTF-8") from None
    except OSError as error:
        raise RetentionSettingsError(
            f"{path}: cannot read the retention settings: "
            f"{getattr(error, 'strerror', None) or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise RetentionSettingsError(f"{path}: the retention settings are not valid TOML: "
                                     f"{error}") from None
    table = data.get("retention", data)
    if not isinstance(table, dict):
        raise RetentionSettingsError(f"{path}: [retention] must be a table")
    values: dict[str, int | bool] = {}
    for key in ("offers", "first_information", "advice_records"):
        if key not in table:
            continue
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_YEARS:
            raise RetentionSettingsError(
                f"{path}: retention.{key} must be a whole number of years from 0 to "
                f"{MAX_YEARS}, not {value!r}")
        values[key] = value
    if "drafts_kept" in table:
        if not isinstance(table["drafts_kept"], bool):
            raise RetentionSettingsError(f"{path}: retention.drafts_kept must be true or false")
        values["drafts_kept"] = table["drafts_kept"]
    unknown = sorted(set(table) - {"offers", "first_information", "advice_records",
                                   "drafts_kept"})
    if unknown:
        raise RetentionSettingsError(
            f"{path}: retention.{unknown[0]} is not a setting; use offers, "
            f"first_information, advice_records or drafts_kept")
    return RetentionRules(**values)  # type: ignore[arg-type]
