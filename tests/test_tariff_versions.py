"""Versions of one tariff side by side (handbook §11) and tariff files that check themselves."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from premiumcalc.cli import main
from premiumcalc.paths import resource
from premiumcalc.pricing.selfcheck import check_failures
from premiumcalc.tariffs import load_catalog, load_tariff_file, load_tariffs

NORDLICHT = "nordlicht-it-2026"
BUNDLED = Path(resource("tariffs"))
NORDLICHT_2026 = (BUNDLED / "nordlicht-it-2026.toml").read_text(encoding="utf-8")
EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "hafenkante-tech-2026.toml"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def listing(*argv: str) -> dict[str, Any]:
    code, out, err = run("tariffs", "--format", "json", *argv)
    assert code == 0, err
    return json.loads(out)


def periods(data: dict[str, Any], tariff_id: str) -> list[tuple[str, str, str | None, str]]:
    return [(t["version"], t["valid_from"], t["valid_until"], t["source"])
            for t in data["tariffs"] if t["id"] == tariff_id]


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def variant(*replacements: tuple[str, str]) -> str:
    text = NORDLICHT_2026
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    return text


def test_tariffs_lists_every_version_with_its_period() -> None:
    data = listing()
    assert periods(data, NORDLICHT) == [
        ("2026-01", "2026-01-01", "2026-12-31", "bundled"),
        ("2027-01", "2027-01-01", None, "bundled"),
    ]
    assert periods(data, "rheinauen-digital-2026") == [("2026-02", "2026-02-01", None, "bundled")]


def test_an_override_of_today_replaces_only_the_version_it_overlaps(tmp_path: Path) -> None:
    write(tmp_path, "mine.toml", variant(('version = "2026-01"', 'version = "2026-01-broker"')))
    data = listing("--tariff-dir", str(tmp_path))
    assert periods(data, NORDLICHT) == [
        ("2026-01-broker", "2026-01-01", "2026-12-31",
         "added, replaces bundled nordlicht-it-2026 2026-01"),
        ("2027-01", "2027-01-01", None, "bundled"),
    ]
    assert data["errors"] == []


def test_two_added_versions_that_overlap_are_both_refused(tmp_path: Path) -> None:
    write(tmp_path, "a.toml", variant(('version = "2026-01"', 'version = "2026-06"'),
                                      ("valid_from = 2026-01-01", "valid_from = 2026-06-01")))
    write(tmp_path, "b.toml", variant(('version = "2026-01"', 'version = "2026-07"'),
                                      ("valid_from = 2026-01-01",
                                       "valid_from = 2026-05-01\nvalid_until = 2026-12-31")))
    data = listing("--tariff-dir", str(tmp_path))
    assert sorted(Path(e["file"]).name for e in data["errors"]) == ["a.toml", "b.toml"]
    assert all("overlaps" in e["problems"][0] for e in data["errors"])
    # neither is used: the bundled versions stay
    assert [p[0] for p in periods(data, NORDLICHT)] == ["2026-01", "2027-01"]


def test_added_versions_one_after_another_are_both_used(tmp_path: Path) -> None:
    write(tmp_path, "a.toml", variant(('id = "nordlicht-it-2026"', 'id = "third"')))
    write(tmp_path, "b.toml", variant(('id = "nordlicht-it-2026"', 'id = "third"'),
                                      ('version = "2026-01"', 'version = "2026-07"'),
                                      ("valid_from = 2026-01-01", "valid_from = 2026-07-01")))
    data = listing("--tariff-dir", str(tmp_path))
    assert periods(data, "third") == [
        ("2026-01", "2026-01-01", "2026-06-30", "added"),
        ("2026-07", "2026-07-01", None, "added"),
    ]


def test_valid_until_before_valid_from_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.toml", variant(
        ("valid_from = 2026-01-01", "valid_from = 2026-01-01\nvalid_until = 2025-12-31")))
    code, out, _ = run("tariffs", "check", str(path))
    assert code == 2
    assert "valid_until: 2025-12-31 is before valid_from 2026-01-01" in out


# ---------------------------------------------------------------------------------------
# [[checks]]


@pytest.mark.parametrize("path", [*sorted(BUNDLED.glob("*.toml")), EXAMPLE],
                         ids=lambda p: p.name)
def test_shipped_files_pass_their_own_checks(path: Path) -> None:
    loaded = load_tariff_file(path)
    assert loaded.tariff.checks, "every shipped file carries the insurer's figures"
    assert check_failures(loaded.tariff, load_catalog()) == []


def test_shipped_checks_state_the_handbooks_figures() -> None:
    stated = {
        (t.version, str(c.start), str(c.gross_annual or c.status))
        for t in (v.tariff for v in load_tariffs(include_user_dir=False).all_versions())
        for c in t.checks
    }
    assert ("2026-01", "2026-12-31", "726.65") in stated
    assert ("2027-01", "2027-03-01", "745.40") in stated
    assert ("2026-02", "2026-12-01", "2132.29") in stated


def test_a_file_whose_own_check_fails_is_refused_everywhere(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace('gross_annual = "431.38"',
                                                       'gross_annual = "431.39"')
    path = write(tmp_path / "added", "hafenkante.toml", text)
    code, out, _ = run("tariffs", "check", str(path))
    assert code == 2
    assert "expected gross_annual 431.39, got 431.38" in out
    assert "insurance_tax (362.50 + 0.00) × 0.19 (DE) = 68.88" in out  # with the worksheet
    code, out, err = run("compare", "--profession", "it-consulting", "--revenue", "120000",
                         "--cover", "1000000", "--deductible", "500", "--format", "json",
                         "--tariff-dir", str(path.parent))
    assert code == 0
    assert "hafenkante-tech-2026" not in {r["tariff"]["id"] for r in json.loads(out)["results"]}
    assert "own check fails" in err
    from premiumcalc.tariffs import TariffFileError
    from premiumcalc.tariffs.install import plan_import

    with pytest.raises(TariffFileError, match="own check fails"):
        plan_import(path, load_tariffs(include_user_dir=False), folder=tmp_path / "user",
                    verify=check_failures)


def test_a_check_that_is_not_a_request_is_reported(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        'profession = "it-consulting"', 'profession = "astronaut"')
    code, out, _ = run("tariffs", "check", str(write(tmp_path, "x.toml", text)))
    assert code == 2
    assert "checks[0].request" in out and "astronaut" in out
