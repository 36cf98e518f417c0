"""Generated requests through ``compare`` and ``quote``, checked field by field against the
independent reference of the handbook's Part II (``handbook_part2``)."""

from __future__ import annotations

import datetime as dt
import io
import json
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import handbook_part2 as hb2
from handbook import (
    CLASSES,
    COVERS,
    DEDUCTIBLES,
    MODULES,
    NORDLICHT,
    PAYMENTS,
    PROFESSIONS,
    RHEINAUEN,
    s,
)
from premiumcalc.cli import main

SETTINGS = settings(max_examples=150, deadline=dt.timedelta(seconds=5),
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture])

revenues = st.one_of(
    st.decimals(min_value=0, max_value=3_500_000, places=2, allow_nan=False,
                allow_infinity=False),
    st.decimals(min_value=0, max_value=2_000_000, places=2, allow_nan=False,
                allow_infinity=False),
    st.sampled_from([Decimal(x) for x in ("0", "100000", "100000.01", "150000", "150000.01",
                                          "250000", "400000", "400000.01", "2000000",
                                          "2000000.01", "3000000", "3000000.01")]),
)
starts = st.one_of(
    st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2027, 12, 31)),
    st.sampled_from([dt.date(2026, 1, 1), dt.date(2026, 1, 31), dt.date(2026, 2, 1),
                     dt.date(2026, 12, 31), dt.date(2027, 1, 1)]),
)
amounts = st.one_of(st.integers(min_value=0, max_value=10**12),
                    st.sampled_from([0, 50000, 60000, 100000, 100001, 250000, 1000000,
                                     2000000, 3000000, 5000000, 6000000, 10000000]),
                    st.sampled_from([0, 50000, 100000, 250000, 3000000, 5000000]))
counts = st.integers(min_value=0, max_value=130)
budgets = st.integers(min_value=0, max_value=4000)


@st.composite
def requirements(draw: st.DrawFn) -> list[tuple[str, int | None]]:
    ids = draw(st.lists(st.sampled_from(hb2.REQUIREMENT_IDS), unique=True, max_size=6))
    out: list[tuple[str, int | None]] = []
    for rid in ids:
        if rid == "worldwide":
            out.append((rid, None))
        elif rid in hb2.COUNTED:
            out.append((rid, draw(counts)))
        elif rid == "max-deductible":
            out.append((rid, draw(st.sampled_from([0, 100, 250, 500, 1000, 2500, 5000]))))
        elif rid == "max-gross":
            out.append((rid, draw(budgets)))
        else:
            out.append((rid, draw(amounts)))
    return out


scenario_lists = st.lists(
    st.tuples(st.sampled_from(list(hb2.SCENARIOS)),
              st.one_of(st.none(), st.decimals(min_value=0, max_value=10**7, places=2,
                                               allow_nan=False, allow_infinity=False))),
    unique_by=lambda x: x[0], max_size=4)

#: most generated requests are priced, so that requirements, hints and scenarios are reached
professions = st.one_of(st.sampled_from(list(CLASSES)), st.sampled_from(list(CLASSES)),
                        st.sampled_from(PROFESSIONS))
no_answers: st.SearchStrategy[list[str]] = st.just([])
answers = st.one_of(no_answers, no_answers,
                    st.lists(st.sampled_from(hb2.QUESTIONS), unique=True))

requests = st.fixed_dictionaries({
    "start": starts,
    "profession": professions,
    "revenue": revenues.map(str),
    "cover": st.sampled_from(COVERS),
    "deductible": st.sampled_from(DEDUCTIBLES),
    "claims": st.sampled_from([0, 0, 0, 0, 1, 1, 2, 99]),
    "modules": st.lists(st.sampled_from(MODULES), unique=True),
    "startup": st.booleans(),
    "term": st.sampled_from([1, 3]),
    "payment": st.sampled_from(PAYMENTS),
    "country": st.sampled_from(["DE", "AT"]),
    "yes": answers,
    "require": requirements(),
    "scenarios": scenario_lists,
})

#: how many generated requests were compared with the reference (read by the report test)
COMPARED = {"compare": 0, "quote": 0, "batch": 0}


