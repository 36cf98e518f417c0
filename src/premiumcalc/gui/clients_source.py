"""What the Clients tab shows, and the one place that asks the client register for it.

The tab and its models read plain values (:class:`ClientRow`, :class:`ClientDetails`, ...)
from a :class:`ClientDirectory`; :class:`StoreDirectory` is the directory of a quote store's
client register. Keeping the window's needs in this small interface keeps the widgets free of
database code and lets a test hand the tab a directory of its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from premiumcalc.pricing import QuoteRequest
from premiumcalc.pricing.reference import Reference

CONTRACT_AMOUNTS = ("gross_annual", "cover", "deductible", "key_limit",
                    "general_liability_limit", "cyber_limit")
"""The amounts of a current contract, in the order of the Compare tab's reference row."""


class DirectoryError(Exception):
    """The client register cannot do what was asked; the text says why, for the user."""


class ChangedElsewhere(DirectoryError):
    """Another desk changed the client since it was read; nothing was saved."""


class LegalHoldRefusal(DirectoryError):
    """The client is under a legal hold: nothing of it may be deleted."""


@dataclass(frozen=True)
class ClientRow:
    """One client in a list: the search result, the follow-ups due."""

    number: str
    name: str
    address: str = ""
    follow_up: dt.date | None = None
    insurer: str = ""
    gross_annual: Decimal | None = None
    renewal: dt.date | None = None
    quotes: int | None = None


@dataclass(frozen=True)
class FollowUpRow:
    """A follow-up that is due: of a client, or of one of its quotes."""

    due: dt.date
    number: str
    name: str
    quote: str = ""
    note: str = ""


@dataclass(frozen=True)
class Contract:
    """The client's current contract with another insurer (or none: all empty)."""

    insurer: str = ""
    gross_annual: Decimal | None = None
    cover: Decimal | None = None
    deductible: Decimal | None = None
    key_limit: Decimal | None = None
    general_liability_limit: Decimal | None = None
    cyber_limit: Decimal | None = None
    renewal: dt.date | None = None

    def reference(self) -> Reference:
        """The contract as the Compare tab's reference row."""
        return Reference(insurer=self.insurer, **{f: getattr(self, f) for f in CONTRACT_AMOUNTS})

    @property
    def is_empty(self) -> bool:
        return self.reference().is_empty and self.renewal is None


@dataclass(frozen=True)
class ClientRecord:
    """A quote, comparison, advice record or first-information receipt of a client."""

    kind: str
    """``quote``, ``comparison``, ``advice-record``, ``first-information`` (or another the
    register keeps: shown as it is)."""
    reference: str
    """Its number (``Q-2026-000001``) or another short name of the record."""
    day: dt.date | None
    summary: str = ""
    """What else to say of it (a quote: its tariff and version)."""
    keep_until: dt.date | None = None
    """Its retention date; None: no duty keeps it (a draft never sent)."""
    status: str = ""
    """A quote's status: ``draft``, ``sent``, ``accepted`` or ``declined``."""
    gross_annual: Decimal | None = None
    in_bin: bool = False
    """A quote deleted in the History tab (it can still be restored there)."""


@dataclass(frozen=True)
class ClientDetails:
    """Everything the client's page shows."""

    number: str
    name: str
    address: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    contract: Contract = field(default_factory=Contract)
    follow_up: dt.date | None = None
    follow_up_note: str = ""
    legal_hold: bool = False
    restricted: bool = False
    keep_until: dt.date | None = None
    """When the last duty to keep the client's records ends (None: none keeps them)."""
    version: object = None
    """What the register needs to see that another desk changed the client meanwhile."""
    records: tuple[ClientRecord, ...] = ()
    request: QuoteRequest | None = None
    """The request of the current contract, when the register keeps one."""
    request_quote: str | None = None
    """The saved quote the contract's request was taken from."""


@dataclass(frozen=True)
class ClientChanges:
    """What the client's page lets the user edit."""

    email: str
    phone: str
    notes: str
    contract: Contract
    follow_up: dt.date | None
    follow_up_note: str
    legal_hold: bool


@dataclass(frozen=True)
class Renewal:
    """One client of the renewal check: what the best tariff would save or add in cover."""

    number: str
    name: str
    renewal: dt.date | None
    insurer: str
    current: Decimal | None
    best_tariff: str
    best: Decimal | None
    saving: Decimal | None
    """Current premium minus the best one (positive: the client would save)."""
    cover_gain: str = ""
    """What the best tariff covers beyond the current contract, in words ('' : nothing)."""


@dataclass(frozen=True)
class AuditEntry:
    """One line of the append-only audit log."""

    when: dt.datetime
    who: str
    action: str
    client: str
    detail: str = ""


@dataclass(frozen=True)
class Deletion:
    """What deleting a client did: what went at once and what is kept until when."""

    removed: tuple[str, ...]
    kept: tuple[tuple[str, dt.date | None], ...]
    """Each record kept (restricted) and its retention date."""


class ClientDirectory(Protocol):
    """The client register as the window uses it."""

    def search(self, text: str, offset: int, limit: int) -> list[ClientRow]:
        """One page of clients matching ``text`` (no restricted ones), by name."""

    def details(self, number: str) -> ClientDetails: ...

    def save(self, number: str, changes: ClientChanges, version: object) -> ClientDetails:
        """Store the edits; :class:`ChangedElsewhere` when ``version`` is outdated."""

    def use_quote_request(self, number: str, quote: str, version: object) -> ClientDetails:
        """Make the request of the client's saved ``quote`` the current contract's request
        (what the renewal check prices); :class:`ChangedElsewhere` as :meth:`save`."""

    def follow_ups_due(self, day: dt.date) -> list[FollowUpRow]: ...

    def renewals(self, day: dt.date) -> list[Renewal]: ...

    def export(self, number: str, target: Path) -> Path: ...

    def delete(self, number: str) -> Deletion:
        """Delete the client as far as no duty keeps it; :class:`LegalHoldRefusal` if held."""

    def audit(self, number: str | None = None) -> list[AuditEntry]: ...
