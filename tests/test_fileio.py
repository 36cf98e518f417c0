"""Atomic writing: complete files or none, with ordinary permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from premiumcalc.fileio import AtomicTextWriter, WriteError, atomic_write_bytes


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_file_gets_the_umask_default_and_old_file_keeps_its_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "quote.pdf"
        atomic_write_bytes(target, b"one")
        assert mode(target) == 0o644 and target.read_bytes() == b"one"
        target.chmod(0o640)
        atomic_write_bytes(target, b"two")
        assert mode(target) == 0o640 and target.read_bytes() == b"two"
        with AtomicTextWriter(tmp_path / "out.csv") as f:
            f.write("a,b\n")
        assert mode(tmp_path / "out.csv") == 0o644
    finally:
        os.umask(old)


def test_failure_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("saved before\n", encoding="utf-8")
    with pytest.raises(RuntimeError), AtomicTextWriter(target) as f:
        f.write("half")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "saved before\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_unwritable_target_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(WriteError, match="cannot write"):
        atomic_write_bytes(blocker / "quote.pdf", b"data")
