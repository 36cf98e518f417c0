"""The address field and the letterhead stay readable (issue #17, point 7): the longest
name and address handbook §16 allows print in the envelope's window in at least 7 pt, and a
logo takes only the room the letterhead's text leaves."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PIL import Image

from premiumcalc.pdf import render_quote_pdf
from premiumcalc.pdf.profile import BrokerProfile
from premiumcalc.pricing import build_request, price
from premiumcalc.tariffs import load_catalog, load_tariffs

CATALOG = load_catalog()
MM = 72 / 25.4
REQUEST: dict[str, Any] = {
    "tariff": "nordlicht-it-2026", "profession": "software-development", "revenue": "180000",
    "cover": 1000000, "deductible": 500, "start": dt.date(2026, 12, 1),
}
#: 116 characters: a name as long as §16 allows (at most 120, in two lines)
NAME = ("Müller & Söhne IT-Sicherheitsdienstleistungen und Softwareentwicklung Gesellschaft "
        "mit beschränkter Haftung & Co. KG")
#: four lines of up to 60 characters (§16)
ADDRESS = ("Abteilung Einkauf und Vertragsmanagement, Gebäude C, 3. OG\n"
           "Hauptstraße 12a, Hinterhaus links, Eingang über den Hof\n"
           "Postfach 12 34 56\n10115 Berlin-Mitte, Deutschland")


def quote(profile: BrokerProfile, name: str = NAME, address: str = ADDRESS,
          lang: str = "de") -> bytes:
    request = build_request(REQUEST)
    loaded = load_tariffs(include_user_dir=False).get(request.tariff, request.start)
    assert loaded is not None
    outcome = price(request, loaded.tariff, CATALOG)
    return render_quote_pdf(outcome, sha256="0" * 64, lang=lang, catalog=CATALOG,
                            profile=profile, client_name=name, client_address=address,
                            date=dt.date(2026, 11, 25))


def lines_in(data: bytes, box: tuple[float, float, float, float]) -> list[list[dict[str, Any]]]:
    """The characters inside ``box`` (mm: left, top, right, bottom) of page 1, by line."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        left, top, right, bottom = (v * MM for v in box)
        zone = page.crop((left, top, right, bottom))
        rows: dict[int, list[dict[str, Any]]] = {}
        for char in zone.chars:
            rows.setdefault(round(char["top"]), []).append(char)
        return [rows[k] for k in sorted(rows)]


def text(line: list[dict[str, Any]]) -> str:
    return "".join(c["text"] for c in sorted(line, key=lambda c: c["x0"]))


PROFILE = BrokerProfile(name="Jana Beispiel", company="Beispiel Versicherungsmakler GmbH",
                        address="Lindenallee 5\n20095 Hamburg", phone="+49 40 123456",
                        email="jana@beispiel-makler.de", register_number="D-ABCD-EFGHI-12")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_longest_name_and_address_fit_the_window_readably(lang: str) -> None:
    # the address zone of DIN 5008 form B, 62.7 to 90 mm from the top, 20 to 105 mm
    lines = lines_in(quote(PROFILE, lang=lang), (20, 62.7, 105, 90))
    assert len(lines) == 6  # the name in two lines, the address's four
    assert min(c["size"] for line in lines for c in line) >= 7
    assert [text(line) for line in lines[2:]] == ADDRESS.splitlines()
    name = (text(lines[0]) + text(lines[1])).replace(" ", "").replace("-", "")
    assert name == NAME.replace(" ", "").replace("-", "")


def test_a_short_address_stays_in_the_full_size() -> None:
    lines = lines_in(quote(PROFILE, "Müller & Söhne GmbH", "Hauptstraße 12\n10115 Berlin"),
                     (20, 62.7, 105, 90))
    assert [text(line) for line in lines] == ["Müller & Söhne GmbH", "Hauptstraße 12",
                                              "10115 Berlin"]
    assert {c["size"] for line in lines for c in line} == {10}


def test_a_tall_logo_does_not_shrink_the_letterhead(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 900), (31, 58, 95)).save(logo)
    profile = BrokerProfile(name="Jana Beispiel", company="Beispiel Versicherungsmakler GmbH",
                            address="Lindenallee 5\nHinterhaus, 3. Etage\n20095 Hamburg",
                            phone="+49 40 123456", email="jana@beispiel-makler.de",
                            register_number="D-ABCD-EFGHI-12", logo=str(logo))
    # the letterhead: the top 10 to 41 mm
    lines = lines_in(quote(profile), (20, 8, 200, 42))
    sizes = {text(line): {round(c["size"], 1) for c in line} for line in lines}
    firm = next(k for k in sizes if k.startswith("Beispiel Versicherungsmakler"))
    assert sizes[firm] == {14.0}
    for contact in ("Lindenallee 5", "20095 Hamburg", "jana@beispiel-makler.de"):
        assert any(k.endswith(contact) and sizes[k] == {8.0} for k in sizes), sizes
    with pdfplumber.open(io.BytesIO(quote(profile))) as pdf:
        images = pdf.pages[0].images
    assert len(images) == 1
    image = images[0]
    assert image["top"] >= 10 * MM - 0.5 and image["bottom"] <= 41 * MM + 0.5
