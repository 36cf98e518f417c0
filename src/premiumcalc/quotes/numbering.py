"""Quote numbers are never issued twice, even when a SQLite database is replaced.

The quote counter lives in the database, so a database that is damaged and set aside, deleted
or replaced would start counting again and issue numbers that clients may already hold. To
prevent that, the numbers a SQLite store issues are also recorded in a small file beside the
database (``quotes.db.numbers``, written atomically before the quote is committed, a few
numbers ahead so that it is not written at every save). A new database starts its counters
after the highest number known from that file, the kept damaged files (where still readable)
and the backups. PostgreSQL keeps its counter on the server and needs none of this.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

SUFFIX = ".numbers"
_NUMBER = re.compile(r"^Q-(\d{4})-(\d{6,})$")


def counter_path(db: Path) -> Path:
    """The file beside ``db`` that records the last number issued per year."""
    return db.with_name(db.name + SUFFIX)


def merge(*counters: Mapping[int, int]) -> dict[int, int]:
    """The highest last number per year over all ``counters``."""
    merged: dict[int, int] = {}
    for counter in counters:
        for year, last in counter.items():
            merged[year] = max(merged.get(year, 0), last)
    return merged


def read_counter(db: Path) -> dict[int, int]:
    """The numbers recorded beside ``db`` ({} when there is no readable file)."""
    try:
        data = json.loads(counter_path(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found: dict[int, int] = {}
    if isinstance(data, dict):
        for year, last in data.items():
            if str(year).isdigit() and isinstance(last, int) and last >= 0:
                found[int(year)] = last
    return found


def write_counter(db: Path, counter: Mapping[int, int]) -> None:
    """Record ``counter`` (merged with what is recorded already) beside ``db`` atomically."""
    merged = merge(read_counter(db), counter)
    target = counter_path(db)
    text = json.dumps({str(y): n for y, n in sorted(merged.items())}) + "\n"
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with contextlib.suppress(OSError):  # as shared as the database itself
            os.chmod(tmp_name, (target if target.exists() else db).stat().st_mode & 0o666)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)


RESERVE = 10
"""Numbers recorded ahead at a time, so that the file is written once every 10 saves (a new
database after a lost one may then skip up to 9 numbers, but never repeats one)."""


def record(db: Path, year: int, last: int) -> None:
    """Record that number ``last`` of ``year`` is being issued for the database ``db``: the
    file always holds at least the highest number issued (it is written ahead, in blocks of
    :data:`RESERVE`)."""
    if read_counter(db).get(year, -1) < last:
        write_counter(db, {year: last + RESERVE - 1})


def numbers_in_file(path: Path) -> dict[int, int]:
    """The highest numbers a SQLite quote database holds (its counter and its quotes),
    read without changing it; {} when the file cannot be read (a damaged file may still
    give its counter)."""
    wal = path.with_name(path.name + "-wal")
    if wal.is_file():  # read a copy, so that nothing is written beside the kept file
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / "copy.db"
            try:
                shutil.copyfile(path, copy)
                shutil.copyfile(wal, copy.with_name("copy.db-wal"))
            except OSError:
                return {}
            return _numbers(f"{copy.as_uri()}?mode=ro")
    return _numbers(f"{path.resolve().as_uri()}?mode=ro&immutable=1")


def _numbers(uri: str) -> dict[int, int]:
    found: dict[int, int] = {}
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=2)
    except (sqlite3.Error, OSError):
        return found
    try:
        with contextlib.suppress(sqlite3.Error):
            rows: Iterable[tuple[object, object]] = conn.execute(
                "SELECT year, last_number FROM quote_counter").fetchall()
            for year, last in rows:
                if isinstance(year, int) and isinstance(last, int):
                    found = merge(found, {year: last})
        with contextlib.suppress(sqlite3.Error):
            for (number,) in conn.execute("SELECT quote_number FROM quotes"):
                match = _NUMBER.match(str(number))
                if match:
                    found = merge(found, {int(match.group(1)): int(match.group(2))})
    finally:
        conn.close()
    return found


def known_numbers(db: Path) -> dict[int, int]:
    """Every number known to have been issued for ``db``: the file beside it, damaged
    files set aside beside it (``quotes.db.corrupt-…``, where still readable) and the
    backups in ``backups/`` beside it."""
    known = read_counter(db)
    candidates: list[Path] = []
    with contextlib.suppress(OSError):
        candidates += [p for p in db.parent.glob(f"{glob_escape(db.name)}.corrupt-*")
                       if not p.name.endswith(("-wal", "-shm", "-journal"))]
    folder = db.parent / "backups"
    with contextlib.suppress(OSError):
        if folder.is_dir():
            candidates += folder.glob(f"{glob_escape(db.stem)}-*.db")
    for candidate in sorted(candidates):
        with contextlib.suppress(OSError):
            if candidate.is_file():
                known = merge(known, numbers_in_file(candidate))
    return known


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)
