"""Handbook Part II §13-§15 through the command line: conditions and aggregates in the
coverage, risk questions, the client's requirements and the recommended tariff.

Every expected figure and text is the handbook's (not computed with the program).
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from premiumcalc.cli import main

NORDLICHT = "nordlicht-it-2026"
RHEINAUEN = "rheinauen-digital-2026"

#: The §8 request, without the tariff.
REQUEST = [
    "--profession", "software-development", "--revenue", "180000", "--cover", "1000000",
    "--deductible", "500", "--module", "general-liability", "--module", "cyber", "--startup",
    "--term", "3", "--payment", "monthly", "--country", "DE",
]
PLAIN = ["--profession", "software-development", "--revenue", "180000", "--cover", "1000000",
         "--deductible", "500"]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def json_of(command: str, *argv: str) -> dict[str, Any]:
    code, out, err = run(command, *argv, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def by_id(compare: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["tariff"]["id"]: r for r in compare["results"]}


# ---------------------------------------------------------------------------------------
# §15 example


def test_requirements_example_without_worldwide() -> None:
    got = json_of("compare", *REQUEST, "--require", "gl-limit=5000000", "--require", "worldwide")
    results = by_id(got)
    n, r = results[NORDLICHT], results[RHEINAUEN]
    assert n["premium"]["gross_annual"] == "726.65"
    assert n["requirements"] == [
        {"id": "gl-limit", "required": "5000000.00", "offered": "3000000.00", "met": False,
         "hint": None},
        {"id": "worldwide", "required": None, "offered": False, "met": False,
         "hint": {"module": "worldwide", "price": "122.55"}},
    ]
    assert r["premium"]["gross_annual"] == "841.76"
    assert r["requirements"] == [
        {"id": "gl-limit", "required": "5000000.00", "offered": "5000000.00", "met": True,
         "hint": None},
        {"id": "worldwide", "required": None, "offered": False, "met": False,
         "hint": {"module": "worldwide", "price": "177.51"}},
    ]
    assert n["meets_all"] is False and r["meets_all"] is False
    assert got["recommended"] is None


def test_requirements_example_with_worldwide_recommends_rheinauen() -> None:
    got = json_of("compare", *REQUEST, "--module", "worldwide",
                  "--require", "gl-limit=5000000", "--require", "worldwide")
    results = by_id(got)
    assert results[NORDLICHT]["premium"]["gross_annual"] == "843.81"
    assert [x["met"] for x in results[NORDLICHT]["requirements"]] == [False, True]
    assert results[RHEINAUEN]["premium"]["gross_annual"] == "1021.41"
    assert [x["met"] for x in results[RHEINAUEN]["requirements"]] == [True, True]
    assert results[RHEINAUEN]["meets_all"] is True
    assert got["recommended"] == RHEINAUEN


def test_without_requirements_the_cheapest_quoted_is_recommended() -> None:
    got = json_of("compare", *REQUEST)
    assert got["recommended"] == NORDLICHT  # 726.65 against 841.76
    for result in got["results"]:
        assert result["requirements"] == [] and result["meets_all"] is True


def test_nothing_quoted_means_no_recommendation() -> None:
    got = json_of("compare", *PLAIN, "--yes", "insolvency")
    assert got["recommended"] is None
    assert all(r["meets_all"] is False for r in got["results"])


def test_recommendation_tie_goes_to_the_smaller_tariff_id(tmp_path: Any) -> None:
    from pathlib import Path

    from premiumcalc.paths import resource

    source = Path(resource("tariffs")) / f"{NORDLICHT}.toml"
    twin = source.read_text(encoding="utf-8").replace(
        f'id = "{NORDLICHT}"', 'id = "aaa-twin-of-nordlicht"')
    (tmp_path / "twin.toml").write_text(twin, encoding="utf-8")
    got = json_of("compare", *REQUEST, "--tariff-dir", str(tmp_path))
    assert got["recommended"] == "aaa-twin-of-nordlicht"


@pytest.mark.parametrize(
    ("requirement", "tariff", "modules", "offered", "met", "hint"),
    [
        # pi-limit: cover 1,000,000
        ("pi-limit=1000000", NORDLICHT, [], "1000000.00", True, None),
        ("pi-limit=1000001", NORDLICHT, [], "1000000.00", False, None),
        # annual aggregate: Nordlicht 2 x cover, Rheinauen 3 x cover
        ("pi-aggregate=2000000", NORDLICHT, [], "2000000.00", True, None),
        ("pi-aggregate=2000001", NORDLICHT, [], "2000000.00", False, None),
        ("pi-aggregate=3000000", RHEINAUEN, [], "3000000.00", True, None),
        # general liability: optional at Nordlicht (3,000,000), included at Rheinauen (5,000,000)
        ("gl-limit=3000000", NORDLICHT, [], None, False,
         {"module": "general-liability", "price": "120.00"}),
        ("gl-limit=3000000", NORDLICHT, ["general-liability"], "3000000.00", True, None),
        ("gl-limit=3000001", NORDLICHT, ["general-liability"], "3000000.00", False, None),
        ("gl-limit=5000000", RHEINAUEN, [], "5000000.00", True, None),
        ("keys-sublimit=100000", NORDLICHT, ["general-liability"], "100000.00", True, None),
        ("keys-sublimit=100000", RHEINAUEN, [], "50000.00", False, None),
        ("keys-sublimit=50000", NORDLICHT, [], None, False,
         {"module": "general-liability", "price": "120.00"}),
        # cyber: Nordlicht 250,000 for round2(0.20 x 490.20) = 98.04, at least 150.00
        ("cyber-limit=250000", NORDLICHT, [], None, False, {"module": "cyber", "price": "150.00"}),
        ("cyber-limit=250000", NORDLICHT, ["cyber"], "250000.00", True, None),
        ("cyber-limit=100001", RHEINAUEN, [], None, False, None),
        ("cyber-limit=100000", RHEINAUEN, [], None, False, {"module": "cyber", "price": "240.00"}),
        # delay damages: Nordlicht optional 250,000 (band 2: 50.00), Rheinauen included 100,000
        ("delay-sublimit=250000", NORDLICHT, [], None, False,
         {"module": "delay-damages", "price": "50.00"}),
        ("delay-sublimit=100000", RHEINAUEN, [], "100000.00", True, None),
        ("delay-sublimit=100001", RHEINAUEN, [], "100000.00", False, None),
        ("worldwide", NORDLICHT, ["worldwide"], True, True, None),
        ("worldwide", RHEINAUEN, [], False, False, {"module": "worldwide", "price": "177.51"}),
        # contractual penalties: Nordlicht 50,000, Rheinauen not covered
        ("contractual-penalties=50000", NORDLICHT, [], "50000.00", True, None),
        ("contractual-penalties=50001", NORDLICHT, [], "50000.00", False, None),
        ("contractual-penalties=1", RHEINAUEN, [], None, False, None),
        # prior acts: Nordlicht unlimited, Rheinauen 60 months
        ("prior-acts-months=600", NORDLICHT, [], "unlimited", True, None),
        ("prior-acts-months=60", RHEINAUEN, [], 60, True, None),
        ("prior-acts-months=61", RHEINAUEN, [], 60, False, None),
        # run-off: Nordlicht 5 years, Rheinauen 3
        ("run-off-years=5", NORDLICHT, [], 5, True, None),
        ("run-off-years=4", RHEINAUEN, [], 3, False, None),
        # deductible 500 chosen
        ("max-deductible=500", NORDLICHT, [], "500.00", True, None),
        ("max-deductible=499", RHEINAUEN, [], "500.00", False, None),
        # budget: Nordlicht plain request (annual, term 1, DE): 490.20 net + 19 % = 583.34
        ("max-gross=583", NORDLICHT, [], "583.34", False, None),
        ("max-gross=584", NORDLICHT, [], "583.34", True, None),
    ],
)
def test_every_requirement_met_and_not_met(requirement: str, tariff: str, modules: list[str],
                                           offered: Any, met: bool, hint: Any) -> None:
    args = [*PLAIN, "--tariff", tariff, "--require", requirement]
    for m in modules:
        args += ["--module", m]
    got = json_of("quote", *args)
    assert got["status"] == "quoted"
    [result] = got["requirements"]
    assert result["offered"] == offered
    assert result["met"] is met
    assert result["hint"] == hint
    assert got["meets_all"] is met


def test_requirements_of_a_declined_request_are_never_met() -> None:
    got = json_of("quote", "--tariff", RHEINAUEN, "--profession", "software-development",
                  "--revenue", "180000", "--cover", "5000000", "--deductible", "500",
                  "--require", "pi-limit=5000000", "--require", "max-gross=100000")
    assert got["status"] == "declined"
    assert got["requirements"] == [
        {"id": "pi-limit", "required": "5000000.00", "offered": "5000000.00", "met": False,
         "hint": None},
        {"id": "max-gross", "required": "100000.00", "offered": None, "met": False,
         "hint": None},
    ]
    assert got["meets_all"] is False


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (["--require", "gl-limit"], "require"),
        (["--require", "worldwide=1"], "require"),
        (["--require", "no-such-thing=5"], "require"),
        (["--require", "gl-limit=5", "--require", "gl-limit=6"], "require"),
        (["--require", "gl-limit=1000000000001"], "require"),
        (["--require", "gl-limit=1e6"], "require"),
        (["--require", "gl-limit=-5"], "require"),
        (["--yes", "no-such-question"], "yes"),
        (["--yes", ""], "yes"),
    ],
)
def test_bad_requirements_and_answers_are_invalid_input(argv: list[str], field: str) -> None:
    code, out, err = run("quote", "--tariff", NORDLICHT, *PLAIN, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"{field}:" in err


# ---------------------------------------------------------------------------------------
# §14 risk questions


@pytest.mark.parametrize(
    ("question", "nordlicht", "rheinauen"),
    [
        ("known-circumstances",
         ("referred", "known circumstances must be assessed by an underwriter"),
         ("referred", "known circumstances must be assessed by an underwriter")),
        ("us-canada-business",
         ("referred", "business in the USA or Canada needs the worldwide module"),
         ("declined", "business in the USA or Canada is not insured")),
        ("insurance-refused",
         ("referred", "a previous refusal or cancellation must be assessed"),
         ("declined", "a previous refusal or cancellation is not insured")),
        ("insolvency",
         ("declined", "insolvency is not insured"),
         ("declined", "insolvency is not insured")),
    ],
)
def test_every_question_rule_of_both_tariffs(question: str, nordlicht: tuple[str, str],
                                             rheinauen: tuple[str, str]) -> None:
    results = by_id(json_of("compare", *REQUEST, "--yes", question))
    for tariff, (status, text) in ((NORDLICHT, nordlicht), (RHEINAUEN, rheinauen)):
        got = results[tariff]
        assert got["status"] == status
        assert got["reason_codes"] == [f"question-{question}"]
        assert got["reasons"] == [text]
        assert got["premium"] is None and got["worksheet"] == []
        assert got["yes"] == [question]


def test_us_canada_business_has_no_effect_at_nordlicht_with_worldwide() -> None:
    results = by_id(json_of("compare", *REQUEST, "--module", "worldwide",
                            "--yes", "us-canada-business"))
    assert results[NORDLICHT]["status"] == "quoted"
    assert results[NORDLICHT]["premium"]["gross_annual"] == "843.81"
    assert results[NORDLICHT]["reason_codes"] == []
    # Rheinauen declines it also with its worldwide module
    assert results[RHEINAUEN]["status"] == "declined"
    assert results[RHEINAUEN]["reason_codes"] == ["question-us-canada-business"]


def test_question_reasons_come_last_in_catalogue_order() -> None:
    got = json_of("quote", "--tariff", NORDLICHT, "--profession", "weapons-systems",
                  "--revenue", "3000000.01", "--cover", "1000000", "--deductible", "500",
                  "--claims", "2", "--yes", "insolvency", "--yes", "known-circumstances")
    assert got["reason_codes"] == [
        "profession-declined", "revenue-referred", "claims-referred",
        "question-known-circumstances", "question-insolvency",
    ]
    assert got["status"] == "declined"
    assert got["yes"] == ["known-circumstances", "insolvency"]


def test_question_reasons_follow_not_offered_reasons_in_compare() -> None:
    results = by_id(json_of("compare", *PLAIN, "--deductible", "500", "--term", "3",
                            "--cover", "5000000", "--yes", "known-circumstances"))
    assert results[RHEINAUEN]["reason_codes"] == ["cover-declined", "question-known-circumstances"]


def test_a_referring_question_does_not_outrank_a_decline() -> None:
    got = json_of("quote", "--tariff", RHEINAUEN, *PLAIN, "--cover", "5000000",
                  "--yes", "known-circumstances")
    assert got["status"] == "declined"


def test_a_declining_question_outranks_a_referral() -> None:
    got = json_of("quote", "--tariff", NORDLICHT, *PLAIN, "--claims", "2",
                  "--yes", "insolvency")
    assert got["status"] == "declined"
    assert got["reason_codes"] == ["claims-referred", "question-insolvency"]


def test_german_reason_text_of_a_question() -> None:
    got = json_of("quote", "--tariff", RHEINAUEN, *PLAIN, "--yes", "insolvency", "--lang", "de")
    assert got["reasons"] == ["Insolvenz ist nicht versichert"]


def test_a_tariff_without_a_rule_refers_a_yes(tmp_path: Any) -> None:
    from pathlib import Path

    from premiumcalc.paths import resource

    text = (Path(resource("tariffs")) / f"{RHEINAUEN}.toml").read_text(encoding="utf-8")
    start = text.index("[questions.insolvency]")
    end = text.index("[[modules]]", start)
    (tmp_path / "no-insolvency-rule.toml").write_text(
        text[:start] + text[end:], encoding="utf-8")
    got = json_of("quote", "--tariff", RHEINAUEN, *PLAIN, "--yes", "insolvency",
                  "--tariff-dir", str(tmp_path))
    assert got["status"] == "referred"
    assert got["reasons"] == ["this tariff does not assess this question"]


def test_every_answer_no_gives_part_one() -> None:
    got = json_of("quote", "--tariff", NORDLICHT, *REQUEST)
    assert got["yes"] == []
    assert got["premium"]["gross_annual"] == "726.65"


# ---------------------------------------------------------------------------------------
# §13 conditions and aggregates


def coverage(tariff: str, *extra: str) -> dict[str, Any]:
    data = json_of("quote", "--tariff", tariff, *REQUEST, *extra)
    return data["coverage"]


def parts(cov: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["part"]: c for c in cov["covered"]}


def test_nordlicht_conditions_and_aggregates() -> None:
    cov = coverage(NORDLICHT, "--module", "worldwide", "--module", "delay-damages")
    assert cov["conditions"] == "AVB IT-Haftpflicht Professional, Stand 01/2026"
    assert cov["prior_acts_months"] is None  # unlimited
    assert cov["run_off_years"] == 5
    p = parts(cov)
    assert p["professional-indemnity"]["annual_aggregate"] == "2000000.00"
    assert p["professional-indemnity"]["sublimits"] == [
        {"id": "contractual-penalties", "label": p["professional-indemnity"]["sublimits"][0]
         ["label"], "amount": "50000.00"}]
    assert p["general-liability"]["annual_aggregate"] == "6000000.00"
    assert p["general-liability"]["deductible_bodily_injury"] == "0.00"
    assert [s["id"] for s in p["general-liability"]["sublimits"]] == ["keys"]
    assert p["general-liability"]["sublimits"][0]["amount"] == "100000.00"
    assert p["cyber"]["annual_aggregate"] == "250000.00"
    assert p["delay-damages"]["annual_aggregate"] == "250000.00"
    assert p["worldwide"]["annual_aggregate"] == "2000000.00"  # that of professional indemnity


def test_rheinauen_conditions_and_aggregates() -> None:
    cov = coverage(RHEINAUEN, "--lang", "de")
    assert cov["conditions"] == "Bedingungen Digital Pro Haftpflicht, Fassung 02/2026"
    assert cov["prior_acts_months"] == 60
    assert cov["run_off_years"] == 3
    p = parts(cov)
    assert p["professional-indemnity"]["annual_aggregate"] == "3000000.00"
    assert p["professional-indemnity"]["sublimits"] == []
    assert p["general-liability"]["annual_aggregate"] == "10000000.00"
    assert p["general-liability"]["deductible_bodily_injury"] == "500.00"  # the chosen one
    assert p["general-liability"]["sublimits"] == [
        {"id": "keys", "label": "Schlüssel und Codekarten", "amount": "50000.00"}]
    assert p["cyber"]["annual_aggregate"] == "100000.00"
    assert p["delay-damages"]["annual_aggregate"] == "100000.00"


def test_delay_aggregate_follows_a_lower_cover() -> None:
    data = json_of("quote", "--tariff", RHEINAUEN, "--profession", "software-development",
                   "--revenue", "100000", "--cover", "250000", "--deductible", "500")
    # sublimit 100,000 (or the cover if lower): 100,000 < 250,000
    assert parts(data["coverage"])["delay-damages"]["annual_aggregate"] == "100000.00"


def test_a_format_1_tariff_states_nothing_of_part_two(tmp_path: Any) -> None:
    import shutil
    from pathlib import Path

    shutil.copy(Path(__file__).parent / "data" / "format-one-tariff.toml", tmp_path)
    data = json_of("compare", *REQUEST, "--tariff-dir", str(tmp_path),
                   "--require", "run-off-years=1", "--require", "pi-aggregate=1",
                   "--yes", "known-circumstances")
    got = by_id(data)["format-one-sample"]
    assert got["status"] == "referred"
    assert got["reasons"] == ["this tariff does not assess this question"]
    assert [r["offered"] for r in got["requirements"]] == ["not-stated", "not-stated"]
    assert [r["met"] for r in got["requirements"]] == [False, False]
    data = json_of("quote", "--tariff", "format-one-sample", *REQUEST, "--tariff-dir",
                   str(tmp_path))
    cov = data["coverage"]
    assert cov["conditions"] == "not-stated"
    assert cov["run_off_years"] == "not-stated"
    assert cov["prior_acts_months"] == "not-stated"
    assert {c["part"]: c["annual_aggregate"] for c in cov["covered"]} == {
        "professional-indemnity": "not-stated", "general-liability": "not-stated",
        "cyber": "not-stated"}
    assert data["premium"]["gross_annual"] == "726.65"
