"""The start of cover chooses the tariff version (handbook §11), on the command line, in batch
files, in documents and in the quote store. Figures are the handbook's."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from premiumcalc.cli import main
from premiumcalc.quotes import open_store
from premiumcalc.quotes.connection import resolve_url
from premiumcalc.quotes.schema import SCHEMA_VERSION
from test_quotes_store import db_url, pg_db, pg_url  # noqa: F401 - the SQLite and PostgreSQL fixtures

NORDLICHT = "nordlicht-it-2026"
RHEINAUEN = "rheinauen-digital-2026"
WORKED = [
    "--profession", "software-development", "--revenue", "180000", "--cover", "1000000",
    "--deductible", "500", "--module", "general-liability", "--module", "cyber", "--startup",
    "--term", "3", "--payment", "monthly", "--country", "DE",
]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def quote(*argv: str) -> dict[str, Any]:
    code, out, err = run("quote", "--tariff", NORDLICHT, *WORKED, *argv, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def test_version_2027_01_prices_a_start_in_2027() -> None:
    got = quote("--start", "2027-03-01")
    assert got["start"] == "2027-03-01"
    assert got["tariff"]["version"] == "2027-01"
    assert got["tariff"]["valid_from"] == "2027-01-01" and got["tariff"]["valid_until"] is None
    steps = {w["step"]: w["amount"] for w in got["worksheet"]}
    assert steps == {
        "base": "447.20", "core": "509.81", "module:general-liability": "120.00",
        "module:cyber": "150.00", "subtotal": "779.81", "startup_discount": "116.97",
        "term_discount": "66.28", "net_annual": "596.56", "payment_surcharge": "29.83",
        "insurance_tax": "119.01", "gross_annual": "745.40",
    }
    assert got["premium"]["instalments"] == ["62.19"] + ["62.11"] * 11


def test_version_2026_01_prices_a_start_on_its_last_day() -> None:
    got = quote("--start", "2026-12-31")
    assert got["tariff"]["version"] == "2026-01"
    assert got["tariff"]["valid_until"] == "2026-12-31"
    assert got["premium"]["gross_annual"] == "726.65"


def test_rheinauen_has_no_version_before_february_2026() -> None:
    code, out, err = run("quote", "--tariff", RHEINAUEN, *WORKED, "--start", "2026-01-15")
    assert code == 2 and out == ""
    assert err == ("premiumcalc: error: start: tariff rheinauen-digital-2026 has no version "
                   "valid for a start on 2026-01-15 (2026-02 from 2026-02-01)\n")
    assert quote("--start", "2026-02-01")["premium"]["gross_annual"] == "726.65"


def test_compare_lists_the_tariffs_without_a_valid_version() -> None:
    code, out, err = run("compare", *WORKED, "--start", "2026-01-15", "--format", "json")
    assert code == 0, err
    got = json.loads(out)
    assert [r["tariff"]["id"] for r in got["results"]] == [NORDLICHT]
    assert got["unavailable"] == [{"id": RHEINAUEN, "reason": (
        "tariff rheinauen-digital-2026 has no version valid for a start on 2026-01-15 "
        "(2026-02 from 2026-02-01)")}]
    code, out, _ = run("compare", *WORKED, "--start", "2026-01-15")
    assert code == 0 and "rheinauen-digital-2026 has no version valid" in out


def test_compare_with_no_valid_tariff_is_empty_not_an_error() -> None:
    code, out, _ = run("compare", *WORKED, "--start", "2025-06-01", "--format", "json")
    assert code == 0
    got = json.loads(out)
    assert got["results"] == [] and got["recommended"] is None
    assert [u["id"] for u in got["unavailable"]] == [NORDLICHT, RHEINAUEN]


def test_compare_prices_each_tariff_with_its_version_for_the_start() -> None:
    code, out, _ = run("compare", *WORKED, "--start", "2027-03-01", "--format", "json")
    assert code == 0
    got = {r["tariff"]["id"]: r for r in json.loads(out)["results"]}
    assert got[NORDLICHT]["tariff"]["version"] == "2027-01"
    assert got[NORDLICHT]["premium"]["gross_annual"] == "745.40"
    assert got[RHEINAUEN]["premium"]["gross_annual"] == "841.76"
    assert json.loads(out)["unavailable"] == []


@pytest.mark.parametrize("value", ["2026-13-01", "01.03.2027", "", "2027-02-30", "tomorrow",
                                   "1999-12-31", "2100-01-01", "2027-3-1"])
def test_a_start_that_is_not_an_allowed_date_is_invalid_input(value: str) -> None:
    code, out, err = run("quote", "--tariff", NORDLICHT, *WORKED, "--start", value)
    assert code == 2 and out == ""
    assert err.startswith("premiumcalc: error: start: ") and err.count("\n") == 1


def test_without_start_the_default_is_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREMIUMCALC_TODAY", "2027-06-30")
    got = quote()
    assert got["start"] == "2027-06-30" and got["premium"]["gross_annual"] == "745.40"


def test_a_document_date_is_the_default_start(tmp_path: Path) -> None:
    from pypdf import PdfReader

    pdf = tmp_path / "q.pdf"
    code, _, err = run("pdf", "--tariff", NORDLICHT, *WORKED, "--client-name", "Muster IT",
                       "--date", "2027-03-01", "-o", str(pdf))
    assert code == 0, err
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "745.40" in text or "745,40" in text


# ---------------------------------------------------------------------------------------
# batch


def batch(tmp_path: Path, text: str, encoding: str = "utf-8") -> list[dict[str, Any]]:
    source = tmp_path / "in.csv"
    source.write_bytes(text.encode(encoding))
    code, out, err = run("batch", str(source), "--format", "jsonl")
    assert code in (0, 2), err
    return [json.loads(line) for line in out.splitlines()]


def test_batch_reads_the_optional_start_yes_and_require_columns(tmp_path: Path) -> None:
    header = ("tariff,profession,revenue,cover,deductible,claims,modules,startup,term,payment,"
              "country,scenarios,start,yes,require,ref")
    rows = [
        f"{NORDLICHT},software-development,180000,1000000,500,0,general-liability;cyber,true,3,"
        "monthly,DE,,2027-03-01,,,A-1",
        f"{NORDLICHT},software-development,180000,1000000,500,0,general-liability;cyber,true,3,"
        "monthly,DE,,2026-12-31,,worldwide,A-2",
        f"{RHEINAUEN},software-development,180000,1000000,500,0,,false,1,annual,DE,,2026-01-15,,"
        ",A-3",
        f"{NORDLICHT},software-development,180000,1000000,500,0,,false,1,annual,DE,,,insolvency,"
        ",A-4",
        f"{NORDLICHT},software-development,180000,1000000,500,0,,false,1,annual,DE,,01.03.2027,,"
        ",A-5",
    ]
    got = batch(tmp_path, "\n".join([header, *rows]) + "\n")
    assert [r["row"] for r in got] == [1, 2, 3, 4, 5]
    assert got[0]["premium"]["gross_annual"] == "745.40"
    assert got[1]["premium"]["gross_annual"] == "726.65"
    assert [r["met"] for r in got[1]["requirements"]] == [False]
    assert got[2]["status"] == "invalid" and "no version valid" in got[2]["error"]
    assert got[3]["status"] == "declined" and got[3]["yes"] == ["insolvency"]
    assert got[3]["start"] == "2026-12-01"  # empty: today (the tests' today)
    assert got[4]["status"] == "invalid" and got[4]["error"].startswith("start: ")
    assert all(r["extra"] == {"ref": f"A-{i}"} for i, r in enumerate(got, 1))


def test_a_german_excel_file_may_write_the_start_the_german_way(tmp_path: Path) -> None:
    header = ("tariff;profession;revenue;cover;deductible;claims;modules;startup;term;payment;"
              "country;scenarios;start")
    row = (f'{NORDLICHT};software-development;180.000;1000000;500;0;"general-liability;cyber";'
           "WAHR;3;monthly;DE;;01.03.2027")
    got = batch(tmp_path, "\ufeff" + header + "\r\n" + row + "\r\n")
    assert got[0]["start"] == "2027-03-01"
    assert got[0]["premium"]["gross_annual"] == "745.40"


# ---------------------------------------------------------------------------------------
# the quote store: start saved, quotes of the previous version migrated


def _as_previous_version(url: str) -> None:
    """Turn a database into one written by the previous version: no start anywhere."""
    engine = sa.create_engine(resolve_url(url) if "://" in url else f"sqlite:///{url}")
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_quotes_tariff_start")
        conn.exec_driver_sql("ALTER TABLE quotes DROP COLUMN start_date")
        for qid, text in conn.exec_driver_sql("SELECT quote_id, request_json FROM quote_data"):
            data = json.loads(text)
            data.pop("start", None)
            conn.execute(sa.text("UPDATE quote_data SET request_json = :t WHERE quote_id = :q"),
                         {"t": json.dumps(data), "q": qid})
        conn.exec_driver_sql("UPDATE schema_version SET version = 1")
        conn.exec_driver_sql("UPDATE quotes SET created_at = '2026-06-30T23:30:00+00:00'")
    engine.dispose()


def test_a_store_of_the_previous_version_gets_the_start_of_saving(
        db_url: str) -> None:  # noqa: F811
    code, out, err = run("quote", "--tariff", NORDLICHT, *WORKED, "--start", "2027-03-01",
                         "--save", "--client-name", "Alt GmbH", "--db", db_url, "--format", "json")
    assert code == 0, err
    number = json.loads(out)["quote_number"]
    with open_store(db_url, daily_backup=False) as store:
        before = store.get(number)
    _as_previous_version(db_url)
    with open_store(db_url, daily_backup=False) as store:
        after = store.get(number)
        # nothing saved is changed: the request and the result stay as stored
        assert after.outcome == before.outcome
        assert "start" not in after.request
        assert after.number == number and after.client_name == "Alt GmbH"
        import datetime as dt

        local = dt.datetime.fromisoformat("2026-06-30T23:30:00+00:00").astimezone().date()
        assert after.quote_request().start == local
    engine = sa.create_engine(resolve_url(db_url) if "://" in db_url else f"sqlite:///{db_url}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT start_date FROM quotes").scalar() == local.isoformat()
        assert conn.exec_driver_sql("SELECT version FROM schema_version").scalar() == \
            SCHEMA_VERSION
    engine.dispose()


def test_a_saved_quote_keeps_its_start(db_url: str) -> None:  # noqa: F811
    code, out, err = run("quote", "--tariff", NORDLICHT, *WORKED, "--start", "2027-03-01",
                         "--save", "--client-name", "Neu GmbH", "--db", db_url, "--format", "json")
    assert code == 0, err
    number = json.loads(out)["quote_number"]
    with open_store(db_url, daily_backup=False) as store:
        saved = store.get(number)
    assert saved.request["start"] == "2027-03-01"
    assert saved.outcome["tariff"]["version"] == "2027-01"
    assert saved.gross_annual is not None and str(saved.gross_annual) == "745.40"
    code, out, _ = run("quotes", "show", number, "--db", db_url, "--format", "json")
    assert code == 0 and json.loads(out)["start"] == "2027-03-01"


def test_sqlite_file_of_the_previous_version_is_migrated_in_place(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    code, _, err = run("quote", "--tariff", NORDLICHT, *WORKED, "--save", "--client-name", "X",
                       "--db", str(db))
    assert code == 0, err
    _as_previous_version(str(db))
    code, _, _ = run("quotes", "list", "--db", str(db), "--format", "json")
    assert code == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT start_date FROM quotes").fetchone()[0] is not None


# ---------------------------------------------------------------------------------------
# handbook §16: the broker's own damage, the client's activity and staff


def test_a_scenario_with_the_brokers_damage() -> None:
    got = quote("--scenario", "lost-client-key=120000", "--scenario", "typo-in-price",
                "--scenario", "lost-client-key=120000")
    key, typo = got["scenarios"]
    assert key == {"id": "lost-client-key", "damage": "120000.00", "covered": True,
                   "part": "general-liability", "limit": "100000.00", "deductible": "500.00",
                   "payout": "99500.00", "hint": None}
    assert typo["damage"] == "14000.00" and typo["payout"] == "13500.00"


@pytest.mark.parametrize(("argv", "field"), [
    (["--scenario", "lost-client-key=120000", "--scenario", "lost-client-key=1"], "scenarios"),
    (["--scenario", "lost-client-key=1e5"], "scenarios lost-client-key"),
    (["--scenario", "lost-client-key=1000000000000.01"], "scenarios lost-client-key"),
    (["--scenario", "lost-client-key=-5"], "scenarios lost-client-key"),
    (["--staff", "100001"], "staff"),
    (["--staff", "3.5"], "staff"),
    (["--activity", "x" * 501], "activity"),
])
def test_bad_scenario_damage_staff_and_activity(argv: list[str], field: str) -> None:
    code, out, err = run("quote", "--tariff", NORDLICHT, *WORKED, *argv)
    assert code == 2 and out == ""
    assert err.startswith(f"premiumcalc: error: {field}: ") and err.count("\n") == 1


def test_activity_and_staff_are_taken_but_not_priced() -> None:
    plain = quote()
    got = quote("--activity", "Online shops for craftsmen", "--staff", "100000",
                "--scenario", "lost-client-key=1000000000000")
    assert got["premium"] == plain["premium"]
    assert got["scenarios"][0]["damage"] == "1000000000000.00"


def test_batch_csv_output_names_start_answers_and_requirements(tmp_path: Path) -> None:
    import csv

    source = tmp_path / "in.csv"
    source.write_text(
        "tariff,profession,revenue,cover,deductible,claims,modules,startup,term,payment,"
        "country,scenarios,start,yes,require\n"
        f"{NORDLICHT},software-development,180000,1000000,500,0,general-liability;cyber,true,3,"
        "monthly,DE,,2027-03-01,us-canada-business,gl-limit=5000000;worldwide\n",
        encoding="utf-8")
    code, out, err = run("batch", str(source), "--format", "csv")
    assert code == 0, err
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert row["start"] == "2027-03-01"
    assert row["yes"] == "us-canada-business"
    assert row["status"] == "referred"  # without worldwide, handbook §14
    assert row["requirements"] == "gl-limit:not met;worldwide:not met"
    assert row["meets_all"] == "false"


def test_the_quote_pdf_shows_the_brokers_damage_of_a_scenario(tmp_path: Path) -> None:
    from pypdf import PdfReader

    pdf = tmp_path / "q.pdf"
    code, _, err = run("pdf", "--tariff", NORDLICHT, *WORKED, "--client-name", "Muster IT",
                       "--scenario", "lost-client-key=120000", "--lang", "de",
                       "--date", "2026-12-01", "-o", str(pdf))
    assert code == 0, err
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    # handbook §16: damage 120,000, limit 100,000, payout 99,500
    assert "120.000,00 €" in text and "99.500,00 €" in text
    assert "1.400,00 €" not in text
