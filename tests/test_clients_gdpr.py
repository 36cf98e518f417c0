"""The client register's GDPR actions as a broker runs them: ``premiumcalc clients export``
(Art. 15: one archive, read back, PDFs with pypdf), ``delete`` (Art. 17) with and without
retention duties or a legal hold, deletions reaching the backups, and processes killed in
the middle of a deletion or an anonymisation (all or nothing). SQLite and PostgreSQL.
"""

# ruff: noqa: F811  (the database fixtures are imported by name)

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from premiumcalc.cli import main
from premiumcalc.quotes import QuoteStore, daily_backup, open_store, restore_backup
from premiumcalc.quotes.erasure import list_path
from premiumcalc.quotes.store import resolve_url
from test_quotes_helpers import nordlicht, request
from test_quotes_store import db_url, pg_db, pg_url, store  # noqa: F401  (the fixtures)


def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(list(args), out, err)
    finally:
        sys.stdin = old
    return code, out.getvalue(), err.getvalue()


def one_error_line(code: int, err: str) -> str:
    assert code == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def _save(store: QuoteStore, name: str, status: str = "sent", **kwargs: Any) -> str:
    return store.save_quote(request(), nordlicht(), client_name=name, status=status,
                            **kwargs).number


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


# ---------------------------------------------------------------------------------------
# export (Art. 15)


def test_export_writes_json_of_every_record_and_each_quote_as_pdf(
        db_url: str, tmp_path: Path) -> None:
    with open_store(db_url, daily_backup=False) as store:
        sent = _save(store, "Export GmbH", client_address="Weg 1\n24103 Kiel",
                     notes="mailed")
        draft = _save(store, "Export GmbH", status="draft", client_address="Weg 1\n24103 Kiel")
        _save(store, "Andere AG")
        store.clients.update_client("K-000001", email="info@export.example")
    target = tmp_path / "export.zip"
    code, out, err = run("clients", "export", "K-000001", "-o", str(target), "--db", db_url)
    assert code == 0, err
    assert "2 documents" in out
    with zipfile.ZipFile(target) as archive:
        names = sorted(archive.namelist())
        data = json.loads(archive.read("client.json"))
        pdfs = {n: archive.read(n) for n in names if n.endswith(".pdf")}
    assert names == ["README.txt", "client.json", f"quotes/{sent}.pdf", f"quotes/{draft}.pdf"]
    assert data["client"]["client_number"] == "K-000001"
    assert data["client"]["email"] == "info@export.example"
    assert [q["quote_number"] for q in data["quotes"]] == [sent, draft]
    first = data["quotes"][0]
    assert first["premium"]["gross_annual"] == "726.65"  # the handbook's worked example
    assert first["notes"] == "mailed" and first["request"]["profession"] == \
        "software-development"
    assert first["retention_until"] == "2032-12-31" and data["quotes"][1]["retention_until"] \
        is None
    assert "Andere AG" not in json.dumps(data, ensure_ascii=False)
    for number in (sent, draft):
        text = _pdf_text(pdfs[f"quotes/{number}.pdf"])
        assert number in text and "Export GmbH" in text and "726.65" in text
    # the export is in the audit log, by number
    with open_store(db_url, daily_backup=False) as store:
        last = store.clients.audit_entries("K-000001")[-1]
    assert (last.action, last.client_number) == ("exported", "K-000001")


def test_export_to_an_unwritable_place_is_one_clear_line_and_writes_nothing(
        store: QuoteStore, db_url: str, tmp_path: Path) -> None:
    _save(store, "Export GmbH")
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("not a folder")
    for target in (a_file / "a.zip", tmp_path / "missing" / "a.zip", tmp_path):
        code, _out, err = run("clients", "export", "K-000001", "-o", str(target),
                              "--db", db_url)
        line = one_error_line(code, err)
        assert "cannot write the archive" in line and str(target) in line, line
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".zip") == []
    assert a_file.read_text() == "not a folder"
    assert [e.action for e in store.clients.audit_entries()] == ["saved"]


# ---------------------------------------------------------------------------------------
# delete (Art. 17) on the command line


