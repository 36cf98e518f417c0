"""The client register: numbers, contact, notes, the current contract, follow-ups, retention,
legal hold, deletion and anonymisation (GDPR), and the audit log. No Qt, no command line.

Use it through a store::

    store = open_store()
    register = store.clients                     # a ClientRegister
    rows = register.list_clients("müller", limit=50)
    client = register.get_client("K-000001")     # or the exact name
    register.update_client(client.number, version=client.version, email="a@b.de")
    report = register.delete_client("K-000001")

Every change is one transaction. A change names the version of the client it was made on
(``version``); when another desk changed the client since, :class:`ClientChanged` says so and
nothing is written. Clients kept only for a retention duty (restricted, Art. 18 GDPR) are
left out of lists, searches, follow-ups and renewals unless asked for.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from premiumcalc.clock import today as clock_today
from premiumcalc.pricing.request import InvalidInput, brief, check_notes, check_printable
from premiumcalc.quotes import audit, erasure
from premiumcalc.quotes import schema as s
from premiumcalc.quotes.client_models import (
    CLIENT_SORT_KEYS,
    LIMIT_KEYS,
    AlreadyDeleted,
    AmbiguousClient,
    AuditEntry,
    Client,
    ClientChanged,
    ClientNotFound,
    ClientRecord,
    ClientSummary,
    CurrentContract,
    DeletionReport,
    FollowUp,
    LegalHold,
)
from premiumcalc.quotes.errors import StoreError
from premiumcalc.quotes.models import SavedQuote
from premiumcalc.quotes.queries import insert_ignore, like_pattern
from premiumcalc.quotes.retention import (
    ADVICE_RECORD,
    FIRST_INFORMATION,
    QUOTE,
    RetentionRules,
    load_rules,
)
from premiumcalc.quotes.schema import client_search_text, saving_date
from premiumcalc.quotes.searching import fold, search_text


class QuoteStore(Protocol):
    """What the register uses of :class:`premiumcalc.quotes.store.QuoteStore` (the store
    imports this module, so this module does not import the store)."""

    actor: str

    @property
    def path(self) -> Path | None: ...

    @property
    def where(self) -> str: ...

    def _read(self, action: str) -> contextlib.AbstractContextManager[Connection]: ...

    def _write(self, action: str) -> contextlib.AbstractContextManager[Connection]: ...

    def get(self, number: str, *, include_deleted: bool = False) -> SavedQuote: ...

__all__ = ["UNSET", "ClientRegister", "housekeeping"]

NUMBER = re.compile(r"^K-[0-9]{6}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^[0-9+()/.\- ]{3,40}$")
MAX_EMAIL = 254
ANONYMOUS = "anonymised"


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()
"""The default of :meth:`ClientRegister.update_client`'s fields: leave unchanged."""


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _money(cents: int | None) -> Decimal | None:
    return None if cents is None else (Decimal(int(cents)) / 100).quantize(Decimal("0.01"))


def _cents(amount: Decimal | None) -> int | None:
    return None if amount is None else int((amount * 100).to_integral_value())


def check_email(text: str) -> str:
    text = text.strip()
    if text and (len(text) > MAX_EMAIL or not EMAIL.match(text)):
        raise InvalidInput("email", f"{text[:40]!r} is not an e-mail address; use "
                                    f"name@example.de (or empty)")
    return text


def check_phone(text: str) -> str:
    text = text.strip()
    if text and not PHONE.match(text):
        raise InvalidInput("phone", f"{text[:40]!r} is not a telephone number; use digits, "
                                    f"spaces and + ( ) / - . (3 to 40 characters, or empty)")
    return text


#: Amounts a user types: plain (``1234.5``, ``1234,50``), German grouped (``1.234,50``) or
#: English grouped (``1,234.50``); an English grouping is taken only where no German reading
#: exists (``12,345`` is refused: 12.345 or 12345?).
_PLAIN_AMOUNT = re.compile(r"[0-9]+([.,][0-9]{1,2})?")
_GERMAN_AMOUNT = re.compile(r"[0-9]{1,3}(\.[0-9]{3})+(,[0-9]{1,2})?")
_ENGLISH_AMOUNT = re.compile(r"[0-9]{1,3}(,[0-9]{3}){2,}(\.[0-9]{1,2})?|[0-9]{1,3}(,[0-9]{3})+"
                             r"\.[0-9]{1,2}")
MAX_AMOUNT = Decimal("1000000000")


def parse_amount(text: str, field: str) -> Decimal:
    """An amount typed by a user (``1234.50``, ``1.234,50``, ``1,234.50``) as Decimal with
    2 places; anything that could be read two ways is refused, never guessed."""
    raw = re.sub(r"[\s\u00a0\u202f€]", "", text)
    negative = raw.startswith("-")
    digits = raw[1:] if negative else raw
    if _PLAIN_AMOUNT.fullmatch(digits):
        plain = digits.replace(",", ".")
    elif _GERMAN_AMOUNT.fullmatch(digits):
        plain = digits.replace(".", "").replace(",", ".")
    elif _ENGLISH_AMOUNT.fullmatch(digits):
        plain = digits.replace(",", "")
    else:
        raise InvalidInput(field, f"{text[:40]!r} is not an amount; use e.g. 1234.50 or "
                                  f"1.234,50")
    value = Decimal(plain)
    if negative or value > MAX_AMOUNT:
        raise InvalidInput(field, f"{text[:40]!r} must be an amount from 0 to 1,000,000,000")
    return value.quantize(Decimal("0.01"))


