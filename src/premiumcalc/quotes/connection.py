"""Which database, how SQLite connections are set up, and what a database error means.

No quote logic here: URLs and paths, the SQLite pragmas (WAL, busy timeout, full sync,
``BEGIN IMMEDIATE`` for writes), setting a damaged file aside, and one-line messages.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
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
LOCK_TIMEOUT_MS = BUSY_TIMEOUT_MS
"""How long a PostgreSQL statement waits for a lock another desk holds before giving up."""
CONNECT_TIMEOUT_S = 10
BUSY_MESSAGE = "the quote database is busy: another desk is saving; try again"
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
    if text.split("://", 1)[0].lower().startswith("postgres"):
        check_postgresql_url(text)
    try:
        url = make_url(text)
    except (exc.ArgumentError, ValueError):
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


def _hide_password(text: str) -> str:
    return re.sub(r"(://[^/@:]*:)[^/@]*@", r"\1***@", text)


def check_postgresql_url(text: str) -> None:
    """Refuse a ``postgresql://`` URL whose host, port or database cannot be right, with a
    message naming the part that is wrong."""
    shown = _hide_password(text)
    rest = text.split("://", 1)[1]
    authority = rest.split("/", 1)[0].split("?", 1)[0].rsplit("@", 1)[-1]
    host, port_text = authority, ""
    if "[" in authority or "]" in authority:
        match = re.fullmatch(r"\[([^\[\]]*)\](?::(.*))?", authority)
        if match is None:
            raise StoreError(f"the database URL {shown} has an unbalanced '[' or ']' in the "
                             f"host; write an IPv6 host as postgresql://USER@[::1]:5432/DB")
        host, port_text = match.group(1), match.group(2) or ""
    elif ":" in authority:
        host, _, port_text = authority.partition(":")
        if ":" in port_text:
            raise StoreError(f"the database URL {shown} has more than one ':' after the host; "
                             f"write an IPv6 host in brackets: postgresql://USER@[::1]:5432/DB")
    if (":" in authority.rsplit("]", 1)[-1]
            and not (port_text.isascii() and port_text.isdigit()
                     and 0 < int(port_text) < 65536)):
        raise StoreError(f"the database URL {shown} has the port {port_text!r}; a port is a "
                         f"number from 1 to 65535")
    if not host and "host=" not in rest.partition("?")[2]:
        raise StoreError(f"the database URL {shown} names no server; use "
                         f"postgresql://USER@HOST/DB (or ?host=/SOCKET/FOLDER for a local one)")
    database = rest.partition("/")[2].partition("?")[0]
    if not database:
        raise StoreError(f"the database URL {shown} names no database; use "
                         f"postgresql://USER@HOST/DB")


def postgresql_engine(url: URL) -> Engine:
    """An engine whose connections wait at most :data:`LOCK_TIMEOUT_MS` for a lock (a save
    never hangs behind another desk) and :data:`CONNECT_TIMEOUT_S` for the server."""
    args: dict[str, Any] = {}
    if "connect_timeout" not in url.query:
        args["connect_timeout"] = CONNECT_TIMEOUT_S
    engine = sa.create_engine(url, pool_pre_ping=True, connect_args=args)
    timeout = int(LOCK_TIMEOUT_MS)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        with dbapi_conn.cursor() as cur:
            cur.execute(f"SET lock_timeout = {timeout}")
        dbapi_conn.commit()

    return engine


def is_lock_timeout(error: BaseException) -> bool:
    orig = getattr(error, "orig", error)
    return (getattr(orig, "sqlstate", None) == "55P03"
            or "lock timeout" in str(orig).lower())


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
    if is_lock_timeout(error):
        return f"cannot {action}: {BUSY_MESSAGE} ({where})"
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


def in_use(path: Path, *, unknown: bool = True) -> bool:
    """Whether another process holds a lock on ``path`` (SQLite keeps a lock on the
    ``-shm`` file for as long as a connection is open); ``unknown`` where this cannot be
    told (systems other than Linux)."""
    if not sys.platform.startswith("linux"):
        return unknown
    import fcntl
    import struct

    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        query = struct.pack("@hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, query)
        return struct.unpack("@hhqqi4x", answer)[0] != fcntl.F_UNLCK
    except OSError:
        return True  # cannot tell: assume someone uses it, change nothing
    finally:
        os.close(fd)


def _writable(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDWR | os.O_NONBLOCK)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    os.close(fd)
    return True


def clear_stale_companions(path: Path) -> None:
    """Repair the ``-shm`` and ``-wal`` files beside ``path`` that an earlier run left
    read-only (after a crash, or created by another user): SQLite would then refuse every
    write. When no program has the database open, a read-only ``-shm`` (an index SQLite
    rebuilds) is removed and a read-only ``-wal`` (saved data not yet moved into the file)
    is replaced by a writable copy of itself. Raises StoreError when that cannot be done."""
    if os.name != "posix":
        return
    shm = path.with_name(path.name + "-shm")
    wal = path.with_name(path.name + "-wal")
    stale = [f for f in (shm, wal) if f.is_file() and not _writable(f)]
    if not stale:
        return
    if shm.is_file() and in_use(shm):
        raise StoreError(f"cannot open the database {path}: {stale[0].name} beside it is "
                         f"read-only and another program has the database open; close that "
                         f"program or make {stale[0]} writable")
    try:
        if wal in stale:
            mode = path.stat().st_mode & 0o777
            fd, tmp_name = tempfile.mkstemp(prefix=f".{wal.name}.", suffix=".tmp",
                                            dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(wal.read_bytes())
                    handle.flush()
                    os.fsync(handle.fileno())
                os.chmod(tmp_name, mode)
                os.replace(tmp_name, wal)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(tmp_name)
        if shm.exists():
            shm.unlink()
    except OSError as error:
        raise StoreError(f"cannot open the database {path}: {stale[0].name} beside it is "
                         f"read-only, left over from an earlier run, and cannot be replaced "
                         f"({error.strerror or error}); delete {shm.name} (nothing is lost) "
                         f"or make the files writable") from None
