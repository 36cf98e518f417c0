"""The Clients tab's directory on a quote store's client register
(:class:`premiumcalc.quotes.clients.ClientRegister`): the register's values turned into
what the tab shows, and its errors into messages for the user."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from premiumcalc.gui.clients_source import (
    CONTRACT_AMOUNTS,
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
from premiumcalc.pricing import InvalidInput, QuoteRequest, build_request
from premiumcalc.quotes.client_models import Client, ClientChanged, CurrentContract, LegalHold
from premiumcalc.quotes.errors import StoreError

if TYPE_CHECKING:
    from premiumcalc.quotes.store import QuoteStore
    from premiumcalc.tariffs import Catalog, TariffSet

LIMITS = tuple(f for f in CONTRACT_AMOUNTS if f != "gross_annual")
"""The contract amounts the register keeps as limits (the premium apart)."""


@contextlib.contextmanager
def _errors() -> Iterator[None]:
    try:
        yield
    except ClientChanged as error:
        raise ChangedElsewhere(str(error)) from None
    except LegalHold as error:
        raise LegalHoldRefusal(str(error)) from None
    except InvalidInput as error:
        raise DirectoryError(f"{error.field}: {error.message}") from None
    except (StoreError, OSError) as error:
        raise DirectoryError(str(error)) from None


def _request(data: dict[str, Any] | None) -> QuoteRequest | None:
    if data is None:
        return None
    try:
        return build_request(dict(data))
    except (InvalidInput, ValueError, TypeError):
        return None


def contract_of(client: Client) -> Contract:
    current = client.contract
    return Contract(insurer=current.insurer, gross_annual=current.premium,
                    renewal=current.renewal,
                    **{f: current.limits.get(f) for f in LIMITS})


class StoreDirectory:
    """The client register of ``store``; tariffs and catalogue price the renewal check."""

    def __init__(self, store: QuoteStore, tariffs: TariffSet, catalog: Catalog,
                 lang: str = "en") -> None:
        self.store = store
        self.tariffs = tariffs
        self.catalog = catalog
        self.lang = lang
        """The language of the export archive's texts."""

    def search(self, text: str, offset: int, limit: int) -> list[ClientRow]:
        with _errors():
            found = self.store.clients.list_clients(text, offset=offset, limit=limit)
        return [ClientRow(number=c.number, name=c.name, address=c.address,
                          follow_up=c.follow_up, insurer=c.current_insurer,
                          gross_annual=c.current_premium, renewal=c.renewal,
                          quotes=c.quote_count) for c in found]

    def details(self, number: str) -> ClientDetails:
        register = self.store.clients
        with _errors():
            client = register.get_client(number)
            records = register.records(client.number)
        today = _today()
        kept = [r.retention_until for r in records
                if r.retention_until is not None and r.retention_until >= today]
        with _errors():
            quotes = {q.number: q for q in self.store.iter_saved(
                [r.number for r in records if r.kind == "quote"])}
        shown = []
        for r in records:
            quote = quotes.get(r.number)
            shown.append(ClientRecord(
                kind=r.kind, reference=r.number, day=r.date,
                summary=f"{quote.tariff_id} {quote.tariff_version}" if quote else r.detail,
                keep_until=r.retention_until, status=r.status,
                gross_annual=quote.gross_annual if quote else None, in_bin=r.deleted))
        return ClientDetails(
            number=client.number, name=client.name, address=client.address,
            email=client.email, phone=client.phone, notes=client.notes,
            contract=contract_of(client), follow_up=client.follow_up,
            follow_up_note=client.follow_up_note, legal_hold=client.legal_hold,
            restricted=client.restricted, keep_until=max(kept, default=None),
            version=client.version, request=_request(client.contract.request),
            request_quote=client.contract.quote_number if client.contract.request else None,
            records=tuple(shown))

    def save(self, number: str, changes: ClientChanges, version: object) -> ClientDetails:
        """Only what differs from the register's values is written (and logged)."""
        register = self.store.clients
        with _errors():
            client = register.get_client(number)
            values: dict[str, Any] = {}
            if client.restricted:
                if changes.legal_hold != client.legal_hold:
                    values["legal_hold"] = changes.legal_hold
            else:
                for name, old in (("email", client.email), ("phone", client.phone),
                                  ("notes", client.notes), ("follow_up", client.follow_up),
                                  ("follow_up_note", client.follow_up_note),
                                  ("legal_hold", client.legal_hold)):
                    new = getattr(changes, name)
                    if new != old:
                        values[name] = new
                if changes.contract != contract_of(client):
                    values["contract"] = self._contract(client.contract, changes.contract)
            if values:
                register.update_client(number, version=int(str(version)), **values)
        return self.details(number)

    def use_quote_request(self, number: str, quote: str, version: object) -> ClientDetails:
        from dataclasses import replace

        register = self.store.clients
        with _errors():
            client = register.get_client(number)
            saved = self.store.get(quote)
            if saved.client_name != client.name or saved.client_address != client.address:
                raise DirectoryError(f"{quote} is not a quote of client {client.number}")
            contract = replace(client.contract, request=dict(saved.request), quote_number=quote)
            register.update_client(number, version=int(str(version)), contract=contract)
        return self.details(number)

    @staticmethod
    def _contract(current: CurrentContract, edited: Contract) -> CurrentContract | None:
        """The edited contract, keeping what the page does not show (its request, the quote
        it came from, the requirements it meets)."""
        limits = {f: v for f in LIMITS if (v := getattr(edited, f)) is not None}
        if edited.is_empty and current.request is None:
            return None
        return CurrentContract(insurer=edited.insurer, premium=edited.gross_annual,
                               limits=limits, renewal=edited.renewal, request=current.request,
                               quote_number=current.quote_number,
                               requirements_met=current.requirements_met)

    def follow_ups_due(self, day: dt.date) -> list[FollowUpRow]:
        with _errors():
            due = self.store.clients.follow_ups_due(day)
        return [FollowUpRow(due=f.due, number=f.client_number, name=f.client_name,
                            quote=f.quote_number or "", note=f.note) for f in due]

    def renewals(self, day: dt.date) -> list[Renewal]:
        from premiumcalc.gui.requirement_texts import short_names
        from premiumcalc.quotes.renewals import renewal_check

        with _errors():
            found = renewal_check(self.store, today=day, installed=self.tariffs,
                                  catalog=self.catalog)
        names = short_names()
        rows = []
        for r in found:
            best = r.cheapest if r.would_save or r.more_cover is None else r.more_cover
            rows.append(Renewal(
                number=r.client_number, name=r.client_name, renewal=r.renewal,
                insurer=r.current_insurer, current=r.current_premium,
                best_tariff=best.insurer if best else "",
                best=best.gross_annual if best else None,
                saving=r.saving if r.saving is not None and r.saving > 0 else None,
                cover_gain=", ".join(names.get(g, g) for g in r.gains)))
        return rows

    def export(self, number: str, target: Path) -> Path:
        from premiumcalc.cli.client_archive import write_client_archive
        from premiumcalc.fileio import WriteError
        from premiumcalc.pdf.profile import ProfileError
        from premiumcalc.tariffs import CatalogError

        try:
            with _errors():
                report = write_client_archive(self.store, number, target,
                                              catalog=self.catalog, lang=self.lang)
        except (WriteError, ProfileError, CatalogError) as error:
            raise DirectoryError(str(error)) from None
        return report.path

    def delete(self, number: str) -> Deletion:
        with _errors():
            report = self.store.clients.delete_client(number)
        return Deletion(removed=report.removed,
                        kept=tuple((r.number, r.retention_until) for r in report.kept))

    def audit(self, number: str | None = None) -> list[AuditEntry]:
        with _errors():
            entries = self.store.clients.audit_entries(number)
        return [AuditEntry(when=_moment(e.at), who=e.who, action=e.action,
                           client=e.client_number or "",
                           detail=" – ".join(x for x in (e.subject, e.detail)
                                             if x and x != e.client_number))
                for e in entries]


def _today() -> dt.date:
    from premiumcalc.clock import today

    return today()


def _moment(stamp: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return dt.datetime.min.replace(tzinfo=dt.UTC)
