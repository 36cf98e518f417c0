"""What the client register hands out: plain, frozen values (no SQLAlchemy, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from premiumcalc.quotes.errors import StoreError

Day = date

#: The limits of a current contract (as the Compare tab's reference row has them).
LIMIT_KEYS = ("cover", "deductible", "key_limit", "general_liability_limit", "cyber_limit")

CLIENT_SORT_KEYS = ("name", "number", "created", "follow_up", "renewal")
"""Columns the client list can be sorted by."""


class ClientNotFound(StoreError):
    """No client has that number or exact name."""


class AmbiguousClient(StoreError):
    """Several clients share the exact name; ``numbers`` lists them."""

    def __init__(self, message: str, numbers: list[str]) -> None:
        super().__init__(message)
        self.numbers = numbers


class ClientChanged(StoreError):
    """The client was changed at another desk since it was read (optimistic check)."""


class LegalHold(StoreError):
    """A legal hold stops deleting or anonymising the client."""


class AlreadyDeleted(StoreError):
    """The client was deleted (restricted or anonymised) before: nothing more to delete."""


@dataclass(frozen=True)
class CurrentContract:
    """The client's current contract: insurer, premium (gross a year), limits, main renewal
    date and the request it corresponds to (priced again by the renewal check)."""

    insurer: str = ""
    premium: Decimal | None = None
    limits: dict[str, Decimal] = field(default_factory=dict)
    renewal: date | None = None
    request: dict[str, Any] | None = None
    #: The saved quote the request was taken from, if any.
    quote_number: str | None = None
    #: Requirement ids (handbook §15) the current contract meets.
    requirements_met: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return (not self.insurer and self.premium is None and not self.limits
                and self.renewal is None and self.request is None)

    def as_dict(self) -> dict[str, Any]:
        return {
            "insurer": self.insurer,
            "premium": None if self.premium is None else f"{self.premium:.2f}",
            "limits": {k: str(v) for k, v in self.limits.items()},
            "renewal": None if self.renewal is None else self.renewal.isoformat(),
            "request": self.request,
            "quote_number": self.quote_number,
            "requirements_met": list(self.requirements_met),
        }


@dataclass(frozen=True)
class ClientSummary:
    """One row of the client list."""

    number: str
    name: str
    address: str
    email: str
    phone: str
    created_at: str
    follow_up: date | None
    current_insurer: str
    current_premium: Decimal | None
    renewal: date | None
    legal_hold: bool
    restricted: bool
    anonymised: bool
    version: int
    quote_count: int = 0
    last_quote_at: str | None = None

    def list_dict(self) -> dict[str, Any]:
        return {
            "client_number": self.number, "name": self.name, "address": self.address,
            "email": self.email, "phone": self.phone, "created_at": self.created_at,
            "follow_up": _iso(self.follow_up), "current_insurer": self.current_insurer,
            "current_premium": None if self.current_premium is None
            else f"{self.current_premium:.2f}",
            "renewal": _iso(self.renewal), "legal_hold": self.legal_hold,
            "restricted": self.restricted, "anonymised": self.anonymised,
            "quotes": self.quote_count, "last_quote_at": self.last_quote_at,
        }


@dataclass(frozen=True)
class Client(ClientSummary):
    """A client with everything the register keeps."""

    notes: str = ""
    follow_up_note: str = ""
    updated_at: str = ""
    contract: CurrentContract = field(default_factory=CurrentContract)
    restricted_at: str | None = None
    #: The day after which the restricted records are anonymised (None: nothing restricted).
    anonymise_after: date | None = None
    anonymised_at: str | None = None

    def show_dict(self) -> dict[str, Any]:
        data = self.list_dict()
        data.update({
            "notes": self.notes, "follow_up_note": self.follow_up_note,
            "updated_at": self.updated_at, "version": self.version,
            "current_contract": self.contract.as_dict(),
            "restricted_at": self.restricted_at,
            "anonymise_after": _iso(self.anonymise_after),
            "anonymised_at": self.anonymised_at,
        })
        return data


@dataclass(frozen=True)
class ClientRecord:
    """One record of a client (a quote, advice record or first-information receipt) with
    its retention date."""

    kind: str
    number: str
    date: Day
    status: str
    #: The last day the record must be kept; None: it may be deleted at once.
    retention_until: Day | None
    follow_up: Day | None = None
    restricted: bool = False
    deleted: bool = False
    detail: str = ""

    def retention_text(self, today: Day) -> str:
        """For the window and the command line: until when, or why it may go."""
        if self.retention_until is None:
            return "may be deleted at once (never sent)"
        if self.retention_until < today:
            return f"kept until {self.retention_until.isoformat()} (passed)"
        return f"kept until {self.retention_until.isoformat()}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "number": self.number, "date": self.date.isoformat(),
            "status": self.status, "retention_until": _iso(self.retention_until),
            "follow_up": _iso(self.follow_up), "restricted": self.restricted,
            "deleted": self.deleted, "detail": self.detail,
        }


@dataclass(frozen=True)
class FollowUp:
    """A follow-up (Wiedervorlage) that is due: of a client, or of one of its quotes."""

    due: date
    client_number: str
    client_name: str
    quote_number: str | None = None
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"due": self.due.isoformat(), "client_number": self.client_number,
                "client_name": self.client_name, "quote_number": self.quote_number,
                "note": self.note}


@dataclass(frozen=True)
class DeletionReport:
    """What "delete this client" removed and what remains until when."""

    client_number: str
    removed: tuple[str, ...]
    kept: tuple[ClientRecord, ...]
    #: Whether the client itself was removed (nothing had to be kept).
    client_removed: bool
    #: The day after which what is kept is anonymised (None: nothing kept).
    kept_until: date | None

    def as_dict(self) -> dict[str, Any]:
        return {"client_number": self.client_number, "removed": list(self.removed),
                "kept": [r.as_dict() for r in self.kept],
                "client_removed": self.client_removed, "kept_until": _iso(self.kept_until)}


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log."""

    id: int
    at: str
    who: str
    action: str
    client_number: str | None
    subject: str
    detail: str

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at, "who": self.who, "action": self.action,
                "client_number": self.client_number, "subject": self.subject,
                "detail": self.detail}


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()
