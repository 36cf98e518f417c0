"""The quote PDF, read back as a user's PDF viewer sees it (pypdf for text and metadata,
pypdfium2 for where characters are drawn)."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from premiumcalc.fileio import WriteError
from premiumcalc.pdf import draft_number, render_quote_pdf, suggested_filename, write_quote_pdf
from premiumcalc.pdf.profile import BrokerProfile
from premiumcalc.pricing import Outcome, build_request, price
from premiumcalc.pricing.explain import coverage_scope, worksheet_rows
from premiumcalc.tariffs import Catalog, TariffSet, load_catalog, load_tariffs

# The handbook's worked example (the request of shared/specs/worked-example.json).
WORKED_EXAMPLE: dict[str, Any] = {
    "tariff": "nordlicht-it-2026", "profession": "software-development", "revenue": "180000",
    "cover": 1000000, "deductible": 500, "claims": 0,
    "modules": ["general-liability", "cyber"], "startup": True, "term": 3,
    "payment": "monthly", "country": "DE", "scenarios": ["lost-client-key"],
}
PROFILE = BrokerProfile(
    name="Jana Beispiel", company="Beispiel Versicherungsmakler GmbH",
    address="Lindenallee 5\n20095 Hamburg", phone="+49 40 123456",
    email="jana@beispiel-makler.de", register_number="D-ABCD-EFGHI-12", status="broker",
)
INJECTION = "<b>Müller & Söhne</b> <font size=80>X</font>"
DATE = dt.date(2026, 11, 25)
#: Part I's figures are those of a start of cover in 2026 (handbook §11): the versions used
#: are the ones valid on this day, whatever the date of the test run.
START = dt.date(2026, 12, 1)

MM = 72 / 25.4
A4_W, A4_H = 595.28, 841.89


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def tariffs() -> TariffSet:
    return load_tariffs(include_user_dir=False)


@pytest.fixture(scope="module")
def priced(catalog: Catalog, tariffs: TariffSet) -> Callable[..., tuple[Outcome, str]]:
    def run(**changes: Any) -> tuple[Outcome, str]:
        request = build_request({**WORKED_EXAMPLE, **changes})
        loaded = tariffs.get(request.tariff, START)
        assert loaded is not None
        return price(request, loaded.tariff, catalog), loaded.sha256

    return run


def render(outcome: Outcome, sha256: str, catalog: Catalog, *, lang: str = "de",
           client_name: str = "Müller & Söhne GmbH",
           client_address: str = "Hauptstraße 12\n10115 Berlin", **kw: Any) -> bytes:
    return render_quote_pdf(outcome, sha256=sha256, lang=lang, catalog=catalog,
                            profile=kw.pop("profile", PROFILE), client_name=client_name,
                            client_address=client_address, date=kw.pop("date", DATE), **kw)


def flat(text: str) -> str:
    """Whitespace (line breaks of wrapped paragraphs, no-break spaces) as single spaces."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def page_texts(data: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]


def char_boxes(data: bytes, page_index: int = 0) -> tuple[str, list[tuple[float, ...]]]:
    """The text of a page and the box (left, bottom, right, top) of each of its characters."""
    doc = pdfium.PdfDocument(data)
    try:
        text_page = doc[page_index].get_textpage()
        n = text_page.count_chars()
        text = text_page.get_text_range(0, n)
        boxes = [tuple(text_page.get_charbox(i)) for i in range(n)]
        return text, boxes
    finally:
        doc.close()


# ---------------------------------------------------------------------------------------


def test_quote_reads_back_with_client_number_premium_worksheet_cover_and_notes(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog) -> None:
    outcome, sha256 = priced()
    data = render(outcome, sha256, catalog)
    pages = page_texts(data)
    text = " ".join(pages)

    assert "Müller & Söhne GmbH" in text
    assert "Hauptstraße 12" in text
    assert draft_number(outcome.request, "de", "Müller & Söhne GmbH") in text
    assert re.search(r"ENTWURF-[0-9a-f]{8}", text)
    # the handbook's worked example: 726,65 € gross per year, 60,60 € then 11 × 60,55 €
    assert "726,65 €" in text
    assert "erste Rate 60,60 €, dann 11 × 60,55 €" in text
    assert "25.11.2026" in text and "25.12.2026" in text  # date and 30 days validity
    # every worksheet row with the handbook's amount (§8), in the German format
    amounts = ["430,00", "490,20", "120,00", "150,00", "760,20", "114,03", "64,62", "581,55",
               "29,08", "116,02", "726,65"]
    rows = worksheet_rows(outcome, "de", catalog)
    assert len(rows) == len(amounts)
    # the band's limit in euros, as every amount of the page
    assert "Grundprämie Risikoklasse B, Umsatzklasse 2 (bis 250.000 €) 430,00 €" in text
    for row, amount in zip(rows[1:], amounts[1:], strict=True):
        assert flat(f"{row.label} {row.detail} {amount} €") in text
    for exclusion in coverage_scope(outcome, "de", catalog).not_covered:
        assert flat(exclusion) in text
    assert "Kundenschlüssel verloren" in text  # the chosen scenario with its payout
    assert "Leistung 900,00 €" in text  # handbook §9: 1,400 − 500
    assert "Dieses Angebot ist unverbindlich" in text
    assert "Maßgeblich sind allein der Versicherungsschein und die Versicherungsbedingungen" \
        in text
    assert "Versicherungsmakler mit Erlaubnis nach § 34d Abs. 1 GewO" in text
    assert "D-ABCD-EFGHI-12" in text
    n = len(pages)
    assert n >= 2
    for i, page in enumerate(pages, start=1):
        assert f"Seite {i} von {n}" in page


