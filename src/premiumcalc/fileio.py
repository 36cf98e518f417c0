"""Writing files so that a failure never leaves a broken file under the target name."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import TextIO


class WriteError(OSError):
    """A file could not be written; ``str()`` is one clear line naming the file."""


def _target_mode(target: Path) -> int:
    """The mode the written file should get: the old file's, else the umask's default."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename.

    Either the old file stays untouched or the new one is complete.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise WriteError(f"cannot write {target}: {exc.strerror or exc}") from None
    try:
        os.chmod(tmp, _target_mode(target))
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise WriteError(f"cannot write {target}: {exc.strerror or exc}") from None


def atomic_write_text(path: Path | str, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


class AtomicTextWriter:
    """A text file written under a temporary name and renamed into place on success.

    Use as a context manager; on an exception the temporary file is removed and the target
    keeps what it had. Suited to streaming output (a batch) as well as whole documents.
    """

    def __init__(self, path: Path | str, *, newline: str | None = None) -> None:
        self.path = Path(path)
        self._newline = newline
        self._tmp: str | None = None
        self.file: TextIO | None = None

    def __enter__(self) -> TextIO:
        directory = self.path.parent if str(self.path.parent) else Path(".")
        try:
            fd, self._tmp = tempfile.mkstemp(
                prefix=f".{self.path.name}.", suffix=".tmp", dir=directory
            )
        except OSError as exc:
            raise WriteError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        try:
            os.chmod(self._tmp, _target_mode(self.path))
        except OSError:
            os.close(fd)
            os.unlink(self._tmp)
            raise WriteError(f"cannot write {self.path}: permissions cannot be set") from None
        self.file = os.fdopen(fd, "w", encoding="utf-8", newline=self._newline)
        return self.file

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        assert self.file is not None and self._tmp is not None
        try:
            if exc_type is None:
                self.file.flush()
                os.fsync(self.file.fileno())
            self.file.close()
            if exc_type is None:
                os.replace(self._tmp, self.path)
                return
        except OSError as err:
            with contextlib.suppress(OSError):
                os.unlink(self._tmp)
            raise WriteError(f"cannot write {self.path}: {err.strerror or err}") from None
        with contextlib.suppress(OSError):
            os.unlink(self._tmp)