def argv_of(req: dict[str, Any]) -> list[str]:
    argv = ["--start", req["start"].isoformat(), "--profession", req["profession"],
            "--revenue", req["revenue"], "--cover", str(req["cover"]),
            "--deductible", str(req["deductible"]), "--claims", str(req["claims"]),
            "--term", str(req["term"]), "--payment", req["payment"],
            "--country", req["country"]]
    for m in req["modules"]:
        argv += ["--module", m]
    if req["startup"]:
        argv.append("--startup")
    for q in req["yes"]:
        argv += ["--yes", q]
    for rid, n in req["require"]:
        argv += ["--require", rid if n is None else f"{rid}={n}"]
    for sid, damage in req["scenarios"]:
        argv += ["--scenario", sid if damage is None else f"{sid}={damage}"]
    return argv


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def check_one(got: dict[str, Any], want: dict[str, Any], tariff: str) -> None:
    """Every field the reference knows, compared with the program's JSON."""
    where = f"{tariff}: "
    assert got["start"] == want["start"], where
    assert got["tariff"]["id"] == tariff
    assert got["tariff"]["version"] == want["version"], where
    assert got["tariff"]["valid_from"] == want["valid_from"], where
    assert got["tariff"]["valid_until"] == want["valid_until"], where
    assert got["status"] == want["status"], where + str(got["reason_codes"])
    assert got["reason_codes"] == want["reason_codes"], where
    # the question reasons are the last texts, in the order of their codes
    n = len(want["question_reasons"])
    assert got["reasons"][len(got["reasons"]) - n:] == want["question_reasons"], where
    assert got["yes"] == want["yes"], where
    assert got["premium"] == want["premium"], where
    assert got["requirements"] == want["requirements"], where
    assert got["meets_all"] is want["meets_all"], where
    assert got["scenarios"] == want["scenarios"], where
    if "coverage" in got:  # batch rows carry §10's keys of quote, without the coverage text
        check_coverage(got["coverage"], want["coverage"], where)


def check_coverage(got: dict[str, Any], facts: dict[str, Any], where: str) -> None:
    """§13's facts in ``coverage``."""
    parts = {c["part"]: c for c in got["covered"]}
    assert got["conditions"] == facts["conditions"], where
    assert got["prior_acts_months"] == facts["prior_acts_months"], where
    assert got["run_off_years"] == facts["run_off_years"], where
    pi = parts["professional-indemnity"]
    assert pi["limit"] == s(facts["pi_limit"]), where
    assert pi["deductible"] == s(facts["deductible"]), where
    assert pi["annual_aggregate"] == s(facts["pi_aggregate"]), where
    penalties = [x["amount"] for x in pi["sublimits"] if x["id"] == "contractual-penalties"]
    assert penalties == ([] if facts["penalties"] is None else [s(facts["penalties"])]), where
    for part, limit, aggregate in (
            ("general-liability", "gl_limit", "gl_aggregate"),
            ("cyber", "cyber_limit", "cyber_aggregate"),
            ("delay-damages", "delay_sublimit", "delay_aggregate")):
        if facts[limit] is None:
            assert part not in parts, where + part
            continue
        assert parts[part]["limit"] == s(facts[limit]), where + part
        assert parts[part]["annual_aggregate"] == s(facts[aggregate]), where + part
    if facts["gl_limit"] is not None:
        gl = parts["general-liability"]
        assert gl["deductible_bodily_injury"] == s(facts["gl_bodily_deductible"]), where
        assert [x["amount"] for x in gl["sublimits"] if x["id"] == "keys"] == \
            [s(facts["keys"])], where
    if facts["cyber_limit"] is not None:
        assert parts["cyber"]["deductible"] == s(facts["cyber_deductible"]), where


def oracle_request(req: dict[str, Any], tariff: str) -> dict[str, Any]:
    return dict(req, tariff=tariff,
                scenarios=[(sid, None if d is None else Decimal(d))
                           for sid, d in req["scenarios"]])


