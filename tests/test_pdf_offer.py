"""The quote letter as a complete offer (broker duties §4), read back with pypdf in German
and English: the offer at a glance (start of cover and term, the insurer's conditions by name
and edition, the annual aggregate), the enclosures, the data-protection note and the
signature block with the adviser's name.

Expected values: the conditions and aggregates of handbook §13 (Nordlicht 2 × cover,
Rheinauen 3 × cover) for §8's request (cover 1,000,000, term 3 years) with a start on
2026-12-01, whose third year ends on 2029-11-30; an offer dated 2026-11-25 is kept 6 years
from the end of 2026, until 2032-12-31.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from premiumcalc.cli import main
from premiumcalc.pdf.offer import term_end

NORDLICHT = "nordlicht-it-2026"
RHEINAUEN = "rheinauen-digital-2026"
REQUEST = [
    "--profession", "software-development", "--revenue", "180000", "--cover", "1000000",
    "--deductible", "500", "--module", "general-liability", "--module", "cyber", "--startup",
    "--term", "3", "--payment", "monthly", "--country", "DE", "--start", "2026-12-01",
]
LETTER = ["--client-name", "Müller & Söhne GmbH", "--client-address", "Hauptstraße 12",
          "--date", "2026-11-25"]
PROFILE = """\
[broker]
name = "Jana Beispiel"
company = "Beispiel Versicherungsmakler"
legal_form = "GmbH"
address = "Lindenallee 5\\n20095 Hamburg"
email = "info@beispiel-makler.example"
status = "broker"
register_number = "D-W6DP-J2OWG-88"
advisers = ["Jana Beispiel", "Lena Probe"]
"""


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages).replace(
        "\u00a0", " ")


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "broker.toml"
    path.write_text(PROFILE, encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def offer(tmp_path: Path, lang: str, *extra: str, tariff: str = NORDLICHT,
          profile: Path | None = None) -> str:
    target = tmp_path / f"offer-{lang}.pdf"
    with_profile = ["--broker-profile", str(profile)] if profile else []
    code, _, err = run("pdf", "--tariff", tariff, *REQUEST, *LETTER, *with_profile,
                       "--lang", lang, *extra, "-o", str(target))
    assert code == 0, err
    return text_of(target)


# ---------------------------------------------------------------------------------------
# The offer at a glance


@pytest.mark.parametrize(("tariff", "lang", "expected"), [
    (NORDLICHT, "de", [
        "Ihr Angebot im Überblick Versicherungsbeginn 01.12.2026",
        "Vertragslaufzeit 3 Jahre, 01.12.2026 bis 30.11.2029",
        "Versicherungsbedingungen (Name und Stand) AVB IT-Haftpflicht Professional, "
        "Stand 01/2026",
        "Jahreshöchstleistung Vermögensschäden 2.000.000,00 € für alle Schäden eines "
        "Versicherungsjahres zusammen"]),
    (NORDLICHT, "en", [
        "Your offer at a glance Start of cover 1 Dec 2026",
        "Contract term 3 years, 1 Dec 2026 to 30 Nov 2029",
        "Insurer's conditions (name and edition) AVB IT-Haftpflicht Professional, "
        "Stand 01/2026",
        "Annual aggregate, professional indemnity €2,000,000.00 for all claims of one "
        "insurance year together"]),
    (RHEINAUEN, "de", [
        "Versicherungsbedingungen (Name und Stand) Bedingungen Digital Pro Haftpflicht, "
        "Fassung 02/2026",
        "Jahreshöchstleistung Vermögensschäden 3.000.000,00 €"]),
    (RHEINAUEN, "en", [
        "Insurer's conditions (name and edition) Bedingungen Digital Pro Haftpflicht, "
        "Fassung 02/2026",
        "Annual aggregate, professional indemnity €3,000,000.00"]),
])
def test_offer_states_start_term_conditions_and_annual_aggregate(
        tmp_path: Path, profile: Path, tariff: str, lang: str, expected: list[str]) -> None:
    text = offer(tmp_path, lang, tariff=tariff, profile=profile)
    for part in expected:
        assert part in text, part


def test_a_one_year_term_from_29_february_ends_on_28_february() -> None:
    assert term_end(dt.date(2028, 2, 29), 1) == dt.date(2029, 2, 28)
    assert term_end(dt.date(2026, 12, 1), 1) == dt.date(2027, 11, 30)


def test_offer_of_one_year_says_year_in_the_singular(tmp_path: Path, profile: Path) -> None:
    text = offer(tmp_path, "de", "--term", "1", profile=profile)
    assert "Vertragslaufzeit 1 Jahr, 01.12.2026 bis 30.11.2027" in text


# ---------------------------------------------------------------------------------------
# Enclosures


def test_offer_encloses_the_first_information_by_default(tmp_path: Path,
                                                         profile: Path) -> None:
    text = offer(tmp_path, "de", profile=profile)
    assert "Anlagen • Erstinformation des Versicherungsvermittlers (§ 15 VersVermV)" in text
    assert "Produktinformationsblatt" not in text


@pytest.mark.parametrize(("lang", "expected"), [
    ("de", "Anlagen • Erstinformation des Versicherungsvermittlers (§ 15 VersVermV) "
           "• Produktinformationsblatt des Versicherers (IPID): Nordlicht Versicherung AG "
           "• Versicherungsbedingungen: AVB IT-Haftpflicht Professional, Stand 01/2026 "
           "• Projektvertrag <Kunde> & Anlage 3"),
    ("en", "Enclosures • First information of the insurance intermediary (§ 15 VersVermV) "
           "• The insurer's product information sheet (IPID): Nordlicht Versicherung AG "
           "• The insurer's conditions: AVB IT-Haftpflicht Professional, Stand 01/2026 "
           "• Projektvertrag <Kunde> & Anlage 3"),
])
def test_offer_lists_the_enclosures_the_broker_attaches(
        tmp_path: Path, profile: Path, lang: str, expected: str) -> None:
    text = offer(tmp_path, lang, "--enclosure", "first-info", "--enclosure", "product-info",
                 "--enclosure", "conditions", "--enclosure", "Projektvertrag <Kunde> & Anlage 3",
                 profile=profile)
    assert expected in text


def test_enclosures_given_replace_the_default(tmp_path: Path, profile: Path) -> None:
    text = offer(tmp_path, "en", "--enclosure", "conditions", profile=profile)
    assert "Enclosures • The insurer's conditions: AVB IT-Haftpflicht Professional" in text
    assert "First information of the insurance intermediary" not in text


@pytest.mark.parametrize(("value", "message"), [
    ("  ", "enclosure: number 2 is empty"),
    ("x" * 201, "enclosure: number 2 has 201 characters; at most 200 are allowed"),
])
def test_a_bad_enclosure_is_refused_in_one_line(tmp_path: Path, value: str,
                                                message: str) -> None:
    target = tmp_path / "x.pdf"
    code, _, err = run("pdf", "--tariff", NORDLICHT, *REQUEST, *LETTER, "--enclosure",
                       "first-info", "--enclosure", value, "-o", str(target))
    assert code == 2
    assert err == f"premiumcalc: error: {message}\n"
    assert not target.exists()


# ---------------------------------------------------------------------------------------
# Data protection


def test_privacy_note_names_the_firm_purpose_insurer_and_how_long_in_german(
        tmp_path: Path, profile: Path) -> None:
    text = offer(tmp_path, "de", profile=profile)
    assert ("Datenschutz Beispiel Versicherungsmakler GmbH verarbeitet Ihre Angaben") in text
    assert "um Sie zu beraten, dieses Angebot zu erstellen und den Versicherungsvertrag zu " \
           "vermitteln" in text
    assert "an den Versicherer (Nordlicht Versicherung AG) übermittelt" in text
    assert "6 Jahre ab dem Ende des Kalenderjahres aufbewahrt, bis zum 31.12.2032" in text
    assert "Kontakt für den Datenschutz: info@beispiel-makler.example" in text


def test_privacy_note_in_english(tmp_path: Path, profile: Path) -> None:
    text = offer(tmp_path, "en", tariff=RHEINAUEN, profile=profile)
    assert "Data protection Beispiel Versicherungsmakler GmbH processes your details" in text
    assert "passed on to the insurer (Rheinauen Assekuranz AG)" in text
    assert "kept for 6 years from the end of the calendar year, until 31 Dec 2032" in text


def test_without_a_broker_profile_the_privacy_note_is_a_draft_not_an_anonymous_we(
        tmp_path: Path) -> None:
    text = offer(tmp_path, "de")
    assert ("Datenschutz ENTWURF – ohne Maklerangaben: Der Brief kann nicht nennen, wer die "
            "Daten des Kunden verarbeitet") in text
    assert "verarbeitet Ihre Angaben" not in text
    assert "(Name des Beraters)" in text


# ---------------------------------------------------------------------------------------
# Signature block with the adviser's name


@pytest.mark.parametrize(("lang", "regards", "role", "contact"), [
    ("de", "Mit freundlichen Grüßen", "Ihre Beratung", "Ihr Ansprechpartner Lena Probe"),
    ("en", "Kind regards", "Your adviser", "Your contact Lena Probe"),
])
def test_offer_is_signed_by_the_adviser_chosen(tmp_path: Path, profile: Path, lang: str,
                                              regards: str, role: str, contact: str) -> None:
    text = offer(tmp_path, lang, "--adviser", "Lena Probe", profile=profile)
    assert f"{regards} Lena Probe {role} Beispiel Versicherungsmakler GmbH" in text
    assert contact in text  # the information block names the same person


def test_without_adviser_the_profiles_person_signs(tmp_path: Path, profile: Path) -> None:
    text = offer(tmp_path, "en", profile=profile)
    assert "Kind regards Jana Beispiel Your adviser Beispiel Versicherungsmakler GmbH" in text


def test_an_adviser_not_in_the_profile_is_refused_naming_the_allowed(
        tmp_path: Path, profile: Path) -> None:
    target = tmp_path / "x.pdf"
    code, _, err = run("pdf", "--tariff", NORDLICHT, *REQUEST, *LETTER, "--broker-profile",
                       str(profile), "--adviser", "Max Fremd", "-o", str(target))
    assert code == 2
    assert err == ("premiumcalc: error: adviser: 'Max Fremd' is not an adviser of the broker "
                   "profile; allowed: Jana Beispiel, Lena Probe\n")
    assert not target.exists()


def test_the_offer_still_carries_the_separate_disclosure_notice_after_the_answers(
        tmp_path: Path, profile: Path) -> None:
    text = offer(tmp_path, "en", profile=profile)
    questions = text.index("Risk questions Question Answer")
    notice = text.index("Important: your pre-contractual disclosure")
    assert questions < notice
    assert "must be true and complete" in text[notice:]
    assert "the insurer may withdraw from the contract, terminate it or adjust it" in text
