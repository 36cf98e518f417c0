"""quotes.db alone holds every saved quote after a command that wrote: the write-ahead log
(quotes.db-wal) is emptied, even while another program (the window) has the file open."""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path

from premiumcalc.cli import main
from premiumcalc.quotes import open_store
from test_quotes_helpers import nordlicht, request


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(args), out, err), out.getvalue(), err.getvalue()


def _count_in_copy(db: Path, tmp_path: Path) -> int:
    """The quotes a copy of quotes.db alone (without -wal) holds, as a broker copies it."""
    copy = tmp_path / "copy" / "quotes.db"
    copy.parent.mkdir()
    shutil.copyfile(db, copy)
    with sqlite3.connect(copy) as conn:
        return int(conn.execute("SELECT count(*) FROM quotes").fetchone()[0])


def test_a_command_that_saved_empties_the_log_while_the_window_has_the_file_open(
        tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    wal = tmp_path / "quotes.db-wal"
    window = open_store(db, daily_backup=False)  # another program keeps the file open
    try:
        window.search()
        code, _, err = _cli("quote", "--tariff", "nordlicht-it-2026", "--profession",
                            "software-development", "--revenue", "180000", "--cover",
                            "1000000", "--deductible", "500", "--save", "--client-name",
                            "Müller IT-Beratung GmbH", "--db", str(db))
        assert code == 0, err
        assert not wal.exists() or wal.stat().st_size == 0
        assert _count_in_copy(db, tmp_path) == 1
    finally:
        window.close()


def test_changing_a_status_empties_the_log(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    with open_store(db, daily_backup=False) as first:
        number = first.save_quote(request(), nordlicht(), client_name="Schmidt Digital").number
    window = open_store(db, daily_backup=False)
    try:
        window.search()
        code, _, err = _cli("quotes", "--db", str(db), "set", number, "--status", "sent")
        assert code == 0, err
        wal = tmp_path / "quotes.db-wal"
        assert not wal.exists() or wal.stat().st_size == 0
        copy = tmp_path / "copy.db"
        shutil.copyfile(db, copy)
        with sqlite3.connect(copy) as conn:
            assert conn.execute("SELECT status FROM quotes").fetchone()[0] == "sent"
    finally:
        window.close()
