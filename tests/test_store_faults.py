"""Faults around the quote database: a replaced file, a lock held by another desk, files left
over by a crash, malformed URLs and odd paths, processes killed while saving.

Quote numbers are never issued twice; nothing saved is lost; every failure is one clear line.
PostgreSQL tests run against the server named by PREMIUMCALC_TEST_POSTGRES_URL.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from premiumcalc.quotes import StoreError, connection, daily_backup, open_store, restore_backup
from premiumcalc.quotes.backup import STALE_AFTER_S
from premiumcalc.quotes.numbering import RESERVE
from premiumcalc.quotes.store import resolve_url
from test_quotes_helpers import nordlicht, request, worked_example
from test_quotes_store import db_url, pg_db, pg_url  # noqa: F401  (the database fixtures)

ROOT = Path(__file__).resolve().parents[1]
YEAR = datetime.now(UTC).year


def _fill(db: Path | str, n: int, name: str = "Client") -> list[str]:
    with open_store(db, daily_backup=False) as store:
        return [store.save_quote(request(), nordlicht(), client_name=f"{name} {i}").number
                for i in range(n)]


def _save_one(db: Path | str) -> str:
    return _fill(db, 1, "Later")[0]


def _junk(db: Path) -> None:
    """Replace the database by a file that is not a database at all."""
    db.write_bytes(b"this is a spreadsheet, not a database\n" * 200)
    for companion in ("-wal", "-shm"):
        db.with_name(db.name + companion).unlink(missing_ok=True)


def _serial(number: str) -> int:
    return int(number.rsplit("-", 1)[1])


def _cli(*args: str, timeout: float = 60, prefix: tuple[str, ...] = ()
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, sys.executable, "-m", "premiumcalc", *args],
                          capture_output=True, text=True, timeout=timeout, check=False)


def _one_clear_line(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    return lines[0]


# ---------------------------------------------------------------------------------------
# Quote numbers are never issued twice


def test_a_damaged_database_set_aside_does_not_restart_the_numbering(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    before = _fill(db, 3)
    _junk(db)
    with open_store(db, daily_backup=False) as store:
        assert store.corruption is not None
        after = [store.save_quote(request(), nordlicht(), client_name=f"New {i}").number
                 for i in range(2)]
        assert store.integrity() == []
    assert _serial(after[0]) > max(_serial(n) for n in before)
    assert _serial(after[1]) == _serial(after[0]) + 1
    assert _serial(after[0]) <= 3 + RESERVE  # it may skip a few numbers, not many


def test_numbering_carries_on_from_the_kept_damaged_file(tmp_path: Path) -> None:
    """Without the numbers file beside it, the damaged file itself still gives its counter."""
    db = tmp_path / "quotes.db"
    _fill(db, 30)
    data = bytearray(db.read_bytes())
    for offset in range(2 * 4096, min(len(data), 6 * 4096)):
        data[offset] = 0xA5
    db.write_bytes(bytes(data))
    for leftover in (tmp_path / "quotes.db-wal", tmp_path / "quotes.db-shm",
                     tmp_path / "quotes.db.numbers"):
        leftover.unlink(missing_ok=True)
    with open_store(db) as store:
        assert store.corruption is not None
        assert store.count() == 0
        assert store.save_quote(request(), nordlicht(), client_name="x").number == \
            f"Q-{YEAR}-000031"


def test_numbering_carries_on_from_the_backups(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    _fill(db, 3)
    with open_store(db) as store:  # the day's first opening makes a backup
        assert store.backup_made is not None
    (tmp_path / "quotes.db.numbers").unlink()
    _junk(db)
    with open_store(db, daily_backup=False) as store:
        assert store.save_quote(request(), nordlicht(), client_name="x").number == \
            f"Q-{YEAR}-000004"


def test_a_deleted_database_file_does_not_restart_the_numbering(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    _fill(db, 3)
    db.unlink()
    assert 3 < _serial(_save_one(db)) <= 3 + RESERVE


def test_restoring_a_backup_does_not_reuse_the_numbers_issued_since(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    _fill(db, 3)
    with open_store(db, daily_backup=False) as store:
        backup = daily_backup(store, today=date(2026, 11, 20))
        assert backup is not None
        later = [store.save_quote(request(), nordlicht(), client_name=f"later {i}").number
                 for i in range(2)]
        assert later == [f"Q-{YEAR}-000004", f"Q-{YEAR}-000005"]
        restore_backup(store, backup)
        assert store.count() == 3
        assert store.save_quote(request(), nordlicht(), client_name="after").number == \
            f"Q-{YEAR}-000006"
        assert store.integrity() == []


# ---------------------------------------------------------------------------------------
# PostgreSQL: a lock held by another desk


def test_a_save_behind_a_held_counter_lock_gives_up_with_a_clear_message(
        pg_db: str, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    monkeypatch.setattr(connection, "LOCK_TIMEOUT_MS", 1000)
    first = _save_one(pg_db)
    holder = sa.create_engine(resolve_url(pg_db))
    conn = holder.connect()
    trans = conn.begin()
    conn.exec_driver_sql("SELECT * FROM quote_counter FOR UPDATE").all()
    # Without a lock timeout the save below would wait; the other desk gives up after 20 s.
    release = threading.Timer(20, trans.rollback)
    release.start()
    try:
        with open_store(pg_db, daily_backup=False) as store:
            started = time.monotonic()
            with pytest.raises(StoreError) as raised:
                store.save_quote(request(), nordlicht(), client_name="waiting")
            waited = time.monotonic() - started
            assert "the quote database is busy: another desk is saving; try again" in \
                str(raised.value)
            assert "\n" not in str(raised.value)
            assert 0.5 < waited < 10
            release.cancel()
            trans.rollback()
            again = store.save_quote(request(), nordlicht(), client_name="later").number
            assert _serial(again) == _serial(first) + 1
            assert store.count() == 2 and store.integrity() == []
    finally:
        release.cancel()
        conn.close()
        holder.dispose()


# ---------------------------------------------------------------------------------------
# Malformed URLs and paths that are not database files


BAD_URLS = [
    ("postgresql://broker@db.example:99999/quotes", "port '99999'"),
    ("postgresql://broker@db.example:abc/quotes", "port 'abc'"),
    ("postgresql://broker:secret@[::1/quotes", "unbalanced '['"),
    ("postgresql://broker@::1]:5432/quotes", "unbalanced '['"),
    ("postgresql://broker@/quotes", "names no server"),
    ("postgresql://broker@db.example:5432/", "names no database"),
    ("mongodb://broker@db.example/quotes", "unsupported database 'mongodb'"),
]


@pytest.mark.parametrize(("url", "problem"), BAD_URLS)
def test_a_malformed_database_url_is_a_clear_error(url: str, problem: str) -> None:
    with pytest.raises(StoreError, match=problem.replace("[", r"\[")) as raised:
        open_store(url)
    assert "secret" not in str(raised.value)


@pytest.mark.parametrize(("url", "problem"), [BAD_URLS[0], BAD_URLS[2]])
def test_a_malformed_database_url_on_the_command_line_is_one_line(url: str,
                                                                  problem: str) -> None:
    line = _one_clear_line(_cli("quotes", "list", "--db", url))
    assert problem in line and "secret" not in line


def test_a_device_or_a_pipe_as_database_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "quotes.fifo"
    os.mkfifo(fifo)
    for target in (fifo, Path("/dev/zero"), Path("/dev/null")):
        before = set(target.parent.iterdir()) if target.parent != Path("/dev") else set()
        with pytest.raises(StoreError, match="not a regular file"):
            open_store(target)
        line = _one_clear_line(_cli("quotes", "list", "--db", str(target), timeout=30))
        assert "not a regular file" in line
        if before:
            assert set(target.parent.iterdir()) == before
    assert not Path("/dev/zero-journal").exists() and not Path("/dev/null-journal").exists()


# ---------------------------------------------------------------------------------------
# Files left over: a read-only -shm or -wal, temporary backup copies


def _unprivileged() -> tuple[str, ...]:
    """Run a command without root's power to write read-only files (as a broker would)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("whether another program has the database open is told on Linux only")
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv is not installed")
    caps = "-dac_override,-dac_read_search,-fowner"
    return (setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}")


