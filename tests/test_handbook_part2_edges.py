"""Handbook Part II at its edges: the §16 limits (the largest value allowed, one beyond it),
a scenario named twice, the start on the days a version begins or ends (§11), and the
risk-question rules the generated requests reach only rarely (§14, §15).

Every expected figure is the handbook's or the independent reference's (``handbook_part2``).
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest

import handbook_part2 as hb2
from handbook import NORDLICHT, RHEINAUEN
from premiumcalc.cli import main

ROOT = Path(__file__).resolve().parents[1]

REQUEST = ["--start", "2026-12-01", "--profession", "software-development",
           "--revenue", "180000", "--cover", "1000000", "--deductible", "500"]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def quote(*extra: str, tariff: str = NORDLICHT) -> dict[str, Any]:
    code, out, err = run("quote", "--tariff", tariff, *REQUEST, *extra, "--format", "json")
    assert code == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


@pytest.mark.parametrize(("largest", "beyond", "field"), [
    (["--revenue", "999999999999.99"], ["--revenue", "1000000000000.00"], "revenue"),
    (["--claims", "99"], ["--claims", "100"], "claims"),
    (["--require", "pi-limit=1000000000000"], ["--require", "pi-limit=1000000000001"],
     "require"),
    (["--scenario", "typo-in-price=1000000000000"],
     ["--scenario", "typo-in-price=1000000000000.01"], "scenario"),
    (["--staff", "100000"], ["--staff", "100001"], "staff"),
    (["--activity", "x" * 500], ["--activity", "x" * 501], "activity"),
])
def test_section_16_limits(largest: list[str], beyond: list[str], field: str) -> None:
    assert run("quote", "--tariff", NORDLICHT, *REQUEST, *largest, "--format", "json")[0] == 0
    code, out, err = run("quote", "--tariff", NORDLICHT, *REQUEST, *beyond, "--format", "json")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and field in err
    assert "Traceback" not in err


def test_revenue_at_its_limit_is_referred_not_invalid() -> None:
    got = quote("--revenue", "999999999999.99")
    assert (got["status"], got["reason_codes"]) == ("referred", ["revenue-referred"])


@pytest.mark.parametrize("second", ["typo-in-price=5.00", "typo-in-price=5.0",
                                    "typo-in-price=005"])
def test_a_scenario_named_twice_with_the_same_damage_counts_once(second: str) -> None:
    """§10/§16: a scenario named twice counts once; only different amounts are invalid.
    5, 5.0 and 5.00 are one amount (amounts are written like revenue)."""
    got = quote("--scenario", "typo-in-price=5", "--scenario", second)
    assert got["scenarios"] == [
        {"id": "typo-in-price", "damage": "5.00", "covered": True,
         "part": "professional-indemnity", "limit": "1000000.00", "deductible": "500.00",
         "payout": "0.00", "hint": None}]


def test_a_scenario_named_twice_with_different_damages_is_invalid() -> None:
    code, out, err = run("quote", "--tariff", NORDLICHT, *REQUEST, "--scenario",
                         "typo-in-price=5", "--scenario", "typo-in-price=5.01")
    assert (code, out) == (2, "")
    assert "typo-in-price" in err and err.count("\n") == 1


def test_batch_scenarios_named_twice_with_the_same_damage(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text(
        "tariff,profession,revenue,cover,deductible,claims,modules,startup,term,payment,"
        "country,scenarios,start\n"
        f"{NORDLICHT},software-development,180000,1000000,500,0,,false,1,annual,DE,"
        "\"lost-client-key=1400;lost-client-key=1400.00\",2026-12-01\n", encoding="utf-8")
    code, out, err = run("batch", str(src), "--format", "jsonl")
    assert code == 0, out + err
    row = json.loads(out.splitlines()[0])
    assert [(s["id"], s["damage"]) for s in row["scenarios"]] == [("lost-client-key", "1400.00")]


@pytest.mark.parametrize(("start", "version", "base"), [
    ("2026-01-01", "2026-01", "430.00"), ("2026-12-31", "2026-01", "430.00"),
    ("2027-01-01", "2027-01", "447.20"), ("2099-12-31", "2027-01", "447.20"),
])
def test_nordlicht_version_on_its_first_and_last_day(start: str, version: str,
                                                     base: str) -> None:
    code, out, err = run("quote", "--tariff", NORDLICHT, *REQUEST, "--start", start,
                         "--format", "json")
    assert code == 0, err
    got = json.loads(out)
    assert (got["start"], got["tariff"]["version"], got["premium"]["base"]) == \
        (start, version, base)


@pytest.mark.parametrize(("start", "available"), [
    ("2026-01-31", False), ("2026-02-01", True), ("2000-01-01", False)])
def test_rheinauen_not_before_february_2026(start: str, available: bool) -> None:
    code, out, err = run("compare", *REQUEST, "--start", start, "--format", "json")
    assert code == 0, err
    got = json.loads(out)
    ids = [r["tariff"]["id"] for r in got["results"]]
    assert (RHEINAUEN in ids) is available
    unavailable = [u["id"] for u in got["unavailable"]]
    if start == "2000-01-01":
        # no tariff valid: no results, exit code 0
        assert got["results"] == [] and got["recommended"] is None
        assert unavailable == [NORDLICHT, RHEINAUEN]
    else:
        assert unavailable == ([] if available else [RHEINAUEN])


def test_nordlicht_us_canada_with_worldwide_has_no_effect_rheinauen_declines() -> None:
    """§14: Nordlicht refers a "yes" unless worldwide is selected; Rheinauen declines it
    also with its worldwide module; decline wins over the other answers' referrals."""
    n = quote("--yes", "us-canada-business", "--module", "worldwide")
    assert (n["status"], n["reason_codes"]) == ("quoted", [])
    r = quote("--yes", "known-circumstances", "--yes", "us-canada-business",
              "--module", "worldwide", tariff=RHEINAUEN)
    assert r["status"] == "declined"
    assert r["reason_codes"] == ["question-known-circumstances", "question-us-canada-business"]
    assert r["reasons"] == ["known circumstances must be assessed by an underwriter",
                            "business in the USA or Canada is not insured"]


