"""The comparison's layout read back with pdfplumber: tariffs side by side with every word
and amount whole, the reasons of referred and declined tariffs in a block of their own, the
regular instalment, and what each module costs or includes (issue #17, points 1-4)."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import pyphen
import pytest

from premiumcalc.pdf.comparison import Reference, render_comparison_pdf
from premiumcalc.pdf.profile import BrokerProfile
from premiumcalc.pricing import Outcome, build_request
from premiumcalc.pricing.compare import price_all
from premiumcalc.tariffs import TariffSet, load_catalog, load_tariffs

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"
CATALOG = load_catalog()
REQUEST: dict[str, Any] = {
    "profession": "software-development", "revenue": "180000", "cover": 1000000,
    "deductible": 500, "modules": ["general-liability", "cyber"], "startup": True, "term": 3,
    "payment": "monthly", "country": "DE", "start": dt.date(2026, 12, 1),
}
PROFILE = BrokerProfile(name="Jana Beispiel", company="Beispiel Versicherungsmakler GmbH",
                        address="Lindenallee 5\n20095 Hamburg", phone="+49 40 123456",
                        register_number="D-ABCD-EFGHI-12")
LONG_NAME = ("Müller & Söhne IT-Sicherheitsdienstleistungen und Softwareentwicklung "
             "Gesellschaft mit beschränkter Haftung")
#: A current contract with amounts as large as the command line accepts (handbook §16).
BIG_REFERENCE = Reference(insurer="Elbufer Versicherung Aktiengesellschaft",
                          gross_annual=Decimal("999999999.99"), key_limit=Decimal("20000"))


def compared(**changes: Any) -> list[Outcome]:
    installed = load_tariffs([EXAMPLES], include_user_dir=False)
    valid, _ = installed.valid_on(dt.date(2026, 12, 1))
    tariffs = TariffSet(versions={v.id: [v] for v in valid})
    return price_all(build_request({**REQUEST, **changes}), (t.tariff for t in tariffs), CATALOG)


def render(lang: str, outcomes: list[Outcome], reference: Reference = BIG_REFERENCE) -> bytes:
    return render_comparison_pdf(outcomes, sha256={}, lang=lang, catalog=CATALOG,
                                 profile=PROFILE, reference=reference, client_name=LONG_NAME,
                                 client_address="Hauptstraße 12\n10115 Berlin",
                                 date=dt.date(2026, 11, 25))


def lines_of(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [line for page in pdf.pages for line in (page.extract_text() or "").splitlines()]


def text_of(data: bytes) -> str:
    return " ".join(" ".join(lines_of(data)).split()).replace("\u00a0", " ")


def cell_lines(data: bytes) -> list[str]:
    """The text of every cell line on its own: words closer than a column's gap belong to
    the same cell, so a line of the table becomes one entry per cell."""
    cells: list[str] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            rows: dict[int, list[dict[str, Any]]] = {}
            for word in page.extract_words(keep_blank_chars=True, x_tolerance=1.5):
                rows.setdefault(round(word["top"]), []).append(word)
            for words in rows.values():
                words.sort(key=lambda w: w["x0"])
                current = [words[0]]
                for w in words[1:]:
                    if w["x0"] - current[-1]["x1"] > 6:  # a column's padding and more
                        cells.append(" ".join(x["text"] for x in current))
                        current = []
                    current.append(w)
                cells.append(" ".join(x["text"] for x in current))
    return cells


GERMAN = pyphen.Pyphen(lang="de_DE")
#: A German amount of money: 1.234,56 € (with its euro sign, on the same line).
AMOUNT_END = re.compile(r"\d,\d\d$")


@pytest.mark.parametrize("payment", ["quarterly", "monthly"])
def test_german_comparison_splits_no_amount_and_hyphenates_only_at_syllables(
        payment: str) -> None:
    outcomes = compared(payment=payment, revenue="999999999", modules=["worldwide"],
                        claims=3)
    outcomes += compared(payment=payment)
    cells = cell_lines(render("de", outcomes))
    for i, cell in enumerate(cells):
        # no euro sign alone or at the start of a line, no amount without its euro sign
        assert not cell.startswith("€"), cells[i - 1:i + 1]
        assert not AMOUNT_END.search(cell), cell
        # a word broken at the end of a line is broken where German hyphenates it
        m = re.search(r"([a-zäöüß]+)-$", cell)
        if m and i + 1 < len(cells):
            head = cell.split()[-1].rstrip("-")
            rest = re.match(r"[a-zäöüß)]+", cells[i + 1])
            if rest:
                word = (head + rest.group(0)).strip("()")
                assert len(head.lstrip("(")) in GERMAN.positions(word), (cell, cells[i + 1])
    text = " ".join(cells)
    assert "vierteljährlich" in text or "monatlich" in text
    assert "999.999.999,99 €" in text  # the largest reference premium on one line


def test_tariffs_are_columns_with_each_fact_a_row() -> None:
    text = text_of(render("de", compared(), Reference(
        insurer="Elbufer Versicherung AG", gross_annual=Decimal("912.40"))))
    # the gross of the three tariffs (handbook §8, §15, Hafenkante as in test_gui_compare)
    assert "Brutto pro Jahr 912,40 € 726,65 € 841,76 € 881,97 €" in text
    # the label wraps; the differences stand on its first line
    assert "Differenz zum – −185,75 € −70,64 € −30,43 € bestehenden Vertrag" in text


def test_referred_and_declined_reasons_are_bullets_with_the_modules_names() -> None:
    outcomes = compared(revenue="999999999", modules=["worldwide"], claims=3, cover=5000000)
    for lang, module in (("de", "„Weltweite Deckung“"), ("en", "“Worldwide cover”")):
        lines = lines_of(render(lang, outcomes))
        text = " ".join(lines)
        assert "worldwide" not in text.replace("Worldwide cover", "")  # no module ids
        bullets = [ln for ln in lines if ln.startswith("•")]
        reasons = [b for b in bullets if "Risikoprüfung" in b or "underwriting" in b
                   or "angeboten" in b or "offered" in b or "Vorschäden" in b
                   or "claims" in b]
        # Nordlicht refers for revenue and claims, Hafenkante declines for revenue, cover,
        # claims and the module, Rheinauen for revenue, cover and claims
        assert len(reasons) == 9, reasons
        assert any(module in b for b in bullets)
        for b in reasons:
            assert b[2:3].isupper(), b  # a sentence: capital letter first
        assert "EUR" not in text
    text = text_of(render("de", outcomes))
    assert "Warum Tarife die Anfrage prüfen oder ablehnen" in text
    assert "Hafenkante Versicherung AG, TechSchutz Kompakt: nicht versicherbar" in text


def test_per_instalment_is_the_regular_one_and_the_first_where_it_differs() -> None:
    text = text_of(render("de", compared(payment="monthly"), Reference()))
    # Hafenkante: 841,76 € a year in 12 instalments; each 841,76 / 12 rounded down is
    # 70,14 €, the first takes the rest: 841,76 − 11 × 70,14 = 70,22 € (handbook §1.13)
    assert "70,14 €" in text and "erste Rate 70,22 €" in text
    assert "Rate (monatlich)" in text
    # Nordlicht: 726,65 €: 11 × 60,55 € and a first of 60,60 € (handbook §8)
    assert "60,55 €" in text and "erste Rate 60,60 €" in text


def test_chosen_modules_are_in_the_price_and_others_show_what_they_add() -> None:
    outcomes = compared()
    nordlicht = next(o for o in outcomes if o.tariff.id == "nordlicht-it-2026")
    with_worldwide = next(o for o in compared(modules=["general-liability", "cyber",
                                                       "worldwide"])
                          if o.tariff.id == "nordlicht-it-2026")
    assert nordlicht.premium is not None and with_worldwide.premium is not None
    added = with_worldwide.premium.gross_annual - nordlicht.premium.gross_annual
    for lang, chosen, extra in (
            ("de", "im Preis enthalten", f"wählbar für +{added:.2f}".replace(".", ",")),
            ("en", "included in this price", f"available for +€{added:.2f}")):
        text = text_of(render(lang, outcomes, Reference()))
        assert "optional" not in text
        gl = re.search(r"(Betriebshaftpflicht|General liability) (.*?) (Schlüsselverlust|"
                       r"Lost keys)", text)
        assert gl is not None
        assert gl.group(2).count(chosen) == 3, gl.group(2)
        assert extra in text
