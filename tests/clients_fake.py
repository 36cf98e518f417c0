"""A client directory in memory, for window tests that need no database."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from premiumcalc.gui.clients_source import (
    AuditEntry,
    ChangedElsewhere,
    ClientChanges,
    ClientDetails,
    ClientRecord,
    ClientRow,
    Contract,
    Deletion,
    DirectoryError,
    FollowUpRow,
    LegalHoldRefusal,
    Renewal,
)


class FakeDirectory:
    def __init__(self) -> None:
        self.clients: dict[str, ClientDetails] = {}
        self.log: list[AuditEntry] = []
        self.renewal_rows: list[Renewal] = []
        self.searches: list[str] = []

    def add(self, name: str, address: str = "", **kw: object) -> ClientDetails:
        number = f"K-{len(self.clients) + 1:06d}"
        details = ClientDetails(number=number, name=name, address=address, version=1,
                                **kw)  # type: ignore[arg-type]
        self.clients[number] = details
        return details

    def search(self, text: str, offset: int, limit: int) -> list[ClientRow]:
        self.searches.append(text)
        words = text.casefold().split()
        found = [c for c in sorted(self.clients.values(), key=lambda c: c.name.casefold())
                 if not c.restricted
                 and all(w in f"{c.number} {c.name} {c.address}".casefold() for w in words)]
        return [_row(c) for c in found[offset:offset + limit]]

    def details(self, number: str) -> ClientDetails:
        try:
            return self.clients[number]
        except KeyError:
            raise DirectoryError(f"client {number} not found") from None

    def save(self, number: str, changes: ClientChanges, version: object) -> ClientDetails:
        current = self.details(number)
        if current.version != version:
            raise ChangedElsewhere(f"client {number} was changed at another desk meanwhile")
        saved = replace(current, email=changes.email, phone=changes.phone,
                        notes=changes.notes, contract=changes.contract,
                        follow_up=changes.follow_up, follow_up_note=changes.follow_up_note,
                        legal_hold=changes.legal_hold,
                        version=int(str(version)) + 1)
        self.clients[number] = saved
        self._audit("edit", number)
        return saved

    def use_quote_request(self, number: str, quote: str, version: object) -> ClientDetails:
        current = self.details(number)
        if current.version != version:
            raise ChangedElsewhere(f"client {number} was changed at another desk meanwhile")
        self.clients[number] = replace(current, request_quote=quote,
                                       version=int(str(version)) + 1)
        return self.clients[number]

    def follow_ups_due(self, day: dt.date) -> list[FollowUpRow]:
        return sorted((FollowUpRow(c.follow_up, c.number, c.name)
                       for c in self.clients.values()
                       if c.follow_up and c.follow_up <= day and not c.restricted),
                      key=lambda r: (r.due, r.name))

    def renewals(self, day: dt.date) -> list[Renewal]:
        return list(self.renewal_rows)

    def export(self, number: str, target: Path) -> Path:
        details = self.details(number)
        target.write_text(json.dumps({"number": details.number, "name": details.name}))
        self._audit("export", number)
        return target

    def delete(self, number: str) -> Deletion:
        details = self.details(number)
        if details.legal_hold:
            raise LegalHoldRefusal(f"client {number} is under a legal hold")
        removed = tuple(r.reference for r in details.records if r.keep_until is None)
        kept = tuple((r.reference, r.keep_until) for r in details.records
                     if r.keep_until is not None)
        if kept:
            self.clients[number] = replace(details, restricted=True, records=tuple(
                r for r in details.records if r.keep_until is not None))
        else:
            del self.clients[number]
        self._audit("delete", number)
        return Deletion(removed=removed, kept=kept)

    def audit(self, number: str | None = None) -> list[AuditEntry]:
        return [e for e in self.log if number is None or e.client == number]

    def _audit(self, action: str, number: str) -> None:
        self.log.append(AuditEntry(when=dt.datetime(2026, 12, 1, 10, len(self.log), tzinfo=dt.UTC),
                                   who="broker", action=action, client=number))


def _row(c: ClientDetails) -> ClientRow:
    return ClientRow(number=c.number, name=c.name, address=c.address, follow_up=c.follow_up,
                     insurer=c.contract.insurer, gross_annual=c.contract.gross_annual,
                     renewal=c.contract.renewal)


def sample() -> FakeDirectory:
    fake = FakeDirectory()
    fake.add("Müller IT-Beratung GmbH", "Hauptstraße 1\n20095 Hamburg",
             email="info@mueller-it.de", phone="040 123456",
             contract=Contract(insurer="Alte Hanse", gross_annual=Decimal("1250.00"),
                               cover=Decimal("1000000"), deductible=Decimal("500"),
                               renewal=dt.date(2027, 1, 1)),
             follow_up=dt.date(2026, 11, 28),
             records=(ClientRecord("quote", "Q-2026-000001", dt.date(2026, 3, 2), status="draft"),
                      ClientRecord("quote", "Q-2026-000002", dt.date(2026, 3, 9), status="sent",
                                   keep_until=dt.date(2032, 12, 31)),
                      ClientRecord("advice-record", "B-2026-000001", dt.date(2026, 3, 9),
                                   keep_until=dt.date(2036, 12, 31))))
    fake.add("Schmidt Digital", "Ring 5\n50667 Köln")
    return fake
