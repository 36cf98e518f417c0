"""The start of cover, the tariff version with its period, the insurer's conditions,
aggregates, prior acts, run-off (handbook §11, §13) and the risk questions with the § 19 VVG
notice (§14) on the quote, underwriting-request and comparison PDFs, read back with pypdf.

The expected figures are the handbook's: §13's table (aggregates 2 × and 3 × the cover,
general liability 2 × 3,000,000 and 2 × 5,000,000, prior acts unlimited / 60 months,
run-off 5 / 3 years) for §8's request, and §11's version periods.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from premiumcalc.cli import main

DATA = Path(__file__).parent / "data"
NORDLICHT = "nordlicht-it-2026"
RHEINAUEN = "rheinauen-digital-2026"
#: §8's request (without the tariff).
REQUEST = [
    "--profession", "software-development", "--revenue", "180000", "--cover", "1000000",
    "--deductible", "500", "--module", "general-liability", "--module", "cyber", "--startup",
    "--term", "3", "--payment", "monthly", "--country", "DE",
]
LETTER = ["--client-name", "Müller & Söhne GmbH", "--client-address", "Hauptstraße 12",
          "--date", "2026-11-25"]

QUESTIONS_DE = [
    "Ist Ihnen ein Fehler oder Umstand bekannt, der zu einem Anspruch gegen Sie führen könnte?",
    "Haben Sie Kunden, Umsätze oder Tochtergesellschaften in den USA oder Kanada?",
    "Hat ein Versicherer Ihre Haftpflichtversicherung je abgelehnt, gekündigt oder "
    "eingeschränkt?",
    "Befinden Sie sich in einem Insolvenzverfahren, oder waren Sie es in den letzten 5 Jahren?",
]
QUESTIONS_EN = [
    "Do you know of a mistake or circumstance that could lead to a claim against you?",
    "Do you have clients, revenue or subsidiaries in the USA or Canada?",
    "Has an insurer ever refused, cancelled or restricted your liability insurance?",
    "Are you in insolvency proceedings, or have you been in the last 5 years?",
]


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages).replace(
        "\u00a0", " ")


def run(*args: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    assert code == 0, err.getvalue()


def quote_pdf(tmp_path: Path, lang: str, *extra: str, tariff: str = NORDLICHT,
              start: str = "2027-03-01", name: str = "q.pdf") -> Path:
    out = tmp_path / name
    run("pdf", "--tariff", tariff, *REQUEST, *LETTER, "--start", start, "--lang", lang,
        *extra, "-o", str(out))
    return out


def compare_pdf(tmp_path: Path, lang: str, *extra: str, start: str = "2026-03-01") -> Path:
    out = tmp_path / "c.pdf"
    run("compare", *REQUEST, "--client-name", "Müller", "--date", "2026-11-25", "--start",
        start, "--lang", lang, *extra, "--pdf", str(out))
    return out


# ---------------------------------------------------------------------------------------
# Start of cover and the version with its period (§11)


def test_quote_shows_the_start_and_the_2027_version_open_ended_in_german(
        tmp_path: Path) -> None:
    text = text_of(quote_pdf(tmp_path, "de"))
    assert "Versicherungsbeginn 01.03.2027" in text
    assert "nordlicht-it-2026, Version 2027-01, gültig ab 01.01.2027" in text
    assert "745,40 €" in text  # §11: the 2027-01 version priced this start


def test_quote_shows_the_2026_version_with_its_end_in_english(tmp_path: Path) -> None:
    text = text_of(quote_pdf(tmp_path, "en", start="2026-12-31"))
    assert "Start of cover 31 Dec 2026" in text
    assert "nordlicht-it-2026, version 2026-01, valid 1 Jan 2026 to 31 Dec 2026" in text
    assert "€726.65" in text


def test_quote_shows_the_2026_version_with_its_end_in_german(tmp_path: Path) -> None:
    text = text_of(quote_pdf(tmp_path, "de", start="2026-12-31"))
    assert "Version 2026-01, gültig vom 01.01.2026 bis 31.12.2026" in text


def test_request_for_underwriting_shows_the_start_and_the_version(tmp_path: Path) -> None:
    text = text_of(quote_pdf(tmp_path, "en", "--yes", "known-circumstances",
                             start="2026-06-15"))
    assert "Request for underwriting" in text
    assert "Start of cover 15 Jun 2026" in text
    assert "version 2026-01, valid 1 Jan 2026 to 31 Dec 2026" in text


@pytest.mark.parametrize("lang", ["de", "en"])
def test_comparison_shows_the_start_and_each_versions_period(tmp_path: Path,
                                                             lang: str) -> None:
    text = text_of(compare_pdf(tmp_path, lang))
    if lang == "de":
        assert "Versicherungsbeginn 01.03.2026" in text
        assert "2026-01 gültig vom 01.01.2026 bis 31.12.2026" in text
        assert "2026-02 gültig ab 01.02.2026" in text
        assert "Version 2026-01, gültig vom 01.01.2026 bis 31.12.2026 (Tarif nordlicht" in text
    else:
        assert "Start of cover 1 Mar 2026" in text
        assert "2026-01 valid 1 Jan 2026 to 31 Dec 2026" in text
        assert "2026-02 valid from 1 Feb 2026" in text
        assert "version 2026-02, valid from 1 Feb 2026 (tariff rheinauen" in text


def test_comparison_in_2027_prices_and_names_the_2027_version(tmp_path: Path) -> None:
    text = text_of(compare_pdf(tmp_path, "de", start="2027-03-01"))
    assert "Versicherungsbeginn 01.03.2027" in text
    assert "2027-01 gültig ab 01.01.2027" in text
    assert "745,40 €" in text
    assert "2026-01" not in text


# ---------------------------------------------------------------------------------------
# Conditions, aggregates, sublimits, prior acts, run-off (§13)


def test_nordlicht_quote_states_every_term_in_german(tmp_path: Path) -> None:
    text = text_of(quote_pdf(tmp_path, "de"))
    assert "Versicherungsbedingungen AVB IT-Haftpflicht Professional, Stand 01/2026" in text
    # professional indemnity: 2 × 1,000,000, contractual penalties sublimit 50,000
    assert ("Limit: 1.000.000,00 € Selbstbeteiligung: 500,00 € "
            "Jahreshöchstleistung: 2.000.000,00 €") in text
    assert "Vertragsstrafen (Vertraulichkeit, Datenschutz): 50.000,00 €" in text
    # general liability: limit 3,000,000, aggregate 6,000,000, no bodily-injury deductible
    assert "Limit: 3.000.000,00 € Selbstbeteiligung: 500,00 € Jahreshöchstleistung: " \
           "6.000.000,00 €" in text
    assert "Selbstbehalt bei Personenschäden: keiner (0,00 €)" in text
    # cyber: 1 × its limit of 250,000
    assert "Limit: 250.000,00 € Selbstbeteiligung: 1.000,00 € Jahreshöchstleistung: " \
           "250.000,00 €" in text
    assert "Rückwärtsdeckung (bei Beginn unbekannte Verstöße) unbegrenzt" in text
    assert "Nachhaftung nach Vertragsende 5 Jahre" in text
    assert "im Tarif nicht angegeben" not in text


def test_rheinauen_quote_states_every_term_in_english(tmp_path: Path) -> None:
    text = text_of(quote_pdf(tmp_path, "en", tariff=RHEINAUEN, start="2026-03-01"))
    assert "Insurer's conditions Bedingungen Digital Pro Haftpflicht, Fassung 02/2026" in text
    assert "Limit: €1,000,000.00 Deductible: €500.00 Annual aggregate: €3,000,000.00" in text
    assert "Contractual penalties (confidentiality, data protection): not covered" in text
    assert "Limit: €5,000,000.00 Deductible: €500.00 Annual aggregate: €10,000,000.00" in text
    # the chosen deductible applies to bodily injury, too
    assert "Deductible for bodily injury: €500.00" in text
    assert "Prior acts (breaches unknown at the start of cover) 60 months" in text
    assert "Run-off after the contract ends 3 years" in text
    assert "not stated by the tariff" not in text


def test_request_for_underwriting_is_addressed_to_the_insurers_postal_address(
        tmp_path: Path) -> None:
    text = text_of(quote_pdf(tmp_path, "de", "--yes", "insurance-refused", tariff=RHEINAUEN,
                             start="2026-03-01"))
    assert "Rheinauen Assekuranz AG Risikoprüfung Rheinufer 7 50668 Köln" in text


@pytest.mark.parametrize(("lang", "not_stated"), [("de", "im Tarif nicht angegeben"),
                                                  ("en", "not stated by the tariff")])
def test_a_format_1_tariff_shows_not_stated(tmp_path: Path, lang: str,
                                            not_stated: str) -> None:
    tariffs = tmp_path / "tariffs"
    tariffs.mkdir()
    shutil.copy(DATA / "format-one-tariff.toml", tariffs)
    text = text_of(quote_pdf(tmp_path, lang, "--tariff-dir", str(tariffs),
                             tariff="format-one-sample"))
    if lang == "de":
        assert f"Versicherungsbedingungen {not_stated}" in text
        assert f"Jahreshöchstleistung: {not_stated}" in text
        assert f"Vertragsstrafen (Vertraulichkeit, Datenschutz): {not_stated}" in text
        assert f"Selbstbehalt bei Personenschäden: {not_stated}" in text
        assert f"Rückwärtsdeckung (bei Beginn unbekannte Verstöße) {not_stated}" in text
        assert f"Nachhaftung nach Vertragsende {not_stated}" in text
    else:
        assert f"Insurer's conditions {not_stated}" in text
        assert f"Annual aggregate: {not_stated}" in text
        assert f"Prior acts (breaches unknown at the start of cover) {not_stated}" in text
        assert f"Run-off after the contract ends {not_stated}" in text
    # three parts (professional indemnity, general liability, cyber): no aggregate stated
    key = "Jahreshöchstleistung" if lang == "de" else "Annual aggregate"
    assert text.count(f"{key}: {not_stated}") == 3


@pytest.mark.parametrize("lang", ["de", "en"])
def test_comparison_has_conditions_aggregate_prior_acts_and_run_off(tmp_path: Path,
                                                                     lang: str) -> None:
    tariffs = tmp_path / "tariffs"
    tariffs.mkdir()
    shutil.copy(DATA / "format-one-tariff.toml", tariffs)
    text = text_of(compare_pdf(tmp_path, lang, "--tariff-dir", str(tariffs)))
    # one column per tariff (the format 1 file, the cheapest, first), one row per fact
    if lang == "de":
        stated = "im Tarif nicht angegeben"
        assert (f"Bedingungen {stated} AVB IT-Haftpflicht Professional, Stand 01/2026 "
                "Bedingungen Digital Pro Haftpflicht, Fassung 02/2026") in text
        assert (f"Jahreshöchstleistung (Vermögensschäden) {stated} 2.000.000 € "
                "3.000.000 €") in text
        assert f"Rückwärtsdeckung {stated} unbegrenzt 60 Monate" in text
        assert f"Nachhaftung {stated} 5 Jahre 3 Jahre" in text
    else:
        stated = "not stated by the tariff"
        assert (f"Conditions {stated} AVB IT-Haftpflicht Professional, Stand 01/2026 "
                "Bedingungen Digital Pro Haftpflicht, Fassung 02/2026") in text
        assert (f"Annual aggregate (professional indemnity) {stated} €2,000,000 "
                "€3,000,000") in text
        assert f"Prior acts {stated} unlimited 60 months" in text
        assert f"Run-off {stated} 5 years 3 years" in text


# ---------------------------------------------------------------------------------------
# Risk questions and the § 19 VVG notice (§14)


def answers(text: str, questions: list[str], words: list[str]) -> None:
    for question, word in zip(questions, words, strict=True):
        assert f"{question} {word}" in text, (question, word)


def test_quote_lists_every_question_answered_no_and_the_notice_in_german(
        tmp_path: Path) -> None:
    text = text_of(quote_pdf(tmp_path, "de"))
    assert "Risikofragen Frage Antwort" in text
    answers(text, QUESTIONS_DE, ["Nein"] * 4)
    assert ("Wichtig: Ihre vorvertragliche Anzeigepflicht Ihre Antworten auf diese Fragen "
            "sind Ihre vorvertragliche Anzeige gegenüber dem Versicherer (§ 19 VVG) und müssen "
            "wahr und vollständig sein. Eine falsche oder fehlende Antwort kann den "
            "Versicherungsschutz gefährden") in text


def test_quote_with_us_business_and_worldwide_lists_the_yes_in_english(
        tmp_path: Path) -> None:
    # Nordlicht: a yes to US/Canada business has no effect when worldwide is selected
    text = text_of(quote_pdf(tmp_path, "en", "--module", "worldwide", "--yes",
                             "us-canada-business"))
    assert "Quote" in text and "Request for underwriting" not in text
    answers(text, QUESTIONS_EN, ["No", "Yes", "No", "No"])
    assert ("Important: your pre-contractual disclosure Your answers to these questions are "
            "your pre-contractual disclosure to the insurer (§ 19 of the German Insurance "
            "Contract Act, VVG) and must be true and complete. A wrong or missing answer can "
            "cost you the cover") in text


@pytest.mark.parametrize("lang", ["de", "en"])
def test_referred_request_for_underwriting_lists_the_answers_and_the_notice(
        tmp_path: Path, lang: str) -> None:
    text = text_of(quote_pdf(tmp_path, lang, "--yes", "known-circumstances"))
    if lang == "de":
        assert "Anfrage zur Risikoprüfung" in text
        answers(text, QUESTIONS_DE, ["Ja", "Nein", "Nein", "Nein"])
        assert ("Die Antworten sind die vorvertragliche Anzeige des Kunden (§ 19 VVG); der "
                "Kunde wurde darauf hingewiesen, dass eine falsche oder fehlende Antwort den "
                "Versicherungsschutz gefährden kann.") in text
    else:
        assert "Request for underwriting" in text
        answers(text, QUESTIONS_EN, ["Yes", "No", "No", "No"])
        assert ("The answers are the client's pre-contractual disclosure (§ 19 of the German "
                "Insurance Contract Act, VVG); the client has been told that a wrong or "
                "missing answer can cost the cover.") in text


def test_declined_request_for_underwriting_lists_the_answers(tmp_path: Path) -> None:
    text = text_of(quote_pdf(tmp_path, "de", "--yes", "insolvency", "--yes",
                             "us-canada-business"))
    assert "abgelehnt" in text.lower()
    answers(text, QUESTIONS_DE, ["Nein", "Ja", "Nein", "Ja"])
    assert "(§ 19 VVG)" in text


# ---------------------------------------------------------------------------------------
# Reproducible with --date


def test_the_same_date_start_and_answers_give_identical_files(tmp_path: Path) -> None:
    first = quote_pdf(tmp_path, "de", "--yes", "known-circumstances", name="a.pdf")
    second = quote_pdf(tmp_path, "de", "--yes", "known-circumstances", name="b.pdf")
    assert first.read_bytes() == second.read_bytes()
    third = quote_pdf(tmp_path, "de", name="c.pdf")
    fourth = quote_pdf(tmp_path, "de", name="d.pdf")
    assert third.read_bytes() == fourth.read_bytes()
