"""Frozen advice records and first-information handovers in the quote store.

An advice record (Beratungsdokumentation, §§ 60-62 VVG) is stored once it is handed over:
its PDF bytes, their sha256 and the JSON of what it was made from, under a number of its
own (``B-2026-000001``). It is never changed afterwards: :func:`advice_pdf` hands back the
stored bytes (checked against the hash), and a changed record is saved as a new record whose
``replaces`` names the one it replaces (each record can be replaced once, so the versions
form one line). Numbers are taken from a counter row in the same transaction as the insert,
like quote numbers, and never reused: beside a SQLite database the last numbers issued are
also kept in a small file (``quotes.db.advice-numbers``), so that a database restored from a
backup or started afresh carries on after them.

A first-information handover (§ 15 VersVermV) records to which client, when and how (in
person, post, e-mail) the first information was given, with a snapshot of the broker profile
it was made from and, optionally, the PDF (``E-2026-000001``).

Both are linked to the client of the store's client table (by name and address, as quotes
are); an advice record may name the quotes it was made from.

Usage::

    from premiumcalc.quotes import open_store
    from premiumcalc.quotes import advice_records as ar

    with open_store(url) as store:
        saved = ar.save_advice_record(store, pdf=data, inputs={...}, client_name="Muster GmbH",
                                      advice_at=datetime(2026, 11, 25, 14, 30), channel="in-person")
        again = ar.advice_pdf(store, saved.number)       # the same bytes
        newer = ar.save_advice_record(store, ..., replaces=saved.number)
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from premiumcalc.pricing.request import (
    InvalidInput,
    brief,
    check_client_address,
    check_client_name,
)
from premiumcalc.quotes import schema as s
from premiumcalc.quotes.errors import StoreError
from premiumcalc.quotes.queries import insert_ignore
from premiumcalc.quotes.store import QuoteStore

#: How an advice was given (the record's channel).
CHANNELS = ("in-person", "telephone", "video", "post", "email")
#: How a first information was handed over.
HANDOVER_WAYS = ("in-person", "post", "email")

ADVICE_PREFIX = "B"
HANDOVER_PREFIX = "E"


class RecordNotFound(StoreError):
    """No advice record or first-information handover has that number."""


class RecordDamaged(StoreError):
    """A stored PDF no longer matches the hash it was stored with, or was removed."""


@dataclass(frozen=True)
class AdviceRecord:
    """A frozen advice record as stored (without the PDF bytes; see :func:`advice_pdf`)."""

    number: str
    created_at: str  # when it was saved, i.e. handed over (UTC, ISO)
    advice_at: str  # date and time of the advice as printed (local, ``2026-11-25T14:30``)
    client_id: int
    client_name: str
    client_address: str
    channel: str
    adviser: str
    oral_first: bool
    lang: str
    start_date: str | None
    recommended: str | None  # tariff id
    chosen: str | None  # tariff id the client chose
    sha256: str  # of the PDF bytes
    has_pdf: bool
    replaces: str | None
    replaced_by: str | None
    quote_numbers: tuple[str, ...] = ()
    inputs: dict[str, Any] = field(default_factory=dict)

    def list_dict(self) -> dict[str, Any]:
        """The record as JSON data (what ``advice show --format json`` prints)."""
        return {
            "record_number": self.number, "created_at": self.created_at,
            "advice_at": self.advice_at,
            "client": {"id": self.client_id, "name": self.client_name,
                       "address": self.client_address},
            "channel": self.channel, "adviser": self.adviser, "oral_first": self.oral_first,
            "lang": self.lang, "start": self.start_date, "recommended": self.recommended,
            "chosen": self.chosen, "sha256": self.sha256, "has_pdf": self.has_pdf,
            "replaces": self.replaces, "replaced_by": self.replaced_by,
            "quote_numbers": list(self.quote_numbers),
        }


@dataclass(frozen=True)
class FirstInfoHandover:
    """A recorded handover of the first information."""

    number: str
    created_at: str
    handed_over_at: str  # date and time handed over (local, ``2026-11-25T14:30``)
    client_id: int
    client_name: str
    client_address: str
    how: str  # in-person, post, email
    lang: str
    profile_sha256: str
    profile: dict[str, Any]
    pdf_sha256: str | None
    has_pdf: bool

    def list_dict(self) -> dict[str, Any]:
        return {
            "handover_number": self.number, "created_at": self.created_at,
            "handed_over_at": self.handed_over_at,
            "client": {"id": self.client_id, "name": self.client_name,
                       "address": self.client_address},
            "how": self.how, "lang": self.lang, "profile_sha256": self.profile_sha256,
            "pdf_sha256": self.pdf_sha256, "has_pdf": self.has_pdf,
        }


# ---------------------------------------------------------------------------------------
# helpers


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def canonical_json(data: Any) -> str:
    """JSON with sorted keys and no spaces: the same data gives the same text (and hash)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _moment_text(moment: datetime | date | str) -> str:
    """The date and time of an advice or handover as it is stored (no seconds)."""
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment)
        except ValueError:
            raise InvalidInput("date", f"{moment!r} is not a date and time "
                                       f"(YYYY-MM-DDTHH:MM)") from None
    if isinstance(moment, datetime):
        return moment.strftime("%Y-%m-%dT%H:%M")
    return moment.isoformat()


