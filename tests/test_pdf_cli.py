"""``premiumcalc pdf`` as a user runs it: a real process, real files, exit codes."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

WORKED_EXAMPLE_ARGS = [
    "--tariff", "nordlicht-it-2026", "--profession", "software-development",
    "--revenue", "180000", "--cover", "1000000", "--deductible", "500",
    "--module", "general-liability", "--module", "cyber", "--startup", "--term", "3",
    "--payment", "monthly", "--country", "DE", "--scenario", "lost-client-key",
]
CLIENT_ARGS = ["--client-name", "Müller & Söhne GmbH", "--client-address", "Hauptstraße 12",
               "--client-address", "10115 Berlin"]


def run_pdf(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "premiumcalc", "pdf", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", cwd=cwd, env=os.environ.copy(),
        timeout=120,
    )


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages).replace(
        "\u00a0", " ")


@pytest.fixture
def profile_file(tmp_path: Path) -> Path:
    path = tmp_path / "broker.toml"
    path.write_text(
        '[broker]\nname = "Jana Beispiel"\ncompany = "Beispiel Versicherungsmakler GmbH"\n'
        'address = "Lindenallee 5\\n20095 Hamburg"\nregister_number = "D-ABCD-EFGHI-12"\n'
        'status = "broker"\n', encoding="utf-8")
    return path


def test_pdf_command_writes_the_worked_example_in_german(tmp_path: Path,
                                                         profile_file: Path) -> None:
    out = tmp_path / "angebot.pdf"
    result = run_pdf(*WORKED_EXAMPLE_ARGS, *CLIENT_ARGS, "--broker-profile", profile_file,
                     "--lang", "de", "--date", "2026-11-25", "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "angebot.pdf: quote ENTWURF-" in result.stdout
    text = text_of(out)
    assert "Müller & Söhne GmbH Hauptstraße 12 10115 Berlin" in text
    assert "726,65 €" in text and "25.11.2026" in text
    assert "Beispiel Versicherungsmakler GmbH" in text and "D-ABCD-EFGHI-12" in text
    pages = len(PdfReader(out).pages)
    assert f"Seite {pages} von {pages}" in text


def test_same_command_and_date_give_identical_files(tmp_path: Path,
                                                    profile_file: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        result = run_pdf(*WORKED_EXAMPLE_ARGS, *CLIENT_ARGS, "--broker-profile", profile_file,
                         "--lang", "de", "--date", "2026-11-25", "-o", out)
        assert result.returncode == 0, result.stderr
    assert first.read_bytes() == second.read_bytes()


def test_referred_request_writes_a_request_for_underwriting(tmp_path: Path) -> None:
    out = tmp_path / "anfrage.pdf"
    args = [a if a != "180000" else "5000000" for a in WORKED_EXAMPLE_ARGS]
    result = run_pdf(*args, *CLIENT_ARGS, "--lang", "en", "-o", out)
    assert result.returncode == 0, result.stderr
    assert "request for underwriting DRAFT-" in result.stdout
    assert "no broker profile" in result.stderr  # a warning, the letter is still written
    assert "marked as a draft" in result.stderr
    text = text_of(out)
    assert "Request for underwriting" in text
    assert "DRAFT – no broker details" in text and "We kindly ask" not in text
    assert "Revenue above €3,000,000 needs individual underwriting" in text


def test_bad_date_is_one_clear_line_and_no_file(tmp_path: Path) -> None:
    out = tmp_path / "angebot.pdf"
    result = run_pdf(*WORKED_EXAMPLE_ARGS, *CLIENT_ARGS, "--date", "25.11.2026", "-o", out)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "premiumcalc: error: --date: '25.11.2026' is not a date; use YYYY-MM-DD, "
        "e.g. 2026-11-25"]
    assert not out.exists()
    result = run_pdf(*WORKED_EXAMPLE_ARGS, *CLIENT_ARGS, "--date", "2026-02-30", "-o", out)
    assert result.returncode == 2 and "--date: '2026-02-30' is not a date" in result.stderr
    assert not out.exists()


def test_unwritable_output_is_one_clear_line_and_no_file(tmp_path: Path) -> None:
    blocker = tmp_path / "report.txt"
    blocker.write_text("a regular file, not a folder")
    out = blocker / "angebot.pdf"
    result = run_pdf(*WORKED_EXAMPLE_ARGS, *CLIENT_ARGS, "-o", out)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith(f"premiumcalc: error: cannot write {out}")
    assert not out.exists()
    assert sorted(os.listdir(tmp_path)) == ["report.txt"]


def test_invalid_request_and_missing_profile_are_usage_errors(tmp_path: Path) -> None:
    out = tmp_path / "angebot.pdf"
    args = [a if a != "1000000" else "1234" for a in WORKED_EXAMPLE_ARGS]
    result = run_pdf(*args, *CLIENT_ARGS, "-o", out)
    assert result.returncode == 2
    assert result.stderr.startswith("premiumcalc: error: cover: 1234 is not a cover")
    result = run_pdf(*WORKED_EXAMPLE_ARGS, *CLIENT_ARGS, "--broker-profile",
                     tmp_path / "missing.toml", "-o", out)
    assert result.returncode == 2
    assert "--broker-profile" in result.stderr and "no such file" in result.stderr
    result = run_pdf(*WORKED_EXAMPLE_ARGS, "--client-name", "  ", "-o", out)
    assert result.returncode == 2
    assert "client-name: must not be empty" in result.stderr
    assert not out.exists()


def test_broken_broker_profile_names_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broker.toml"
    broken.write_text("[broker\nname = ", encoding="utf-8")
    out = tmp_path / "angebot.pdf"
    result = run_pdf(*WORKED_EXAMPLE_ARGS, *CLIENT_ARGS, "--broker-profile", broken, "-o", out)
    assert result.returncode == 2
    assert f"{broken}: the broker profile is not valid TOML" in result.stderr
    assert not out.exists()
