"""Recording the handover of the first information (§ 15 VersVermV): to which client, when
and how, with the profile it was made from; the command without --save works as before."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from premiumcalc.cli import main
from premiumcalc.quotes import advice_records as ar
from premiumcalc.quotes import open_store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "docs" / "sample-broker-profile.toml"


def run(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()


def first_info(tmp_path: Path, *extra: str) -> tuple[int, str, str]:
    return run("first-info", "--broker-profile", SAMPLE, "--lang", "de", "--date", "2026-11-25",
               "-o", tmp_path / "erstinfo.pdf", *extra)


def test_the_handover_is_recorded_with_the_document_and_the_profile(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    code, out, err = first_info(tmp_path, "--client-name", "Schmidt Digital",
                                "--client-address", "Am Markt 3", "--client-address",
                                "04109 Leipzig", "--handed-over", "post", "--time", "10:30",
                                "--save", "--db", str(db))
    assert code == 0, err
    assert "E-2026-000001" in out and "post" in out
    with open_store(db, daily_backup=False) as store:
        [handover] = ar.list_first_information(store, client_name="Schmidt Digital")
        assert handover.handed_over_at == "2026-11-25T10:30"
        assert handover.client_address == "Am Markt 3\n04109 Leipzig"
        assert handover.how == "post"
        assert handover.profile["register_number"] == "D-W6DP-J2OWG-88"
        assert ar.first_information_pdf(store, handover.number) == \
            (tmp_path / "erstinfo.pdf").read_bytes()


def test_without_save_nothing_is_recorded_and_the_document_is_the_same(tmp_path: Path) -> None:
    code, out, err = first_info(tmp_path)
    assert code == 0, err
    assert out.strip().endswith("first information")
    plain = (tmp_path / "erstinfo.pdf").read_bytes()
    code, _, err = first_info(tmp_path, "--client-name", "X", "--handed-over", "in-person",
                              "--save", "--db", str(tmp_path / "q.db"))
    assert code == 0, err
    assert (tmp_path / "erstinfo.pdf").read_bytes() == plain


@pytest.mark.parametrize(("extra", "named"), [
    (["--handed-over", "post"], "--handed-over is only used with --save"),
    (["--save", "--handed-over", "post"], "client-name"),
    (["--save", "--client-name", "X"], "handed-over"),
    (["--save", "--client-name", "X", "--handed-over", "fax"], "--handed-over"),
    (["--save", "--client-name", "X", "--handed-over", "post", "--time", "24:00"], "--time"),
])
def test_bad_handover_options_are_refused_in_one_line(tmp_path: Path, extra: list[str],
                                                      named: str) -> None:
    db = ["--db", str(tmp_path / "q.db")] if "--save" in extra else []
    code, _, err = first_info(tmp_path, *extra, *db)
    assert code == 2
    assert err.count("\n") == 1 and named in err
    assert not (tmp_path / "q.db").exists()


def test_quotes_show_lists_the_clients_advice_records_and_handovers(tmp_path: Path) -> None:
    db = str(tmp_path / "quotes.db")
    code, out, err = run("quote", "--tariff", "nordlicht-it-2026", "--profession",
                         "software-development", "--revenue", "180000", "--cover", "1000000",
                         "--deductible", "500", "--save", "--client-name", "Schmidt Digital",
                         "--db", db)
    assert code == 0, err
    number = out.strip().split()[-1]
    assert first_info(tmp_path, "--client-name", "Schmidt Digital", "--handed-over",
                      "in-person", "--save", "--db", db)[0] == 0
    with open_store(db, daily_backup=False) as store:
        ar.save_advice_record(store, pdf=b"%PDF-1.4 x", inputs={}, client_name="Schmidt Digital",
                              advice_at="2026-11-25T14:00", channel="video",
                              quote_numbers=[number])
        ar.save_advice_record(store, pdf=b"%PDF-1.4 y", inputs={}, client_name="Schmidt Digital",
                              advice_at="2026-11-26T09:00", channel="telephone")
    code, out, err = run("quotes", "show", number, "--db", db)
    assert code == 0, err
    assert "B-2026-000001  2026-11-25T14:00  video" in out
    assert "B-2026-000002  2026-11-26T09:00  telephone" in out
    assert "E-2026-000001  2026-11-25  in-person" in out
    code, out, err = run("quotes", "show", number, "--db", db, "--format", "json")
    data = json.loads(out)["advice_records"]
    assert [r["record_number"] for r in data["of_quote"]] == ["B-2026-000001"]
    assert [r["record_number"] for r in data["of_client"]] == ["B-2026-000002"]
    assert [h["handover_number"] for h in data["first_information"]] == ["E-2026-000001"]
