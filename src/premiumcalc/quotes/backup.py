"""Copies of the SQLite quote database: the daily backup, export and restore.

Copies are made with SQLite's online backup API, so they are consistent even while another
program writes. Backups live in ``backups/`` beside the database (for the default database:
the user data folder), one a day named ``quotes-YYYY-MM-DD.db``; the last 7 are kept.
Restoring first saves the current database as ``quotes-before-restore-…db`` there.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from premiumcalc.quotes import numbering
from premiumcalc.quotes.errors import DamagedDatabase, StoreError


class QuoteStore(Protocol):
    """What backups use of :class:`premiumcalc.quotes.store.QuoteStore` (the store imports
    this module, so this module does not import the store)."""

    @property
    def path(self) -> Path | None: ...

    def close(self) -> None: ...

    def reopen(self) -> None: ...

    def carry_numbers(self, known: dict[int, int]) -> None: ...

KEEP = 7


@dataclass(frozen=True)
class BackupInfo:
    """A backup file, for the confirmation before restoring it."""

    path: Path
    made: datetime
    quote_count: int


def _sqlite_path(store: QuoteStore) -> Path:
    if store.path is None:
        raise StoreError("backups, export and restore are for the SQLite database; a "
                         "PostgreSQL database is backed up on its server")
    return store.path


def backup_dir(store: QuoteStore) -> Path:
    return _sqlite_path(store).parent / "backups"


def _daily_name(db: Path, day: date) -> str:
    return f"{db.stem}-{day.isoformat()}.db"


def _daily_pattern(db: Path) -> re.Pattern[str]:
    return re.compile(re.escape(db.stem) + r"-(\d{4}-\d{2}-\d{2})\.db$")


@contextlib.contextmanager
def _connect(path: Path, *, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    conn = sqlite3.connect(target, uri=read_only, timeout=10)
    try:
        yield conn
    finally:
        conn.close()


def _copy(source: Path, target: Path) -> None:
    """Copy the database at ``source`` to ``target`` (written under a temporary name)."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                    dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with _connect(source) as src, _connect(tmp) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


STALE_AFTER_S = 15 * 60
"""A temporary copy older than this was left by a program that stopped half-way."""


def remove_stale_temporaries(folder: Path, name: str, *, now: float | None = None) -> list[Path]:
    """Remove the temporary copies (``.NAME….tmp`` and their SQLite companions) that a
    copy killed half-way left in ``folder``: only files named like ours, not changed for
    :data:`STALE_AFTER_S` and not locked by a program still writing them. ``name`` is the
    start of the copies' names (the database's stem). Returns what was removed."""
    from premiumcalc.quotes.connection import in_use

    pattern = re.compile(r"\." + re.escape(name) + r".*\.[a-z0-9_]{8}\.tmp(-journal|-wal|-shm)?$")
    limit = (time.time() if now is None else now) - STALE_AFTER_S
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if not pattern.match(path.name):
                continue
            with contextlib.suppress(OSError):
                if path.is_file() and path.stat().st_mtime < limit and not in_use(path, unknown=False):
                    path.unlink()
                    removed.append(path)
    return removed