def test_english_quote_uses_english_texts_and_amounts(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog) -> None:
    outcome, sha256 = priced()
    pages = page_texts(render(outcome, sha256, catalog, lang="en"))
    text = " ".join(pages)
    assert "€726.65" in text
    number = draft_number(outcome.request, "de", "Müller & Söhne GmbH")
    assert f"DRAFT-{number.split('-')[1]}" in text
    assert "Rating worksheet" in text and "Insurance tax" in text
    assert "This quote is non-binding" in text
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert "Seite" not in text and "Angebot" not in text


def test_metadata_names_the_quote_the_broker_and_the_tariff(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog) -> None:
    outcome, sha256 = priced()
    meta = PdfReader(io.BytesIO(render(outcome, sha256, catalog))).metadata
    assert meta is not None
    number = draft_number(outcome.request, "de", "Müller & Söhne GmbH")
    assert meta.title == f"Angebot {number} – Müller & Söhne GmbH"
    assert meta.author == "Beispiel Versicherungsmakler GmbH"
    assert meta.subject is not None and "Nordlicht Versicherung AG" in meta.subject
    assert meta.creator is not None and meta.creator.startswith("premiumcalc")


def test_every_font_is_embedded_dejavu_so_euro_and_umlauts_render(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog) -> None:
    outcome, sha256 = priced()
    reader = PdfReader(io.BytesIO(render(outcome, sha256, catalog)))
    seen = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            font = ref.get_object()
            seen.add(str(font["/BaseFont"]).split("+")[-1])
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
    assert seen == {"DejaVuSans", "DejaVuSans-Bold"}


def test_markup_typed_as_client_name_prints_literally(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog) -> None:
    outcome, sha256 = priced()
    data = render(outcome, sha256, catalog, client_name=INJECTION,
                  client_address="<br/>Straße & Co <i>1</i>")
    text = " ".join(page_texts(data))
    assert INJECTION in text
    assert "<br/>Straße & Co <i>1</i>" in text
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None and meta.title is not None and meta.title.endswith(INJECTION)


def test_client_address_sits_in_the_window_of_a_din_5008_form_b_envelope(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog) -> None:
    outcome, sha256 = priced()
    text, boxes = char_boxes(render(outcome, sha256, catalog))
    start = text.index("Müller & Söhne GmbH")
    end = text.index("10115 Berlin") + len("10115 Berlin")
    for i in range(start, end):
        left, bottom, right, top = boxes[i]
        if right - left <= 0:  # generated spaces and line breaks have no box
            continue
        assert left >= 20 * MM and right <= 105 * MM
        assert bottom >= A4_H - 90 * MM and top <= A4_H - 45 * MM


def test_name_and_address_beyond_the_address_field_are_refused_not_shrunk(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog) -> None:
    """Beyond handbook §16's lines the letter is not made: no 2 pt address (issue #17, 7)."""
    from premiumcalc.pricing.request import InvalidInput

    outcome, sha256 = priced()
    name = ("Internationale Softwareentwicklungs- und Beratungsgesellschaft mit beschränkter "
            "Haftung & Co. KG " + "Ä" * 120)
    with pytest.raises(InvalidInput, match=r"^client name: does not fit in 2 lines"):
        render(outcome, sha256, catalog, client_name=name)
    address = "\n".join(["c/o Abteilung Einkauf, z. Hd. Frau Dr. Schmidt-Wolkenstein " * 3] * 6)
    with pytest.raises(InvalidInput, match=r"^client address: does not fit"):
        render(outcome, sha256, catalog, client_address=address)


def test_same_input_and_date_give_identical_bytes(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog) -> None:
    outcome, sha256 = priced()
    first = render(outcome, sha256, catalog)
    assert render(outcome, sha256, catalog) == first
    later = render(outcome, sha256, catalog, date=DATE + dt.timedelta(days=1))
    assert later != first
    assert "26.11.2026" in " ".join(page_texts(later))


