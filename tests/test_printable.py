"""Text the papers cannot print is refused where it is typed (handbook §16; issue #17,
point 6): characters the bundled DejaVu Sans lacks (Chinese, most emoji) and right-to-left
scripts (Hebrew, Arabic), with a message naming the characters, in the request schema that
the window's form, the command line and batch files share."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from premiumcalc.paths import resource
from premiumcalc.pricing.printable import FONT_RANGES, in_font
from premiumcalc.pricing.request import (
    InvalidInput,
    build_request,
    check_client_address,
    check_client_name,
    check_notes,
)

REQUEST = {"tariff": "nordlicht-it-2026", "profession": "software-development",
           "revenue": "180000", "cover": 1000000, "deductible": 500}


def test_the_printable_characters_are_those_both_font_files_map() -> None:
    faces = [TTFont(f"check-{name}", str(resource("fonts", name)))
             for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")]
    mapped = [{c for c, glyph in face.face.charToGlyph.items() if glyph} for face in faces]
    expected = mapped[0] & mapped[1]
    listed = {c for first, last in FONT_RANGES for c in range(first, last + 1)}
    assert listed == expected
    assert all(in_font(c) for c in "Müller & Söhne GmbH €ßÆØÅŁŒ Ελλάδα Москва")


@pytest.mark.parametrize(("text", "named"), [
    ("北京软件有限公司", "'北' (U+5317), '京' (U+4EAC), '软' (U+8F6F), '件' (U+4EF6), "
                         "'有' (U+6709) and 3 more"),
    ("Müller GmbH 🚀", "'🚀' (U+1F680)"),
])
def test_characters_the_font_lacks_are_refused_by_name(text: str, named: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        check_client_name(text)
    assert str(exc.value) == (f"client name: has characters the PDF font cannot print: "
                              f"{named}; use Latin, Greek or Cyrillic letters")


@pytest.mark.parametrize("text", ["שלום בע\"מ", "شركة البرمجيات"])
def test_right_to_left_scripts_are_refused(text: str) -> None:
    with pytest.raises(InvalidInput) as exc:
        check_client_address(f"Hauptstraße 12\n{text}")
    assert "client address: has characters of a right-to-left script" in str(exc.value)
    assert f"'{text[0]}' (U+{ord(text[0]):04X})" in str(exc.value)


def test_notes_and_activity_are_checked_too() -> None:
    with pytest.raises(InvalidInput, match=r"^notes: has characters the PDF font"):
        check_notes("Rückruf 👍")
    with pytest.raises(InvalidInput, match=r"^activity: has characters of a right-to-left"):
        build_request({**REQUEST, "activity": "تطوير البرمجيات"})
    # control characters are dropped from the papers, not refused
    assert check_client_name("Evil\x1b[2J Corp\x9b31m") == "Evil\x1b[2J Corp\x9b31m"
    # what the font has passes: German, other Latin, Greek, Cyrillic, the euro sign
    assert check_client_name("Ærø Łódź Ελλάς Москва € 😀") == "Ærø Łódź Ελλάς Москва € 😀"
    assert build_request({**REQUEST, "activity": "Softwareentwicklung\tfür Banken"}).activity


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "premiumcalc", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def test_command_line_refuses_with_one_line_and_writes_no_file(tmp_path: Path) -> None:
    out = tmp_path / "angebot.pdf"
    result = run("pdf", "--tariff", "nordlicht-it-2026", "--profession",
                 "software-development", "--revenue", "180000", "--cover", "1000000",
                 "--deductible", "500", "--client-name", "北京 Software GmbH", "-o", str(out))
    assert result.returncode == 2 and not out.exists()
    assert result.stderr == ("premiumcalc: error: client-name: has characters the PDF font "
                             "cannot print: '北' (U+5317), '京' (U+4EAC); use Latin, Greek or "
                             "Cyrillic letters\n")


def test_batch_reports_the_row_with_the_unprintable_activity(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    head = ("tariff,profession,revenue,cover,deductible,claims,modules,startup,term,payment,"
            "country,scenarios,activity\n")
    row = "nordlicht-it-2026,software-development,180000,1000000,500,0,,false,1,annual,DE,,"
    src.write_text(f"{head}{row}Software\n{row}שירותי תוכנה\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "premiumcalc", "batch", str(src),
                             "--format", "jsonl"], capture_output=True, text=True,
                            encoding="utf-8", timeout=300)
    assert result.returncode == 2
    import json

    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["status"] == "quoted"
    assert rows[1]["status"] == "invalid"
    assert rows[1]["error"].startswith("activity: has characters of a right-to-left script")