_SAVE_AND_DIE = """
import os, signal, sys
sys.path.insert(0, sys.argv[2])
from premiumcalc.quotes import open_store
from test_quotes_helpers import nordlicht, request
store = open_store(sys.argv[1], daily_backup=False)
print(store.save_quote(request(), nordlicht(), client_name="only in the WAL").number,
      flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_stale_read_only_shm_does_not_block_the_database(tmp_path: Path) -> None:
    prefix = _unprivileged()
    db = tmp_path / "quotes.db"
    saved = _fill(db, 2)
    shm = tmp_path / "quotes.db-shm"
    shm.write_bytes(b"\0" * 32768)
    shm.chmod(0o444)
    proc = _cli("quotes", "list", "--db", str(db), "--format", "json", prefix=prefix)
    assert proc.returncode == 0, proc.stderr
    assert sorted(q["quote_number"] for q in json.loads(proc.stdout)) == saved


def test_a_read_only_wal_left_by_a_crash_keeps_its_quote(tmp_path: Path) -> None:
    prefix = _unprivileged()
    db = tmp_path / "quotes.db"
    _fill(db, 1)
    proc = subprocess.run([sys.executable, "-c", _SAVE_AND_DIE, str(db), str(ROOT / "tests")],
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    in_wal = proc.stdout.strip()
    wal, shm = tmp_path / "quotes.db-wal", tmp_path / "quotes.db-shm"
    assert wal.stat().st_size > 0
    wal.chmod(0o444)
    shm.chmod(0o444)
    listed = _cli("quotes", "list", "--db", str(db), "--format", "json", prefix=prefix)
    assert listed.returncode == 0, listed.stderr
    assert in_wal in [q["quote_number"] for q in json.loads(listed.stdout)]
    nxt = _cli("quotes", "show", in_wal, "--db", str(db), "--format", "json", prefix=prefix)
    assert nxt.returncode == 0, nxt.stderr


def test_a_read_only_shm_in_use_by_another_program_is_a_clear_error(tmp_path: Path) -> None:
    prefix = _unprivileged()
    db = tmp_path / "quotes.db"
    saved = _fill(db, 1)
    other = sqlite3.connect(db)  # another program with the database open
    try:
        assert other.execute("SELECT count(*) FROM quotes").fetchone() == (1,)
        shm = tmp_path / "quotes.db-shm"
        shm.chmod(0o444)
        line = _one_clear_line(_cli("quotes", "list", "--db", str(db), prefix=prefix))
        assert "quotes.db-shm" in line and "another program has the database open" in line
        assert shm.exists()
    finally:
        other.close()
    assert [q.number for q in open_store(db, daily_backup=False).search()] == saved


_BACKUP_LOOP = """
import sys
from datetime import date, timedelta
from premiumcalc.quotes import daily_backup, open_store
store = open_store(sys.argv[1], daily_backup=False)
day = date(2000, 1, 1)
while True:
    daily_backup(store, today=day, keep=1)
    day += timedelta(days=1)
