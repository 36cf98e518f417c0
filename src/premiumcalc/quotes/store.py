"""Saved quotes and clients in SQLite (default) or PostgreSQL, through SQLAlchemy Core.

Every write is one transaction: the quote number is taken from a counter row updated in the
same transaction that inserts the quote, so several desks saving at once get distinct,
gapless numbers and a process killed half-way leaves nothing behind. On SQLite a write
transaction starts with ``BEGIN IMMEDIATE`` (WAL mode, busy timeout 10 s, full sync); on
PostgreSQL the counter row's lock serialises the writers.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event, exc
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.engine.url import URL

from premiumcalc.paths import user_data_dir
from premiumcalc.pricing.request import QuoteRequest, check_request
from premiumcalc.quotes import schema as s
from premiumcalc.quotes.errors import (
    CorruptionNotice,
    DamagedDatabase,
    QuoteNotFound,
    StoreError,
)
from premiumcalc.quotes.models import SORT_KEYS, STATUSES, QuoteSummary, SavedQuote
from premiumcalc.tariffs import Catalog, LoadedTariff, load_catalog

ENV_URL = "PREMIUMCALC_DATABASE_URL"
BUSY_TIMEOUT_MS = 10_000
_CORRUPT = ("file is not a database", "malformed", "not a database", "corrupt")


def default_database_path() -> Path:
    return user_data_dir() / "quotes.db"


def resolve_url(db: str | Path | None = None) -> URL:
    """The database to use: ``db`` (a path or URL), else ``$PREMIUMCALC_DATABASE_URL``,
    else ``quotes.db`` in the user data folder."""
    text = str(db) if db is not None and str(db) else os.environ.get(ENV_URL, "").strip()
    if not text:
        return URL.create("sqlite", database=str(default_database_path()))
    if "://" not in text:
        return URL.create("sqlite", database=str(Path(text).expanduser()))
    try:
        url = make_url(text)
    except exc.ArgumentError:
        raise StoreError(f"{text!r} is not a database URL; use sqlite:///PATH or "
                         f"postgresql://USER@HOST/DB") from None
    backend = url.get_backend_name()
    if backend == "postgresql":
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise StoreError("a sqlite URL needs a file: sqlite:///PATH")
        return url.set(drivername="sqlite")
    raise StoreError(f"unsupported database {backend!r}; use sqlite:///PATH or "
                     f"postgresql://USER@HOST/DB")


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _cents(text: str | None) -> int | None:
    return None if text is None else int(Decimal(text) * 100)


def _like(text: str) -> str:
    escaped = text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _is_corrupt(error: BaseException) -> bool:
    text = str(getattr(error, "orig", error)).lower()
    return any(k in text for k in _CORRUPT)


class QuoteStore:
    """Clients and saved quotes in one database. Open with :func:`open_store`."""

    def __init__(self, engine: Engine, url: URL) -> None:
        self._engine = engine
        self.url = url
        self.corruption: CorruptionNotice | None = None
        """Set when a damaged SQLite file was set aside on opening (show its ``message()``)."""
        self.backup_made: Path | None = None
        """The daily backup made on opening, if one was made."""

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
        self._engine.dispose()

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
            if _is_corrupt(error):
                raise DamagedDatabase(message, _first_line(error)) from None
            raise StoreError(message) from None
        except OSError as error:
            raise StoreError(f"cannot {action} ({self.where}): "
                             f"{error.strerror or error}") from None

    @contextlib.contextmanager
    def _write(self, action: str) -> Iterator[Connection]:
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
    ) -> SavedQuote:
        """Price ``request`` with ``loaded`` and save it under a new quote number.

        The outcome is stored as ``premiumcalc quote --format json`` gives it in ``lang``;
        the tariff file's bytes are stored once per sha256 so the quote reprints exactly.
        Raises ``InvalidInput`` for a request the tariff does not allow, StoreError when the
        database cannot be written (nothing is half-saved then).
        """
        from premiumcalc.pricing.engine import price
        from premiumcalc.pricing.serialize import outcome_dict

        name = client_name.strip()
        if not name:
            from premiumcalc.pricing.request import InvalidInput

            raise InvalidInput("client name", "is required to save a quote")
        if status not in STATUSES:
            raise StoreError(f"status {status!r} is not allowed; use {', '.join(STATUSES)}")
        if lang not in ("en", "de"):
            raise StoreError(f"language {lang!r} is not allowed; use en or de")
        catalog = catalog or load_catalog()
        check_request(request, loaded.tariff, catalog)
        outcome = price(request, loaded.tariff, catalog)
        out = outcome_dict(outcome, sha256=loaded.sha256, lang=lang, catalog=catalog)
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
        request_json = json.dumps(request.model_dump(mode="json"), ensure_ascii=False)
        outcome_json = json.dumps(out, ensure_ascii=False)
        with self._write("save the quote") as conn:
            client_id = self._client_id(conn, name, client_address.strip(), stamp)
            self._store_tariff(conn, loaded, content, stamp)
            number = self._next_number(conn, moment.year)
            search = " ".join((number, name, request.profession, labels, loaded.id,
                               local_day, stamp[:10])).casefold()
            quote_id = conn.execute(
                s.quotes.insert().values(
                    quote_number=number, created_at=stamp, updated_at=stamp,
                    client_id=client_id, client_name=name, client_key=name.casefold(),
                    status=status,
                    tariff_id=loaded.id, tariff_version=loaded.version,
                    tariff_sha256=loaded.sha256, profession=request.profession,
                    outcome_status=out["status"],
                    gross_annual_cents=_cents(premium.get("gross_annual")),
                    lang=lang, search_text=search,
                ).returning(s.quotes.c.id)
            ).scalar_one()
            conn.execute(s.quote_data.insert().values(
                quote_id=quote_id, request_json=request_json, outcome_json=outcome_json,
                notes=notes))
        return self.get(number)

    def _client_id(self, conn: Connection, name: str, address: str, stamp: str) -> int:
        c = s.clients.c
        query = sa.select(c.id).where(c.name == name, c.address == address)
        found = conn.execute(query).scalar()
        if found is None:
            _insert_ignore(conn, s.clients, {"name": name, "address": address,
                                             "created_at": stamp})
            found = conn.execute(query).scalar_one()
        return int(found)

    def _store_tariff(self, conn: Connection, loaded: LoadedTariff, content: bytes,
                      stamp: str) -> None:
        _insert_ignore(conn, s.tariff_files, {
            "sha256": loaded.sha256, "tariff_id": loaded.id, "version": loaded.version,
            "content": content, "stored_at": stamp})

    def _next_number(self, conn: Connection, year: int) -> str:
        c = s.quote_counter.c
        bump = (s.quote_counter.update().where(c.year == year)
                .values(last_number=c.last_number + 1).returning(c.last_number))
        value = conn.execute(bump).scalar()
        if value is None:
            _insert_ignore(conn, s.quote_counter, {"year": year, "last_number": 0})
            value = conn.execute(bump).scalar_one()
        return f"Q-{year}-{int(value):06d}"

    # -- reading -------------------------------------------------------------------------

    def get(self, number: str, *, include_deleted: bool = False) -> SavedQuote:
        """The saved quote with this number; :class:`QuoteNotFound` if there is none."""
        query = _full_query().where(s.quotes.c.quote_number == number.strip())
        if not include_deleted:
            query = query.where(s.quotes.c.deleted_at.is_(None))
        with self._read("read the quote") as conn:
            row = conn.execute(query).first()
        if row is None:
            raise QuoteNotFound(f"there is no saved quote {number!r} in {self.where}")
        return _saved(row)

    def iter_saved(self, numbers: Sequence[str] | None = None, *,
                   batch: int = 500) -> Iterator[SavedQuote]:
        """Saved quotes in full: those with ``numbers`` in that order, or all (not deleted)
        in the order they were saved. Reads ``batch`` at a time."""
        q = s.quotes.c
        if numbers is not None:
            wanted = list(dict.fromkeys(numbers))
            for start in range(0, len(wanted), batch):
                chunk = wanted[start:start + batch]
                with self._read("read the quotes") as conn:
                    result = conn.execute(_full_query().where(q.quote_number.in_(chunk)))
                    found = {r.quote_number: _saved(r) for r in result}
                yield from (found[n] for n in chunk if n in found)
            return
        last = 0
        while True:
            query = (_full_query().add_columns(q.id)
                     .where(q.deleted_at.is_(None), q.id > last).order_by(q.id).limit(batch))
            with self._read("read the quotes") as conn:
                rows = list(conn.execute(query))
            if not rows:
                return
            yield from (_saved(r) for r in rows)
            last = rows[-1].id

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
        column = _SORT_COLUMNS[sort]
        order = column.desc() if descending else column.asc()
        tie = s.quotes.c.id.desc() if descending else s.quotes.c.id.asc()
        query = (sa.select(*_summary_columns())
                 .where(*_filters(text, client, date_from, date_to, status))
                 .order_by(order, tie).offset(max(offset, 0)))
        if limit is not None:
            query = query.limit(limit)
        with self._read("search the saved quotes") as conn:
            return [QuoteSummary(**_summary_values(r)) for r in conn.execute(query)]

    def count(self, text: str = "", *, client: str | None = None,
              date_from: date | None = None, date_to: date | None = None,
              status: str | None = None) -> int:
        """How many saved quotes :meth:`search` would find with these filters."""
        query = (sa.select(sa.func.count()).select_from(s.quotes)
                 .where(*_filters(text, client, date_from, date_to, status)))
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
            for year, last in conn.execute(sa.select(s.quote_counter)):
                used = conn.execute(sa.select(sa.func.count()).select_from(s.quotes).where(
                    q.quote_number.like(f"Q-{year}-%"))).scalar_one()
                if used != last:
                    problems.append(f"counter for {year} at {last} but {used} quotes")
        return problems

    # -- changing ------------------------------------------------------------------------

    def update(self, number: str, *, status: str | None = None,
               notes: str | None = None) -> SavedQuote:
        """Change a saved quote's status and/or notes (the priced content never changes)."""
        if status is not None and status not in STATUSES:
            raise StoreError(f"status {status!r} is not allowed; use {', '.join(STATUSES)}")
        q = s.quotes.c
        stamp = _stamp(_now())
        with self._write("update the quote") as conn:
            qid = conn.execute(sa.select(q.id).where(q.quote_number == number)).scalar()
            if qid is None:
                raise QuoteNotFound(f"there is no saved quote {number!r} in {self.where}")
            values: dict[str, Any] = {"updated_at": stamp}
            if status is not None:
                values["status"] = status
            conn.execute(s.quotes.update().where(q.id == qid).values(**values))
            if notes is not None:
                conn.execute(s.quote_data.update().where(s.quote_data.c.quote_id == qid)
                             .values(notes=notes))
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
            result = conn.execute(s.quotes.update()
                                  .where(q.quote_number.in_(list(numbers)))
                                  .values(deleted_at=stamp))
            return int(result.rowcount)

    # -- SQLite files --------------------------------------------------------------------

    def export_database(self, target: Path) -> None:
        """A consistent copy of the SQLite database (SQLite's backup API) at ``target``."""
        from premiumcalc.quotes import backup

        backup.export_database(self, target)