def _contract_from_row(row: Any) -> CurrentContract:
    try:
        extra = json.loads(row.current_limits_json or "{}")
    except ValueError:
        extra = {}
    limits = {k: Decimal(str(v)) for k, v in (extra.get("limits") or {}).items()
              if k in LIMIT_KEYS}
    request = None
    if row.current_request_json:
        try:
            request = json.loads(row.current_request_json)
        except ValueError:
            request = None
    return CurrentContract(
        insurer=row.current_insurer or "", premium=_money(row.current_premium_cents),
        limits=limits, renewal=_day(row.current_renewal), request=request,
        quote_number=row.current_quote,
        requirements_met=tuple(extra.get("requirements_met") or ()))


def _summary_values(row: Any) -> dict[str, Any]:
    return {
        "number": row.client_number, "name": row.name, "address": row.address,
        "email": row.email, "phone": row.phone, "created_at": row.created_at,
        "follow_up": _day(row.follow_up), "current_insurer": row.current_insurer,
        "current_premium": _money(row.current_premium_cents),
        "renewal": _day(row.current_renewal), "legal_hold": bool(row.legal_hold),
        "restricted": row.restricted_at is not None,
        "anonymised": row.anonymised_at is not None, "version": int(row.version),
    }


_SUMMARY = ("id", "client_number", "name", "address", "email", "phone", "created_at",
            "follow_up", "current_insurer", "current_premium_cents", "current_renewal",
            "legal_hold", "restricted_at", "anonymised_at", "version")


def _summary_columns() -> list[Any]:
    return [s.clients.c[name] for name in _SUMMARY]