def test_question_codes_come_after_part_one_codes_in_catalogue_order() -> None:
    got = quote("--claims", "2", "--cover", "5000000", "--yes", "insolvency",
                "--yes", "known-circumstances", tariff=RHEINAUEN)
    assert got["status"] == "declined"
    assert got["reason_codes"] == ["cover-declined", "claims-referred",
                                   "question-known-circumstances", "question-insolvency"]
    assert got["yes"] == ["known-circumstances", "insolvency"]


def test_requirements_of_a_referred_outcome_take_the_coverage_and_give_no_hint() -> None:
    """§15: ``offered`` comes from the coverage also when not quoted; ``met`` is false; the
    hint is only given where selecting the module would meet the requirement (a referred
    outcome meets none)."""
    got = quote("--yes", "us-canada-business", "--require", "worldwide",
                "--require", "prior-acts-months=600", "--require", "run-off-years=5",
                "--require", "contractual-penalties=50000", "--require", "max-gross=100000")
    assert got["status"] == "referred"
    assert got["requirements"] == [
        {"id": "worldwide", "required": None, "offered": False, "met": False, "hint": None},
        {"id": "prior-acts-months", "required": 600, "offered": "unlimited", "met": False,
         "hint": None},
        {"id": "run-off-years", "required": 5, "offered": 5, "met": False, "hint": None},
        {"id": "contractual-penalties", "required": "50000.00", "offered": "50000.00",
         "met": False, "hint": None},
        {"id": "max-gross", "required": "100000.00", "offered": None, "met": False,
         "hint": None},
    ]
    assert got["meets_all"] is False


def test_rheinauen_states_no_contractual_penalty_cover() -> None:
    got = quote("--require", "contractual-penalties=0", "--require", "prior-acts-months=61",
                "--require", "delay-sublimit=100000", tariff=RHEINAUEN)
    assert got["status"] == "quoted"
    assert got["requirements"] == [
        {"id": "contractual-penalties", "required": "0.00", "offered": None, "met": False,
         "hint": None},
        {"id": "prior-acts-months", "required": 61, "offered": 60, "met": False, "hint": None},
        {"id": "delay-sublimit", "required": "100000.00", "offered": "100000.00", "met": True,
         "hint": None},
    ]


def test_the_reference_agrees_with_the_section_11_worked_example() -> None:
    """The reference itself reproduces §11's figures (so a wrong reference cannot hide)."""
    req = {"tariff": NORDLICHT, "profession": "software-development", "revenue": "180000",
           "cover": 1000000, "deductible": 500, "claims": 0,
           "modules": ["general-liability", "cyber"], "startup": True, "term": 3,
           "payment": "monthly", "country": "DE", "start": dt.date(2027, 3, 1)}
    got = hb2.expected(req)
    assert got["version"] == "2027-01"
    assert got["premium"]["gross_annual"] == "745.40"
    assert got["premium"]["instalments"] == ["62.19"] + ["62.11"] * 11
    assert hb2.expected(dict(req, start=dt.date(2026, 12, 31)))["premium"]["gross_annual"] \
        == "726.65"
    assert hb2.expected(dict(req, tariff=RHEINAUEN, start=dt.date(2026, 1, 31)))["unavailable"]