@SETTINGS
@given(req=requests)
def test_compare_agrees_with_the_handbook(req: dict[str, Any]) -> None:
    code, out, err = run("compare", *argv_of(req), "--format", "json")
    assert code == 0, err
    got = json.loads(out)
    want = hb2.expected_compare(oracle_request(req, NORDLICHT))
    assert [r["tariff"]["id"] for r in got["results"]] == want["order"]
    assert [u["id"] for u in got["unavailable"]] == want["unavailable"]
    for u in got["unavailable"]:
        assert u["reason"]
    assert got["recommended"] == want["recommended"]
    for result in got["results"]:
        tariff = result["tariff"]["id"]
        check_one(result, want["outcomes"][tariff], tariff)
    COMPARED["compare"] += 1


@SETTINGS
@given(req=requests, tariff=st.sampled_from([NORDLICHT, RHEINAUEN]))
def test_quote_agrees_with_the_handbook(req: dict[str, Any], tariff: str) -> None:
    code, out, err = run("quote", "--tariff", tariff, *argv_of(req), "--format", "json")
    want = hb2.expected(oracle_request(req, tariff))
    if want["unavailable"]:
        # §11: invalid input, one line naming the start and the versions with their periods
        assert code == 2
        assert out == ""
        assert err.count("\n") == 1
        assert req["start"].isoformat() in err
        for version, since, _ in want["versions"]:
            assert version in err and since.isoformat() in err
        return
    assert code == 0, err
    check_one(json.loads(out), want, tariff)
    COMPARED["quote"] += 1


@SETTINGS
@given(req=requests)
def test_no_yes_and_no_requirements_is_part_one(req: dict[str, Any]) -> None:
    """§14: with every answer no (and nothing required) each tariff gives Part I's outcome of
    the version valid on the start."""
    import handbook

    req = dict(req, yes=[], require=[])
    code, out, err = run("compare", *argv_of(req), "--format", "json")
    assert code == 0, err
    for result in json.loads(out)["results"]:
        tariff = result["tariff"]["id"]
        version = hb2.version_for(tariff, req["start"])
        assert version is not None
        part1 = hb2.part1(dict(req, tariff=tariff), version[0])
        assert result["status"] == part1["status"]
        assert result["reason_codes"] == part1["reason_codes"]
        assert result["premium"] == part1["premium"]
        assert result["requirements"] == []
        assert result["meets_all"] is (part1["status"] == "quoted")
        if version[0] != "2027-01":
            plain = handbook.expected(dict(req, tariff=tariff))
            assert result["premium"] == plain["premium"]


def batch_cell(values: list[str]) -> str:
    return '"' + ";".join(values) + '"'


@settings(max_examples=30, deadline=dt.timedelta(seconds=10),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(requests, st.sampled_from([NORDLICHT, RHEINAUEN])),
                     min_size=1, max_size=5))
def test_batch_agrees_with_the_handbook(rows: list[tuple[dict[str, Any], str]],
                                        tmp_path_factory: Any) -> None:
    """§11: batch reads the optional columns start, yes and require; each row as quote."""
    lines = ["tariff,profession,revenue,cover,deductible,claims,modules,startup,term,payment,"
             "country,scenarios,start,yes,require"]
    for req, tariff in rows:
        lines.append(",".join([
            tariff, req["profession"], req["revenue"], str(req["cover"]),
            str(req["deductible"]), str(req["claims"]), batch_cell(req["modules"]),
            "true" if req["startup"] else "false", str(req["term"]), req["payment"],
            req["country"],
            batch_cell([sid if d is None else f"{sid}={d}" for sid, d in req["scenarios"]]),
            req["start"].isoformat(), batch_cell(req["yes"]),
            batch_cell([rid if n is None else f"{rid}={n}" for rid, n in req["require"]]),
        ]))
    src = tmp_path_factory.mktemp("batch") / "in.csv"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run("batch", str(src), "--format", "jsonl")
    got = [json.loads(line) for line in out.splitlines()]
    assert [g["row"] for g in got] == list(range(1, len(rows) + 1))
    any_invalid = False
    for g, (req, tariff) in zip(got, rows, strict=True):
        want = hb2.expected(oracle_request(req, tariff))
        assert "extra" not in g
        if want["unavailable"]:
            assert g["status"] == "invalid"
            assert req["start"].isoformat() in g["error"]
            any_invalid = True
            continue
        check_one(g, want, tariff)
        COMPARED["batch"] += 1
    assert code == (2 if any_invalid else 0), err
