"""The list of deleted and anonymised clients kept beside a SQLite database.

``quotes.db`` has ``quotes.db.erased.json`` beside it: client numbers with what was done to
them (``deleted``, ``anonymised``) and when. The same list is a table in the database, so
every later backup carries it; the file outlives a restore of an older backup, and opening
the database applies it again (see :func:`premiumcalc.quotes.clients.housekeeping`).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

from premiumcalc.quotes.errors import StoreError

#: The order of the states: an anonymised client was deleted first.
RANK = {"deleted": 1, "anonymised": 2}


def list_path(db: Path) -> Path:
    return db.with_name(db.name + ".erased.json")


def read_list(db: Path) -> dict[str, dict[str, str]]:
    """Client number → {"state", "at"}; {} when there is no readable list."""
    path = list_path(db)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    entries = data.get("clients", {})
    if not isinstance(entries, dict):
        return {}
    return {str(k): {"state": str(v.get("state", "")), "at": str(v.get("at", ""))}
            for k, v in entries.items() if isinstance(v, dict) and v.get("state") in RANK}


def add(db: Path, number: str, state: str, at: str) -> None:
    """Record ``number`` as ``state`` (written atomically; a later state wins)."""
    entries = read_list(db)
    old = entries.get(number)
    if old is not None and RANK[old["state"]] >= RANK[state]:
        return
    entries[number] = {"state": state, "at": at}
    text = json.dumps({"clients": dict(sorted(entries.items()))}, indent=1) + "\n"
    target = list_path(db)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent)
    except OSError as error:
        raise StoreError(f"cannot write the list of erased clients beside {db}: "
                         f"{error.strerror or error}") from None
    try:
        with contextlib.suppress(OSError):
            os.chmod(tmp_name, db.stat().st_mode & 0o666)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except OSError as error:
        raise StoreError(f"cannot write the list of erased clients {target}: "
                         f"{error.strerror or error}") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