def _client(name: str, address: str) -> tuple[str, str]:
    name, address = name.strip(), address.strip()
    if not name:
        raise InvalidInput("client name", "is required")
    check_client_name(name)
    check_client_address(address)
    return name, address


def _client_id(conn: Connection, name: str, address: str, stamp: str) -> int:
    """The client of a record; a name given without an address that only clients with an
    address bear is refused (a careless handover would add a client of the same name)."""
    from premiumcalc.quotes.client_ids import client_id  # numbered in the client register

    if not address:
        c = s.clients.c
        known = conn.execute(sa.select(c.client_number, c.address)
                             .where(c.name == name, c.anonymised_at.is_(None))
                             .order_by(c.client_number)).all()
        if known and all(row.address for row in known):
            numbers = ", ".join(row.client_number for row in known)
            raise InvalidInput("client-address", f"{brief(name)!r} is client {numbers} with an "
                                                 f"address; give the address as saved with the "
                                                 f"client, or another name for a new client")
    return client_id(conn, name, address, stamp)


#: Beside a SQLite database, the last record and handover numbers issued per year, so that
#: a database that replaced another (restored from a backup, started afresh after damage)
#: never issues a number again that a client may already hold on paper.
NUMBERS_SUFFIX = ".advice-numbers"


def numbers_path(db: Path) -> Path:
    return db.with_name(db.name + NUMBERS_SUFFIX)