class ClientRegister:
    """The client register of one :class:`~premiumcalc.quotes.store.QuoteStore`."""

    def __init__(self, store: QuoteStore) -> None:
        self.store = store
        self._erased: list[tuple[str, str, str]] = []

    # -- finding clients ------------------------------------------------------------------

    def _resolve(self, conn: Connection, ref: str, *, lock: bool = False) -> Any:
        c = s.clients.c
        text = ref.strip()
        query = sa.select(s.clients)
        if NUMBER.match(text.upper()):
            query = query.where(c.client_number == text.upper())
        else:
            query = query.where(c.name == text)
        if lock and conn.dialect.name == "postgresql":
            query = query.with_for_update()
        rows = conn.execute(query.order_by(c.client_number)).all()
        if not rows:
            raise ClientNotFound(f"there is no client {brief(text)!r} in {self.store.where}; name a "
                                 f"client by its number (K-000001) or its exact name")
        if len(rows) > 1:
            numbers = [r.client_number for r in rows]
            raise AmbiguousClient(
                f"{len(rows)} clients are named {brief(text)!r}: {', '.join(numbers)}; name one by "
                f"its number", numbers)
        return rows[0]

    def find(self, ref: str) -> list[str]:
        """The numbers of the clients ``ref`` (a number or an exact name) names."""
        try:
            return [self.get_client(ref).number]
        except AmbiguousClient as error:
            return error.numbers
        except ClientNotFound:
            return []

    def list_clients(
        self,
        text: str = "",
        *,
        sort: str = "name",
        descending: bool = False,
        offset: int = 0,
        limit: int | None = 100,
        include_restricted: bool = False,
    ) -> list[ClientSummary]:
        """One page of clients, by name by default. ``text`` matches (case-insensitively,
        each word anywhere) the number, name, address, e-mail and telephone. Restricted
        clients (kept only for a retention duty) are left out unless ``include_restricted``.
        Each row counts the client's quotes (not in the bin) and the last one's date."""
        if sort not in CLIENT_SORT_KEYS:
            raise StoreError(f"cannot sort clients by {sort!r}; use "
                             f"{', '.join(CLIENT_SORT_KEYS)}")
        c = s.clients.c
        column = {"name": c.name_key, "number": c.client_number, "created": c.created_at,
                  "follow_up": c.follow_up, "renewal": c.current_renewal}[sort]
        order = column.desc() if descending else column.asc()
        if sort in ("follow_up", "renewal"):  # clients without a date last, on any database
            order = order.nulls_last()
        tie = c.id.desc() if descending else c.id.asc()
        query = (sa.select(*_summary_columns())
                 .where(*self._filters(text, include_restricted))
                 .order_by(order, tie).offset(max(offset, 0)))
        if limit is not None:
            query = query.limit(limit)
        q = s.quotes.c
        with self.store._read("list the clients") as conn:
            rows = conn.execute(query).all()
            ids = [r.id for r in rows]
            counts: dict[int, tuple[int, str]] = {}
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                counted = conn.execute(
                    sa.select(q.client_id, sa.func.count(), sa.func.max(q.created_at))
                    .where(q.client_id.in_(chunk), q.deleted_at.is_(None))
                    .group_by(q.client_id))
                counts.update({int(r[0]): (int(r[1]), r[2]) for r in counted})
        return [ClientSummary(**_summary_values(r), quote_count=counts.get(r.id, (0, None))[0],
                              last_quote_at=counts.get(r.id, (0, None))[1]) for r in rows]

    def count_clients(self, text: str = "", *, include_restricted: bool = False) -> int:
        """How many clients :meth:`list_clients` would find."""
        query = (sa.select(sa.func.count()).select_from(s.clients)
                 .where(*self._filters(text, include_restricted)))
        with self.store._read("count the clients") as conn:
            return int(conn.execute(query).scalar_one())

    @staticmethod
    def _filters(text: str, include_restricted: bool) -> list[Any]:
        c = s.clients.c
        where: list[Any] = []
        if not include_restricted:
            where.append(c.restricted_at.is_(None))
        for word in text.split():
            where.append(c.search_text.like(like_pattern(fold(word)), escape="\\"))
        return where

    def get_client(self, ref: str) -> Client:
        """The client with this number (``K-000001``) or exact name (restricted ones too).
        Raises :class:`ClientNotFound`, or :class:`AmbiguousClient` when several clients
        share the name (its ``numbers`` lists them)."""
        with self.store._read("read the client") as conn:
            row = self._resolve(conn, ref)
            q = s.quotes.c
            n, last = conn.execute(
                sa.select(sa.func.count(), sa.func.max(q.created_at))
                .where(q.client_id == row.id, q.deleted_at.is_(None))).one()
        return self._client(row, int(n), last)

    @staticmethod
    def _client(row: Any, quote_count: int = 0, last: str | None = None) -> Client:
        return Client(
            **_summary_values(row), quote_count=quote_count, last_quote_at=last,
            notes=row.notes, follow_up_note=row.follow_up_note, updated_at=row.updated_at,
            contract=_contract_from_row(row), restricted_at=row.restricted_at,
            anonymise_after=_day(row.anonymise_after), anonymised_at=row.anonymised_at)

    # -- records and retention -------------------------------------------------------------

    def records(self, ref: str, *, rules: RetentionRules | None = None) -> list[ClientRecord]:
        """Every record of the client (its quotes, also those in the bin), oldest first,
        each with its retention date by the rules of the settings file."""
        rules = rules or load_rules()
        with self.store._read("read the client's records") as conn:
            row = self._resolve(conn, ref)
            return self._records(conn, row.id, rules)

    def _records(self, conn: Connection, client_id: int,
                 rules: RetentionRules) -> list[ClientRecord]:
        q = s.quotes.c
        rows = conn.execute(
            sa.select(q.quote_number, q.created_at, q.status, q.follow_up, q.restricted_at,
                      q.deleted_at, q.tariff_id, q.tariff_version, q.gross_annual_cents)
            .where(q.client_id == client_id).order_by(q.created_at, q.id)).all()
        sent = _sent_from_drafts(conn, audit.client_number_of(conn, client_id),
                                 [r.quote_number for r in rows if r.status != "draft"])
        found: list[ClientRecord] = []
        for r in rows:
            day = date.fromisoformat(saving_date(r.created_at))
            if r.quote_number in sent:  # an offer is kept from the year it was sent
                day = max(day, date.fromisoformat(saving_date(sent[r.quote_number])))
            gross = _money(r.gross_annual_cents)
            detail = f"{r.tariff_id} {r.tariff_version}" + (
                "" if gross is None else f", {gross:.2f} a year")
            found.append(ClientRecord(
                kind=QUOTE, number=r.quote_number, date=day, status=r.status,
                retention_until=rules.until(QUOTE, day, status=r.status),
                follow_up=_day(r.follow_up), restricted=r.restricted_at is not None,
                deleted=r.deleted_at is not None, detail=detail))
        a = s.advice_records.c
        for r in conn.execute(
                sa.select(a.record_number, a.created_at, a.channel, a.replaces, a.pdf.is_(None),
                          a.recommended, a.chosen)
                .where(a.client_id == client_id).order_by(a.created_at, a.id)):
            day = date.fromisoformat(saving_date(r.created_at))
            detail = f"{r.channel}" + (f", replaces {r.replaces}" if r.replaces else "") + (
                f", recommended {r.recommended}" if r.recommended else "") + (
                ", document removed" if r[4] else "")
            found.append(ClientRecord(
                kind=ADVICE_RECORD, number=r.record_number, date=day, status="handed over",
                retention_until=rules.until(ADVICE_RECORD, day), detail=detail))
        h = s.first_info_handovers.c
        for r in conn.execute(
                sa.select(h.handover_number, h.handed_over_at, h.how, h.pdf.is_(None))
                .where(h.client_id == client_id).order_by(h.handed_over_at, h.id)):
            day = _day(r.handed_over_at) or date.fromisoformat(saving_date(r.handed_over_at))
            found.append(ClientRecord(
                kind=FIRST_INFORMATION, number=r.handover_number, date=day,
                status="handed over", retention_until=rules.until(FIRST_INFORMATION, day),
                detail=r.how + (", document removed" if r[3] else "")))
        return found

    def retention_until(self, ref: str, *, rules: RetentionRules | None = None) -> date | None:
        """The last day any record of the client must be kept (None: nothing to keep)."""
        dates = [r.retention_until for r in self.records(ref, rules=rules)
                 if r.retention_until is not None]
        return max(dates, default=None)

    # -- changing a client -----------------------------------------------------------------

    def update_client(
        self,
        ref: str,
        *,
        version: int | None = None,
        email: Any = UNSET,
        phone: Any = UNSET,
        notes: Any = UNSET,
        follow_up: Any = UNSET,
        follow_up_note: Any = UNSET,
        legal_hold: Any = UNSET,
        contract: Any = UNSET,
    ) -> Client:
        """Change what is given (UNSET fields stay as they are): contact, notes, the
        follow-up (a date, or None to clear it) with its note, the legal hold, the current
        contract (a :class:`CurrentContract`; None clears it).

        ``version`` is the client's version the change was made on (``Client.version``):
        when another desk changed the client since, :class:`ClientChanged` is raised and
        nothing is written. A restricted client only takes a change of the legal hold.
        """
        values: dict[str, Any] = {}
        changed: list[str] = []
        if email is not UNSET:
            values["email"] = check_email(str(email))
            changed.append("e-mail")
        if phone is not UNSET:
            values["phone"] = check_phone(str(phone))
            changed.append("telephone")
        if notes is not UNSET:
            values["notes"] = check_notes(str(notes))
            changed.append("notes")
        if follow_up is not UNSET:
            if follow_up is not None and not isinstance(follow_up, date):
                raise InvalidInput("follow-up", "must be a date (YYYY-MM-DD) or empty")
            values["follow_up"] = None if follow_up is None else follow_up.isoformat()
            changed.append("follow-up")
        if follow_up_note is not UNSET:
            values["follow_up_note"] = check_notes(str(follow_up_note), "follow-up note")
            changed.append("follow-up note")
        if legal_hold is not UNSET:
            values["legal_hold"] = 1 if legal_hold else 0
            changed.append(f"legal hold {'on' if legal_hold else 'off'}")
        if contract is not UNSET:
            values.update(_contract_values(contract))
            changed.append("current contract")
        if not values:
            raise StoreError("nothing to change: give a contact, notes, follow-up, legal "
                             "hold or current contract")
        with self.store._write("change the client") as conn:
            row = self._resolve(conn, ref)
            if row.anonymised_at is not None:
                raise StoreError(f"client {row.client_number} is anonymised; it cannot be "
                                 f"changed")
            if row.restricted_at is not None and set(values) != {"legal_hold"}:
                raise StoreError(
                    f"client {row.client_number} was deleted and is kept only for a retention "
                    f"duty (restricted); only its legal hold can be changed")
            if version is not None and row.version != version:
                raise ClientChanged(
                    f"client {row.client_number} was changed at another desk since it was "
                    f"opened (version {version}, now {row.version}); nothing was saved: open "
                    f"it again and repeat the change")
            if "email" in values or "phone" in values:
                values["search_text"] = client_search_text(
                    row.client_number, row.name, row.address,
                    values.get("email", row.email), values.get("phone", row.phone))
            values["updated_at"] = _stamp()
            c = s.clients.c
            result = conn.execute(
                s.clients.update().where(c.id == row.id, c.version == row.version)
                .values(version=c.version + 1, **values))
            if result.rowcount != 1:
                raise ClientChanged(
                    f"client {row.client_number} was changed at another desk at the same "
                    f"time; nothing was saved: open it again and repeat the change")
            audit.record(conn, self.store.actor, audit.CHANGED, row.client_number,
                         row.client_number, ", ".join(changed))
        return self.get_client(row.client_number)

    def set_quote_follow_up(self, quote_number: str, due: date | None) -> None:
        """Set (or with None clear) the follow-up date of a saved quote."""
        q = s.quotes.c
        with self.store._write("set the quote's follow-up") as conn:
            found = conn.execute(sa.select(q.id, q.client_id, q.restricted_at)
                                 .where(q.quote_number == quote_number.strip())).first()
            if found is None:
                from premiumcalc.quotes.errors import QuoteNotFound

                raise QuoteNotFound(f"there is no saved quote {brief(quote_number)!r} in "
                                    f"{self.store.where}")
            if found.restricted_at is not None:
                raise StoreError(f"{quote_number} is kept only for a retention duty "
                                 f"(restricted); it takes no follow-up")
            conn.execute(s.quotes.update().where(q.id == found.id).values(
                follow_up=None if due is None else due.isoformat(), updated_at=_stamp()))
            audit.record(conn, self.store.actor, audit.CHANGED,
                         audit.client_number_of(conn, found.client_id), quote_number.strip(),
                         "follow-up")

    # -- follow-ups ------------------------------------------------------------------------

    def follow_ups_due(self, on: date | None = None, *,
                       limit: int | None = 500) -> list[FollowUp]:
        """The follow-ups of clients and quotes due on or before ``on`` (default today),
        earliest first; restricted clients and quotes in the bin are left out."""
        day = (on or clock_today()).isoformat()
        c, q = s.clients.c, s.quotes.c
        clients_due = (sa.select(c.follow_up.label("due"), c.client_number, c.name,
                                 sa.null().label("quote_number"), c.follow_up_note)
                       .where(c.follow_up <= day, c.restricted_at.is_(None)))
        quotes_due = (sa.select(q.follow_up.label("due"), c.client_number, c.name,
                                q.quote_number, sa.literal("").label("follow_up_note"))
                      .select_from(s.quotes.join(s.clients, s.clients.c.id == q.client_id))
                      .where(q.follow_up <= day, q.deleted_at.is_(None),
                             q.restricted_at.is_(None), c.restricted_at.is_(None)))
        union = sa.union_all(clients_due, quotes_due).subquery()
        query = sa.select(union).order_by(union.c.due, union.c.client_number,
                                          union.c.quote_number)
        if limit is not None:
            query = query.limit(limit)
        with self.store._read("list the follow-ups") as conn:
            rows = conn.execute(query).all()
        return [FollowUp(due=date.fromisoformat(r[0]), client_number=r[1], client_name=r[2],
                         quote_number=r[3], note=r[4] or "") for r in rows]

    # -- audit log -------------------------------------------------------------------------

    def audit_entries(self, client: str | None = None, *,
                      limit: int | None = None) -> list[AuditEntry]:
        """The audit log, oldest first; only one client's (by number or exact name, also a
        deleted client's by its number) with ``client``."""
        a = s.audit_log.c
        query = sa.select(s.audit_log).order_by(a.id)
        with self.store._read("read the audit log") as conn:
            if client is not None:
                text = client.strip()
                if NUMBER.match(text.upper()):
                    number = text.upper()
                else:
                    number = self._resolve(conn, text).client_number
                query = query.where(a.client_number == number)
            if limit is not None:
                query = query.limit(limit)
            rows = conn.execute(query).all()
        return [AuditEntry(**audit.entry_values(r)) for r in rows]

    def log(self, action: str, client_number: str | None, subject: str = "",
            detail: str = "") -> None:
        """Append an entry of its own (e.g. "exported", "handed over") to the audit log."""
        with self.store._write("write the audit log") as conn:
            audit.record(conn, self.store.actor, action, client_number, subject, detail)

    # -- export ----------------------------------------------------------------------------

    def export_data(self, ref: str, *, rules: RetentionRules | None = None) -> dict[str, Any]:
        """Everything kept about the client, as JSON data (Art. 15 GDPR): the client, every
        record in full (quotes with request and result), retention dates and the audit log
        entries of the client. The documents themselves are written by the archive."""
        rules = rules or load_rules()
        client = self.get_client(ref)
        records = self.records(client.number, rules=rules)
        quotes: list[dict[str, Any]] = []
        frozen: list[dict[str, Any]] = []
        with self.store._read("read the client's frozen records") as conn:
            frozen = self._frozen(conn, client.number)
        for record in records:
            if record.kind == QUOTE:
                saved = self.store.get(record.number, include_deleted=True)
                data = saved.show_dict()
                data["retention_until"] = (None if record.retention_until is None
                                           else record.retention_until.isoformat())
                data["follow_up"] = (None if record.follow_up is None
                                     else record.follow_up.isoformat())
                data["in_bin"] = record.deleted
                quotes.append(data)
        until = {r.number: r.retention_until for r in records}
        for item in frozen:
            day = until.get(item["number"])
            item["retention_until"] = None if day is None else day.isoformat()
        return {
            "client": client.show_dict(),
            "records": [r.as_dict() for r in records],
            "quotes": quotes,
            "advice_records": [f for f in frozen if f["kind"] == ADVICE_RECORD],
            "first_information": [f for f in frozen if f["kind"] == FIRST_INFORMATION],
            "audit_log": [e.as_dict() for e in self.audit_entries(client.number)],
        }

    def frozen_documents(self, ref: str) -> list[tuple[str, bytes | None]]:
        """The stored PDFs of the client's frozen records (advice records, first
        information): ``(number, bytes)``, bytes None where the document was removed."""
        with self.store._read("read the client's documents") as conn:
            row = self._resolve(conn, ref)
            a, h = s.advice_records.c, s.first_info_handovers.c
            found = [(r[0], None if r[1] is None else bytes(r[1])) for r in conn.execute(
                sa.select(a.record_number, a.pdf).where(a.client_id == row.id)
                .order_by(a.id))]
            found += [(r[0], None if r[1] is None else bytes(r[1])) for r in conn.execute(
                sa.select(h.handover_number, h.pdf).where(h.client_id == row.id)
                .order_by(h.id))]
        return found

    def _frozen(self, conn: Connection, number: str) -> list[dict[str, Any]]:
        row = self._resolve(conn, number)
        a, h = s.advice_records.c, s.first_info_handovers.c
        out: list[dict[str, Any]] = []
        for r in conn.execute(sa.select(
                a.record_number, a.created_at, a.advice_at, a.client_name, a.client_address,
                a.channel, a.adviser, a.oral_first, a.lang, a.start_date, a.recommended,
                a.chosen, a.content_sha256, a.inputs_json, a.replaces, a.pdf.is_(None))
                .where(a.client_id == row.id).order_by(a.id)):
            try:
                inputs = json.loads(r.inputs_json)
            except ValueError:
                inputs = None
            out.append({
                "kind": ADVICE_RECORD, "number": r.record_number, "created_at": r.created_at,
                "advice_at": r.advice_at, "client_name": r.client_name,
                "client_address": r.client_address, "channel": r.channel,
                "adviser": r.adviser, "oral_first": bool(r.oral_first), "lang": r.lang,
                "start_date": r.start_date, "recommended": r.recommended,
                "chosen": r.chosen, "content_sha256": r.content_sha256, "replaces": r.replaces,
                "inputs": inputs, "document_removed": bool(r[15])})
        for r in conn.execute(sa.select(
                h.handover_number, h.created_at, h.handed_over_at, h.client_name,
                h.client_address, h.how, h.lang, h.profile_sha256, h.pdf_sha256,
                h.pdf.is_(None)).where(h.client_id == row.id).order_by(h.id)):
            out.append({
                "kind": FIRST_INFORMATION, "number": r.handover_number,
                "created_at": r.created_at, "handed_over_at": r.handed_over_at,
                "client_name": r.client_name, "client_address": r.client_address,
                "how": r.how, "lang": r.lang, "profile_sha256": r.profile_sha256,
                "pdf_sha256": r.pdf_sha256,
                "document_removed": bool(r[9]) and r.pdf_sha256 is not None})
        return out

    # -- deletion and anonymisation ----------------------------------------------------------

    def deletion_preview(self, ref: str, *, today: date | None = None,
                         rules: RetentionRules | None = None) -> DeletionReport:
        """What :meth:`delete_client` would remove and keep, without changing anything."""
        rules = rules or load_rules()
        day = today or clock_today()
        with self.store._read("read the client") as conn:
            row = self._resolve(conn, ref)
            return self._plan(conn, row, rules, day)

    def _plan(self, conn: Connection, row: Any, rules: RetentionRules,
              day: date) -> DeletionReport:
        records = self._records(conn, row.id, rules)
        kept = tuple(r for r in records
                     if r.retention_until is not None and r.retention_until >= day)
        removed = tuple(r.number for r in records if r not in kept)
        until = max((r.retention_until for r in kept if r.retention_until is not None),
                    default=None)
        return DeletionReport(client_number=row.client_number, removed=removed, kept=kept,
                              client_removed=not kept, kept_until=until)

    def delete_client(self, ref: str, *, today: date | None = None,
                      rules: RetentionRules | None = None) -> DeletionReport:
        """"Delete this client" (Art. 17 GDPR), in one transaction: what no retention duty
        keeps is removed at once (drafts never sent, records whose retention date passed,
        contact, notes, follow-ups, the current contract); the rest is restricted and
        anonymised once its retention date passes (see :meth:`anonymise_due`). A client
        with nothing left is removed altogether. The client's number goes on the list of
        erased clients (beside a SQLite database, and in the database). Raises
        :class:`LegalHold` when a legal hold stops it."""
        rules = rules or load_rules()
        day = today or clock_today()
        with self.store._write("delete the client") as conn:
            row = self._resolve(conn, ref, lock=True)
            if row.legal_hold:
                raise LegalHold(
                    f"client {row.client_number} is under a legal hold: nothing was deleted; "
                    f"lift the hold first (premiumcalc clients set {row.client_number} "
                    f"--legal-hold off)")
            if row.anonymised_at is not None:
                raise AlreadyDeleted(
                    f"client {row.client_number} was already deleted and anonymised on "
                    f"{str(row.anonymised_at)[:10]}: nothing more to delete")
            if row.restricted_at is not None:
                raise AlreadyDeleted(
                    f"client {row.client_number} was already deleted on "
                    f"{str(row.restricted_at)[:10]}; what is kept stays restricted until "
                    f"{row.anonymise_after or 'its retention date'} and is then anonymised: "
                    f"nothing more to delete")
            report = self._plan(conn, row, rules, day)
            self._apply_deletion(conn, row, report)
        self._write_erasure_list()
        return report

    def _apply_deletion(self, conn: Connection, row: Any, report: DeletionReport) -> None:
        q, d, c = s.quotes.c, s.quote_data.c, s.clients.c
        if report.removed:
            removed = list(report.removed)
            ids = sa.select(q.id).where(q.quote_number.in_(removed))
            conn.execute(s.quote_data.delete().where(d.quote_id.in_(ids)))
            conn.execute(s.quotes.delete().where(q.quote_number.in_(removed)))
            a = s.advice_records.c
            records = sa.select(a.id).where(a.record_number.in_(removed))
            conn.execute(s.advice_record_quotes.delete()
                         .where(s.advice_record_quotes.c.record_id.in_(records)))
            conn.execute(s.advice_records.delete().where(a.record_number.in_(removed)))
            conn.execute(s.first_info_handovers.delete()
                         .where(s.first_info_handovers.c.handover_number.in_(removed)))
        stamp = _stamp()
        if report.client_removed:
            conn.execute(s.clients.delete().where(c.id == row.id))
        else:
            conn.execute(s.quotes.update()
                         .where(q.client_id == row.id, q.restricted_at.is_(None))
                         .values(restricted_at=stamp, follow_up=None))
            conn.execute(s.clients.update().where(c.id == row.id).values(
                email="", phone="", notes="", follow_up=None, follow_up_note="",
                **_contract_values(None),
                search_text=client_search_text(row.client_number, row.name, row.address,
                                               "", ""),
                restricted_at=row.restricted_at or stamp,
                anonymise_after=report.kept_until.isoformat() if report.kept_until else None,
                updated_at=stamp, version=c.version + 1))
        self._mark_erased(conn, row.client_number, "deleted", stamp)
        kept = "" if not report.kept else (
            f"; kept restricted until {report.kept_until}: "
            f"{', '.join(r.number for r in report.kept)}")
        audit.record(conn, self.store.actor, audit.DELETED, row.client_number,
                     row.client_number,
                     f"removed: {', '.join(report.removed) or 'no records'}{kept}")

    def _mark_erased(self, conn: Connection, number: str, state: str, stamp: str) -> None:
        e = s.erased_clients.c
        found = conn.execute(sa.select(e.state).where(e.client_number == number)).scalar()
        if found is None:
            conn.execute(s.erased_clients.insert().values(client_number=number, state=state,
                                                          at=stamp))
        elif erasure.RANK.get(found, 0) < erasure.RANK[state]:
            conn.execute(s.erased_clients.update().where(e.client_number == number)
                         .values(state=state, at=stamp))
        self._erased.append((number, state, stamp))

    def _write_erasure_list(self) -> None:
        """After the commit: add what was erased to the list beside a SQLite database (a
        crash before this is made good at the next opening, from the database's table)."""
        pending, self._erased = self._erased, []
        if self.store.path is not None:
            for number, state, stamp in pending:
                erasure.add(self.store.path, number, state, stamp)

    def anonymise_due(self, today: date | None = None) -> list[str]:
        """Anonymise every restricted client whose retention date has passed (not those
        under a legal hold), all in one transaction; returns their numbers."""
        day = (today or clock_today()).isoformat()
        c = s.clients.c
        with self.store._write("anonymise the clients due") as conn:
            if conn.dialect.name == "postgresql":  # one desk anonymises, the others wait
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(742002)"))
            rows = conn.execute(
                sa.select(s.clients).where(
                    c.restricted_at.is_not(None), c.anonymised_at.is_(None),
                    c.anonymise_after < day, c.legal_hold == 0)
                .order_by(c.client_number)).all()
            for row in rows:
                self._anonymise(conn, row)
        self._write_erasure_list()
        return [r.client_number for r in rows]

    def _anonymise(self, conn: Connection, row: Any) -> None:
        """Replace name, address, contact and free text of the client and its records;
        figures and tariffs stay."""
        q, d, c = s.quotes.c, s.quote_data.c, s.clients.c
        number = row.client_number
        name = f"{ANONYMOUS} {number}"
        stamp = _stamp()
        conn.execute(s.clients.update().where(c.id == row.id).values(
            name=name, name_key=fold(name), address="", email="", phone="", notes="",
            follow_up=None, follow_up_note="", **_contract_values(None),
            search_text=client_search_text(number, name, "", "", ""),
            anonymised_at=stamp, updated_at=stamp, version=c.version + 1))
        quotes = conn.execute(sa.select(q.id, q.quote_number, d.request_json)
                              .select_from(s.quotes.join(s.quote_data))
                              .where(q.client_id == row.id)).all()
        for quote in quotes:
            conn.execute(s.quotes.update().where(q.id == quote.id).values(
                client_name=name, client_key=name.casefold(),
                search_text=search_text(f"{quote.quote_number} {name}"), follow_up=None))
            conn.execute(s.quote_data.update().where(d.quote_id == quote.id).values(
                notes="", request_json=_scrub_request(quote.request_json)))
        a = s.advice_records.c
        advice = conn.execute(sa.select(a.id, a.inputs_json)
                              .where(a.client_id == row.id)).all()
        private = [t for t in (row.name, *row.address.splitlines()) if t.strip()]
        for record in advice:  # the stored PDF goes, its hash stays
            conn.execute(s.advice_records.update().where(a.id == record.id).values(
                client_name=name, client_address="", pdf=None,
                inputs_json=_scrub_inputs(record.inputs_json, name, private)))
        h = s.first_info_handovers.c
        handovers = conn.execute(sa.update(s.first_info_handovers)
                                 .where(h.client_id == row.id)
                                 .values(client_name=name, client_address="", pdf=None))
        self._mark_erased(conn, number, "anonymised", stamp)
        audit.record(conn, self.store.actor, audit.ANONYMISED, number, number,
                     f"{len(quotes) + len(advice) + handovers.rowcount} records anonymised")

    # -- the list of erased clients ----------------------------------------------------------

    def erased(self) -> dict[str, str]:
        """Client number → ``deleted`` / ``anonymised``, as the database keeps it."""
        e = s.erased_clients.c
        with self.store._read("read the erased clients") as conn:
            return {r.client_number: r.state
                    for r in conn.execute(sa.select(e.client_number, e.state))}

    def reapply_erasures(self, listed: dict[str, str], *,
                         rules: RetentionRules | None = None) -> list[str]:
        """Delete or anonymise again the clients ``listed`` (number → state) that the
        database still holds in an earlier state (after a restored backup); one
        transaction. Returns the numbers acted on."""
        if not listed:
            return []
        rules = rules or load_rules()
        day = clock_today()
        c = s.clients.c
        done: list[str] = []
        with self.store._write("apply the list of erased clients") as conn:
            rows = conn.execute(sa.select(s.clients)
                                .where(c.client_number.in_(sorted(listed)))).all()
            for row in rows:
                state = listed[row.client_number]
                if state == "anonymised" and row.anonymised_at is None:
                    if row.restricted_at is None:
                        report = self._plan(conn, row, rules, day)
                        self._apply_deletion(conn, row, report)
                        if report.client_removed:
                            done.append(row.client_number)
                            continue
                        row = conn.execute(sa.select(s.clients).where(c.id == row.id)).one()
                    self._anonymise(conn, row)
                    done.append(row.client_number)
                elif state == "deleted" and row.restricted_at is None:
                    report = self._plan(conn, row, rules, day)
                    self._apply_deletion(conn, row, report)
                    done.append(row.client_number)
        self._write_erasure_list()
        return done

    def iter_numbers(self) -> Iterator[str]:
        c = s.clients.c
        with self.store._read("list the clients") as conn:
            yield from conn.execute(sa.select(c.client_number).order_by(c.client_number)
                                    ).scalars()


