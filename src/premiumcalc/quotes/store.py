"""Saved quotes and clients in SQLite (default) or PostgreSQL, through SQLAlchemy Core.

Every write is one transaction: the quote number is taken from a counter row updated in the
same transaction that inserts the quote, so several desks saving at once get distinct,
gapless numbers and a process killed half-way leaves nothing behind. On SQLite a write
transaction starts with ``BEGIN IMMEDIATE`` (WAL mode, busy timeout 10 s, full sync); on
PostgreSQL the counter row's lock serialises the writers (a writer waits at most 10 s for a
lock, then is told the database is busy). A number is never issued twice: a new SQLite file
carries the numbering on from the one it replaced (see :mod:`premiumcalc.quotes.numbering`).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy import exc
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.engine.url import URL

from premiumcalc.pricing.reference import Reference
from premiumcalc.pricing.request import (
    QuoteRequest,
    brief,
    check_client_address,
    check_client_name,
    check_notes,
    check_request,
)
from premiumcalc.quotes import connection, numbering
from premiumcalc.quotes import schema as s
from premiumcalc.quotes.connection import (
    ENV_URL,
    default_database_path,
    describe_error,
    first_line,
    is_corrupt,
    resolve_url,
)
from premiumcalc.quotes.errors import (
    CorruptionNotice,
    DamagedDatabase,
    QuoteNotFound,
    StoreError,
)
from premiumcalc.quotes.models import (
    SORT_KEYS,
    STATUSES,
    QuoteSummary,
    SavedQuote,
    StoredQuote,
    reference_to_json,
)
from premiumcalc.quotes.queries import (
    SORT_COLUMNS,
    filters,
    full_query,
    insert_ignore,
    saved_from_row,
    summary_columns,
    summary_values,
)
from premiumcalc.quotes.searching import search_text
from premiumcalc.tariffs import Catalog, LoadedTariff, load_catalog

if TYPE_CHECKING:
    from premiumcalc.quotes.clients import ClientRegister

__all__ = ["ENV_URL", "QuoteStore", "default_database_path", "open_store", "reopen",
           "resolve_url"]


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _cents(text: str | None) -> int | None:
    return None if text is None else int(Decimal(text) * 100)


class QuoteStore:
    """Clients and saved quotes in one database. Open with :func:`open_store`."""

    def __init__(self, engine: Engine, url: URL) -> None:
        self._engine = engine
        self.url = url
        self.corruption: CorruptionNotice | None = None
        """Set when a damaged SQLite file was set aside on opening (show its ``message()``)."""
        self.backup_made: Path | None = None
        """The daily backup made on opening, if one was made."""
        self._wrote = False
        from premiumcalc.quotes.audit import default_actor

        self.actor: str = default_actor()
        """Who the audit log names for this store's changes: the OS user, or the broker's
        name from the profile (set by the window and the command line)."""

    @property
    def clients(self) -> ClientRegister:
        """The client register of this database."""
        from premiumcalc.quotes.clients import ClientRegister

        return ClientRegister(self)

    # -- where ---------------------------------------------------------------------------

    @property
    def backend(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.url.get_backend_name()

    @property
    def path(self) -> Path | None:
        """The SQLite file, None for PostgreSQL."""
        return Path(self.url.database or "") if self.backend == "sqlite" else None

    @property
    def where(self) -> str:
        """The database for messages: the file, or the server URL without password."""
        if self.path is not None:
            return str(self.path)
        return self.url.set(drivername="postgresql").render_as_string(hide_password=True)

    def close(self) -> None:
        """Close the connections; after a write, first :meth:`checkpoint`."""
        if self._wrote:
            self.checkpoint()
        self._engine.dispose()

    def checkpoint(self) -> None:
        """SQLite: move what is saved from the write-ahead log (``quotes.db-wal``) into the
        database file and empty the log, so that ``quotes.db`` alone holds every quote (a
        copy of it is complete). Nothing to do on PostgreSQL. A checkpoint that cannot run
        now (another program is reading) is left to the next one: nothing is lost."""
        if self.path is None:
            return
        with contextlib.suppress(exc.SQLAlchemyError, sqlite3.Error, OSError):
            raw = self._engine.raw_connection()
            try:
                cursor = raw.cursor()
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                cursor.close()
            finally:
                raw.close()
        self._wrote = False

    def reopen(self) -> None:
        """Reconnect after the database file was replaced underneath (a restored backup)."""
        reopen(self)

    def __enter__(self) -> QuoteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- transactions and errors ---------------------------------------------------------

    @contextlib.contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except StoreError:
            raise
        except exc.SQLAlchemyError as error:
            message = describe_error(error, action, self.where)
            if is_corrupt(error):
                raise DamagedDatabase(message, first_line(error)) from None
            raise StoreError(message) from None
        except OSError as error:
            raise StoreError(f"cannot {action} ({self.where}): "
                             f"{error.strerror or error}") from None

    @contextlib.contextmanager
    def _write(self, action: str) -> Iterator[Connection]:
        self._wrote = True
        with self._errors(action), self._engine.connect() as conn:
            conn.execution_options(premiumcalc_write=True)
            with conn.begin():
                yield conn

    @contextlib.contextmanager
    def _read(self, action: str) -> Iterator[Connection]:
        with self._errors(action), self._engine.connect() as conn, conn.begin():
            yield conn

    # -- saving --------------------------------------------------------------------------

    def save_quote(
        self,
        request: QuoteRequest,
        loaded: LoadedTariff,
        *,
        client_name: str,
        client_address: str = "",
        lang: str = "en",
        status: str = "draft",
        notes: str = "",
        catalog: Catalog | None = None,
        now: datetime | None = None,
        reference: Reference | None = None,
        over: str | None = None,
    ) -> SavedQuote:
        """Price ``request`` with ``loaded`` and save it under a new quote number.

        The outcome is stored as ``premiumcalc quote --format json`` gives it in ``lang``;
        the tariff file's bytes are stored once per sha256 so the quote reprints exactly.
        ``reference`` is the client's current contract, kept with the quote.

        ``over`` is the number of the saved quote the form was reopened from: a draft is
        changed in place under its number (its notes kept unless ``notes`` are given); a
        quote already sent (accepted, declined) stays as it was and this one gets a new
        number that ``replaces`` it. Numbers are never reused.

        Raises ``InvalidInput`` for a request the tariff does not allow, StoreError when the
        database cannot be written (nothing is half-saved then).
        """
        from premiumcalc.pricing.engine import price
        from premiumcalc.pricing.serialize import outcome_dict

        name = client_name.strip()
        if not name:
            from premiumcalc.pricing.request import InvalidInput

            raise InvalidInput("client name", "is required to save a quote")
        check_client_name(name)
        check_client_address(client_address.strip())
        check_notes(notes)
        if status not in STATUSES:
            raise StoreError(f"status {status!r} is not allowed; use {', '.join(STATUSES)}")
        if lang not in ("en", "de"):
            raise StoreError(f"language {lang!r} is not allowed; use en or de")
        catalog = catalog or load_catalog()
        check_request(request, loaded.tariff, catalog)
        outcome = price(request, loaded.tariff, catalog)
        out = outcome_dict(outcome, sha256=loaded.sha256, lang=lang, catalog=catalog,
                           valid_until=loaded.effective_until)
        try:
            content = loaded.content or Path(loaded.path).read_bytes()
        except OSError as error:
            raise StoreError(f"cannot read the tariff file {loaded.path}: "
                             f"{error.strerror or error}") from None
        prof = catalog.profession_map.get(request.profession)
        labels = f"{prof.en} {prof.de}" if prof is not None else ""
        moment = now or _now()
        stamp = _stamp(moment)
        local = moment.astimezone()
        local_day = f"{local.date().isoformat()} {local:%d.%m.%Y}"
        premium = out.get("premium") or {}
        request_json = json.dumps(request.as_json(), ensure_ascii=False)
        outcome_json = json.dumps(out, ensure_ascii=False)
        reference_data = reference_to_json(reference)
        reference_json = (None if reference_data is None
                          else json.dumps(reference_data, ensure_ascii=False))
        with self._write("save the quote") as conn:
            client_id = self._client_id(conn, name, client_address.strip(), stamp)
            self._store_tariff(conn, loaded, content, stamp)
            values: dict[str, Any] = dict(
                updated_at=stamp, client_id=client_id, client_name=name,
                client_key=name.casefold(), tariff_id=loaded.id,
                tariff_version=loaded.version, tariff_sha256=loaded.sha256,
                profession=request.profession, outcome_status=out["status"],
                gross_annual_cents=_cents(premium.get("gross_annual")), lang=lang,
                start_date=request.start.isoformat())
            words = (name, request.profession, labels, loaded.id, local_day, stamp[:10])
            draft, replaces = self._saved_over(conn, over)
            if draft is not None:
                number = str(over).strip()
                values["search_text"] = search_text(" ".join((number, *words)))
                conn.execute(s.quotes.update().where(s.quotes.c.id == draft).values(**values))
                data: dict[str, Any] = dict(request_json=request_json,
                                            outcome_json=outcome_json,
                                            reference_json=reference_json)
                if notes:
                    data["notes"] = notes
                conn.execute(s.quote_data.update()
                             .where(s.quote_data.c.quote_id == draft).values(**data))
                self._audit(conn, "changed", client_id, number, "draft saved again")
                return self._get(conn, number)
            number = self._next_number(conn, moment.year)
            values["search_text"] = search_text(" ".join((number, *words)))
            quote_id = conn.execute(
                s.quotes.insert().values(
                    quote_number=number, created_at=stamp, status=status,
                    replaces=replaces, **values,
                ).returning(s.quotes.c.id)
            ).scalar_one()
            conn.execute(s.quote_data.insert().values(
                quote_id=quote_id, request_json=request_json, outcome_json=outcome_json,
                notes=notes, reference_json=reference_json))
            self._audit(conn, "saved", client_id, number, status)
        return self.get(number)

    def _saved_over(self, conn: Connection, over: str | None) -> tuple[int | None, str | None]:
        """For saving over the quote ``over``: (its row id when it is a draft to change in
        place, else None; the number the new quote replaces, else None)."""
        if over is None or not over.strip():
            return None, None
        q = s.quotes.c
        row = conn.execute(sa.select(q.id, q.status, q.deleted_at)
                           .where(q.quote_number == over.strip())).first()
        if row is None:
            return None, None
        if row.status == "draft" and row.deleted_at is None:
            return int(row.id), None
        return None, over.strip()

    def _get(self, conn: Connection, number: str) -> SavedQuote:
        row = conn.execute(full_query().where(s.quotes.c.quote_number == number)).first()
        if row is None:
            raise QuoteNotFound(f"there is no saved quote {brief(number)!r} in {self.where}")
        return saved_from_row(row)

    def _audit(self, conn: Connection, action: str, client_id: int, subject: str,
               detail: str = "") -> None:
        from premiumcalc.quotes import audit

        audit.record(conn, self.actor, action, audit.client_number_of(conn, client_id),
                     subject, detail)

    def _client_id(self, conn: Connection, name: str, address: str, stamp: str) -> int:
        from premiumcalc.quotes.client_ids import client_id

        return client_id(conn, name, address, stamp)

    def _store_tariff(self, conn: Connection, loaded: LoadedTariff, content: bytes,
                      stamp: str) -> None:
        insert_ignore(conn, s.tariff_files, {
            "sha256": loaded.sha256, "tariff_id": loaded.id, "version": loaded.version,
            "content": content, "stored_at": stamp})

    def _next_number(self, conn: Connection, year: int) -> str:
        c = s.quote_counter.c
        bump = (s.quote_counter.update().where(c.year == year)
                .values(last_number=c.last_number + 1).returning(c.last_number))
        value = conn.execute(bump).scalar()
        if value is None:
            insert_ignore(conn, s.quote_counter, {"year": year, "last_number": 0})
            value = conn.execute(bump).scalar_one()
        if self.path is not None:  # recorded before the commit: never issued twice
            numbering.record(self.path, year, int(value))
        return f"Q-{year}-{int(value):06d}"

    def _carry_numbers(self, conn: Connection, known: dict[int, int]) -> None:
        """Raise each year's counter to at least the last number known to be issued."""
        c = s.quote_counter.c
        for year, last in sorted(known.items()):
            insert_ignore(conn, s.quote_counter, {"year": year, "last_number": 0})
            conn.execute(s.quote_counter.update()
                         .where(c.year == year, c.last_number < last)
                         .values(last_number=last))

    def carry_numbers(self, known: dict[int, int]) -> None:
        """Continue numbering after ``known`` (year → last number issued), for a database
        that replaced another (a restored backup)."""
        if known:
            with self._write("carry the quote numbers on") as conn:
                self._carry_numbers(conn, known)

    # -- reading -------------------------------------------------------------------------

    def get(self, number: str, *, include_deleted: bool = False) -> SavedQuote:
        """The saved quote with this number; :class:`QuoteNotFound` if there is none."""
        query = full_query().where(s.quotes.c.quote_number == number.strip())
        if not include_deleted:
            query = query.where(s.quotes.c.deleted_at.is_(None))
        with self._read("read the quote") as conn:
            row = conn.execute(query).first()
        if row is None:
            raise QuoteNotFound(f"there is no saved quote {brief(number)!r} in {self.where}")
        return saved_from_row(row)

    def iter_saved(self, numbers: Sequence[str] | None = None, *,
                   batch: int = 500) -> Iterator[SavedQuote]:
        """Saved quotes in full: those with ``numbers`` in that order, or all (not deleted,
        not restricted) in the order they were saved. Reads ``batch`` at a time."""
        q = s.quotes.c
        if numbers is not None:
            wanted = list(dict.fromkeys(numbers))
            for start in range(0, len(wanted), batch):
                chunk = wanted[start:start + batch]
                with self._read("read the quotes") as conn:
                    result = conn.execute(full_query().where(q.quote_number.in_(chunk)))
                    found = {r.quote_number: saved_from_row(r) for r in result}
                yield from (found[n] for n in chunk if n in found)
            return
        last = 0
        while True:
            query = (full_query().add_columns(q.id)
                     .where(q.deleted_at.is_(None), q.restricted_at.is_(None), q.id > last)
                     .order_by(q.id).limit(batch))
            with self._read("read the quotes") as conn:
                rows = list(conn.execute(query))
            if not rows:
                return
            yield from (saved_from_row(r) for r in rows)
            last = rows[-1].id

    def stream(self, *, tariff_id: str | None = None, start_from: date | None = None,
               start_until: date | None = None, batch: int = 1000) -> Iterator[StoredQuote]:
        """Every saved quote (not deleted, not restricted: a client who had itself deleted
        is kept only for a retention duty), of ``tariff_id`` and with a start of cover from
        ``start_from`` to ``start_until`` (inclusive) when given, by quote number, as a stream
        of rows with the request and outcome as stored (JSON text): the rows come from one
        query in batches of ``batch`` (a server-side cursor on PostgreSQL), so memory stays
        flat however many quotes are saved.

        The read runs in one transaction: the quotes are those of one moment. Close the
        generator (or read it to the end) to end the transaction.
        """
        q, d = s.quotes.c, s.quote_data.c
        query = (sa.select(q.quote_number, q.created_at, q.client_name, q.outcome_status,
                           q.start_date, d.request_json, d.outcome_json)
                 .select_from(s.quotes.join(s.quote_data))
                 .where(q.deleted_at.is_(None), q.restricted_at.is_(None)))
        terms: list[Any] = []
        if tariff_id is not None:
            terms.append(q.tariff_id == tariff_id)
        if start_from is not None:
            terms.append(sa.or_(q.start_date.is_(None), q.start_date >= start_from.isoformat()))
        if start_until is not None:
            terms.append(sa.or_(q.start_date.is_(None),
                                q.start_date <= start_until.isoformat()))
        if self.backend == "sqlite":
            # SQLite would pick the (tariff, start) index and then sort every row found,
            # JSON and all, before handing out the first; likely() tells it that most rows
            # match, so it walks the quote numbers' index in order and sorts nothing.
            terms = [sa.func.likely(t) for t in terms]
        query = query.where(*terms).order_by(q.quote_number)
        with self._read("read the saved quotes") as conn:
            result = conn.execution_options(yield_per=batch).execute(query)
            for partition in result.partitions():
                yield from (StoredQuote(*row) for row in partition)

    def search(
        self,
        text: str = "",
        *,
        client: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        status: str | None = None,
        sort: str = "created",
        descending: bool = True,
        offset: int = 0,
        limit: int | None = 200,
    ) -> list[QuoteSummary]:
        """One page of saved quotes, newest first by default.

        ``text`` matches (case-insensitively, anywhere) the quote number, client name,
        profession (id or label), tariff id and the date (``2026-11-25``); ``client`` only
        the client name; ``date_from``/``date_to`` bound the creation day (inclusive, UTC).
        """
        if sort not in SORT_KEYS:
            raise StoreError(f"cannot sort by {sort!r}; use {', '.join(SORT_KEYS)}")
        column = SORT_COLUMNS[sort]
        order = column.desc() if descending else column.asc()
        tie = s.quotes.c.id.desc() if descending else s.quotes.c.id.asc()
        query = (sa.select(*summary_columns())
                 .where(*filters(text, client, date_from, date_to, status))
                 .order_by(order, tie).offset(max(offset, 0)))
        if limit is not None:
            query = query.limit(limit)
        with self._read("search the saved quotes") as conn:
            return [QuoteSummary(**summary_values(r)) for r in conn.execute(query)]

    def count(self, text: str = "", *, client: str | None = None,
              date_from: date | None = None, date_to: date | None = None,
              status: str | None = None) -> int:
        """How many saved quotes :meth:`search` would find with these filters."""
        query = (sa.select(sa.func.count()).select_from(s.quotes)
                 .where(*filters(text, client, date_from, date_to, status)))
        with self._read("count the saved quotes") as conn:
            return int(conn.execute(query).scalar_one())

    def tariff_content(self, sha256: str) -> bytes:
        """The bytes of the tariff file a quote was priced with."""
        query = sa.select(s.tariff_files.c.content).where(s.tariff_files.c.sha256 == sha256)
        with self._read("read the saved tariff") as conn:
            content = conn.execute(query).scalar()
        if content is None:
            raise StoreError(f"the tariff file {sha256[:12]}… is missing from {self.where}")
        return bytes(content)

    def integrity(self) -> list[str]:
        """Inconsistencies between the tables (empty when all is well)."""
        problems: list[str] = []
        q, d = s.quotes.c, s.quote_data.c
        with self._read("check the database") as conn:
            n_quotes = conn.execute(sa.select(sa.func.count()).select_from(s.quotes)).scalar_one()
            n_data = conn.execute(sa.select(sa.func.count()).select_from(s.quote_data)
                                  ).scalar_one()
            if n_quotes != n_data:
                problems.append(f"{n_quotes} quotes but {n_data} quote documents")
            missing = conn.execute(
                sa.select(sa.func.count()).select_from(s.quotes).where(
                    ~sa.exists().where(s.tariff_files.c.sha256 == q.tariff_sha256))
            ).scalar_one()
            if missing:
                problems.append(f"{missing} quotes without their tariff file")
            orphans = conn.execute(
                sa.select(sa.func.count()).select_from(s.quote_data).where(
                    ~sa.exists().where(q.id == d.quote_id))
            ).scalar_one()
            if orphans:
                problems.append(f"{orphans} quote documents without a quote")
            counters = {int(y): int(n) for y, n in conn.execute(sa.select(s.quote_counter))}
            for number in conn.execute(sa.select(q.quote_number)).scalars():
                year_text, _, serial = number[2:].partition("-")
                year = int(year_text) if year_text.isdigit() else 0
                if serial.isdigit() and int(serial) > counters.get(year, 0):
                    problems.append(f"counter for {year} at {counters.get(year, 0)} but "
                                    f"{number} is saved")
                    counters[year] = int(serial)
        return problems

    # -- changing ------------------------------------------------------------------------

    def update(self, number: str, *, status: str | None = None,
               notes: str | None = None) -> SavedQuote:
        """Change a saved quote's status and/or notes (the priced content never changes)."""
        if status is not None and status not in STATUSES:
            raise StoreError(f"status {status!r} is not allowed; use {', '.join(STATUSES)}")
        if notes is not None:
            check_notes(notes)
        q = s.quotes.c
        stamp = _stamp(_now())
        with self._write("update the quote") as conn:
            found = conn.execute(sa.select(q.id, q.status, q.restricted_at)
                                 .where(q.quote_number == number)).first()
            if found is None:
                raise QuoteNotFound(f"there is no saved quote {brief(number)!r} in {self.where}")
            qid = found.id
            if found.restricted_at is not None:
                raise StoreError(f"{number} is kept only for a retention duty (restricted: "
                                 f"its client was deleted); it cannot be changed")
            if status == "draft" and found.status != "draft":
                # A sent offer is frozen and kept for its retention duty: never a draft again.
                raise StoreError(f"{number} was sent ({found.status}); it cannot become a "
                                 f"draft again: reopen it and save a new quote that replaces "
                                 f"it")
            values: dict[str, Any] = {"updated_at": stamp}
            if status is not None:
                values["status"] = status
            conn.execute(s.quotes.update().where(q.id == qid).values(**values))
            if notes is not None:
                conn.execute(s.quote_data.update().where(s.quote_data.c.quote_id == qid)
                             .values(notes=notes))
            client_id = conn.execute(sa.select(q.client_id).where(q.id == qid)).scalar_one()
            what = [f"status {status}"] if status is not None else []
            self._audit(conn, "changed", client_id, number,
                        ", ".join(what + ["notes"] * (notes is not None)))
        return self.get(number, include_deleted=True)

    def delete(self, numbers: Sequence[str]) -> int:
        """Move quotes to the bin (they stay in the database; :meth:`undelete` brings them
        back). Returns how many were deleted."""
        return self._set_deleted(numbers, _stamp(_now()), "delete the quotes")

    def undelete(self, numbers: Sequence[str]) -> int:
        """Undo :meth:`delete`."""
        return self._set_deleted(numbers, None, "restore the deleted quotes")

    def _set_deleted(self, numbers: Sequence[str], stamp: str | None, action: str) -> int:
        if not numbers:
            return 0
        q = s.quotes.c
        with self._write(action) as conn:
            hit = conn.execute(sa.select(q.quote_number, q.client_id)
                               .where(q.quote_number.in_(list(numbers)))).all()
            result = conn.execute(s.quotes.update()
                                  .where(q.quote_number.in_(list(numbers)))
                                  .values(deleted_at=stamp))
            for number, client_id in hit:
                self._audit(conn, "deleted" if stamp else "changed", client_id, number,
                            "moved to the bin" if stamp else "restored from the bin")
            return int(result.rowcount)

    # -- SQLite files --------------------------------------------------------------------

    def export_database(self, target: Path) -> None:
        """A consistent copy of the SQLite database (SQLite's backup API) at ``target``."""
        from premiumcalc.quotes import backup

        backup.export_database(self, target)