def test_delete_asks_and_says_what_remains_until_when(db_url: str) -> None:
    with open_store(db_url, daily_backup=False) as store:
        draft = _save(store, "Weg GmbH", status="draft")
        sent = _save(store, "Weg GmbH")
    code, out, _err = run("clients", "delete", "Weg GmbH", "--db", db_url, stdin="no\n")
    assert code == 1 and "Nothing was deleted." in out
    with open_store(db_url, daily_backup=False) as store:
        assert store.count() == 2
    code, out, err = run("clients", "delete", "Weg GmbH", "--db", db_url, stdin="yes\n")
    assert code == 0, err
    assert f"Deleted at once: {draft}." in out
    assert f"Removed now: {draft}." in out
    assert f"until 2032-12-31, then anonymised: {sent}." in out
    code, out, err = run("clients", "list", "--db", db_url)
    assert out == "no clients\n"
    code, out, err = run("clients", "list", "--all", "--format", "json", "--db", db_url)
    assert [(c["client_number"], c["restricted"]) for c in json.loads(out)] == [
        ("K-000001", True)]


def test_delete_with_force_and_nothing_kept_removes_the_client(db_url: str) -> None:
    with open_store(db_url, daily_backup=False) as store:
        draft = _save(store, "Nur Entwurf", status="draft")
    code, out, err = run("clients", "delete", "K-000001", "--force", "--format", "json",
                         "--db", db_url)
    assert code == 0, err
    report = json.loads(out)
    assert report["removed"] == [draft] and report["client_removed"] is True
    code, _out, err = run("clients", "show", "K-000001", "--db", db_url)
    assert "there is no client 'K-000001'" in one_error_line(code, err)
    # its number stays in the audit log, its name does not
    code, out, err = run("audit", "--client", "K-000001", "--db", db_url)
    assert code == 0 and "deleted" in out and "Nur Entwurf" not in out


def test_delete_refuses_a_client_under_legal_hold(db_url: str) -> None:
    with open_store(db_url, daily_backup=False) as store:
        _save(store, "Streit GmbH")
    assert run("clients", "set", "K-000001", "--legal-hold", "on", "--db", db_url)[0] == 0
    code, _out, err = run("clients", "delete", "K-000001", "--force", "--db", db_url)
    assert "under a legal hold" in one_error_line(code, err)
    with open_store(db_url, daily_backup=False) as store:
        assert store.count() == 1 and store.clients.erased() == {}


def test_a_name_two_clients_share_lists_both_numbers(db_url: str) -> None:
    with open_store(db_url, daily_backup=False) as store:
        _save(store, "Schmidt Digital", client_address="Lübeck")
        _save(store, "Schmidt Digital", client_address="Hamburg")
    for command in (("show",), ("delete", "--force"), ("export", "-o", "x.zip")):
        code, _out, err = run("clients", command[0], "Schmidt Digital", *command[1:],
                              "--db", db_url)
        line = one_error_line(code, err)
        assert "K-000001, K-000002" in line and "name one by its number" in line


def test_set_changes_contact_contract_and_follow_up_and_refuses_bad_input(
        db_url: str) -> None:
    with open_store(db_url, daily_backup=False) as store:
        number = _save(store, "Muster GmbH")
    code, out, err = run("clients", "set", "K-000001", "--email", "a@muster.de",
                         "--current-insurer", "Alte AG", "--current-premium", "1.234,50",
                         "--current-cover", "1000000", "--renewal", "2027-03-01",
                         "--current-request-from", number, "--current-meets", "gl-limit",
                         "--follow-up", "2026-12-01", "--follow-up-note", "Verlängerung",
                         "--db", db_url)
    assert code == 0, err
    assert out == "K-000001: changed (version 2)\n"
    code, out, err = run("clients", "show", "K-000001", "--format", "json", "--db", db_url)
    shown = json.loads(out)
    assert shown["current_contract"]["premium"] == "1234.50"
    assert shown["current_contract"]["limits"] == {"cover": "1000000.00"}
    assert shown["current_contract"]["quote_number"] == number
    assert shown["current_contract"]["requirements_met"] == ["gl-limit"]
    assert shown["records"][0]["retention_until"] == "2032-12-31"
    code, out, err = run("clients", "due", "--format", "json", "--db", db_url)
    assert [(d["client_number"], d["note"]) for d in json.loads(out)] == [
        ("K-000001", "Verlängerung")]
    for bad, field in ((("--renewal", "1.3.2027"), "--renewal"),
                       (("--current-premium", "viel"), "current-premium"),
                       (("--email", "a@"), "email"),
                       (("--version", "1", "--phone", "030 1"), "changed at another desk")):
        code, _out, err = run("clients", "set", "K-000001", *bad, "--db", db_url)
        assert field in one_error_line(code, err)
    code, _out, err = run("clients", "set", "K-000001", "--db", db_url)
    assert "needs something to change" in one_error_line(code, err)
    code, out, err = run("clients", "follow-up", number, "2027-01-10", "--db", db_url)
    assert code == 0 and out == f"{number}: follow-up 2027-01-10\n"