def issued_numbers(db: Path) -> dict[str, dict[int, int]]:
    """The last numbers issued for the SQLite database ``db``: kind -> year -> number ({}
    when nothing was recorded, or the file cannot be read)."""
    try:
        data = json.loads(numbers_path(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found: dict[str, dict[int, int]] = {}
    if isinstance(data, dict):
        for kind, years in data.items():
            if not isinstance(years, dict):
                continue
            for year, last in years.items():
                if str(year).isdigit() and isinstance(last, int) and last >= 0:
                    found.setdefault(str(kind), {})[int(year)] = last
    return found


def _record_issued(db: Path, kind: str, year: int, last: int) -> None:
    from premiumcalc.fileio import WriteError, atomic_write_bytes

    known = issued_numbers(db)
    if known.get(kind, {}).get(year, -1) >= last:
        return
    known.setdefault(kind, {})[year] = last
    text = json.dumps({k: {str(y): n for y, n in sorted(v.items())}
                       for k, v in sorted(known.items())}) + "\n"
    try:
        atomic_write_bytes(numbers_path(db), text.encode("utf-8"))
    except WriteError as error:
        raise StoreError(f"cannot record the number issued: {error}") from None


def _next_number(conn: Connection, kind: str, year: int, db: Path | None = None) -> str:
    c = s.advice_counter.c
    bump = (s.advice_counter.update().where(c.kind == kind, c.year == year)
            .values(last_number=c.last_number + 1).returning(c.last_number))
    value = conn.execute(bump).scalar()
    if value is None:
        insert_ignore(conn, s.advice_counter, {"kind": kind, "year": year, "last_number": 0})
        value = conn.execute(bump).scalar_one()
    if db is not None:  # SQLite: never below a number issued before (in the same writer lock)
        issued = issued_numbers(db).get(kind, {}).get(year, 0)
        if int(value) <= issued:
            value = issued + 1
            conn.execute(s.advice_counter.update().where(c.kind == kind, c.year == year)
                         .values(last_number=value))
        _record_issued(db, kind, year, int(value))  # before the commit: never issued twice
    return f"{kind}-{year}-{int(value):06d}"


# ---------------------------------------------------------------------------------------
# advice records


def save_advice_record(
    store: QuoteStore,
    *,
    pdf: bytes | Callable[[str], bytes],
    inputs: Mapping[str, Any],
    client_name: str,
    client_address: str = "",
    advice_at: datetime | date | str,
    channel: str,
    adviser: str = "",
    oral_first: bool = False,
    lang: str = "de",
    start_date: date | str | None = None,
    recommended: str | None = None,
    chosen: str | None = None,
    quote_numbers: Sequence[str] = (),
    replaces: str | None = None,
    now: datetime | None = None,
) -> AdviceRecord:
    """Freeze a handed-over advice record under a new number and return it.

    ``pdf`` is the record as handed over, or a function that makes it for the number the
    record gets (called once, inside the saving transaction, so that the number printed in
    the record is the one it is stored under); ``inputs`` the JSON data it was made from.
    ``replaces`` names the record this one replaces (a changed record): that record must
    exist and not be replaced already. ``quote_numbers`` links saved quotes (they must
    exist). Raises InvalidInput for a bad field, RecordNotFound / StoreError otherwise;
    nothing is half-saved.
    """
    if isinstance(pdf, bytes) and not pdf.startswith(b"%PDF"):
        raise InvalidInput("pdf", "is not a PDF document")
    if channel not in CHANNELS:
        raise InvalidInput("channel", f"{channel!r} is not allowed; use {', '.join(CHANNELS)}")
    if lang not in ("de", "en"):
        raise InvalidInput("lang", f"{lang!r} is not allowed; use de or en")
    name, address = _client(client_name, client_address)
    moment = now or datetime.now(UTC)
    stamp = _stamp(moment)
    start = start_date.isoformat() if isinstance(start_date, date) else start_date
    quotes = list(dict.fromkeys(q.strip() for q in quote_numbers if q.strip()))
    inputs_json = canonical_json(dict(inputs))
    with store._write("save the advice record") as conn:
        r = s.advice_records.c
        if replaces is not None:
            replaces = replaces.strip()
            if conn.execute(sa.select(r.id).where(r.record_number == replaces)).scalar() is None:
                raise RecordNotFound(f"there is no advice record {brief(replaces)!r} to replace in "
                                     f"{store.where}")
            newer = conn.execute(sa.select(r.record_number).where(r.replaces == replaces)
                                 ).scalar()
            if newer is not None:
                raise StoreError(f"the advice record {replaces} was already replaced by "
                                 f"{newer}; replace {newer} instead")
        if quotes:
            q = s.quotes.c
            found = set(conn.execute(sa.select(q.quote_number)
                                     .where(q.quote_number.in_(quotes))).scalars())
            missing = [n for n in quotes if n not in found]
            if missing:
                raise InvalidInput("quote", f"no saved quote {brief(', '.join(missing))}")
        client_id = _client_id(conn, name, address, stamp)
        if quotes:
            q, c = s.quotes.c, s.clients.c
            other = conn.execute(
                sa.select(q.quote_number, c.client_number, c.name)
                .join(s.clients, c.id == q.client_id)
                .where(q.quote_number.in_(quotes), q.client_id != client_id)
                .order_by(q.quote_number)).first()
            if other is not None:  # the transaction ends: a client just added goes again
                raise InvalidInput(
                    "quote", f"{other.quote_number} is a quote of client "
                             f"{other.client_number} ({brief(other.name)}), not of "
                             f"{brief(name)} with this address; link only the client's own "
                             f"quotes, with the name and address as on the quote")
        number = _next_number(conn, ADVICE_PREFIX, moment.year, store.path)
        if not isinstance(pdf, bytes):
            pdf = pdf(number)
            if not pdf.startswith(b"%PDF"):
                raise InvalidInput("pdf", "is not a PDF document")
        record_id = conn.execute(s.advice_records.insert().values(
            record_number=number, created_at=stamp, advice_at=_moment_text(advice_at),
            client_id=client_id, client_name=name, client_address=address, channel=channel,
            adviser=adviser.strip(), oral_first=bool(oral_first), lang=lang, start_date=start,
            recommended=recommended, chosen=chosen, content_sha256=sha256_hex(pdf), pdf=pdf,
            inputs_json=inputs_json, replaces=replaces,
        ).returning(r.id)).scalar_one()
        for quote_number in quotes:
            conn.execute(s.advice_record_quotes.insert().values(
                record_id=record_id, quote_number=quote_number))
        _audit(store, conn, client_id, number, "advice record")
    return get_advice_record(store, number)


def _record_columns() -> list[Any]:
    r = s.advice_records.c
    newer = s.advice_records.alias("newer")
    replaced_by = (sa.select(newer.c.record_number).where(newer.c.replaces == r.record_number)
                   .scalar_subquery())
    return [r.id, r.record_number, r.created_at, r.advice_at, r.client_id, r.client_name,
            r.client_address, r.channel, r.adviser, r.oral_first, r.lang, r.start_date,
            r.recommended, r.chosen, r.content_sha256, r.pdf.isnot(None).label("has_pdf"),
            r.replaces, replaced_by.label("replaced_by"), r.inputs_json]


def _records(conn: Connection, *where: Any) -> list[AdviceRecord]:
    r = s.advice_records.c
    rows = conn.execute(sa.select(*_record_columns()).where(*where)
                        .order_by(r.created_at, r.id)).all()
    if not rows:
        return []
    links: dict[int, list[str]] = {}
    l = s.advice_record_quotes.c  # noqa: E741
    for record_id, quote_number in conn.execute(
            sa.select(l.record_id, l.quote_number)
            .where(l.record_id.in_([row.id for row in rows]))
            .order_by(l.record_id, l.quote_number)):
        links.setdefault(record_id, []).append(quote_number)
    return [AdviceRecord(
        number=row.record_number, created_at=row.created_at, advice_at=row.advice_at,
        client_id=int(row.client_id), client_name=row.client_name,
        client_address=row.client_address, channel=row.channel, adviser=row.adviser,
        oral_first=bool(row.oral_first), lang=row.lang, start_date=row.start_date,
        recommended=row.recommended, chosen=row.chosen, sha256=row.content_sha256,
        has_pdf=bool(row.has_pdf), replaces=row.replaces, replaced_by=row.replaced_by,
        quote_numbers=tuple(links.get(row.id, ())), inputs=json.loads(row.inputs_json),
    ) for row in rows]


def get_advice_record(store: QuoteStore, number: str) -> AdviceRecord:
    """The advice record with this number; :class:`RecordNotFound` if there is none."""
    with store._read("read the advice record") as conn:
        found = _records(conn, s.advice_records.c.record_number == number.strip())
    if not found:
        raise RecordNotFound(f"there is no advice record {brief(number.strip())!r} in {store.where}")
    return found[0]


def advice_pdf(store: QuoteStore, number: str) -> bytes:
    """The record's PDF exactly as handed over; :class:`RecordDamaged` when the stored bytes
    no longer match their hash (or were removed)."""
    r = s.advice_records.c
    with store._read("read the advice record") as conn:
        row = conn.execute(sa.select(r.pdf, r.content_sha256)
                           .where(r.record_number == number.strip())).first()
    if row is None:
        raise RecordNotFound(f"there is no advice record {brief(number.strip())!r} in {store.where}")
    return _checked(row.pdf, row.content_sha256, f"advice record {number.strip()}")


def _checked(pdf: bytes | None, sha256: str, what: str) -> bytes:
    if pdf is None:
        raise RecordDamaged(f"the PDF of the {what} is no longer stored (only its sha256 "
                            f"{sha256} is kept)")
    data = bytes(pdf)
    if sha256_hex(data) != sha256:
        raise RecordDamaged(f"the stored PDF of the {what} does not match its sha256 "
                            f"{sha256}: it was changed after it was handed over")
    return data


def list_advice_records(
    store: QuoteStore,
    *,
    client_id: int | None = None,
    client_name: str | None = None,
    client_address: str | None = None,
    quote_number: str | None = None,
) -> list[AdviceRecord]:
    """Advice records, oldest first: of a client (by id, or by exact name and, if given,
    address), of a saved quote, or all (every version, each naming what it replaces).
    All and by name leave out the records of clients kept only for a retention duty
    (restricted, Art. 18 GDPR); a client's own page reaches them by its id."""
    r = s.advice_records.c
    where: list[Any] = []
    if client_id is None and quote_number is None:
        c = s.clients.c
        where.append(r.client_id.not_in(sa.select(c.id).where(c.restricted_at.is_not(None))))
    if client_id is not None:
        where.append(r.client_id == client_id)
    if client_name is not None:
        where.append(r.client_name == client_name.strip())
    if client_address is not None:
        where.append(r.client_address == client_address.strip())
    if quote_number is not None:
        l = s.advice_record_quotes.c  # noqa: E741
        where.append(r.id.in_(sa.select(l.record_id)
                              .where(l.quote_number == quote_number.strip())))
    with store._read("read the advice records") as conn:
        return _records(conn, *where)


def client_of_quote(store: QuoteStore, quote_number: str) -> int | None:
    """The client id of a saved quote (None when there is no such quote)."""
    q = s.quotes.c
    with store._read("read the quote's client") as conn:
        found = conn.execute(sa.select(q.client_id)
                             .where(q.quote_number == quote_number.strip())).scalar()
    return None if found is None else int(found)


def advice_records_of_quote(store: QuoteStore, quote_number: str
                            ) -> tuple[list[AdviceRecord], list[AdviceRecord]]:
    """The records linked to a saved quote, and the other records of the quote's client."""
    client_id = client_of_quote(store, quote_number)
    linked = list_advice_records(store, quote_number=quote_number)
    if client_id is None:
        return linked, []
    numbers = {x.number for x in linked}
    others = [x for x in list_advice_records(store, client_id=client_id)
              if x.number not in numbers]
    return linked, others


def advice_versions(store: QuoteStore, number: str) -> list[AdviceRecord]:
    """Every version of the record ``number``, oldest first (the one it replaces, …, the
    one that replaces it)."""
    record = get_advice_record(store, number)
    chain = [record]
    while chain[0].replaces is not None:
        chain.insert(0, get_advice_record(store, chain[0].replaces))
    while chain[-1].replaced_by is not None:
        chain.append(get_advice_record(store, chain[-1].replaced_by))
    return chain


# ---------------------------------------------------------------------------------------
# first-information handovers


def record_first_information(
    store: QuoteStore,
    *,
    client_name: str,
    client_address: str = "",
    handed_over_at: datetime | date | str,
    how: str,
    profile: Mapping[str, Any],
    lang: str = "de",
    pdf: bytes | None = None,
    now: datetime | None = None,
) -> FirstInfoHandover:
    """Record that the first information made from ``profile`` (the broker profile's fields
    as JSON data) was handed to the client; ``pdf`` is the document, when kept."""
    if how not in HANDOVER_WAYS:
        raise InvalidInput("handed-over", f"{how!r} is not allowed; use "
                                          f"{', '.join(HANDOVER_WAYS)}")
    if lang not in ("de", "en"):
        raise InvalidInput("lang", f"{lang!r} is not allowed; use de or en")
    if pdf is not None and not pdf.startswith(b"%PDF"):
        raise InvalidInput("pdf", "is not a PDF document")
    name, address = _client(client_name, client_address)
    moment = now or datetime.now(UTC)
    stamp = _stamp(moment)
    profile_json = canonical_json(dict(profile))
    with store._write("record the first information") as conn:
        client_id = _client_id(conn, name, address, stamp)
        number = _next_number(conn, HANDOVER_PREFIX, moment.year, store.path)
        conn.execute(s.first_info_handovers.insert().values(
            handover_number=number, created_at=stamp,
            handed_over_at=_moment_text(handed_over_at), client_id=client_id,
            client_name=name, client_address=address, how=how, lang=lang,
            profile_sha256=sha256_hex(profile_json.encode("utf-8")), profile_json=profile_json,
            pdf_sha256=sha256_hex(pdf) if pdf is not None else None, pdf=pdf))
        _audit(store, conn, client_id, number, f"first information ({how})")
    return get_first_information(store, number)


def _audit(store: QuoteStore, conn: Connection, client_id: int, number: str,
           what: str) -> None:
    from premiumcalc.quotes import audit

    audit.record(conn, getattr(store, "actor", audit.os_user()), audit.HANDED_OVER,
                 audit.client_number_of(conn, client_id), number, what)


def _handovers(conn: Connection, *where: Any) -> list[FirstInfoHandover]:
    h = s.first_info_handovers.c
    rows = conn.execute(sa.select(
        h.handover_number, h.created_at, h.handed_over_at, h.client_id, h.client_name,
        h.client_address, h.how, h.lang, h.profile_sha256, h.profile_json, h.pdf_sha256,
        h.pdf.isnot(None).label("has_pdf")).where(*where).order_by(h.created_at, h.id)).all()
    return [FirstInfoHandover(
        number=row.handover_number, created_at=row.created_at,
        handed_over_at=row.handed_over_at, client_id=int(row.client_id),
        client_name=row.client_name, client_address=row.client_address, how=row.how,
        lang=row.lang, profile_sha256=row.profile_sha256,
        profile=json.loads(row.profile_json), pdf_sha256=row.pdf_sha256,
        has_pdf=bool(row.has_pdf)) for row in rows]


def get_first_information(store: QuoteStore, number: str) -> FirstInfoHandover:
    with store._read("read the first-information handover") as conn:
        found = _handovers(conn, s.first_info_handovers.c.handover_number == number.strip())
    if not found:
        raise RecordNotFound(f"there is no first-information handover {number.strip()!r} in "
                             f"{store.where}")
    return found[0]


def list_first_information(
    store: QuoteStore,
    *,
    client_id: int | None = None,
    client_name: str | None = None,
    client_address: str | None = None,
) -> list[FirstInfoHandover]:
    """First-information handovers, oldest first: of a client, or all."""
    h = s.first_info_handovers.c
    where: list[Any] = []
    if client_id is not None:
        where.append(h.client_id == client_id)
    if client_name is not None:
        where.append(h.client_name == client_name.strip())
    if client_address is not None:
        where.append(h.client_address == client_address.strip())
    with store._read("read the first-information handovers") as conn:
        return _handovers(conn, *where)


def first_information_pdf(store: QuoteStore, number: str) -> bytes:
    """The first information's PDF as handed over (when it was kept), checked by its hash."""
    h = s.first_info_handovers.c
    with store._read("read the first-information handover") as conn:
        row = conn.execute(sa.select(h.pdf, h.pdf_sha256)
                           .where(h.handover_number == number.strip())).first()
    if row is None:
        raise RecordNotFound(f"there is no first-information handover {number.strip()!r} in "
                             f"{store.where}")
    if row.pdf_sha256 is None:
        raise RecordDamaged(f"the first-information handover {number.strip()} was recorded "
                            f"without its PDF")
    return _checked(row.pdf, row.pdf_sha256, f"first-information handover {number.strip()}")


__all__ = [
    "CHANNELS", "HANDOVER_WAYS", "AdviceRecord", "FirstInfoHandover", "RecordDamaged",
    "RecordNotFound", "advice_pdf", "advice_records_of_quote", "advice_versions",
    "client_of_quote",
    "first_information_pdf", "get_advice_record", "get_first_information",
    "list_advice_records", "list_first_information", "record_first_information",
    "save_advice_record", "sha256_hex",
]