def _migrate(store: QuoteStore) -> None:
    store._wrote = False  # a database that cannot be opened is never checkpointed
    try:
        with store._write("prepare the database") as conn:
            found = s.migrate(conn)
            if found == 0 and store.path is not None:  # a new file: carry numbering on
                store._carry_numbers(conn, numbering.known_numbers(store.path))
        from premiumcalc.quotes.clients import housekeeping

        housekeeping(store)
    except s.ForeignDatabase as foreign:
        store._wrote = False
        store.close()
        shown = ", ".join(foreign.tables[:3]) + (", …" if len(foreign.tables) > 3 else "")
        raise StoreError(
            f"the database {store.where} is not a premiumcalc quote database (it holds other "
            f"tables: {brief(shown)}); nothing was added to it: give another file") from None
    except s.NewerSchema as newer:
        store._wrote = False
        store.close()
        raise StoreError(
            f"the database {store.where} was written by a newer premiumcalc (schema "
            f"{newer.found}; this version knows {s.SCHEMA_VERSION}); please update") from None
    except BaseException:
        store._wrote = False
        raise
    store._wrote = found != s.SCHEMA_VERSION  # opening alone wrote nothing


def open_store(db: str | Path | None = None, *, daily_backup: bool = True) -> QuoteStore:
    """Open (creating and migrating as needed) the quote database.

    ``db`` is a file path or a ``sqlite:///`` / ``postgresql://`` URL; None means
    ``$PREMIUMCALC_DATABASE_URL`` or ``quotes.db`` in the user data folder. A SQLite file that
    is not a readable database is set aside (``store.corruption`` says where) and a fresh one
    started; its quote numbers carry on after the highest number issued before. A read-only
    ``-shm``/``-wal`` file left over beside an unused database is repaired. With
    ``daily_backup`` the first opening of a day copies a SQLite database into ``backups/``
    beside it (the last 7 are kept). Raises StoreError with one clear line.
    """
    url = resolve_url(db)
    if url.get_backend_name() == "postgresql":
        try:
            engine = connection.postgresql_engine(url)
        except ImportError as error:  # the driver loads libpq, the PostgreSQL client library
            where = url.set(drivername="postgresql").render_as_string(hide_password=True)
            raise StoreError(
                f"cannot open the PostgreSQL database {where}: the PostgreSQL client library "
                f"(libpq) cannot be loaded; install it (Debian, Ubuntu: the package libpq5; "
                f"Fedora: libpq) or use a SQLite file ({first_line(error)})") from None
        store = QuoteStore(engine, url)
        try:
            _migrate(store)
        except StoreError:
            store.close()
            raise
        return store
    path = Path(url.database or "")
    url = URL.create("sqlite", database=str(path))
    if path.is_dir():
        raise StoreError(f"cannot open the database {path}: it is a folder; give a file name")
    if path.exists() and not path.is_file():
        raise StoreError(f"cannot open the database {path}: it is not a regular file (a "
                         f"device, pipe or socket); give a database file name")
    for folder in (path.parent, *path.parent.parents):
        if folder.exists() and not folder.is_dir():
            raise StoreError(f"cannot open the database {path}: {folder} is a file, not a "
                             f"folder")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"cannot create the folder {path.parent} for the database: "
                         f"{error.strerror or error}") from None
    connection.clear_stale_companions(path)
    notice: CorruptionNotice | None = None
    for attempt in (1, 2):
        store = QuoteStore(connection.sqlite_engine(path), url)
        try:
            _migrate(store)
            if daily_backup:
                from premiumcalc.quotes.backup import daily_backup as make_backup

                store.backup_made = make_backup(store)
        except StoreError as error:
            store.close()
            if attempt == 2 or not isinstance(error, DamagedDatabase) or not path.exists():
                raise
            try:
                notice = connection.set_aside(path, error.reason)
            except OSError as move_error:
                raise StoreError(f"the database {path} is damaged and cannot be moved aside: "
                                 f"{move_error.strerror or move_error}") from None
            continue
        store.corruption = notice
        return store
    raise AssertionError("unreachable")  # pragma: no cover


def reopen(store: QuoteStore) -> None:
    """Reconnect after the database file was replaced underneath (a restored backup)."""
    store.close()
    _migrate(store)