_SORT_COLUMNS = {
    "number": s.quotes.c.quote_number,
    "created": s.quotes.c.created_at,
    "client": s.quotes.c.client_name,
    "profession": s.quotes.c.profession,
    "tariff": s.quotes.c.tariff_id,
    "gross": s.quotes.c.gross_annual_cents,
    "status": s.quotes.c.status,
}


def _summary_columns() -> list[Any]:
    q = s.quotes.c
    return [q.quote_number, q.created_at, q.updated_at, q.client_name, q.status, q.tariff_id,
            q.tariff_version, q.profession, q.outcome_status, q.gross_annual_cents]


def _summary_values(row: Any) -> dict[str, Any]:
    cents = row[9]
    return {
        "number": row[0], "created_at": row[1], "updated_at": row[2], "client_name": row[3],
        "status": row[4], "tariff_id": row[5], "tariff_version": row[6], "profession": row[7],
        "outcome_status": row[8],
        "gross_annual": None if cents is None else (Decimal(int(cents)) / 100).quantize(
            Decimal("0.01")),
    }


def _full_query() -> sa.Select[Any]:
    q, d, cl = s.quotes.c, s.quote_data.c, s.clients.c
    return (sa.select(*_summary_columns(), cl.address, d.notes, q.tariff_sha256, q.lang,
                      d.request_json, d.outcome_json)
            .select_from(s.quotes.join(s.quote_data).join(s.clients)))


