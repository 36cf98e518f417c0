"""The command line, run as a user runs it: a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

WORKED = [
    "--tariff", "nordlicht-it-2026", "--profession", "software-development",
    "--revenue", "180000", "--cover", "1000000", "--deductible", "500", "--claims", "0",
    "--module", "general-liability", "--module", "cyber", "--startup", "--term", "3",
    "--payment", "monthly", "--country", "DE",
]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "premiumcalc", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd, encoding="utf-8")


def quote_json(*args: str) -> dict[str, Any]:
    result = run("quote", *args, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_worked_example_as_json() -> None:
    data = quote_json(*WORKED, "--scenario", "lost-client-key")
    for key in ("status", "reason_codes", "reasons", "tariff", "premium", "worksheet",
                "scenarios"):
        assert key in data
    assert data["status"] == "quoted"
    assert data["premium"]["gross_annual"] == "726.65"
    assert data["premium"]["instalments"][0] == "60.60"
    assert set(data["tariff"]) == {"id", "version", "sha256", "valid_from", "valid_until"}
    assert data["start"] == "2026-12-01"  # the tests' today (conftest)
    assert data["tariff"]["valid_until"] == "2026-12-31"  # version 2027-01 follows
    assert set(data["scenarios"][0]) == {"id", "damage", "covered", "part", "limit",
                                         "deductible", "payout", "hint"}
    assert all(set(row) == {"step", "detail", "amount"} for row in data["worksheet"])


def test_worked_example_as_readable_table_in_german() -> None:
    result = run("quote", *WORKED, "--lang", "de")
    assert result.returncode == 0
    assert "726,65\xa0€" in result.stdout
    assert "Kernprämie" in result.stdout and "430,00 × 1,20 × 0,95 × 1,00" in result.stdout
    assert "Wissentliche Pflichtverletzung" in result.stdout


def test_referred_and_declined_exit_zero_with_reasons_in_german() -> None:
    data = quote_json("--tariff", "rheinauen-digital-2026", "--profession", "it-security",
                      "--revenue", "100", "--cover", "5000000", "--deductible", "0",
                      "--lang", "de")
    assert data["status"] == "declined"
    assert data["reason_codes"] == ["profession-referred", "cover-declined"]
    assert data["reasons"][1] == "Deckungssumme 5.000.000 EUR wird nicht angeboten"
    assert data["premium"] is None and data["worksheet"] == []


@pytest.mark.parametrize(("flag", "value", "field"), [
    ("--revenue", "abc", "revenue"), ("--revenue", "-1", "revenue"),
    ("--revenue", "NaN", "revenue"), ("--revenue", "1e400", "revenue"),
    ("--revenue", "12,5", "revenue"), ("--revenue", "", "revenue"),
    ("--revenue", "+5", "revenue"), ("--revenue", "1e5", "revenue"),
    ("--cover", "123", "cover"), ("--cover", "1000000.00", "cover"), ("--cover", "1e6", "cover"),
    ("--profession", "astronaut", "profession"), ("--tariff", "acme-2030", "tariff"),
    ("--module", "legal", "module"), ("--scenario", "meteor", "scenario"),
    ("--payment", "weekly", "payment"), ("--country", "CH", "country"),
    ("--claims", "-1", "claims"), ("--term", "2", "term"), ("--deductible", "100", "deductible"),
])
def test_invalid_input_is_one_line_naming_the_field(flag: str, value: str, field: str) -> None:
    args = list(WORKED)
    if flag in args:
        args[args.index(flag) + 1] = value
    else:
        args += [flag, value]
    result = run("quote", *args, "--format", "json")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"premiumcalc: error: {field}:")
    assert "Traceback" not in result.stderr


def test_allowed_values_are_named() -> None:
    args = list(WORKED)
    args[args.index("--cover") + 1] = "123"
    err = run("quote", *args).stderr
    assert "250000, 500000, 1000000, 2000000, 3000000, 5000000" in err


def test_missing_required_flag_is_a_usage_error() -> None:
    result = run("quote", "--tariff", "nordlicht-it-2026")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "--profession" in result.stderr


def test_start_of_cover_is_not_taken_for_startup() -> None:
    args = [a for a in WORKED if a != "--startup"]
    data = quote_json(*args, "--start", "2026-12-01")
    assert data["start"] == "2026-12-01"
    assert data["premium"]["startup_discount"] == "0.00"


@pytest.mark.parametrize("option", ["--star", "--startu"])
def test_an_abbreviated_option_is_refused_not_guessed(option: str) -> None:
    args = [a for a in WORKED if a != "--startup"]
    result = run("quote", *args, option, "2026-12-01", "--format", "json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        f"premiumcalc: error: unrecognized arguments: {option} 2026-12-01 "
        f"(see 'premiumcalc --help')"
    ]
    alone = run("quote", *args, option, "--format", "json")
    assert alone.returncode == 2 and alone.stdout == ""
    assert f"unrecognized arguments: {option}" in alone.stderr


def test_an_abbreviated_option_of_a_quotes_action_is_refused(tmp_path: Path) -> None:
    result = run("quotes", "--db", str(tmp_path / "quotes.db"), "list", "--cli", "muster")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "unrecognized arguments: --cli muster" in result.stderr


def test_compare_orders_quoted_by_price_then_declined() -> None:
    result = run("compare", *[a for a in WORKED if a not in ("--tariff", "nordlicht-it-2026")],
                 "--format", "json")
    assert result.returncode == 0, result.stderr
    results = json.loads(result.stdout)["results"]
    assert [r["status"] for r in results] == ["quoted", "quoted"]
    grosses = [float(r["premium"]["gross_annual"]) for r in results]
    assert grosses == sorted(grosses)
    assert "726.65" in [r["premium"]["gross_annual"] for r in results]

    args = [a for a in WORKED if a not in ("--tariff", "nordlicht-it-2026")]
    args[args.index("--cover") + 1] = "5000000"
    results = json.loads(run("compare", *args, "--format", "json").stdout)["results"]
    assert [(r["tariff"]["id"], r["status"]) for r in results] == [
        ("nordlicht-it-2026", "quoted"), ("rheinauen-digital-2026", "declined")]
    table = run("compare", *args, "--lang", "de").stdout
    assert "Rheinauen Assekuranz AG" in table and "abgelehnt" in table


def test_third_tariff_from_the_format_docs_joins_the_comparison() -> None:
    args = ["--profession", "it-consulting", "--revenue", "120000", "--cover", "1000000",
            "--deductible", "500", "--format", "json"]
    results = json.loads(run("compare", *args, "--tariff-dir", "docs/examples").stdout)["results"]
    assert {r["tariff"]["id"] for r in results} == {
        "nordlicht-it-2026", "rheinauen-digital-2026", "hafenkante-tech-2026"}
    assert all(r["status"] == "quoted" for r in results)
    # a module that one tariff does not offer declines that tariff only
    results = json.loads(run("compare", *args, "--module", "worldwide",
                             "--tariff-dir", "docs/examples").stdout)["results"]
    assert [r["status"] for r in results] == ["quoted", "quoted", "declined"]
    assert results[2]["reason_codes"] == ["module-not-offered"]


def test_tariffs_lists_both_with_hash(tmp_path: Path) -> None:
    result = run("tariffs", "--format", "json")
    rows = json.loads(result.stdout)["tariffs"]
    assert [(r["id"], r["version"]) for r in rows] == [
        ("nordlicht-it-2026", "2026-01"), ("nordlicht-it-2026", "2027-01"),
        ("rheinauen-digital-2026", "2026-02")]
    assert {r["source"] for r in rows} == {"bundled"}
    assert all(len(r["sha256"]) == 64 and r["valid_from"] for r in rows)
    table = run("tariffs").stdout
    assert "Nordlicht Versicherung AG" in table and "2026-02-01" in table


def test_tariff_dir_replacement_is_reported_and_used(tmp_path: Path) -> None:
    from premiumcalc.paths import resource

    text = resource("tariffs", "nordlicht-it-2026.toml").read_text(encoding="utf-8")
    # the broker's own figures: the insurer's checks of the original no longer apply
    start, end = text.index("# The insurer's published figures"), text.index("# Modules")
    (tmp_path / "nordlicht.toml").write_text(
        (text[:start] + text[end:]).replace('minimum_premium = "250.00"',
                                            'minimum_premium = "900.00"'),
        encoding="utf-8")
    (tmp_path / "broken.toml").write_text("id = 'x'\n", encoding="utf-8")
    listing = run("tariffs", "--tariff-dir", str(tmp_path))
    assert "added, replaces bundled" in listing.stdout
    assert "broken.toml" in listing.stderr
    data = quote_json(*WORKED, "--tariff-dir", str(tmp_path))
    assert data["premium"]["net_annual"] == "900.00"
    assert data["premium"]["minimum_applied"] is True


def test_tariffs_check_lists_every_problem(tmp_path: Path) -> None:
    from premiumcalc.paths import resource

    text = resource("tariffs", "rheinauen-digital-2026.toml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace('minimum_premium = "300.00"\n', "").replace(
        'all = ["420", "610", "980", "1540"]', 'all = ["420", "610"]'), encoding="utf-8")
    result = run("tariffs", "check", str(bad))
    assert result.returncode == 2
    assert "minimum_premium: missing key" in result.stdout
    assert "base_premium.all: has 2 amounts but there are 4 revenue bands" in result.stdout
    good = run("tariffs", "check", str(resource("tariffs", "rheinauen-digital-2026.toml")))
    assert good.returncode == 0 and "valid tariff rheinauen-digital-2026" in good.stdout


def test_help_has_examples() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "premiumcalc quote --tariff nordlicht-it-2026" in result.stdout
    assert "batch" in run("batch", "--help").stdout


def test_cli_does_not_import_qt_or_reportlab() -> None:
    code = ("import sys; from premiumcalc.cli import main; "
            "main(['quote'," + ",".join(repr(a) for a in WORKED) + ",'--format','json']);"
            "bad=[m for m in sys.modules if m.split('.')[0] in "
            "('PySide6','reportlab','sqlalchemy','pypdfium2')]; "
            "sys.stderr.write(repr(bad)); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr


def test_bad_comparison_pdf_option_fails_before_any_output(tmp_path: Path) -> None:
    args = [a for a in WORKED if a not in ("--tariff", "nordlicht-it-2026")]
    result = run("compare", *args, "--pdf", str(tmp_path / "c.pdf"),
                 "--reference-insurer", "Elbufer AG", "--reference-premium", "lots")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("premiumcalc: error: reference-premium:")
    assert not (tmp_path / "c.pdf").exists()
