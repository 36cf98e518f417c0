"""The broker's own papers: the profile behind them, the first information (§ 15 VersVermV)
and the waiver (§ 61 (2) VVG), as a user runs them: real files, PDFs read back with pypdf.

Expected wording is written out here from broker-duties.md §1 and the laws it cites, not
read from the catalogue the program prints from.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from premiumcalc.cli import main
from premiumcalc.pdf.profile import (
    BrokerProfile,
    ProfileError,
    first_information_missing,
    load_profile,
    save_profile,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "docs" / "sample-broker-profile.toml"

FULL_PROFILE = """\
[broker]
name = "Jana Beispiel"
company = "Beispiel Versicherungsmakler"
legal_form = "GmbH"
address = "Lindenallee 5\\n20095 Hamburg"
phone = "+49 40 1234567"
email = "info@beispiel-makler.example"
registered_office = "Hamburg"
register_court = "Amtsgericht Hamburg"
commercial_register = "HRB 999999"
managing_directors = ["Jana Beispiel", "Tom Muster"]
status = "broker"
register_number = "d-w6dp-j2owg-88"
chamber = "Handelskammer Hamburg"
chamber_address = "Adolphsplatz 1\\n20457 Hamburg"
remuneration = "commission"
holdings_in_insurers = []
insurer_holdings_in_broker = []
advisers = ["Jana Beispiel", "Lena Probe"]
iban = "DE89370400440532013000"
bic = "COBADEFFXXX"
"""

#: A profile in the format written before the first information existed.
OLD_PROFILE = """\
# premiumcalc broker profile: your details on every quote
[broker]
name = "Jana Beispiel"
company = "Beispiel Versicherungsmakler GmbH"
address = "Lindenallee 5\\n20095 Hamburg"
phone = "+49 40 1234567"
email = "jana@beispiel-makler.de"
register_number = "D-ABCD-EFGHI-12"
status = "broker"
logo = ""
"""


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def pdf_text(path: Path) -> str:
    return " ".join(flat(p.extract_text()) for p in PdfReader(path).pages)


def write(tmp_path: Path, text: str, name: str = "broker.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()


# ---------------------------------------------------------------------------------------
# the profile


def test_profile_in_todays_format_still_loads(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, OLD_PROFILE))
    assert profile.company == "Beispiel Versicherungsmakler GmbH"
    assert profile.address == "Lindenallee 5\n20095 Hamburg"
    assert profile.register_number == "D-ABCD-EFGHI-12" and profile.status == "broker"
    assert profile.holdings_in_insurers is None  # not stated, not "none"
    assert profile.firm == "Beispiel Versicherungsmakler GmbH"


def test_quote_pdf_still_prints_from_an_old_profile(tmp_path: Path) -> None:
    out = tmp_path / "angebot.pdf"
    code, _, err = run("pdf", "--tariff", "nordlicht-it-2026", "--profession",
                       "software-development", "--revenue", "180000", "--cover", "1000000",
                       "--deductible", "500", "--client-name", "Müller", "--broker-profile",
                       write(tmp_path, OLD_PROFILE), "--date", "2026-11-25", "-o", out)
    assert code == 0, err
    text = pdf_text(out)
    assert "Beispiel Versicherungsmakler GmbH" in text and "ENTWURF – ohne" not in text


def test_sample_profile_is_complete_for_a_first_information() -> None:
    profile = load_profile(SAMPLE)
    assert first_information_missing(profile) == []
    assert profile.register_number == "D-W6DP-J2OWG-88"


@pytest.mark.parametrize(("line", "field", "words"), [
    ('register_number = "D-1234-567"', "register_number", "D-XXXX-XXXXX-XX"),
    ('register_number = "D-ABCD-EFGHI-1"', "register_number", "D-XXXX-XXXXX-XX"),
    ('register_number = "DE-ABCD-EFGHI-12"', "register_number", "D-XXXX-XXXXX-XX"),
    ('register_number = "D-ÄBCD-EFGHI-12"', "register_number", "D-XXXX-XXXXX-XX"),
    ('iban = "DE89 3704 0044 0532 0130 01"', "iban", "not a valid IBAN"),
    ('iban = "DE89"', "iban", "not a valid IBAN"),
    ('bic = "COBADEF"', "bic", "not a valid BIC"),
    ('remuneration = "bonus"', "remuneration", "commission"),
    ('status = "makler"', "status", "broker"),
    ('advisers = "Jana"', "advisers", "tuple"),
    ('holding = []', "holding", "not a field of the profile"),
])
def test_bad_profile_field_is_refused_with_a_message_naming_it(
        tmp_path: Path, line: str, field: str, words: str) -> None:
    path = write(tmp_path, f'[broker]\ncompany = "Beispiel GmbH"\n{line}\n')
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    message = str(caught.value)
    assert f"broker profile field {field}:" in message and words in message
    assert str(path) in message and "\n" not in message


def test_register_number_iban_and_bic_are_stored_in_their_usual_form(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, FULL_PROFILE))
    assert profile.register_number == "D-W6DP-J2OWG-88"
    assert profile.iban == "DE89 3704 0044 0532 0130 00"
    assert profile.bic == "COBADEFFXXX"


def test_saved_profile_reads_back_the_same_including_lists_and_unstated_holdings(
        tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, FULL_PROFILE))
    again = load_profile(save_profile(profile, tmp_path / "saved.toml"))
    assert again == profile and again.holdings_in_insurers == ()
    old = load_profile(write(tmp_path, OLD_PROFILE))
    old_again = load_profile(save_profile(old, tmp_path / "old-saved.toml"))
    assert old_again == old and old_again.holdings_in_insurers is None


def test_company_requires_its_business_letter_details_a_sole_trader_does_not() -> None:
    base = load_profile(SAMPLE)
    gmbh = base.model_copy(update={"registered_office": "", "managing_directors": ()})
    assert [m.split(" ")[0] for m in first_information_missing(gmbh)] == [
        "registered_office", "managing_directors"]
    sole = base.model_copy(update={"company": "Jana Beispiel Versicherungsmakler",
                                   "legal_form": "", "registered_office": "",
                                   "register_court": "", "commercial_register": "",
                                   "managing_directors": ()})
    assert first_information_missing(sole) == []
    ek = sole.model_copy(update={"legal_form": "e.K."})
    assert [m.split(" ")[0] for m in first_information_missing(ek)] == [
        "registered_office", "register_court", "commercial_register"]


# ---------------------------------------------------------------------------------------
# first information

GERMAN = [
    "Erstinformation", "Beispiel Versicherungsmakler GmbH", "Lindenallee 5", "20095 Hamburg",
    "Sitz der Gesellschaft Hamburg", "Amtsgericht Hamburg", "HRB 999999",
    "Jana Beispiel, Tom Muster", "Jana Beispiel, Lena Probe",
    "Versicherungsmakler mit Erlaubnis nach § 34d Abs. 1",
    "Handelskammer Hamburg", "Adolphsplatz 1", "20457 Hamburg", "D-W6DP-J2OWG-88",
    "Breite Straße 29, 10178 Berlin", "0180 600 58 50", "www.vermittlerregister.info",
    "Beratung an", "Provision", "in der Versicherungsprämie enthalten",
    "Andere Zuwendungen", "keine direkte oder indirekte Beteiligung von über 10 %",
    "Kein Versicherungsunternehmen",
    "Versicherungsombudsmann e.V., Postfach 08 06 32, 10006 Berlin",
    "Ombudsmann Private Kranken- und Pflegeversicherung",
    "Beschwerden über uns", "Stand: 25.11.2026", "DE89 3704 0044 0532 0130 00",
]
ENGLISH = [
    "First information", "Beispiel Versicherungsmakler GmbH", "Lindenallee 5",
    "Registered office Hamburg", "Amtsgericht Hamburg", "HRB 999999",
    "Managing directors Jana Beispiel, Tom Muster", "Your advisers Jana Beispiel, Lena Probe",
    "Insurance broker with a permit under § 34d (1)",
    "Handelskammer Hamburg", "Adolphsplatz 1", "D-W6DP-J2OWG-88",
    "Breite Straße 29, 10178 Berlin", "0180 600 58 50", "www.vermittlerregister.info",
    "We offer you advice", "commission", "included in the insurance premium",
    "no other benefits", "no direct or indirect holding of more than 10 %",
    "No insurance undertaking",
    "Versicherungsombudsmann e.V., Postfach 08 06 32, 10006 Berlin",
    "Ombudsmann Private Kranken- und Pflegeversicherung", "health",
    "Complaints about us", "25 Nov 2026",
]


@pytest.mark.parametrize(("lang", "expected"), [("de", GERMAN), ("en", ENGLISH)])
def test_first_information_names_every_element_of_section_15(
        tmp_path: Path, lang: str, expected: list[str]) -> None:
    out = tmp_path / f"erstinfo-{lang}.pdf"
    code, stdout, err = run("first-info", "--broker-profile", write(tmp_path, FULL_PROFILE),
                            "--lang", lang, "--date", "2026-11-25", "-o", out)
    assert code == 0, err
    assert err == "" and str(out) in stdout
    text = pdf_text(out)
    missing = [e for e in expected if e not in text]
    assert missing == []


def test_first_information_states_holdings_fee_other_status_and_no_advice(
        tmp_path: Path) -> None:
    text = FULL_PROFILE.replace('remuneration = "commission"', 'remuneration = "both"')
    text = text.replace("holdings_in_insurers = []",
                        'holdings_in_insurers = ["Elbufer Versicherung AG"]')
    text = text.replace("insurer_holdings_in_broker = []",
                        'insurer_holdings_in_broker = ["Hafenkante Holding SE"]')
    text = text.replace('status = "broker"', 'status = "other"\nstatus_text = '
                        '"Versicherungsberater mit Erlaubnis nach § 34d Abs. 2 GewO"')
    text += 'advice_offered = false\nother_benefits = "Sachzuwendungen bis 30 € im Jahr"\n'
    out = tmp_path / "erstinfo.pdf"
    code, _, err = run("first-info", "--broker-profile", write(tmp_path, text), "--lang", "de",
                       "--date", "2026-11-25", "-o", out)
    assert code == 0, err
    got = pdf_text(out)
    assert "Versicherungsberater mit Erlaubnis nach § 34d Abs. 2 GewO" in got
    assert "Versicherungsmakler mit Erlaubnis" not in got
    assert "sowohl eine Provision" in got and "als auch ein Honorar" in got
    assert "Eine Beratung zu den vermittelten Versicherungen bieten wir nicht an" in got
    assert "Andere Zuwendungen: Sachzuwendungen bis 30 € im Jahr" in got
    assert "Beteiligungen von über 10 %" in got and "Elbufer Versicherung AG" in got
    assert "Hafenkante Holding SE" in got
    assert "keine direkte oder indirekte Beteiligung" not in got


def test_first_information_is_byte_identical_for_the_same_date(tmp_path: Path) -> None:
    profile = write(tmp_path, FULL_PROFILE)
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        assert run("first-info", "--broker-profile", profile, "--lang", "en", "--date",
                   "2026-11-25", "-o", out)[0] == 0
    assert first.read_bytes() == second.read_bytes()


def test_profile_without_what_a_first_information_needs_gets_one_line_and_no_file(
        tmp_path: Path) -> None:
    out = tmp_path / "erstinfo.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "premiumcalc", "first-info", "--broker-profile",
         write(tmp_path, OLD_PROFILE), "-o", out],
        capture_output=True, text=True, encoding="utf-8", env=os.environ.copy(), timeout=120)
    assert result.returncode == 2
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    for field in ("chamber (", "chamber_address (", "remuneration (",
                  "holdings_in_insurers (", "insurer_holdings_in_broker (",
                  "registered_office (", "register_court (", "commercial_register (",
                  "managing_directors ("):
        assert field in result.stderr
    assert "address (the business address)" not in result.stderr  # the old profile has it
    assert not out.exists()


def test_profile_without_a_firm_is_refused_naming_the_firm(tmp_path: Path) -> None:
    out = tmp_path / "erstinfo.pdf"
    code, _, err = run("first-info", "--broker-profile",
                       write(tmp_path, FULL_PROFILE.replace(
                           'company = "Beispiel Versicherungsmakler"\n', "")), "-o", out)
    assert code == 2 and "company (the firm)" in err and not out.exists()
    wv = tmp_path / "verzicht.pdf"
    code, _, err = run("waiver", "advice", "--broker-profile",
                       write(tmp_path, '[broker]\nphone = "040 1"\n', "empty.toml"),
                       "--client-name", "Müller", "-o", wv)
    assert code == 2 and "company (the firm)" in err and not wv.exists()


@pytest.mark.parametrize(("args", "words"), [
    (["--date", "2026-13-01"], "--date"),
    (["--lang", "fr"], "--lang"),
])
def test_first_information_bad_options_exit_2(tmp_path: Path, args: list[str],
                                             words: str) -> None:
    code, _, err = run("first-info", "--broker-profile", write(tmp_path, FULL_PROFILE),
                       *args, "-o", tmp_path / "x.pdf")
    assert code == 2 and words in err and len(err.strip().splitlines()) == 1


def test_missing_profile_file_is_named(tmp_path: Path) -> None:
    code, _, err = run("first-info", "--broker-profile", tmp_path / "nope.toml",
                       "-o", tmp_path / "x.pdf")
    assert code == 2 and "--broker-profile" in err and "no such file" in err


# ---------------------------------------------------------------------------------------
# waiver

WAIVER = {
    ("de", "advice"): ["Verzicht auf Beratung", "§ 61 Abs. 2 VVG",
                       "\u2612 Beratung (§ 61 Abs. 1 Satz 1 VVG)",
                       "\u2610 Dokumentation der Beratung",
                       "verzichte hiermit ausdrücklich darauf",
                       "nachteilig auf meine Möglichkeit auswirken",
                       "Schadensersatzanspruch nach § 63 VVG",
                       "Ort, Datum", "Unterschrift des Kunden"],
    ("de", "documentation"): ["Verzicht auf die Beratungsdokumentation",
                              "\u2610 Beratung (§ 61 Abs. 1 Satz 1 VVG)",
                              "\u2612 Dokumentation der Beratung",
                              "verzichte hiermit ausdrücklich auf die Dokumentation",
                              "Schadensersatzanspruch nach § 63 VVG",
                              "Ort, Datum", "Unterschrift des Kunden"],
    ("en", "advice"): ["Waiver of advice", "§ 61 (2) VVG", "\u2612 Advice",
                       "\u2610 Record of the advice", "expressly waive",
                       "adverse effect on my ability to claim damages",
                       "Place, date", "Client's signature"],
    ("en", "documentation"): ["Waiver of the advice record", "\u2610 Advice",
                              "\u2612 Record of the advice", "expressly waive the written record",
                              "adverse effect on my ability to claim damages",
                              "Place, date", "Client's signature"],
}

#: Words of an advice record that a waiver must never contain.
ADVICE_RECORD_WORDS = ["€", "Empfehlung", "empfehlen", "recommend", "Tarif ", "tariff",
                       "Prämie", "premium", "Marktgrundlage", "market"]


@pytest.mark.parametrize(("lang", "kind"), list(WAIVER))
def test_waiver_is_one_page_saying_what_is_waived_with_the_warning_and_signature(
        tmp_path: Path, lang: str, kind: str) -> None:
    out = tmp_path / "verzicht.pdf"
    code, stdout, err = run("waiver", kind, "--broker-profile", write(tmp_path, FULL_PROFILE),
                            "--client-name", "Müller & Söhne GmbH", "--client-address",
                            "Hauptstraße 12", "--client-address", "10115 Berlin",
                            "--lang", lang, "--date", "2026-11-25", "-o", out)
    assert code == 0, err
    assert stdout == f"{out}: waiver of {kind}\n"
    assert len(PdfReader(out).pages) == 1
    text = pdf_text(out)
    for expected in [*WAIVER[(lang, kind)], "Müller & Söhne GmbH", "Hauptstraße 12",
                     "10115 Berlin", "Beispiel Versicherungsmakler GmbH"]:
        assert expected in text
    for word in ADVICE_RECORD_WORDS:
        assert word not in text


def test_waiver_is_byte_identical_for_the_same_date(tmp_path: Path) -> None:
    profile = write(tmp_path, FULL_PROFILE)
    outs = [tmp_path / "a.pdf", tmp_path / "b.pdf"]
    for out in outs:
        assert run("waiver", "documentation", "--broker-profile", profile, "--client-name",
                   "Müller", "--date", "2026-11-25", "-o", out)[0] == 0
    assert outs[0].read_bytes() == outs[1].read_bytes()


@pytest.mark.parametrize(("args", "words"), [
    (["maybe", "--client-name", "Müller"], "invalid choice: 'maybe'"),
    (["advice", "--client-name", "  "], "client-name"),
    (["advice"], "--client-name"),
])
def test_waiver_bad_input_exit_2(tmp_path: Path, args: list[str], words: str) -> None:
    out = tmp_path / "x.pdf"
    code, _, err = run("waiver", *args, "--broker-profile", write(tmp_path, FULL_PROFILE),
                       "-o", out)
    assert code == 2 and words in err and not out.exists()


def test_long_firm_name_prints_whole_on_both_documents(tmp_path: Path) -> None:
    firm = ("Norddeutsche Versicherungsmakler- und Finanzdienstleistungs-"
            "Beratungsgesellschaft für Informationstechnologie")
    text = FULL_PROFILE.replace('company = "Beispiel Versicherungsmakler"',
                                f'company = "{firm}"')
    profile = write(tmp_path, text)
    out, wv = tmp_path / "fi.pdf", tmp_path / "wv.pdf"
    assert run("first-info", "--broker-profile", profile, "--lang", "de", "--date",
               "2026-11-25", "-o", out)[0] == 0
    assert run("waiver", "advice", "--broker-profile", profile, "--client-name", "Müller",
               "--lang", "de", "--date", "2026-11-25", "-o", wv)[0] == 0
    assert len(PdfReader(wv).pages) == 1
    for path in (out, wv):
        squeezed = pdf_text(path).replace(" ", "").replace("-", "")
        assert (firm + "GmbH").replace(" ", "").replace("-", "") in squeezed


def test_the_profile_model_refuses_a_bad_register_number() -> None:
    with pytest.raises(ValueError, match="register_number"):
        BrokerProfile(register_number="D-1")


@pytest.mark.parametrize(("company", "legal_form", "firm"), [
    ("Beispiel", "GmbH", "Beispiel GmbH"),
    ("Beispiel GmbH", "GmbH", "Beispiel GmbH"),
    ("Jana Beispiel Versicherungsmakler", "", "Jana Beispiel Versicherungsmakler"),
])
def test_firm_is_printed_with_its_legal_form_once(company: str, legal_form: str,
                                                  firm: str) -> None:
    assert BrokerProfile(company=company, legal_form=legal_form).firm == firm