def _saved(row: Any) -> SavedQuote:
    return SavedQuote(
        **_summary_values(row),
        client_address=row.address, notes=row.notes, tariff_sha256=row.tariff_sha256,
        lang=row.lang, request=json.loads(row.request_json),
        outcome=json.loads(row.outcome_json),
    )


def _filters(text: str, client: str | None, date_from: date | None, date_to: date | None,
             status: str | None) -> list[Any]:
    q = s.quotes.c
    where: list[Any] = [q.deleted_at.is_(None)]
    for word in text.split():
        where.append(q.search_text.like(_like(word), escape="\\"))
    if client and client.strip():
        where.append(q.client_key.like(_like(client.strip()), escape="\\"))
    if date_from is not None:
        where.append(q.created_at >= date_from.isoformat())
    if date_to is not None:
        where.append(q.created_at < date_to.isoformat() + "U")  # after every stamp that day
    if status:
        where.append(q.status == status)
    return where


def _insert_ignore(conn: Connection, table: sa.Table, values: dict[str, Any]) -> None:
    """Insert a row unless one with the same key exists (a concurrent writer's, say)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        conn.execute(pg_insert(table).values(**values).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        conn.execute(sqlite_insert(table).values(**values).on_conflict_do_nothing())


def _first_line(error: BaseException) -> str:
    orig = getattr(error, "orig", None) or error
    text = str(orig).strip()
    return text.splitlines()[0] if text else type(orig).__name__


def describe_error(error: BaseException, action: str, where: str) -> str:
    """One clear line for a database error."""
    text = _first_line(error)
    low = text.lower()
    if "disk is full" in low or "no space" in low or "disk full" in low:
        return f"cannot {action}: the disk holding {where} is full; free some space and retry"
    if "readonly" in low or "read-only" in low or "read only" in low:
        return f"cannot {action}: the database {where} is read-only"
    if "unable to open database file" in low:
        return (f"cannot {action}: cannot open {where} (the folder is missing, not a folder "
                f"or not writable)")
    if "database is locked" in low or "busy" in low:
        return (f"cannot {action}: the database {where} stayed locked by another program for "
                f"{BUSY_TIMEOUT_MS // 1000} s; try again")
    if _is_corrupt(error):
        return f"cannot {action}: the database {where} is damaged ({text})"
    if isinstance(error, exc.OperationalError) and "postgresql" in where:
        return f"cannot {action}: cannot reach the PostgreSQL server {where} ({text})"
    return f"cannot {action} ({where}): {text}"


# ---------------------------------------------------------------------------------------
# Opening


def _sqlite_engine(path: Path) -> Engine:
    engine = sa.create_engine(URL.create("sqlite", database=str(path)))

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # transactions are begun below, explicitly
        cur = dbapi_conn.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = FULL")
            cur.execute("PRAGMA foreign_keys = ON")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("premiumcalc_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _set_aside(path: Path, reason: str) -> CorruptionNotice:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    os.replace(path, target)
    for suffix in ("-wal", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    with contextlib.suppress(OSError):
        path.with_name(path.name + "-shm").unlink()
    return CorruptionNotice(path=path, moved_to=target, reason=reason)


def _migrate(store: QuoteStore) -> None:
    try:
        with store._write("prepare the database") as conn:
            s.migrate(conn)
    except s.NewerSchema as newer:
        store.close()
        raise StoreError(
            f"the database {store.where} was written by a newer premiumcalc (schema "
            f"{newer.found}; this version knows {s.SCHEMA_VERSION}); please update") from None


def open_store(db: str | Path | None = None, *, daily_backup: bool = True) -> QuoteStore:
    """Open (creating and migrating as needed) the quote database.

    ``db`` is a file path or a ``sqlite:///`` / ``postgresql://`` URL; None means
    ``$PREMIUMCALC_DATABASE_URL`` or ``quotes.db`` in the user data folder. A SQLite file that
    is not a readable database is set aside (``store.corruption`` says where) and a fresh one
    started. With ``daily_backup`` the first opening of a day copies a SQLite database into
    ``backups/`` beside it (the last 7 are kept). Raises StoreError with one clear line.
    """
    url = resolve_url(db)
    if url.get_backend_name() == "postgresql":
        store = QuoteStore(sa.create_engine(url, pool_pre_ping=True), url)
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
    for folder in (path.parent, *path.parent.parents):
        if folder.exists() and not folder.is_dir():
            raise StoreError(f"cannot open the database {path}: {folder} is a file, not a "
                             f"folder")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"cannot create the folder {path.parent} for the database: "
                         f"{error.strerror or error}") from None
    notice: CorruptionNotice | None = None
    for attempt in (1, 2):
        store = QuoteStore(_sqlite_engine(path), url)
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
                notice = _set_aside(path, error.reason)
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