"""


def _temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if ".tmp" in p.name] if folder.is_dir() else []


def test_temporary_copies_left_by_a_killed_backup_are_removed_later(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    _fill(db, 1)
    with sqlite3.connect(db) as conn:  # a database big enough for a copy to take a while
        conn.execute("CREATE TABLE ballast (data BLOB)")
        conn.executemany("INSERT INTO ballast VALUES (zeroblob(1000000))", [()] * 40)
    folder = tmp_path / "backups"
    left: list[Path] = []
    for _ in range(6):
        worker = subprocess.Popen([sys.executable, "-c", _BACKUP_LOOP, str(db)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 8
        while not _temporaries(folder) and time.monotonic() < deadline \
                and worker.poll() is None:
            time.sleep(0.002)
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
        left = _temporaries(folder)
        if left:
            break
    assert left, "no backup was killed half-way in 6 tries"
    ours_young = folder / ".quotes-2001-01-01.db.abcd1234.tmp"
    ours_young.write_bytes(b"a copy still being written")
    not_ours = folder / ".notes.tmp"
    not_ours.write_bytes(b"someone else's")
    old = time.time() - STALE_AFTER_S - 60
    for path in [*left, not_ours]:
        os.utime(path, (old, old))
    with open_store(db) as store:  # the next opening of the day makes the backup
        assert store.backup_made is not None
        assert store.count() == 1
    assert sorted(_temporaries(folder)) == sorted([ours_young, not_ours])
    assert (folder / f"quotes-{date.today().isoformat()}.db").is_file()


# ---------------------------------------------------------------------------------------
# Kill -9 in a loop, and several desks at once


_WORKER = """
import json, sys
from premiumcalc.pricing import build_request
from premiumcalc.quotes import open_store
from premiumcalc.tariffs import load_tariffs

