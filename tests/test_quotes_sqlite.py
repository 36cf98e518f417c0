"""The SQLite file: damage, a full disk, a read-only database, daily backups and restore."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from premiumcalc.paths import user_data_dir
from premiumcalc.quotes import (
    StoreError,
    backup_info,
    connection,
    daily_backup,
    list_backups,
    open_store,
    restore_backup,
)
from test_quotes_helpers import nordlicht, request


def _fill(db: Path, n: int) -> list[str]:
    with open_store(db, daily_backup=False) as store:
        return [store.save_quote(request(), nordlicht(), client_name=f"Client {i}").number
                for i in range(n)]


def _inject(monkeypatch: pytest.MonkeyPatch, *pragmas: str) -> None:
    """Every new SQLite connection of the store runs these pragmas (a failure to inject)."""
    original: Callable[[Path], Engine] = connection.sqlite_engine

    def engine_with_failure(path: Path) -> Engine:
        engine = original(path)

        @event.listens_for(engine, "connect")
        def _fail_later(dbapi_conn: Any, _record: Any) -> None:
            for pragma in pragmas:
                dbapi_conn.execute(pragma)

        return engine

    monkeypatch.setattr(connection, "sqlite_engine", engine_with_failure)


def test_default_database_is_in_the_user_data_folder_in_wal_mode() -> None:
    with open_store() as store:
        assert store.path == user_data_dir() / "quotes.db"
        store.save_quote(request(), nordlicht(), client_name="A")
    conn = sqlite3.connect(user_data_dir() / "quotes.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_database_url_from_the_environment(monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    monkeypatch.setenv("PREMIUMCALC_DATABASE_URL", f"sqlite:///{tmp_path}/office.db")
    with open_store() as store:
        assert store.path == tmp_path / "office.db"
    monkeypatch.setenv("PREMIUMCALC_DATABASE_URL", "mysql://x@y/z")
    with pytest.raises(StoreError, match="unsupported database 'mysql'"):
        open_store()


def test_a_file_that_is_not_a_database_is_kept_aside_and_a_fresh_one_started(
        tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    junk = b"this is a spreadsheet, not a database\n" * 200
    db.write_bytes(junk)
    with open_store(db) as store:
        notice = store.corruption
        assert notice is not None
        assert notice.moved_to.parent == tmp_path
        assert notice.moved_to.name.startswith("quotes.db.corrupt-")
        assert notice.moved_to.read_bytes() == junk
        assert notice.moved_to.name in notice.message()
        assert "not a database" in notice.message()
        saved = store.save_quote(request(), nordlicht(), client_name="A")
        assert saved.number.endswith("-000001")


def test_a_damaged_page_is_found_by_the_daily_check(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    _fill(db, 30)
    data = bytearray(db.read_bytes())
    page = 4096
    for offset in range(2 * page, min(len(data), 6 * page)):
        data[offset] = 0xA5
    db.write_bytes(bytes(data))
    for companion in ("quotes.db-wal", "quotes.db-shm"):
        (tmp_path / companion).unlink(missing_ok=True)
    with open_store(db) as store:
        assert store.corruption is not None
        assert store.count() == 0
    kept = list(tmp_path.glob("quotes.db.corrupt-*"))
    assert [p.read_bytes() for p in kept if not p.name.endswith("-wal")] == [bytes(data)]


def test_a_full_disk_is_a_clear_error_and_loses_nothing(monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    before = _fill(db, 2)
    pages = sqlite3.connect(db).execute("PRAGMA page_count").fetchone()[0]
    _inject(monkeypatch, f"PRAGMA max_page_count = {pages + 3}")
    with open_store(db, daily_backup=False) as store:
        with pytest.raises(StoreError, match=r"disk holding .*quotes\.db is full"):
            for _ in range(50):
                store.save_quote(request(), nordlicht(), client_name="B", notes="x" * 4_000)
        saved_now = [q.number for q in store.search(sort="number", descending=False)]
        assert saved_now[:2] == before
        assert store.integrity() == []


def test_a_read_only_database_is_a_clear_error(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    before = _fill(db, 1)
    _inject(monkeypatch, "PRAGMA query_only = 1")
    with pytest.raises(StoreError, match="read-only"), open_store(db, daily_backup=False) as store:
        store.save_quote(request(), nordlicht(), client_name="B")
    monkeypatch.undo()
    with open_store(db, daily_backup=False) as store:
        assert [q.number for q in store.search()] == before


def test_a_path_below_a_file_or_a_folder_as_database_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match=r"notes.txt is a file, not a folder"):
        open_store(blocker / "quotes.db")
    with pytest.raises(StoreError, match="it is a folder"):
        open_store(tmp_path)
    assert blocker.read_text() == "not a folder"


def test_a_database_of_a_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    _fill(db, 1)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE schema_version SET version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer premiumcalc"):
        open_store(db)
    assert not list(tmp_path.glob("*.corrupt-*"))


# ---------------------------------------------------------------------------------------
# Backups


def test_the_first_start_of_a_day_makes_one_backup(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    with open_store(db) as store:
        assert store.backup_made is None  # nothing saved yet: nothing to keep
    _fill(db, 3)
    with open_store(db) as store:
        made = store.backup_made
        assert made == tmp_path / "backups" / f"quotes-{date.today().isoformat()}.db"
    with open_store(db) as store:
        assert store.backup_made is None
    assert backup_info(made).quote_count == 3


def test_the_last_seven_backups_are_kept(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    _fill(db, 1)
    with open_store(db, daily_backup=False) as store:
        for day in range(1, 11):
            assert daily_backup(store, today=date(2026, 11, day)) is not None
        kept = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert kept == [f"quotes-2026-11-{d:02d}.db" for d in range(4, 11)]


def test_restore_shows_date_and_count_and_keeps_the_current_state(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    first = _fill(db, 3)
    with open_store(db, daily_backup=False) as store:
        backup = daily_backup(store, today=date(2026, 11, 20))
        assert backup is not None
        for i in range(2):
            store.save_quote(request(), nordlicht(), client_name=f"later {i}")
        assert store.count() == 5
        info = list_backups(store)[0]
        assert (info.made.date(), info.quote_count) == (date(2026, 11, 20), 3)
        restored = restore_backup(store, info.path)
        assert restored.quote_count == 3
        assert sorted(q.number for q in store.search()) == sorted(first)
        safety = list((tmp_path / "backups").glob("quotes-before-restore-*.db"))
        assert [backup_info(p).quote_count for p in safety] == [5]
        store.save_quote(request(), nordlicht(), client_name="after restore")
        assert store.count() == 4 and store.integrity() == []


def test_export_database_makes_a_readable_copy(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    _fill(db, 2)
    with open_store(db, daily_backup=False) as store:
        target = tmp_path / "export" / "copy.db"
        target.parent.mkdir()
        store.export_database(target)
        assert backup_info(target).quote_count == 2
        with pytest.raises(StoreError, match="onto itself"):
            store.export_database(db)
        blocker = tmp_path / "file"
        blocker.write_text("")
        with pytest.raises(StoreError, match="cannot export the database"):
            store.export_database(blocker / "copy.db")
    with open_store(target, daily_backup=False) as copy:
        assert copy.count() == 2


def test_restoring_something_that_is_not_a_backup_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    _fill(db, 2)
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"nope" * 100)
    with open_store(db, daily_backup=False) as store:
        with pytest.raises(StoreError, match="not a readable quote database"):
            restore_backup(store, bogus)
        assert store.count() == 2
