"""Tariffs and catalogues that were validated before, kept so that the next start skips it.

Validating a file needs pydantic, and importing pydantic costs more time at start-up than
everything else the window does before its first paint. A file whose exact bytes were
validated before (by this version of the program, against the same catalogue) is taken from
``<user data folder>/cache/validated.pickle`` instead. Anything else is validated as usual:
a changed byte, another program version, a missing, unreadable or damaged cache file. The
cache is only ever a copy: deleting it loses nothing.
"""

from __future__ import annotations

import importlib.util
import marshal
import os
import pickle
import sys
import zlib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from premiumcalc.paths import user_data_dir

#: At most this many validated files are kept (the oldest go first).
MAX_ENTRIES = 64
_FORMAT = 2

# The cache file's entries, read once: (kind, the exact bytes validated) -> what came of them.
_entries: dict[tuple[str, bytes], Any] | None = None


def cache_path() -> Path:
    return user_data_dir() / "cache" / "validated.pickle"


#: The modules whose code decides what a validated entry holds.
_CODE = (
    "premiumcalc.tariffs.constraints",
    "premiumcalc.tariffs.models",
    "premiumcalc.tariffs.catalog",
    "premiumcalc.tariffs.checks",
    "premiumcalc.tariffs.loader",
    "premiumcalc.tariffs.validated",
    "premiumcalc.pricing.locales",
)


@cache
def _code_fingerprint() -> str:
    """Changes whenever the code that validates files or defines the models changes."""
    return " ".join([f"{_FORMAT} {sys.version_info[:2]}", *(_code_of(name) for name in _CODE)])


def _code_of(name: str) -> str:
    """Length and CRC-32 of a module's source, or of its byte code in a frozen bundle (the
    same in both of the bundle's programs, so that they share the cache)."""
    spec = importlib.util.find_spec(name)
    try:
        code = Path(spec.origin if spec and spec.origin else "").read_bytes()
    except OSError:
        try:
            code = marshal.dumps(spec.loader.get_code(name))  # type: ignore[union-attr]
        except Exception:  # no source and no code: the executable stands for them
            stat = os.stat(sys.executable)
            return f"{sys.executable} {stat.st_size} {stat.st_mtime_ns}"
    return f"{len(code)}:{zlib.crc32(code):08x}"


def _read() -> dict[tuple[str, bytes], Any]:
    global _entries
    if _entries is None:
        _entries = {}
        try:
            with cache_path().open("rb") as f:
                stored = pickle.load(f)
            if isinstance(stored, dict) and stored.get("code") == _code_fingerprint():
                _entries = dict(stored["entries"])
        except Exception:  # missing or damaged: validate again
            _entries = {}
    return _entries


def _write(entries: dict[tuple[str, bytes], Any]) -> None:
    from premiumcalc.fileio import WriteError, atomic_write_bytes

    kept = dict(list(entries.items())[-MAX_ENTRIES:])
    data = pickle.dumps({"code": _code_fingerprint(), "entries": kept}, pickle.HIGHEST_PROTOCOL)
    try:
        cache_path().parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(cache_path(), data)
    except (OSError, WriteError):  # a read-only data folder: validate at every start
        pass


def remembered(kind: str, content: bytes, validate: Callable[[], Any]) -> Any:
    """What ``validate()`` made of exactly ``content`` before, else ``validate()`` (which may
    raise, and then nothing is kept). The caller checks the type of what it gets back."""
    entries = _read()
    key = (kind, content)
    if key in entries:
        return entries[key]
    value = validate()
    entries[key] = value
    _write(entries)
    return value


def forget() -> None:
    """Read the cache file again at the next use (after the data folder changed)."""
    global _entries
    _entries = None
