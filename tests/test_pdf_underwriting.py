"""The request for underwriting and the page breaks of all three papers (issue #17, points 5
and 9): the insurer's address, what an underwriter needs, an unbroken decision box, and no
page left mostly empty because a table would not start on it."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pytest

from premiumcalc.pdf import render_quote_pdf
from premiumcalc.pdf.comparison import Reference, render_comparison_pdf
from premiumcalc.pdf.profile import BrokerProfile
from premiumcalc.pricing import Outcome, build_request, price
from premiumcalc.pricing.compare import price_all
from premiumcalc.tariffs import TariffSet, load_catalog, load_tariffs

CATALOG = load_catalog()
START = dt.date(2026, 12, 1)
DATE = dt.date(2026, 11, 25)
EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"
REQUEST: dict[str, Any] = {
    "tariff": "nordlicht-it-2026", "profession": "software-development", "revenue": "180000",
    "cover": 1000000, "deductible": 500, "modules": ["general-liability", "cyber"],
    "startup": True, "term": 3, "payment": "monthly", "country": "DE",
    "scenarios": ["lost-client-key"], "start": START,
}
PROFILE = BrokerProfile(name="Jana Beispiel", company="Beispiel Versicherungsmakler GmbH",
                        address="Lindenallee 5\n20095 Hamburg", phone="+49 40 123456",
                        register_number="D-ABCD-EFGHI-12", status="broker")
LONG_NAME = ("Müller & Söhne IT-Sicherheitsdienstleistungen und Softwareentwicklung "
             "Gesellschaft mit beschränkter Haftung")
MM = 72 / 25.4


def priced(**changes: Any) -> Outcome:
    request = build_request({**REQUEST, **changes})
    loaded = load_tariffs(include_user_dir=False).get(request.tariff, START)
    assert loaded is not None
    return price(request, loaded.tariff, CATALOG)


def quote(outcome: Outcome, lang: str = "de") -> bytes:
    return render_quote_pdf(outcome, sha256="0" * 64, lang=lang, catalog=CATALOG,
                            profile=PROFILE, client_name=LONG_NAME,
                            client_address="Hauptstraße 12\n10115 Berlin", date=DATE)


def text_of(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)


REFERRED = {"revenue": "5000000", "claims": 3, "activity": "Entwicklung von Software für "
            "Banken und Versicherungen", "staff": 12}


@pytest.mark.parametrize(("lang", "expected"), [
    ("de", ["Tätigkeit des Unternehmens Entwicklung von Software für Banken und "
            "Versicherungen", "Mitarbeiter 12 Personen",
            "drei Vorschäden in den letzten fünf Jahren (unten beschrieben)",
            "Vorschäden im Einzelnen Datum Hergang, Forderung, Stand der Regulierung "
            "Schadenhöhe", "Einwilligung des Kunden ☐ Der Kunde hat eingewilligt"]),
    ("en", ["Activity Entwicklung von Software für Banken und Versicherungen",
            "Staff 12 people", "three prior claims in the last five years (described below)",
            "The client's consent ☐ The client has agreed"]),
])
def test_underwriting_request_names_the_insurer_and_what_an_underwriter_needs(
        lang: str, expected: list[str]) -> None:
    outcome = priced(**REFERRED)
    assert outcome.status == "referred"
    data = quote(outcome, lang)
    dept = "Risikoprüfung" if lang == "de" else "Underwriting"
    # the window of the envelope: the insurer's postal address from the tariff file
    assert address_field(data) == ["Nordlicht Versicherung AG", dept, "Hafenstraße 1",
                                   "24103 Kiel"]
    text = text_of(data)
    for part in expected:
        assert part in text, part


def address_field(data: bytes) -> list[str]:
    """The lines in the address zone of the window envelope (DIN 5008 form B: 20 mm from
    the left, 62.7 mm to 90 mm from the top)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        zone = pdf.pages[0].crop((20 * MM, 62.7 * MM, 105 * MM, 90 * MM))
        return (zone.extract_text() or "").splitlines()


def test_underwriting_request_says_what_the_client_did_not_give() -> None:
    text = text_of(quote(priced(revenue="5000000")))
    assert "Tätigkeit des Unternehmens nicht angegeben" in text
    assert "Mitarbeiter nicht angegeben" in text
    assert "keine Vorschäden in den letzten fünf Jahren" in text
    assert "Vorschäden im Einzelnen" not in text


def _decision_box_border(data: bytes) -> tuple[int, list[tuple[int, int, int]]]:
    """The page with the decision box, and the colours of the pixels along its left border
    from its top to its bottom."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for index, page in enumerate(pdf.pages):  # noqa: B007 (used after the loop)
            heads = page.search("Entscheidung des Versicherers")
            sign = page.search("Datum, Name, Unterschrift")
            if heads and sign:
                top, bottom = heads[0]["bottom"] + 4, sign[0]["bottom"] + 10
                left = min(r["x0"] for r in page.rects + page.lines
                           if r["top"] >= top - 1 and r["bottom"] <= bottom + 30)
                break
        else:
            raise AssertionError("no decision box")
    scale = 4
    doc = pdfium.PdfDocument(data)
    try:
        image = doc[index].render(scale=scale).to_pil().convert("RGB")
    finally:
        doc.close()
    x = round(left * scale)
    # the darkest pixel across the 0.8 pt line at each height
    column = []
    for y in range(round(top * scale) + 4, round(bottom * scale)):
        column.append(min((image.getpixel((x + dx, y)) for dx in (-2, -1, 0, 1, 2)),
                          key=sum))
    return index, column


def test_decision_box_border_is_one_unbroken_line() -> None:
    _, column = _decision_box_border(quote(priced(**REFERRED)))
    # every pixel of the border is the accent colour (#1f3a5f), never a light notch
    light = [c for c in column if sum(c) > 3 * 150]
    assert not light, f"{len(light)} light pixels in the border, e.g. {light[:3]}"


def _gaps(data: bytes) -> list[float]:
    """Empty space (mm) between the last line of the body and the footer on every page but
    the last."""
    gaps = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages[:-1]:
            body = [w for w in page.extract_words() if w["bottom"] < page.height - 24 * MM]
            gaps.append((page.height - 24 * MM - max(w["bottom"] for w in body)) / MM)
    return gaps


def _comparison(lang: str) -> bytes:
    installed = load_tariffs([EXAMPLES], include_user_dir=False)
    valid, _ = installed.valid_on(START)
    tariffs = TariffSet(versions={v.id: [v] for v in valid})
    outcomes = price_all(build_request({**REQUEST, "tariff": "", "payment": "quarterly"}),
                         (t.tariff for t in tariffs), CATALOG)
    return render_comparison_pdf(outcomes, sha256={}, lang=lang, catalog=CATALOG,
                                 profile=PROFILE, client_name=LONG_NAME,
                                 client_address="Hauptstraße 12\n10115 Berlin", date=DATE,
                                 reference=Reference(insurer="Elbufer Versicherung AG",
                                                     gross_annual=Decimal("912.40")))


PAPERS: dict[str, Callable[[str], bytes]] = {
    "quote": lambda lang: quote(priced(), lang),
    "underwriting": lambda lang: quote(priced(**REFERRED), lang),
    "comparison": _comparison,
}


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_no_page_is_left_largely_empty_before_a_table(paper: str, lang: str) -> None:
    # a table starts where the text before it ends and continues overleaf; only a short
    # block (the premium's breakdown, a box) moves whole to the next page
    gaps = _gaps(PAPERS[paper](lang))
    assert gaps and max(gaps) < 36, gaps