def test_no_version_names_every_period_in_words() -> None:
    """§11: one line naming the start and the versions with their periods, worded as the
    handbook's example ("2026-02 from 2026-02-01"), also for a period with an end."""
    code, out, err = run("quote", "--tariff", NORDLICHT, *REQUEST, "--start", "2025-12-31")
    assert (code, out) == (2, "")
    assert err == ("premiumcalc: error: start: tariff nordlicht-it-2026 has no version valid "
                   "for a start on 2025-12-31 (2026-01 from 2026-01-01 to 2026-12-31, "
                   "2027-01 from 2027-01-01)\n")


def test_recommended_ties_go_to_the_smaller_tariff_id(tmp_path: Path) -> None:
    """§10 and §15: equal gross premiums are ordered by tariff id, and the recommended tariff
    of a tie is the one with the smaller id. Two broker files with Rheinauen's rules under
    other ids price exactly as Rheinauen."""
    bundled = (ROOT / "resources" / "tariffs" / "rheinauen-digital-2026.toml").read_text(
        encoding="utf-8")
    for new_id in ("aa-rheinauen-copy", "zz-rheinauen-copy"):
        text = bundled.replace('\nid = "rheinauen-digital-2026"', f'\nid = "{new_id}"', 1)
        assert text != bundled
        (tmp_path / f"{new_id}.toml").write_text(text, encoding="utf-8")
    code, out, err = run("compare", "--tariff-dir", str(tmp_path), *REQUEST,
                         "--require", "gl-limit=5000000", "--format", "json")
    assert code == 0, err
    got = json.loads(out)
    rheinauen = hb2.expected({
        "tariff": RHEINAUEN, "start": dt.date(2026, 12, 1), "profession": "software-development",
        "revenue": "180000", "cover": 1000000, "deductible": 500})["premium"]["gross_annual"]
    assert [(r["tariff"]["id"], r["premium"]["gross_annual"], r["meets_all"])
            for r in got["results"][1:]] == [
        ("aa-rheinauen-copy", rheinauen, True), (RHEINAUEN, rheinauen, True),
        ("zz-rheinauen-copy", rheinauen, True)]
    # Nordlicht is cheaper but has no general liability in the cover
    assert got["results"][0]["tariff"]["id"] == NORDLICHT
    assert got["results"][0]["meets_all"] is False
    assert got["recommended"] == "aa-rheinauen-copy"


def test_question_codes_after_compare_not_offered_codes(tmp_path: Path) -> None:
    """§14: question codes come after every other code, also compare's ``*-not-offered``; a
    tariff that states no rule for a question (file format 1) refers a "yes" with "this
    tariff does not assess this question"."""
    text = (ROOT / "tests" / "data" / "format-one-tariff.toml").read_text(encoding="utf-8")
    only_de = text.replace('rates = { DE = "0.19", AT = "0.11" }', 'rates = { DE = "0.19" }')
    assert only_de != text
    (tmp_path / "only-de.toml").write_text(only_de, encoding="utf-8")
    code, out, err = run("compare", "--tariff-dir", str(tmp_path), *REQUEST, "--country", "AT",
                         "--claims", "2", "--yes", "insolvency", "--format", "json")
    assert code == 0, err
    results = {r["tariff"]["id"]: r for r in json.loads(out)["results"]}
    one = results["format-one-sample"]
    assert one["status"] == "declined"
    assert one["reason_codes"] == ["claims-referred", "country-not-offered",
                                   "question-insolvency"]
    assert one["reasons"][-1] == "this tariff does not assess this question"
    for tariff in (NORDLICHT, RHEINAUEN):
        assert results[tariff]["reason_codes"] == ["claims-referred", "question-insolvency"]
        assert results[tariff]["status"] == "declined"


def test_format_one_refers_every_yes_and_states_nothing_of_section_13(tmp_path: Path) -> None:
    (tmp_path / "one.toml").write_bytes((ROOT / "tests" / "data" /
                                         "format-one-tariff.toml").read_bytes())
    code, out, err = run("quote", "--tariff-dir", str(tmp_path), "--tariff", "format-one-sample",
                         *REQUEST, "--module", "general-liability", "--yes", "insolvency",
                         "--yes", "us-canada-business", "--module", "worldwide",
                         "--require", "prior-acts-months=1", "--require", "pi-aggregate=1",
                         "--format", "json")
    assert code == 0, err
    got = json.loads(out)
    assert got["status"] == "referred"
    assert got["reason_codes"] == ["question-us-canada-business", "question-insolvency"]
    assert [r["offered"] for r in got["requirements"]] == ["not-stated", "not-stated"]
    coverage = got["coverage"]
    assert (coverage["conditions"], coverage["prior_acts_months"],
            coverage["run_off_years"]) == ("not-stated",) * 3
