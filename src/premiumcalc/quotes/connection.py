"""Which database, how SQLite connections are set up, and what a database error means.

No quote logic here: URLs and paths, the SQLite pragmas (WAL, busy timeout, full sync,
``BEGIN IMMEDIATE`` for writes), setting a damaged file aside, and one-line messages.
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event, exc
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.engine.url import URL

from premiumcalc.paths import user_data_dir
from premiumcalc.quotes.errors import CorruptionNotice, StoreError

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


def is_corrupt(error: BaseException) -> bool:
    text = str(getattr(error, "orig", error)).lower()
    return any(k in text for k in _CORRUPT)


def first_line(error: BaseException) -> str:
    orig = getattr(error, "orig", None) or error
    text = str(orig).strip()
    return text.splitlines()[0] if text else type(orig).__name__


def describe_error(error: BaseException, action: str, where: str) -> str:
    """One clear line for a database error."""
    text = first_line(error)
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
    if is_corrupt(error):
        return f"cannot {action}: the database {where} is damaged ({text})"
    if isinstance(error, exc.OperationalError) and "postgresql" in where:
        return f"cannot {action}: cannot reach the PostgreSQL server {where} ({text})"
    return f"cannot {action} ({where}): {text}"


def sqlite_engine(path: Path) -> Engine:
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


def set_aside(path: Path, reason: str) -> CorruptionNotice:
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