def _contract_values(contract: CurrentContract | None) -> dict[str, Any]:
    if contract is None:
        return {"current_insurer": "", "current_premium_cents": None,
                "current_limits_json": "{}", "current_renewal": None,
                "current_request_json": None, "current_quote": None}
    if not isinstance(contract, CurrentContract):
        raise StoreError("the current contract must be a CurrentContract or None")
    if len(contract.insurer) > 200:
        raise InvalidInput("current insurer", "has more than 200 characters")
    if len(contract.insurer.strip().splitlines()) > 1:
        raise InvalidInput("current insurer", "has more than one line; give the insurer's name")
    check_printable(contract.insurer, "current insurer")  # the comparison's reference row
    request_json = None
    if contract.request is not None:
        from premiumcalc.pricing.request import build_request

        request_json = json.dumps(build_request(dict(contract.request)).as_json(),
                                  ensure_ascii=False)
    extra = {"limits": {k: str(v) for k, v in contract.limits.items() if k in LIMIT_KEYS},
             "requirements_met": list(contract.requirements_met)}
    return {"current_insurer": contract.insurer.strip(),
            "current_premium_cents": _cents(contract.premium),
            "current_limits_json": json.dumps(extra),
            "current_renewal": None if contract.renewal is None else contract.renewal.isoformat(),
            "current_request_json": request_json, "current_quote": contract.quote_number}


