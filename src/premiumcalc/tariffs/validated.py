"""Marks of the tariff and catalogue contents that passed validation before.

Validating a file needs pydantic, and importing pydantic costs more time at start-up than
everything else the window does before its first paint. So the loader keeps, in
``<user data folder>/cache/validated.json``, the SHA-256 of each content that passed
validation (computed by the program from the bytes it read) and, for such a content, builds
the tariff from the same bytes again without pydantic (:mod:`premiumcalc.tariffs.build`).

The file holds only those hashes and a fingerprint of the validating code: never tariff data,
prices or a file's hash that the program would take from it. Whatever the file contains, a
tariff is always made from the bytes of its own file, and its SHA-256 is always computed from
them; the fast build checks every range, pattern and cross-field rule again and falls back to
full validation on anything it does not expect, so a forged mark lets nothing invalid through.
The file is JSON, read with a size limit: it cannot run code. A missing, damaged, oversized
or foreign cache file is ignored; deleting it loses nothing.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import marshal
import os
import pkgutil
import sys
from functools import cache
from pathlib import Path

from premiumcalc.paths import user_data_dir

#: At most this many contents are remembered (the oldest go first).
MAX_ENTRIES = 256
#: A cache file larger than this is not read.
MAX_CACHE_BYTES = 64 * 1024
_FORMAT = 3

# The marks read from the cache file, once per process, in order of their writing.
_marks: list[str] | None = None


def cache_path() -> Path:
    return user_data_dir() / "cache" / "validated.json"


@cache
def code_fingerprint() -> str:
    """Changes whenever any module of this package (which validates and builds tariffs and
    catalogues) changes, or the Python version.

    The modules are those found in the package itself (so a new module counts without being
    listed anywhere): their source, or their byte code in a frozen bundle. (The program's
    version number adds nothing to that and would cost importing importlib.metadata.)
    """
    package = __name__.rpartition(".")[0]  # found, not imported: the package imports this module
    spec = importlib.util.find_spec(package)
    path = list(spec.submodule_search_locations or []) if spec else []
    digest = hashlib.sha256(f"{_FORMAT} {sys.version_info[:2]}".encode())
    names = sorted(m.name for m in pkgutil.iter_modules(path, package + "."))
    for name in names:
        digest.update(f"\0{name}\0".encode())
        digest.update(_code_of(name))
    return digest.hexdigest()


def _code_of(name: str) -> bytes:
    """A module's source, or its byte code when there is no source file."""
    spec = importlib.util.find_spec(name)
    try:
        return Path(spec.origin if spec and spec.origin else "").read_bytes()
    except OSError:
        try:
            return marshal.dumps(spec.loader.get_code(name))  # type: ignore[union-attr]
        except Exception:  # no source and no code: the executable stands for them
            stat = os.stat(sys.executable)
            return f"{sys.executable} {stat.st_size} {stat.st_mtime_ns}".encode()


def content_key(kind: str, content: bytes) -> str:
    """The mark of a content: SHA-256 of its kind, the validating code and the bytes."""
    digest = hashlib.sha256(f"{kind}\0{code_fingerprint()}\0".encode())
    digest.update(content)
    return digest.hexdigest()


def _is_mark(value: object) -> bool:
    return (
        isinstance(value, str)
        and len(value) == 64
        and all(c in "0123456789abcdef" for c in value)
    )


def _read() -> list[str]:
    global _marks
    if _marks is None:
        _marks = []
        try:
            with cache_path().open("rb") as f:
                raw = f.read(MAX_CACHE_BYTES + 1)
            if len(raw) <= MAX_CACHE_BYTES:
                stored = json.loads(raw)
                if (
                    isinstance(stored, dict)
                    and stored.get("format") == _FORMAT
                    and stored.get("code") == code_fingerprint()
                    and isinstance(stored.get("validated"), list)
                ):
                    _marks = [m for m in stored["validated"] if _is_mark(m)][-MAX_ENTRIES:]
        except Exception:  # missing, unreadable or damaged: validate again
            _marks = []
    return _marks


def was_validated(kind: str, content: bytes) -> bool:
    """Whether exactly this content passed validation before, with the same code."""
    return content_key(kind, content) in _read()


def mark_validated(kind: str, content: bytes) -> None:
    """Remember that ``content`` passed validation (written at once; errors are ignored)."""
    from premiumcalc.fileio import WriteError, atomic_write_bytes

    marks = _read()
    key = content_key(kind, content)
    if key in marks:
        return
    marks.append(key)
    del marks[:-MAX_ENTRIES]
    data = json.dumps({"format": _FORMAT, "code": code_fingerprint(), "validated": marks})
    try:
        cache_path().parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(cache_path(), data.encode())
    except (OSError, WriteError):  # a read-only data folder: validate at every start
        pass


def forget() -> None:
    """Read the cache file again at the next use (after the data folder changed)."""
    global _marks
    _marks = None