def test_saved_quote_number_replaces_the_draft_number(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog) -> None:
    outcome, sha256 = priced()
    text = " ".join(page_texts(render(outcome, sha256, catalog, quote_number="Q-2026-0042")))
    assert "Q-2026-0042" in text
    assert "ENTWURF-" not in text


def test_referred_request_gives_the_underwriting_document(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog) -> None:
    outcome, sha256 = priced(revenue="5000000", claims=3)
    assert outcome.status == "referred"
    data = render(outcome, sha256, catalog)
    pages = page_texts(data)
    text = " ".join(pages)
    assert "Anfrage zur Risikoprüfung" in text
    assert "Nordlicht Versicherung AG Risikoprüfung" in text  # addressed to the insurer
    # the reasons as sentences, amounts in € as everywhere on the page (handbook §2, §5)
    assert "• Ein Jahresumsatz über 3.000.000 € erfordert eine individuelle Risikoprüfung" \
        in text
    assert "• Zwei oder mehr Vorschäden in 5 Jahren" in text
    assert "EUR" not in text
    assert "Müller & Söhne GmbH" in text and "5.000.000,00 €" in text
    assert "Entscheidung des Versicherers" in text and "Datum, Name, Unterschrift" in text
    assert "Bruttoprämie" not in text and "Gültig bis" not in text
    assert f"Seite {len(pages)} von {len(pages)}" in pages[-1]
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None and meta.title is not None
    assert meta.title.startswith("Anfrage zur Risikoprüfung ENTWURF-")


def test_declined_request_asks_the_insurer_for_cover_outside_the_tariff(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog) -> None:
    outcome, sha256 = priced(profession="weapons-systems")
    assert outcome.status == "declined"
    text = " ".join(page_texts(render(outcome, sha256, catalog, lang="en")))
    assert "Request for underwriting" in text
    assert "does not accept the following request" in text
    assert "Weapons and military systems is not insured by this tariff" in text  # handbook §3


def test_letter_without_broker_profile_is_a_visible_draft_never_an_anonymous_we(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog) -> None:
    outcome, sha256 = priced()
    data = render(outcome, sha256, catalog, profile=BrokerProfile())
    pages = page_texts(data)
    text = " ".join(pages)
    assert "726,65 €" in text and "Register-Nr." not in text
    assert pages[0].count("ENTWURF – ohne Maklerangaben") >= 2  # letterhead and footer
    assert "Wir sind als" not in text and "bieten wir Ihnen" not in text
    assert "dieser Entwurf darf nicht an den Kunden gehen" in text
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None and meta.author == "premiumcalc"
    english = " ".join(page_texts(render(outcome, sha256, catalog, lang="en",
                                         profile=BrokerProfile(status="agent"))))
    assert "DRAFT – no broker details" in english
    assert "We act" not in english and "we are pleased" not in english
    assert "must not be sent to the client" in english


def test_request_for_underwriting_without_broker_profile_is_a_draft_too(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog) -> None:
    outcome, sha256 = priced(profession="weapons-systems")
    text = " ".join(page_texts(render(outcome, sha256, catalog, lang="en",
                                      profile=BrokerProfile())))
    assert "DRAFT – no broker details" in text
    assert "We kindly ask" not in text and "We act" not in text


def test_broken_logo_file_does_not_stop_the_letter(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog, tmp_path: Path) -> None:
    outcome, sha256 = priced()
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"not a picture")
    profile = PROFILE.model_copy(update={"logo": str(logo)})
    assert "726,65 €" in " ".join(page_texts(render(outcome, sha256, catalog, profile=profile)))


def test_write_quote_pdf_writes_the_rendered_bytes(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog, tmp_path: Path) -> None:
    outcome, sha256 = priced()
    target = tmp_path / "angebot.pdf"
    write_quote_pdf(target, outcome, sha256=sha256, lang="de", catalog=catalog,
                    profile=PROFILE, client_name="Müller & Söhne GmbH",
                    client_address="Hauptstraße 12\n10115 Berlin", date=DATE)
    assert target.read_bytes() == render(outcome, sha256, catalog)
    assert os.listdir(tmp_path) == ["angebot.pdf"]


def test_unwritable_target_raises_and_leaves_no_file(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog, tmp_path: Path) -> None:
    outcome, sha256 = priced()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a regular file")
    target = blocker / "angebot.pdf"
    with pytest.raises(WriteError, match=r"cannot write .*angebot\.pdf"):
        write_quote_pdf(target, outcome, sha256=sha256, lang="de", catalog=catalog,
                        profile=PROFILE, client_name="X", date=DATE)
    assert not target.exists()
    assert sorted(os.listdir(tmp_path)) == ["not-a-folder"]