#: Keys of free text in a frozen record's inputs: emptied when the client is anonymised.
FREE_TEXT = ("activity", "reason", "notes", "note", "comment")


def _scrub(value: Any, name: str, private: list[str]) -> Any:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key in FREE_TEXT and isinstance(item, str):
                out[key] = ""
            elif key == "client" and isinstance(item, dict):
                out[key] = {"name": name, "address": ""}
            elif key == "profile":  # the broker's own details, which may share a line
                out[key] = item     # of address with a client in the same town
            else:
                out[key] = _scrub(item, name, private)
        return out
    if isinstance(value, list):
        return [_scrub(v, name, private) for v in value]
    if isinstance(value, str) and any(p.casefold() in value.casefold() for p in private):
        return name
    return value


def _scrub_inputs(text: str, name: str, private: list[str]) -> str:
    """A frozen record's inputs with the client's name, address and free text replaced;
    figures, tariffs and hashes stay."""
    try:
        data = json.loads(text)
    except ValueError:
        return "{}"
    return json.dumps(_scrub(data, name, private), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def _scrub_request(text: str) -> str:
    """The request JSON with its free text (the activity in words) emptied."""
    try:
        data = json.loads(text)
    except ValueError:
        return "{}"
    if isinstance(data, dict) and data.get("activity"):
        data["activity"] = ""
    return json.dumps(data, ensure_ascii=False)


HOUSEKEEPING_DAY = "anonymised_on"


def _sent_from_drafts(conn: Connection, client_number: str | None,
                      numbers: Sequence[str]) -> dict[str, str]:
    """Quote number → when it first left the draft state, for those of ``numbers`` saved
    as a draft and marked sent (accepted, declined) later: from the client's entries in
    the audit log (read by its index on the client number)."""
    a = s.audit_log.c
    found: dict[str, str] = {}
    if client_number is None or not numbers:
        return found
    for start in range(0, len(numbers), 500):
        chunk = list(numbers[start:start + 500])
        drafts = sa.select(a.subject).where(a.client_number == client_number,
                                            a.action == audit.SAVED, a.subject.in_(chunk),
                                            a.detail == "draft")
        found.update((str(r[0]), str(r[1])) for r in conn.execute(
            sa.select(a.subject, sa.func.min(a.at))
            .where(a.client_number == client_number, a.action == audit.CHANGED,
                   a.subject.in_(drafts),
                   a.detail.like("status %"), a.detail.not_like("status draft%"))
            .group_by(a.subject)))
    return found


def _number_after(store: QuoteStore, numbers: Sequence[str]) -> None:
    """Raise the client counter to at least the highest of ``numbers`` (``K-000001``)."""
    highest = max((int(n[2:]) for n in numbers if NUMBER.match(n)), default=0)
    if highest == 0:
        return
    k = s.client_counter.c
    with store._read("read the client counter") as conn:
        last = conn.execute(sa.select(k.last_number).where(k.id == 1)).scalar()
    if last is not None and last >= highest:
        return
    with store._write("carry the client numbers on") as conn:
        insert_ignore(conn, s.client_counter, {"id": 1, "last_number": 0})
        conn.execute(s.client_counter.update()
                     .where(k.id == 1, k.last_number < highest)
                     .values(last_number=highest))


def housekeeping(store: QuoteStore, *, today: date | None = None) -> list[str]:
    """What opening the store does for the register: apply the list of erased clients kept
    beside a SQLite database again (a restored backup may hold them), and, at the first
    opening of a day, anonymise the restricted clients whose retention date passed.
    Returns the client numbers anonymised or erased again."""
    register = ClientRegister(store)
    done: list[str] = []
    if store.path is not None:
        listed = {k: v["state"] for k, v in erasure.read_list(store.path).items()}
        held = register.erased()
        # A restored backup or a new file may count clients from a lower number than one
        # erased since: a new client must never get an erased client's number, or the list
        # would erase the new client in its place.
        _number_after(store, [*listed, *held])
        stale = {k: v for k, v in listed.items()
                 if erasure.RANK[v] > erasure.RANK.get(held.get(k, ""), 0)}
        if stale:  # a restored backup: erase them again
            done += register.reapply_erasures(stale)
        for number, state in held.items():  # the database's list is never shorter
            if erasure.RANK[state] > erasure.RANK.get(listed.get(number, ""), 0):
                erasure.add(store.path, number, state, audit.stamp())
    day = today or clock_today()
    h = s.housekeeping.c
    with store._read("read the housekeeping") as conn:
        last = conn.execute(sa.select(h.value).where(h.name == HOUSEKEEPING_DAY)).scalar()
    if last == day.isoformat():
        return done
    done += register.anonymise_due(day)
    with store._write("record the housekeeping") as conn:
        insert_ignore(conn, s.housekeeping, {"name": HOUSEKEEPING_DAY,
                                             "value": day.isoformat()})
        conn.execute(s.housekeeping.update().where(h.name == HOUSEKEEPING_DAY)
                     .values(value=day.isoformat()))
    return done


def numbers_of(summaries: Sequence[ClientSummary]) -> list[str]:
    return [c.number for c in summaries]