# ---------------------------------------------------------------------------------------
# deletions reach the backups


def test_a_restored_backup_has_the_deleted_client_erased_again(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    with open_store(db, daily_backup=False) as store:
        gone = _save(store, "Weg GmbH", status="draft")
        kept = _save(store, "Bleibt AG")
        backup = daily_backup(store, today=date.today())
        assert backup is not None
        store.clients.delete_client("Weg GmbH")
        assert json.loads(list_path(db).read_text())["clients"]["K-000001"]["state"] == \
            "deleted"
        restore_backup(store, backup)  # the backup still holds Weg GmbH …
        assert [q.number for q in store.search(limit=None)] == [kept]  # … erased again
        assert store.clients.find("Weg GmbH") == []
        assert store.clients.erased() == {"K-000001": "deleted"}
        with pytest.raises(Exception, match="no saved quote"):
            store.get(gone, include_deleted=True)
        assert store.integrity() == []
        later = daily_backup(store, today=date.today() + timedelta(days=1))
    assert later is not None  # every later backup carries the list of erased clients
    import sqlite3

    with sqlite3.connect(later) as conn:
        assert conn.execute("SELECT client_number, state FROM erased_clients").fetchall() == [
            ("K-000001", "deleted")]
        assert conn.execute("SELECT count(*) FROM clients WHERE name = 'Weg GmbH'"
                            ).fetchone() == (0,)


def test_daily_backups_older_than_seven_days_are_removed(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    with open_store(db, daily_backup=False) as store:
        _save(store, "Alt GmbH")
        today = date(2026, 12, 1)
        for back in (10, 8, 7, 1):
            assert daily_backup(store, today=today - timedelta(days=back)) is not None
        old_copy = tmp_path / "backups" / "quotes-before-restore-20261120-101500.db"
        old_copy.write_bytes(b"")
        daily_backup(store, today=today)
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == [
        "quotes-2026-11-24.db", "quotes-2026-11-30.db", "quotes-2026-12-01.db"]


# ---------------------------------------------------------------------------------------
# killed in the middle: all or nothing

_KILLER = """
import os, signal, sys
from datetime import date
import premiumcalc.quotes.audit as audit
from premiumcalc.quotes import open_store

url, action, victim = sys.argv[1], sys.argv[2], sys.argv[3]
real = audit.record

def record(conn, who, what, client_number, subject="", detail=""):
    real(conn, who, what, client_number, subject, detail)
    if what == action and client_number == victim:
        os.kill(os.getpid(), signal.SIGKILL)  # after its changes, before the commit

audit.record = record
store = open_store(url, daily_backup=False)
if action == "deleted":
    store.clients.delete_client(victim)
else:
    store.clients.anonymise_due(date.fromisoformat(sys.argv[4]))
print("not killed", flush=True)
"""


def _killed(url: str, *args: str) -> None:
    proc = subprocess.run([sys.executable, "-c", _KILLER, url, *args], capture_output=True,
                          text=True, timeout=120, check=False, env=os.environ.copy())
    assert proc.returncode == -signal.SIGKILL, proc.stderr


def test_a_process_killed_in_the_middle_of_a_deletion_changes_nothing(db_url: str) -> None:
    with open_store(db_url, daily_backup=False) as store:
        numbers = [_save(store, "Weg GmbH", status=s) for s in ("draft", "sent", "draft")]
        store.clients.update_client("K-000001", email="weg@example.de")
        before = [store.get(n) for n in numbers]
    _killed(db_url, "deleted", "K-000001")
    with open_store(db_url, daily_backup=False) as store:
        assert [store.get(n) for n in numbers] == before
        client = store.clients.get_client("K-000001")
        assert not client.restricted and client.email == "weg@example.de"
        assert store.clients.erased() == {}
        assert [e.action for e in store.clients.audit_entries()] == ["saved"] * 3 + ["changed"]
        assert store.integrity() == []
        report = store.clients.delete_client("K-000001")  # and it can be done again
        assert report.removed == (numbers[0], numbers[2])
    if "://" not in db_url:
        assert "K-000001" in list_path(Path(db_url)).read_text()


def test_a_process_killed_in_the_middle_of_an_anonymisation_changes_nothing(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    old = datetime(2019, 6, 1, tzinfo=UTC)
    with open_store(db_url, daily_backup=False) as store:
        first = _save(store, "Erste GmbH", now=old)
        second = _save(store, "Zweite GmbH", now=old)
        for name in ("Erste GmbH", "Zweite GmbH"):
            store.clients.delete_client(name, today=date(2025, 1, 1))  # kept until 2025-12-31
    # the second of the two anonymisations is killed: neither happens
    _killed(db_url, "anonymised", "K-000002", "2026-01-02")
    engine = sa.create_engine(resolve_url(db_url))
    with engine.connect() as conn:
        clients = conn.execute(sa.text("SELECT client_number, name, anonymised_at FROM clients "
                                       "ORDER BY client_number")).all()
        quotes = conn.execute(sa.text("SELECT quote_number, client_name FROM quotes "
                                      "ORDER BY quote_number")).all()
        actions = conn.execute(sa.text("SELECT action FROM audit_log")).scalars().all()
    engine.dispose()
    assert [tuple(r) for r in clients] == [("K-000001", "Erste GmbH", None),
                                           ("K-000002", "Zweite GmbH", None)]
    assert [tuple(r) for r in quotes] == [(first, "Erste GmbH"), (second, "Zweite GmbH")]
    assert "anonymised" not in actions
    # the first opening of the next day anonymises both
    monkeypatch.setenv("PREMIUMCALC_TODAY", "2026-12-02")
    with open_store(db_url, daily_backup=False) as store:
        names = {n: store.get(n).client_name for n in (first, second)}
        assert store.integrity() == []
    assert names == {first: "anonymised K-000001", second: "anonymised K-000002"}


def test_a_client_added_after_a_restore_is_not_erased_in_place_of_a_deleted_one(
        tmp_path: Path) -> None:
    """A client deleted after the backup was made is on the list of erased clients but not
    in the restored database: its number must not go to the next new client, or the next
    opening would erase that client in its place."""
    db = tmp_path / "quotes.db"
    with open_store(db, daily_backup=False) as store:
        _save(store, "Bleibt AG")  # K-000001
        backup = daily_backup(store, today=date.today())
        assert backup is not None
        _save(store, "Weg GmbH", status="draft")  # K-000002, after the backup
        store.clients.delete_client("Weg GmbH")
        restore_backup(store, backup)
        new = _save(store, "Neu KG", status="draft")
        number = store.clients.get_client("Neu KG").number
    assert number not in ("K-000001", "K-000002")
    with open_store(db, daily_backup=False) as store:  # the next opening
        assert store.clients.get_client("Neu KG").number == number
        assert store.get(new).client_name == "Neu KG"


def test_a_fresh_database_beside_the_list_of_erased_clients_numbers_on_after_it(
        tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    with open_store(db, daily_backup=False) as store:
        _save(store, "Weg GmbH", status="draft")  # K-000001
        store.clients.delete_client("Weg GmbH")
    for leftover in tmp_path.glob("quotes.db*"):
        if leftover != list_path(db) and not leftover.name.endswith(".numbers"):
            leftover.unlink()
    with open_store(db, daily_backup=False) as store:  # a new file, the list beside it
        new = _save(store, "Neu KG", status="draft")
        assert store.clients.get_client("Neu KG").number == "K-000002"
    with open_store(db, daily_backup=False) as store:
        assert store.get(new).client_name == "Neu KG"