def test_failed_export_keeps_the_previous_file_and_leaves_no_temporary(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    outcome, sha256 = priced()
    target = tmp_path / "angebot.pdf"
    target.write_bytes(b"%PDF-1.4 the quote sent last week")

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(WriteError, match="No space left on device"):
        write_quote_pdf(target, outcome, sha256=sha256, lang="de", catalog=catalog,
                        profile=PROFILE, client_name="X", date=DATE)
    assert target.read_bytes() == b"%PDF-1.4 the quote sent last week"
    assert os.listdir(tmp_path) == ["angebot.pdf"]


def test_unknown_language_is_refused(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog) -> None:
    outcome, sha256 = priced()
    with pytest.raises(ValueError, match="lang: 'fr'"):
        render(outcome, sha256, catalog, lang="fr")


def test_draft_number_follows_the_request_and_suggested_names_are_safe(
        priced: Callable[..., tuple[Outcome, str]]) -> None:
    outcome, _ = priced()
    other, _ = priced(deductible=1000)
    client = "Müller & Söhne GmbH"
    number = draft_number(outcome.request, "de", client)
    assert number.removeprefix("ENTWURF-") == draft_number(
        outcome.request, "en", client).removeprefix("DRAFT-")
    assert draft_number(other.request, "de", client) != number
    # the same request for another client is another draft; spacing does not matter
    assert draft_number(outcome.request, "de", "Schmidt Digital") != number
    assert draft_number(outcome.request, "de", " Müller  & Söhne GmbH ") == number
    assert suggested_filename("ENTWURF-3f9a2c1b", "Müller & Söhne / GmbH", "de") == \
        "Angebot-ENTWURF-3f9a2c1b-Müller-Söhne-GmbH.pdf"
    assert suggested_filename("DRAFT-3f9a2c1b", "", "en") == "Quote-DRAFT-3f9a2c1b.pdf"
    assert suggested_filename("DRAFT-1", "../../etc", "en", underwriting=True) == \
        "Underwriting-request-DRAFT-1-etc.pdf"


def test_long_firm_keeps_the_return_line_readable(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog) -> None:
    outcome, sha256 = priced()
    firm = ("Norddeutsche Versicherungsmakler- und Finanzdienstleistungs-Beratungsgesellschaft "
            "für Informationstechnologie und Medien GmbH")
    data = render(outcome, sha256, catalog, profile=PROFILE.model_copy(update={"company": firm}))
    text, boxes = char_boxes(data, 0)
    capitals = [boxes[m.start()] for m in re.finditer("Norddeutsche", text)]
    in_return_zone = [b for b in capitals if b[1] >= A4_H - 63 * MM and b[3] <= A4_H - 57 * MM]
    assert len(in_return_zone) == 1  # the return line above the address
    _left, bottom, _right, top = in_return_zone[0]
    assert top - bottom >= 4  # 6.5 pt type, not shrunk to fit the whole firm into one line


@pytest.mark.parametrize(("lang", "ungrouped"), [("de", r"(?<![\d.,])\d{4,},\d\d"),
                                                ("en", r"(?<![\d.,])\d{4,}\.\d\d")])
def test_worksheet_groups_thousands_as_the_amounts_beside_it(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog, lang: str,
        ungrouped: str) -> None:
    outcome, sha256 = priced(revenue="2900000", cover=3000000)
    assert outcome.premium is not None and outcome.premium.net_annual > 1000
    text = " ".join(page_texts(render(outcome, sha256, catalog, lang=lang)))
    assert not re.findall(ungrouped, text)  # "1347,89" beside "1.347,89 €"
    assert "EUR" not in text
    net = f"{outcome.premium.net_annual:,.2f}"
    if lang == "de":
        net = net.replace(",", " ").replace(".", ",").replace(" ", ".")
    assert f"{net} ×" in text or f"{net} +" in text or f"({net} +" in text


def test_creation_date_is_the_given_date_or_the_real_time(
        priced: Callable[..., tuple[Outcome, str]], catalog: Catalog) -> None:
    outcome, sha256 = priced()
    given = PdfReader(io.BytesIO(render(outcome, sha256, catalog))).metadata
    assert given is not None and given.creation_date is not None
    assert given.creation_date.date() == DATE  # the --date, not 2000-01-01
    data = render_quote_pdf(outcome, sha256=sha256, lang="de", catalog=catalog,
                            profile=PROFILE, client_name="Müller & Söhne GmbH")
    now = PdfReader(io.BytesIO(data)).metadata
    assert now is not None and now.creation_date is not None
    assert abs(now.creation_date.timestamp() - dt.datetime.now().timestamp()) < 600
