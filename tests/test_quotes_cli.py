"""`premiumcalc quote --save` and `premiumcalc quotes list|show|export`."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from premiumcalc.cli import main
from premiumcalc.paths import user_data_dir

QUOTE = ["quote", "--tariff", "nordlicht-it-2026", "--profession", "software-development",
         "--revenue", "180000", "--cover", "1000000", "--deductible", "500",
         "--module", "general-liability", "--module", "cyber", "--startup", "--term", "3",
         "--payment", "monthly", "--scenario", "lost-client-key"]


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def ok_json(*args: str) -> Any:
    code, out, err = run(*args)
    assert code == 0, err
    return json.loads(out)


def test_save_adds_the_quote_number_to_the_json(tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    plain = ok_json(*QUOTE, "--format", "json")
    saved = ok_json(*QUOTE, "--format", "json", "--save", "--client-name", "Muster GmbH",
                    "--db", db)
    number = saved.pop("quote_number")
    assert number.startswith("Q-") and len(number) == len("Q-2026-000001")
    assert saved == plain
    again = ok_json(*QUOTE, "--format", "json", "--save", "--client-name", "Muster GmbH",
                    "--db", db)
    assert again["quote_number"] != number


def test_save_prints_the_number_under_the_table() -> None:
    code, out, err = run(*QUOTE, "--save", "--client-name", "Muster GmbH",
                         "--client-address", "Kiel")
    assert code == 0, err
    last = out.strip().splitlines()[-1]
    assert last.startswith("Saved as quote Q-")
    assert (user_data_dir() / "quotes.db").is_file()


def test_list_show_and_export(tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    numbers = []
    for client in ("Ärztehaus Nord", "Baumann IT", "Ärzte Süd"):
        numbers.append(ok_json(*QUOTE, "--format", "json", "--lang", "de", "--save",
                               "--client-name", client, "--db", db)["quote_number"])
    listed = ok_json("quotes", "list", "--format", "json", "--db", db)
    assert [q["quote_number"] for q in listed] == numbers[::-1]
    assert {q["gross_annual"] for q in listed} == {"726.65"}
    only = ok_json("quotes", "list", "--client", "ärzte", "--format", "json", "--db", db)
    assert sorted(q["quote_number"] for q in only) == [numbers[0], numbers[2]]

    shown = ok_json("quotes", "show", numbers[1], "--format", "json", "--db", db)
    plain = ok_json(*QUOTE, "--format", "json", "--lang", "de")
    assert {k: shown[k] for k in plain} == plain
    assert shown["quote_number"] == numbers[1]
    assert shown["client"]["name"] == "Baumann IT"
    assert shown["newer_tariff"] is None

    code, table, err = run("quotes", "show", numbers[1], "--db", db)
    assert code == 0, err
    assert numbers[1] in table and "726,65\xa0€" in table

    out_file = tmp_path / "quotes.csv"
    code, _, err = run("quotes", "export", "--format", "csv", "-o", str(out_file), "--db", db)
    assert code == 0, err
    rows = list(csv.DictReader(out_file.open(encoding="utf-8", newline="")))
    assert [r["quote_number"] for r in rows] == numbers
    assert rows[0]["client_name"] == "Ärztehaus Nord"
    assert rows[0]["gross_annual"] == "726.65"
    assert rows[0]["modules"] == "general-liability;cyber"


def test_the_database_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    monkeypatch.setenv("PREMIUMCALC_DATABASE_URL", f"sqlite:///{tmp_path}/office.db")
    ok_json(*QUOTE, "--format", "json", "--save", "--client-name", "A")
    assert (tmp_path / "office.db").is_file()
    assert len(ok_json("quotes", "list", "--format", "json")) == 1


@pytest.mark.parametrize("args, message", [
    (["--save"], "--save needs --client-name"),
    (["--client-name", "A"], "--client-name is only used with --save"),
    (["--save", "--client-name", "A", "--db", "{file}/q.db"], "is a file, not a folder"),
    (["--save", "--client-name", "A", "--db", "{tmp}"], "it is a folder"),
    (["--save", "--client-name", "A", "--db", "mysql://u@h/db"], "unsupported database"),
])
def test_save_errors_are_one_line_with_exit_2(tmp_path: Path, args: list[str],
                                              message: str) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    args = [a.format(file=blocker, tmp=tmp_path) for a in args]
    code, out, err = run(*QUOTE, *args)
    assert code == 2
    assert out == ""
    assert message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_quotes_errors(tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    code, _, err = run("quotes", "show", "Q-2026-999999", "--db", db)
    assert code == 2 and "no saved quote 'Q-2026-999999'" in err
    code, _, err = run("quotes", "--db", db)
    assert code == 2 and "needs an action" in err
    code, out, err = run("quotes", "--db", db, "list", "--format", "json")
    assert (code, out) == (0, "[]\n"), err
    code, _, err = run("quotes")
    assert code == 2 and "list, show, set or export" in err


def test_a_corrupt_database_is_reported_and_set_aside(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    db.write_bytes(b"garbage" * 500)
    code, out, err = run("quotes", "list", "--format", "json", "--db", str(db))
    assert code == 0
    assert json.loads(out) == []
    assert "warning" in err and "q.db.corrupt-" in err
    assert len(list(tmp_path.glob("q.db.corrupt-*"))) == 1


def _imported_modules(*args: str) -> str:
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "premiumcalc", *args],
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stderr


def test_quote_without_save_does_not_load_the_database_library(tmp_path: Path) -> None:
    assert "sqlalchemy" not in _imported_modules(*QUOTE, "--format", "json")
    assert "sqlalchemy" in _imported_modules(*QUOTE, "--save", "--client-name", "A",
                                             "--db", str(tmp_path / "q.db"))


def test_set_status_and_notes(tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    number = ok_json(*QUOTE, "--format", "json", "--save", "--client-name", "A",
                     "--db", db)["quote_number"]
    code, out, err = run("quotes", "set", number, "--status", "sent", "--notes", "by mail",
                         "--db", db)
    assert (code, out) == (0, f"{number}: sent\n"), err
    shown = ok_json("quotes", "show", number, "--format", "json", "--db", db)
    assert (shown["quote_status"], shown["notes"]) == ("sent", "by mail")
    assert ok_json("quotes", "list", "--status", "sent", "--format", "json",
                   "--db", db)[0]["quote_number"] == number
    code, _, err = run("quotes", "set", number, "--status", "lost", "--db", db)
    assert code == 2 and "invalid choice: 'lost'" in err
    code, _, err = run("quotes", "set", number, "--db", db)
    assert code == 2 and "--status and/or --notes" in err


def test_list_and_show_do_not_print_escape_sequences_from_a_client_name(tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    name = "Evil\x1b[2J\x1b]0;owned\x07 Corp\x9b31m"
    saved = ok_json(*QUOTE, "--format", "json", "--save", "--client-name", name, "--db", db)
    number = saved["quote_number"]
    code, listed, err = run("quotes", "list", "--db", db)
    assert code == 0, err
    code, shown, err = run("quotes", "show", number, "--db", db)
    assert code == 0, err
    for text in (listed, shown):
        assert "Evil Corp" in text
        assert not any(ch in text for ch in "\x1b\x07\x9b")
    stored = ok_json("quotes", "show", number, "--db", db, "--format", "json")
    assert stored["client"]["name"] == name  # what was saved is kept exactly


def test_a_saved_quote_and_a_first_information_of_one_client_are_one_client(
        tmp_path: Path) -> None:
    # the address given line by line, as `premiumcalc pdf`, `advice` and `first-info` take it
    db = str(tmp_path / "q.db")
    address = ["--client-address", "Hauptstraße 1", "--client-address", "10115 Berlin"]
    code, _out, err = run(*QUOTE, "--save", "--client-name", "Müller IT-Beratung GmbH",
                          *address, "--db", db)
    assert code == 0, err
    profile = Path(__file__).resolve().parents[1] / "docs" / "sample-broker-profile.toml"
    code, _out, err = run("first-info", "--broker-profile", str(profile), "--lang", "de",
                          "--date", "2026-11-25", "-o", str(tmp_path / "erstinfo.pdf"),
                          "--save", "--client-name", "Müller IT-Beratung GmbH", *address,
                          "--handed-over", "in-person", "--db", db)
    assert code == 0, err
    rows = ok_json("clients", "list", "--format", "json", "--db", db)
    assert [(c["client_number"], c["address"]) for c in rows] == [
        ("K-000001", "Hauptstraße 1\n10115 Berlin")]