url, name = sys.argv[1], sys.argv[2]
req = build_request(json.loads(sys.argv[3]))
loaded = load_tariffs().get(req.tariff)
store = open_store(url, daily_backup=False)
i = 0
while True:
    saved = store.save_quote(req, loaded, client_name=f"{name} {i}")
    print(saved.number, flush=True)
    i += 1
"""


def _worker(url: str, name: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _WORKER, url, name, json.dumps(worked_example())],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _read_numbers(worker: subprocess.Popen[str], n: int, deadline: float) -> list[str]:
    assert worker.stdout is not None
    got: list[str] = []
    while len(got) < n and time.monotonic() < deadline:
        line = worker.stdout.readline()
        if not line:
            break
        got.append(line.strip())
    return got


def test_desks_killed_while_saving_lose_nothing_and_never_repeat_a_number(
        db_url: str) -> None:  # noqa: F811
    """Five rounds of two desks saving at once, each killed with SIGKILL at a random moment:
    every number a desk printed (after its commit) is saved whole, no number twice, and the
    numbers run on without a gap."""
    _fill(db_url, 1, "first")
    rng = random.Random(13)
    printed: list[str] = []
    kills = 0
    deadline = time.monotonic() + 60
    for _round in range(5):
        desks = [_worker(db_url, f"round{_round} desk{d}") for d in range(2)]
        try:
            for desk in desks:
                printed += _read_numbers(desk, rng.randint(1, 4), deadline)
            time.sleep(rng.uniform(0, 0.05))
            for desk in desks:
                desk.send_signal(signal.SIGKILL)
                kills += 1
        finally:
            for desk in desks:
                desk.kill()
                out, err = desk.communicate(timeout=30)
                printed += out.split()
                assert "Traceback" not in err, err
    assert kills == 10
    assert len(printed) >= 10
    assert len(set(printed)) == len(printed)
    with open_store(db_url, daily_backup=False) as store:
        assert store.integrity() == []
        saved = [q.number for q in store.search(sort="number", descending=False, limit=None)]
        assert set(printed) <= set(saved)
        assert [_serial(n) for n in saved] == list(range(1, len(saved) + 1))
        for number in printed:
            assert store.get(number).outcome["status"] == "quoted"
        nxt = store.save_quote(request(), nordlicht(), client_name="after the kills")
        assert _serial(nxt.number) == len(saved) + 1


def test_four_desks_saving_at_once_get_distinct_numbers(db_url: str) -> None:  # noqa: F811
    _fill(db_url, 1, "first")
    desks = [_worker(db_url, f"desk{d}") for d in range(4)]
    printed: list[str] = []
    deadline = time.monotonic() + 60
    try:
        for desk in desks:
            printed += _read_numbers(desk, 6, deadline)
    finally:
        for desk in desks:
            desk.send_signal(signal.SIGTERM)
            out, _err = desk.communicate(timeout=30)
            printed += out.split()
    assert len(printed) >= 24
    assert len(set(printed)) == len(printed)
    with open_store(db_url, daily_backup=False) as store:
        saved = [q.number for q in store.search(sort="number", descending=False, limit=None)]
        assert set(printed) <= set(saved)
        assert [_serial(n) for n in saved] == list(range(1, len(saved) + 1))
        assert store.integrity() == []
