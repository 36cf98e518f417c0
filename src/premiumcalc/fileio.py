"""Writing files so that a failure never leaves a broken file under the target name."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
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


#: Write errors that mean the disk (or the user's quota) is full.
_DISK_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def _message(target: Path, exc: OSError) -> str:
    if exc.errno in _DISK_FULL:
        return f"cannot write {target}: {exc.strerror or exc}; free some space and try again"
    return f"cannot write {target}: {exc.strerror or exc}"


def _destination(path: Path | str) -> tuple[Path, bool]:
    """Where writing ``path`` really goes, and whether it goes there directly.

    A symbolic link is written through: its target gets the new content (atomically) and
    the link stays. A device or a pipe (``/dev/null``, ``/dev/stdout``) is written to
    directly, never replaced; a folder or anything else that is not a file is refused.
    """
    if not str(path).strip():
        raise WriteError("cannot write: the file name is empty")
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target, False
    except OSError as exc:
        raise WriteError(_message(Path(path), exc)) from None
    if stat.S_ISREG(mode):
        return target, False
    if stat.S_ISDIR(mode):
        raise WriteError(f"cannot write {path}: it is a folder; name a file")
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return target, True
    raise WriteError(f"cannot write {path}: it is not a regular file")


def _open_direct(target: Path) -> int:
    """A descriptor for writing to a device or pipe; a pipe without a reader is an error
    instead of a wait without end."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise WriteError(f"cannot write {target}: no program reads from this pipe") from None
        raise WriteError(_message(target, exc)) from None
    os.set_blocking(fd, True)
    return fd


def _write_direct(target: Path, data: bytes) -> None:
    fd = _open_direct(target)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
    except OSError as exc:
        raise WriteError(_message(target, exc)) from None


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename.

    Either the old file stays untouched or the new one is complete. A symbolic link is
    written through to its target; a device or pipe is written to directly.
    """
    target, direct = _destination(path)
    if direct:
        _write_direct(target, data)
        return
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise WriteError(_message(target, exc)) from None
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
        raise WriteError(_message(target, exc)) from None


def atomic_write_text(path: Path | str, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


class AtomicTextWriter:
    """A text file written under a temporary name and renamed into place on success.

    Use as a context manager; on an exception the temporary file is removed and the target
    keeps what it had. Suited to streaming output (a batch) as well as whole documents.
    """

    def __init__(self, path: Path | str, *, newline: str | None = None) -> None:
        self.path = Path(path)
        self._given = path
        self._newline = newline
        self._tmp: str | None = None
        self._direct = False
        self.file: TextIO | None = None

    def __enter__(self) -> TextIO:
        self.path, self._direct = _destination(self._given)
        if self._direct:
            fd = _open_direct(self.path)
            self.file = os.fdopen(fd, "w", encoding="utf-8", newline=self._newline)
            return self.file
        directory = self.path.parent if str(self.path.parent) else Path(".")
        try:
            fd, self._tmp = tempfile.mkstemp(
                prefix=f".{self.path.name}.", suffix=".tmp", dir=directory
            )
        except OSError as exc:
            raise WriteError(_message(self.path, exc)) from None
        try:
            os.chmod(self._tmp, _target_mode(self.path))
        except OSError:
            os.close(fd)
            os.unlink(self._tmp)
            raise WriteError(f"cannot write {self.path}: permissions cannot be set") from None
        self.file = os.fdopen(fd, "w", encoding="utf-8", newline=self._newline)
        return self.file

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        assert self.file is not None
        full = exc if isinstance(exc, OSError) and not isinstance(exc, WriteError) \
            and exc.errno in _DISK_FULL else None
        if self._direct:
            try:
                self.file.close()
            except OSError as err:
                if exc_type is None:
                    raise WriteError(_message(self.path, err)) from None
            if full is not None:
                raise WriteError(_message(self.path, full)) from None
            return
        assert self._tmp is not None
        if full is not None:
            with contextlib.suppress(OSError):
                self.file.close()
            with contextlib.suppress(OSError):
                os.unlink(self._tmp)
            raise WriteError(_message(self.path, full)) from None
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
            raise WriteError(_message(self.path, err)) from None
        with contextlib.suppress(OSError):
            os.unlink(self._tmp)
