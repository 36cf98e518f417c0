"""A JPEG logo stays a JPEG in the letter (small PDF), a PNG keeps its transparency."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from premiumcalc.cli import main

REQUEST = ["--tariff", "nordlicht-it-2026", "--profession", "software-development",
           "--revenue", "180000", "--cover", "1000000", "--deductible", "500",
           "--client-name", "Muster GmbH", "--date", "2026-12-01"]


def letter_with_logo(tmp_path: Path, logo: Path) -> bytes:
    profile = tmp_path / "broker.toml"
    profile.write_text(f'[broker]\nname = "Erika Muster"\ncompany = "Muster Makler GmbH"\n'
                       f'register_number = "D-ABCD-EFGHI-12"\nlogo = "{logo}"\n',
                       encoding="utf-8")
    out = tmp_path / "q.pdf"
    err = io.StringIO()
    assert main(["pdf", *REQUEST, "--broker-profile", str(profile), "-o", str(out)],
                io.StringIO(), err) == 0, err.getvalue()
    assert "logo" not in err.getvalue()  # no warning: the logo is used
    return out.read_bytes()


def test_a_jpeg_logo_is_embedded_as_jpeg(tmp_path: Path) -> None:
    logo = tmp_path / "logo.jpg"
    Image.new("RGB", (300, 120), (20, 80, 160)).save(logo, format="JPEG")
    assert b"/DCTDecode" in letter_with_logo(tmp_path, logo)


def test_a_large_jpeg_logo_is_scaled_and_stays_jpeg(tmp_path: Path) -> None:
    logo = tmp_path / "big.jpg"
    Image.new("RGB", (3000, 1200), (20, 80, 160)).save(logo, format="JPEG")
    data = letter_with_logo(tmp_path, logo)
    assert b"/DCTDecode" in data
    assert b"/Width 600" in data  # scaled to print resolution once


def test_a_png_logo_keeps_its_transparency(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (300, 120), (20, 80, 160, 128)).save(logo, format="PNG")
    assert b"/SMask" in letter_with_logo(tmp_path, logo)
