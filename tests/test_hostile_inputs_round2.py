"""Hostile and careless input to the commands of the client register, the advice record and
the first information: what a user types wrongly must give one clear line on stderr (exit 2,
no traceback), and nothing saved may be lost or silently changed.

Each test runs the command in-process through ``cli.main`` on a copy of the store the
previous release wrote (``tests/data/store-v2.sqlite``: K-000001 "Müller IT-Beratung GmbH"
with quotes Q-2026-000001 draft and -000002 sent, "Schmidt Digital" twice).
"""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from premiumcalc import cli
from premiumcalc.paths import user_data_dir

ROOT = Path(__file__).resolve().parents[1]
STORE_V2 = ROOT / "tests" / "data" / "store-v2.sqlite"
PROFILE = ROOT / "docs" / "sample-broker-profile.toml"
ADVICE = ["advice", "--profession", "software-development", "--revenue", "180000",
          "--cover", "1000000", "--deductible", "500", "--start", "2026-12-01",
          "--client-name", "Müller IT-Beratung GmbH", "--client-address", "Hafenstraße 1",
          "--client-address", "24103 Kiel", "--broker-profile", str(PROFILE),
          "--adviser", "Jana Beispiel", "--date", "2026-11-25", "--time", "14:30"]


def run(*argv: str | Path, stdin: str = "") -> tuple[int, str, str]:
    """Run the command; check what every hostile input must give."""
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = cli.main([str(a) for a in argv], out, err)
    finally:
        sys.stdin = old
    stderr = err.getvalue()
    assert code in (0, 2), stderr
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("premiumcalc: error:")]
    assert len(errors) <= 1, stderr
    if code == 2:
        assert len(errors) == 1 and len(errors[0]) < 400, stderr
    return code, out.getvalue(), stderr


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "quotes.db"
    shutil.copyfile(STORE_V2, path)
    return path