def _quote_count(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT count(*) FROM quotes WHERE deleted_at IS NULL").fetchone()
    return int(row[0])


def daily_backup(store: QuoteStore, *, today: date | None = None, keep: int = KEEP) -> Path | None:
    """At the first opening of a day, check the database and copy it into ``backups/``.

    Returns the new backup, or None when today's exists or there is nothing to keep yet.
    Raises :class:`DamagedDatabase` when SQLite's quick check finds damage (no backup is
    made then, so the good backups are kept).
    """
    db = _sqlite_path(store)
    folder = backup_dir(store)
    if today is None:
        today = date.today()
    target = folder / _daily_name(db, today)
    remove_stale_temporaries(folder, db.stem)
    remove_stale_temporaries(db.parent, db.name)
    remove_old_backups(db, folder, today)
    if target.exists():
        return None
    try:
        with _connect(db) as conn:
            check = conn.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                reason = "database disk image is malformed" if check is None else str(check[0])
                raise DamagedDatabase(f"the database {db} is damaged ({reason})", reason)
            if _quote_count(conn) == 0:
                return None
        folder.mkdir(parents=True, exist_ok=True)
        _copy(db, target)
    except sqlite3.DatabaseError as error:
        text = str(error)
        if "malformed" in text or "not a database" in text:
            raise DamagedDatabase(f"the database {db} is damaged ({text})", text) from None
        raise StoreError(f"cannot make the daily backup of {db}: {text}") from None
    except OSError as error:
        raise StoreError(f"cannot make the daily backup in {folder}: "
                         f"{error.strerror or error}") from None
    pattern = _daily_pattern(db)
    daily = sorted(p for p in folder.iterdir() if pattern.match(p.name))
    for old in daily[:-keep] if keep > 0 else daily:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


MAX_AGE_DAYS = 7
"""Backups older than this are removed, so that what a client had deleted leaves the
backups within a week (broker-duties.md §5)."""


def remove_old_backups(db: Path, folder: Path, today: date) -> list[Path]:
    """Remove the daily backups (by the date in their name) and the copies made before a
    restore (by their time) that are older than :data:`MAX_AGE_DAYS`. Returns them."""
    if not folder.is_dir():
        return []
    from datetime import timedelta

    limit = today - timedelta(days=MAX_AGE_DAYS)
    daily = _daily_pattern(db)
    before = re.compile(re.escape(db.stem) + r"-before-restore-(\d{8})-\d{6}(-\d+)?\.db$")
    removed: list[Path] = []
    for path in folder.iterdir():
        day: date | None = None
        match = daily.match(path.name)
        if match:
            with contextlib.suppress(ValueError):
                day = date.fromisoformat(match.group(1))
        else:
            match = before.match(path.name)
            if match:
                with contextlib.suppress(ValueError):
                    day = datetime.strptime(match.group(1), "%Y%m%d").date()
        if day is not None and day < limit:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def backup_info(path: Path) -> BackupInfo:
    """Date and quote count of a backup (or any quote database file)."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"there is no backup file {path}")
    try:
        with _connect(path, read_only=True) as conn:
            count = _quote_count(conn)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path} is not a readable quote database ({error})") from None
    match = re.search(r"(\d{4}-\d{2}-\d{2})\.db$", path.name)
    made = (datetime.fromisoformat(match.group(1)) if match
            else datetime.fromtimestamp(path.stat().st_mtime))
    return BackupInfo(path=path, made=made, quote_count=count)


def list_backups(store: QuoteStore) -> list[BackupInfo]:
    """The backups of this database, newest first (unreadable files are left out)."""
    folder = backup_dir(store)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.glob("*.db"):
        with contextlib.suppress(StoreError):
            found.append(backup_info(path))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def export_database(store: QuoteStore, target: Path) -> None:
    """A consistent copy of the SQLite database at ``target`` (File → Export database)."""
    db = _sqlite_path(store)
    target = Path(target)
    if target.resolve() == db.resolve():
        raise StoreError(f"cannot export the database onto itself ({target})")
    try:
        _copy(db, target)
    except (OSError, sqlite3.Error) as error:
        reason = getattr(error, "strerror", None) or error
        raise StoreError(f"cannot export the database to {target}: {reason}") from None


def restore_backup(store: QuoteStore, backup: Path) -> BackupInfo:
    """Replace the database's content with the backup's (File → Restore from backup).

    The current database is first copied to ``backups/…-before-restore-….db``, so the
    restore itself can be undone. Returns the restored backup's information.
    """
    info = backup_info(backup)
    db = _sqlite_path(store)
    folder = backup_dir(store)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    before = numbering.numbers_in_file(db)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _copy(db, folder / f"{db.stem}-before-restore-{stamp}.db")
        store.close()
        with _connect(Path(backup), read_only=True) as src, _connect(db) as dst:
            src.backup(dst)
    except (OSError, sqlite3.Error) as error:
        reason = getattr(error, "strerror", None) or error
        raise StoreError(f"cannot restore {backup} into {db}: {reason}") from None
    store.reopen()
    # The backup's counter is older: numbering carries on after every number issued.
    store.carry_numbers(before)
    return info
