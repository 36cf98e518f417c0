"""What the quote store hands out: plain, frozen values (no SQLAlchemy, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from premiumcalc.pricing.reference import Reference
from premiumcalc.pricing.request import QuoteRequest, build_request

STATUSES = ("draft", "sent", "accepted", "declined")
"""The states a saved quote can be in."""

SORT_KEYS = ("number", "created", "client", "profession", "tariff", "gross", "status")
"""Columns the history can be sorted by."""


@dataclass(frozen=True)
class QuoteSummary:
    """One row of the history: what is listed, sorted and searched."""

    number: str
    created_at: str
    updated_at: str
    client_name: str
    status: str
    tariff_id: str
    tariff_version: str
    profession: str
    outcome_status: str
    gross_annual: Decimal | None

    def list_dict(self) -> dict[str, Any]:
        """The object of ``premiumcalc quotes list --format json``."""
        return {
            "quote_number": self.number,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "client_name": self.client_name,
            "status": self.status,
            "tariff_id": self.tariff_id,
            "tariff_version": self.tariff_version,
            "profession": self.profession,
            "outcome_status": self.outcome_status,
            "gross_annual": None if self.gross_annual is None else f"{self.gross_annual:.2f}",
        }


@dataclass(frozen=True)
class SavedQuote(QuoteSummary):
    """A saved quote with everything needed to show and reprint it.

    ``request`` is the request as JSON data (``build_request`` takes it back), ``outcome`` the
    outcome exactly as ``premiumcalc quote --format json`` printed it when saved, in the
    language ``lang`` used then.
    """

    client_address: str = ""
    notes: str = ""
    tariff_sha256: str = ""
    lang: str = "en"
    request: dict[str, Any] = field(default_factory=dict)
    outcome: dict[str, Any] = field(default_factory=dict)
    #: The number of the sent quote this one was changed from, None for a first version.
    replaces: str | None = None
    #: The client's current contract saved with the quote, None when none was entered.
    reference: Reference | None = None

    def quote_request(self) -> QuoteRequest:
        """The saved request; one saved before the start of cover was asked for starts on
        the local date of its saving (handbook §11)."""
        data = dict(self.request)
        if "start" not in data:
            from premiumcalc.quotes.schema import saving_date

            data["start"] = saving_date(self.created_at)
        return build_request(data)

    def show_dict(self) -> dict[str, Any]:
        """The saved outcome (the keys of ``quote --format json``) with the quote's details."""
        data = dict(self.outcome)
        data["quote_number"] = self.number
        data["created_at"] = self.created_at
        data["updated_at"] = self.updated_at
        data["client"] = {"name": self.client_name, "address": self.client_address}
        data["quote_status"] = self.status
        data["notes"] = self.notes
        data["lang"] = self.lang
        data["request"] = self.request
        data["replaces"] = self.replaces
        data["reference"] = reference_to_json(self.reference)
        return data


REFERENCE_AMOUNTS = ("gross_annual", "cover", "deductible", "key_limit",
                     "general_liability_limit", "cyber_limit")


def reference_to_json(reference: Reference | None) -> dict[str, Any] | None:
    """The contract as JSON data (amounts as strings), None for no or an empty contract."""
    if reference is None or reference.is_empty:
        return None
    data: dict[str, Any] = {"insurer": reference.insurer}
    for name in REFERENCE_AMOUNTS:
        value = getattr(reference, name)
        data[name] = None if value is None else str(value)
    return data


def reference_from_json(data: Any) -> Reference | None:
    """The contract of :func:`reference_to_json`; None for anything else."""
    if not isinstance(data, dict):
        return None
    amounts: dict[str, Decimal | None] = {}
    for name in REFERENCE_AMOUNTS:
        value = data.get(name)
        try:
            amounts[name] = None if value in (None, "") else Decimal(str(value))
        except ArithmeticError:
            amounts[name] = None
    insurer = data.get("insurer")
    reference = Reference(insurer=insurer if isinstance(insurer, str) else "", **amounts)
    return None if reference.is_empty else reference


@dataclass(frozen=True, slots=True)
class StoredQuote:
    """A saved quote as stored, for reading many at once: the request and the outcome as
    JSON text (parsed only when needed)."""

    number: str
    created_at: str
    client_name: str
    outcome_status: str
    #: The start of cover (ISO) as the store keeps it beside the request; None in a row
    #: written before the store kept it.
    start_date: str | None
    request_json: str
    outcome_json: str