def quote_numbers(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT quote_number FROM quotes ORDER BY quote_number")]


# ---------------------------------------------------------------------------------------
# an output file that is the quote database


@pytest.mark.parametrize("command", [
    ["first-info", "--broker-profile", str(PROFILE), "--date", "2026-11-25",
     "--client-name", "Schmidt Digital", "--handed-over", "post", "--save"],
    [*ADVICE, "--save"],
    ["clients", "export", "K-000001"],
    ["quotes", "export", "--format", "xlsx"],
])
def test_an_output_file_naming_the_quote_database_is_refused(
        db: Path, command: list[str]) -> None:
    before = db.read_bytes()
    for target in (db, f"{db}-wal", f"sqlite:///{db}"):
        db_option = str(target) if str(target).startswith("sqlite") else str(db)
        output = db if str(target).startswith("sqlite") else target
        code, _, err = run(*command, "--db", db_option, "-o", output)
        assert code == 2 and "-o:" in err and "quote database" in err, err
    assert db.read_bytes() == before
    assert quote_numbers(db) == ["Q-2026-000001", "Q-2026-000002", "Q-2026-000003",
                                 "Q-2026-000004"]


def test_a_pdf_written_over_the_default_database_is_refused() -> None:
    default = user_data_dir() / "quotes.db"
    default.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(STORE_V2, default)
    code, _, err = run("first-info", "--broker-profile", PROFILE, "--date", "2026-11-25",
                       "-o", default)
    assert code == 2 and "quote database" in err
    assert default.read_bytes() == STORE_V2.read_bytes()


# ---------------------------------------------------------------------------------------
# amounts of the current contract: German and English separators


def _premium(db: Path, text: str) -> tuple[int, str | None, str]:
    code, _, err = run("clients", "set", "K-000001", "--current-premium", text, "--db", db)
    _, out, _ = run("clients", "show", "K-000001", "--format", "json", "--db", db)
    return code, json.loads(out)["current_contract"]["premium"], err


@pytest.mark.parametrize(("typed", "saved"), [
    ("912.40", "912.40"), ("912,40", "912.40"), ("1.234,56", "1234.56"),
    ("1,234.56", "1234.56"), ("1.234.567,8", "1234567.80"), ("1,234,567", "1234567.00"),
    ("1 234,56 €", "1234.56"), ("1\u00a0234,56", "1234.56"), ("0", "0.00"),
])
def test_current_premium_reads_german_and_english_separators(
        db: Path, typed: str, saved: str) -> None:
    code, premium, err = _premium(db, typed)
    assert code == 0 and premium == saved, err


@pytest.mark.parametrize("typed", [
    "12,345",  # 12.345 or 12345?
    "1,234.5.6", "1.234.56", "1,23,456", "NaN", "Infinity", "-5", "1e3", "０１２",
    "1000000000.01", "9" * 5000,
])
def test_current_premium_that_could_be_read_two_ways_or_not_at_all_is_refused(
        db: Path, typed: str) -> None:
    code, premium, err = _premium(db, typed)
    assert code == 2 and "current-premium" in err and premium is None, err


# ---------------------------------------------------------------------------------------
# dates at the ends of the calendar


def test_renewals_within_more_days_than_the_calendar_has_lists_every_renewal(
        db: Path) -> None:
    assert run("clients", "set", "K-000001", "--current-request-from", "Q-2026-000002",
               "--current-premium", "900", "--renewal", "9999-12-31", "--db", db)[0] == 0
    for within in ("99999999", str(10**30)):
        code, out, err = run("clients", "renewals", "--within", within, "--all", "--format",
                             "json", "--db", db)
        assert code == 0, err
        assert [r["client_number"] for r in json.loads(out)] == ["K-000001"]


# ---------------------------------------------------------------------------------------
# a very long number or name names the value briefly


LONG = "x" * 100_000


@pytest.mark.parametrize("command", [
    ["clients", "show", LONG], ["clients", "export", LONG, "-o", "out.zip"],
    ["clients", "delete", LONG, "--force"], ["audit", "--client", LONG],
    ["clients", "follow-up", LONG, "2027-01-10"],
    ["clients", "set", "K-000001", "--current-request-from", LONG],
    ["advice", "show", LONG], ["advice", "reprint", LONG, "-o", "copy.pdf"],
    [*ADVICE, "-o", "advice.pdf", "--save", "--replaces", LONG],
    [*ADVICE, "-o", "advice.pdf", "--save", "--quote", LONG],
    ["quotes", "show", LONG],
])
def test_an_unknown_100k_character_number_or_name_gives_a_short_line(
        db: Path, command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(*command, "--db", db)  # run() checks the line is under 400 characters
    assert code == 2 and "100000 characters" in err, err


@pytest.mark.parametrize("typed", ["bogus", "GL-LIMIT", "gl-limit=5000000", "gl_limit"])
def test_current_meets_takes_only_requirement_ids(db: Path, typed: str) -> None:
    code, _, err = run("clients", "set", "K-000001", "--current-meets", "worldwide",
                       "--current-meets", typed, "--db", db)
    assert code == 2 and "current-meets" in err and "pi-limit" in err, err
    _, out, _ = run("clients", "show", "K-000001", "--format", "json", "--db", db)
    assert json.loads(out)["current_contract"]["requirements_met"] == []
    code, _, err = run("clients", "set", "K-000001", "--current-meets", "worldwide",
                       "--current-meets", "gl-limit", "--db", db)
    _, out, _ = run("clients", "show", "K-000001", "--format", "json", "--db", db)
    assert json.loads(out)["current_contract"]["requirements_met"] == ["worldwide", "gl-limit"]


# ---------------------------------------------------------------------------------------
# names and texts printed on the papers


PDF_ARGS = ["pdf", "--tariff", "nordlicht-it-2026", "--profession", "software-development",
            "--revenue", "180000", "--cover", "1000000", "--deductible", "500", "--start",
            "2026-12-01", "--client-name", "Muster GmbH", "--date", "2026-11-25"]


@pytest.mark.parametrize("text", ["🙂", "你好 GmbH", "مرحبا", "שלום"])
def test_an_adviser_or_enclosure_the_papers_cannot_print_is_refused(
        tmp_path: Path, db: Path, text: str) -> None:
    target = tmp_path / "out.pdf"
    for command, field in (
            ([*PDF_ARGS, "--adviser", text], "adviser"),
            ([*PDF_ARGS, "--enclosure", "first-info", "--enclosure", f"Anlage {text}"],
             "enclosure 2"),
            ([*ADVICE[:-6], "--adviser", text, "--date", "2026-11-25"], "adviser"),
            ([*ADVICE[:-6], "--adviser", text, "--date", "2026-11-25", "--save", "--db",
              str(db)], "adviser")):
        code, _, err = run(*command, "-o", target)
        assert code == 2 and f"{field}:" in err and "cannot" in err, err
        assert not target.exists()
    assert run("advice", "list", "--db", db)[1] == "no advice records\n"


# ---------------------------------------------------------------------------------------
# records of one client never point at another's


def client_numbers(path: Path) -> list[str]:
    _, out, _ = run("clients", "list", "--all", "--sort", "number", "--format", "json",
                    "--db", path)
    return [c["client_number"] for c in json.loads(out)]


def test_an_advice_record_links_only_its_own_clients_quotes(db: Path, tmp_path: Path) -> None:
    clients = client_numbers(db)
    target = tmp_path / "advice.pdf"
    # Q-2026-000003 is Schmidt Digital's; the same name at another address is another client
    for address, quote in ((["Hafenstraße 1", "24103 Kiel"], "Q-2026-000003"),
                           (["Anderswo 1", "10115 Berlin"], "Q-2026-000002")):
        argv = [a for a in ADVICE if a not in ("--client-address", "Hafenstraße 1",
                                               "24103 Kiel")]
        argv += [x for line in address for x in ("--client-address", line)]
        code, _, err = run(*argv, "--save", "--db", db, "--quote", quote, "-o", target)
        assert code == 2 and f"quote: {quote} is a quote of client K-" in err, err
        assert not target.exists()
    assert client_numbers(db) == clients  # no client added by the refused records
    code, out, err = run(*ADVICE, "--save", "--db", db, "--quote", "Q-2026-000002",
                         "-o", target)
    assert code == 0 and out.startswith("B-2026-000001"), err
    _, out, _ = run("clients", "show", "K-000001", "--db", db)
    assert "B-2026-000001" in out


# ---------------------------------------------------------------------------------------
# deleting twice, exporting twice, a legal hold set mid-way


def audit_actions(db: Path, client: str) -> list[str]:
    _, out, _ = run("audit", "--client", client, "--format", "json", "--db", db)
    return [e["action"] for e in json.loads(out)]


def test_deleting_an_already_deleted_client_says_so_and_changes_nothing(db: Path) -> None:
    code, out, err = run("clients", "delete", "K-000002", "--force", "--db", db)
    assert code == 0 and "2032-12-31" in out, err  # Q-2026-000003 was sent: kept, restricted
    _, shown, _ = run("clients", "show", "K-000002", "--format", "json", "--db", db)
    actions = audit_actions(db, "K-000002")
    for extra in (["--force"], [], ["--format", "json", "--force"]):
        code, out, err = run("clients", "delete", "K-000002", *extra, "--db", db, stdin="yes\n")
        assert code == 2 and "K-000002 was already deleted on" in err, err
        assert "until 2032-12-31" in err and "nothing more to delete" in err
        assert "Delete client" not in out  # not asked
    assert run("clients", "show", "K-000002", "--format", "json", "--db", db)[1] == shown
    assert audit_actions(db, "K-000002") == actions


def test_exporting_a_client_twice_writes_the_same_archive_again(
        db: Path, tmp_path: Path) -> None:
    import zipfile

    target = tmp_path / "K-000001.zip"
    names = []
    for _ in range(2):
        code, out, err = run("clients", "export", "K-000001", "-o", target, "--db", db)
        assert code == 0 and "K-000001, 2 documents" in out, err
        with zipfile.ZipFile(target) as archive:
            names.append(sorted(archive.namelist()))
    assert names[0] == names[1]
    assert audit_actions(db, "K-000001").count("exported") == 2


def test_a_legal_hold_set_after_the_question_stops_the_deletion(
        db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from premiumcalc.quotes.store import open_store

    class Answer:
        def readline(self) -> str:  # while the broker answers, a colleague sets a hold
            with open_store(db, daily_backup=False) as other:
                other.clients.update_client("K-000001", legal_hold=True)
            return "yes\n"

        def isatty(self) -> bool:
            return False

    monkeypatch.setattr(sys, "stdin", Answer())
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["clients", "delete", "K-000001", "--db", str(db)], out, err)
    assert code == 2 and "legal hold" in err.getvalue() and "nothing was deleted" in \
        err.getvalue()
    _, shown, _ = run("clients", "show", "K-000001", "--db", db)
    assert "Q-2026-000001" in shown and "restricted" not in shown


@pytest.mark.parametrize("name", ["", " ", "\t"])
def test_an_empty_db_option_is_refused_and_creates_no_file(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for command in (["clients", "list"], ["audit"], ["advice", "list"], ["quotes", "list"]):
        code, _, err = run(*command, "--db", name)
        assert code == 2 and "--db: the database name is empty" in err, err
    assert list(tmp_path.iterdir()) == []
    assert not (user_data_dir() / "quotes.db").exists()


# ---------------------------------------------------------------------------------------
# a database that is not ours


def test_a_sqlite_file_of_another_program_is_refused_and_gains_no_tables(
        tmp_path: Path) -> None:
    foreign = tmp_path / "adressen.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE kontakte (name TEXT)")
        conn.execute("INSERT INTO kontakte VALUES ('Müller')")
    conn.close()
    for command in (["clients", "list"], ["audit"], ["advice", "list"], ["quotes", "list"],
                    ["clients", "show", "K-000001"]):
        code, _, err = run(*command, "--db", foreign)
        assert code == 2 and "is not a premiumcalc quote database" in err, err
        assert "kontakte" in err
    with sqlite3.connect(foreign) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
        rows = conn.execute("SELECT name FROM kontakte").fetchall()
    conn.close()
    assert tables == ["kontakte"] and rows == [("Müller",)]
    assert not (tmp_path / "backups").exists()


def test_an_empty_sqlite_file_still_becomes_a_quote_database(tmp_path: Path) -> None:
    empty = tmp_path / "quotes.db"
    empty.write_bytes(b"")
    code, out, err = run("clients", "list", "--db", empty)
    assert code == 0 and out == "no clients\n", err


@pytest.mark.parametrize("limit", ["1", "2147483648", str(10**30)])
def test_clients_list_takes_any_positive_limit(db: Path, limit: str) -> None:
    code, out, err = run("clients", "list", "--limit", limit, "--format", "json", "--db", db)
    assert code == 0, err
    assert len(json.loads(out)) == (1 if limit == "1" else 3)


# ---------------------------------------------------------------------------------------
# the broker profile's fields: every text fits on the papers


def _profile(tmp_path: Path, **fields: str) -> Path:
    """The sample profile with some fields replaced (values as TOML)."""
    lines = [line for line in PROFILE.read_text(encoding="utf-8").splitlines()
             if line.split(" = ")[0] not in fields]
    lines += [f"{key} = {value}" for key, value in fields.items()]
    path = tmp_path / "profile.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _words(n: int) -> str:
    return ("Wort " * n)[:n]


def _toml_list(items: list[str]) -> str:
    return "[" + ", ".join(json.dumps(i, ensure_ascii=False) for i in items) + "]"


@pytest.mark.parametrize(("field", "value", "says"), [
    ("advisers", _toml_list(["x" * 100_000]), "entry 1 has 100000 characters"),
    ("advisers", _toml_list([f"Adviser {i}" for i in range(2000)]), "has 2000 entries"),
    ("advisers", _toml_list(["Jana\nBeispiel"]), "entry 1 has more than one line"),
    ("advisers", _toml_list(["🙂"]), "cannot print"),
    ("market_basis_note", json.dumps("x" * 100_000), "has 100000 characters"),
    ("market_basis_note", json.dumps("a\n" * 500), "has 500 lines"),
    ("market_basis_note", json.dumps("مرحبا", ensure_ascii=False), "right-to-left"),
    ("company", json.dumps("x" * 100_000), "has 100000 characters"),
    ("address", json.dumps("a\n" * 150), "has 150 lines"),
    ("managing_directors", _toml_list([_words(200)] * 20), "has 20 entries"),
])
def test_a_profile_field_the_papers_cannot_lay_out_is_refused_naming_it(
        tmp_path: Path, field: str, value: str, says: str) -> None:
    profile = str(_profile(tmp_path, **{field: value}))
    target = tmp_path / "out.pdf"
    for command in (["first-info", "--broker-profile", profile, "--date", "2026-11-25"],
                    [*ADVICE[:-8], "--broker-profile", profile, "--date", "2026-11-25"]):
        code, _, err = run(*command, "-o", target)
        assert code == 2 and f"broker profile field {field}" in err and says in err, err
        assert not target.exists()


def test_a_profile_with_every_field_at_its_limit_gives_every_paper(tmp_path: Path) -> None:
    lines = "\\n".join([_words(49)] * 6)
    long = "\\n".join([_words(64)] * 30)
    names = _toml_list([_words(120)] * 10)
    profile = str(_profile(tmp_path, name=json.dumps(_words(120)), company=json.dumps(_words(300)),
                       address=f'"{lines}"', chamber_address=f'"{lines}"',
                       advisers=names, managing_directors=names, holdings_in_insurers=names,
                       insurer_holdings_in_broker=names, other_benefits=f'"{long}"',
                       market_basis_note=f'"{long}"'))
    for command in (["first-info", "--broker-profile", profile, "--date", "2026-11-25"],
                    [*ADVICE[:-8], "--broker-profile", profile, "--date", "2026-11-25"],
                    [*PDF_ARGS, "--broker-profile", profile],
                    ["waiver", "advice", "--broker-profile", profile, "--client-name", "X",
                     "--date", "2026-11-25"]):
        target = tmp_path / "out.pdf"
        code, _, err = run(*command, "-o", target)
        assert code == 0 and target.read_bytes().startswith(b"%PDF"), err
        target.unlink()


def test_an_activity_of_250_lines_gives_an_advice_record(tmp_path: Path) -> None:
    from pypdf import PdfReader

    target = tmp_path / "advice.pdf"
    code, _, err = run(*ADVICE, "--activity", "Software\n" * 55, "-o", target)
    assert code == 0, err
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert text.count("Software") >= 55
    code, _, err = run(*ADVICE, "--activity", "a\n" * 250, "-o", target)
    assert code == 0, err


# ---------------------------------------------------------------------------------------
# settings files saved by Notepad, or not text at all


def test_a_profile_and_retention_settings_with_a_byte_order_mark_are_read(
        db: Path, tmp_path: Path) -> None:
    from premiumcalc.paths import user_config_dir

    profile = tmp_path / "profile.toml"
    profile.write_bytes(b"\xef\xbb\xbf" + PROFILE.read_bytes())
    settings = user_config_dir() / "retention.toml"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_bytes(b"\xef\xbb\xbf[retention]\noffers = 7\n")
    code, _, err = run("first-info", "--broker-profile", profile, "--date", "2026-11-25",
                       "-o", tmp_path / "first.pdf")
    assert code == 0, err
    _, out, err = run("clients", "show", "K-000001", "--db", db)
    assert "kept until 2033-12-31" in out, err  # Q-2026-000002, sent 2026: 7 years


@pytest.mark.parametrize("content", [b"[broker]\nname = \"\xff\"\n", bytes(range(256)) * 8])
def test_a_profile_or_retention_file_that_is_not_text_is_one_clear_line(
        db: Path, tmp_path: Path, content: bytes) -> None:
    from premiumcalc.paths import user_config_dir

    profile = tmp_path / "profile.toml"
    profile.write_bytes(content)
    code, _, err = run("first-info", "--broker-profile", profile, "--date", "2026-11-25",
                       "-o", tmp_path / "first.pdf")
    assert code == 2 and "the broker profile is not UTF-8 text" in err, err
    settings = user_config_dir() / "retention.toml"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_bytes(content)
    code, _, err = run("clients", "show", "K-000001", "--db", db)
    assert code == 2 and "the retention settings are not UTF-8 text" in err, err


@pytest.mark.parametrize(("insurer", "says"), [
    ("🙂 AG", "cannot print"), ("Alte\nAssekuranz", "more than one line"),
    ("مرحبا", "right-to-left"),
])
def test_a_current_insurer_the_papers_cannot_print_is_refused(
        db: Path, insurer: str, says: str) -> None:
    code, _, err = run("clients", "set", "K-000001", "--current-insurer", insurer, "--db", db)
    assert code == 2 and "current insurer:" in err and says in err, err
    _, out, _ = run("clients", "show", "K-000001", "--format", "json", "--db", db)
    assert json.loads(out)["current_contract"]["insurer"] == ""


def test_a_handover_or_record_without_the_address_of_a_known_client_adds_no_namesake(
        db: Path, tmp_path: Path) -> None:
    clients = client_numbers(db)
    target = tmp_path / "out.pdf"
    argv = [a for a in ADVICE if a not in ("--client-address", "Hafenstraße 1", "24103 Kiel")]
    for command, name, numbers in (
            ([*argv, "--save"], "Müller IT-Beratung GmbH", "K-000001"),
            (["first-info", "--broker-profile", str(PROFILE), "--date", "2026-11-25",
              "--client-name", "Schmidt Digital", "--handed-over", "post", "--save"],
             "Schmidt Digital", "K-000002, K-000003")):
        code, _, err = run(*command, "--db", db, "-o", target)
        assert code == 2 and f"client-address: '{name}' is client {numbers}" in err, err
    assert client_numbers(db) == clients
    code, out, err = run("first-info", "--broker-profile", PROFILE, "--date", "2026-11-25",
                         "--client-name", "Schmidt Digital", "--client-address", "Lübeck",
                         "--handed-over", "post", "--save", "--db", db, "-o", target)
    assert code == 0 and "E-2026-000001" in out, err
    code, out, err = run("first-info", "--broker-profile", PROFILE, "--date", "2026-11-25",
                         "--client-name", "Neu GmbH", "--handed-over", "post", "--save",
                         "--db", db, "-o", target)
    assert code == 0 and "E-2026-000002" in out, err
    assert client_numbers(db) == [*clients, "K-000004"]
