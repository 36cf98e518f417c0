"""The advice record (broker-duties.md §3, handbook §15) as a user makes it: the advice
command with real tariff files, the PDF read back with pypdf, frozen records in SQLite and
PostgreSQL.

Expected premiums and requirement results are the handbook's (§8, §15): Nordlicht 726.65 and
Rheinauen 841.76 for the §8 request; with worldwide added Nordlicht 843.81 and Rheinauen
1021.41, Rheinauen then the only tariff meeting gl-limit=5000000 and worldwide. Expected
wording is written out here from broker-duties.md, not read from the catalogue.
"""

from __future__ import annotations

import io
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from premiumcalc.cli import main
from premiumcalc.quotes import advice_records as ar
from premiumcalc.quotes import open_store
from test_quotes_store import db_url, pg_db, pg_url  # noqa: F401 - the SQLite and PostgreSQL fixtures

ROOT = Path(__file__).resolve().parents[1]
PROFILE = ROOT / "docs" / "sample-broker-profile.toml"
HAFENKANTE = ROOT / "docs" / "examples" / "hafenkante-tech-2026.toml"

#: The §8 request (handbook), start 2026-12-01, and §15's requirements.
REQUEST = ["--profession", "software-development", "--revenue", "180000", "--cover", "1000000",
           "--deductible", "500", "--module", "general-liability", "--module", "cyber",
           "--startup", "--term", "3", "--payment", "monthly", "--country", "DE",
           "--start", "2026-12-01"]
REQUIRE = ["--require", "gl-limit=5000000", "--require", "worldwide"]
WORLDWIDE = ["--module", "worldwide"]
NORDLICHT, RHEINAUEN = "nordlicht-it-2026", "rheinauen-digital-2026"


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def pdf_text(path: Path) -> str:
    return " ".join(flat(p.extract_text()) for p in PdfReader(path).pages)


def run(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in args], out, err)
    return code, out.getvalue(), err.getvalue()


def advice(tmp_path: Path, *extra: str | Path, lang: str = "en", name: str = "record.pdf",
           profile: Path | None = PROFILE) -> tuple[int, str, str, Path]:
    out = tmp_path / name
    prof: list[str | Path] = ["--broker-profile", profile] if profile is not None else []
    code, stdout, stderr = run("advice", *REQUEST, "--client-name", "Müller IT-Beratung GmbH",
                               *prof, "--lang", lang, "--date", "2026-11-25", "-o", out, *extra)
    return code, stdout, stderr, out


def record_text(tmp_path: Path, *extra: str | Path, lang: str = "en") -> str:
    code, _, err, out = advice(tmp_path, *extra, lang=lang)
    assert code == 0, err
    return pdf_text(out)


# ---------------------------------------------------------------------------------------
# the recommendation and its reasons (handbook §15, broker-duties.md §3)


def test_handbook_example_with_worldwide_recommends_the_only_tariff_meeting_both() -> None:
    from premiumcalc.pricing.advice import ONLY, build_advice
    from premiumcalc.pricing.compare import price_all
    from premiumcalc.pricing.request import build_request
    from premiumcalc.tariffs import load_catalog, load_tariffs

    request = build_request({
        "tariff": "", "start": "2026-12-01", "profession": "software-development",
        "revenue": "180000", "cover": 1000000, "deductible": 500, "claims": 0,
        "modules": ["general-liability", "cyber", "worldwide"], "startup": True, "term": 3,
        "payment": "monthly", "country": "DE", "scenarios": [],
        "require": ["gl-limit=5000000", "worldwide"]})
    valid, _ = load_tariffs().valid_on(request.start)
    result = build_advice(price_all(request, [t.tariff for t in valid], load_catalog()))
    assert result.generated.case == ONLY
    assert result.generated.tariff_id == RHEINAUEN
    assert result.generated.gross == Decimal("1021.41")
    nordlicht = result.tariff(NORDLICHT)
    assert nordlicht.gross == Decimal("843.81")
    assert [r.id for r in nordlicht.gaps] == ["gl-limit"]


def test_the_only_tariff_meeting_every_requirement_is_recommended(tmp_path: Path) -> None:
    text = record_text(tmp_path, *WORLDWIDE, *REQUIRE)
    assert "Rheinauen Assekuranz AG – Digital Pro Haftpflicht is the only tariff that meets " \
           "all 2 requirements (€1,021.41 a year)" in text
    assert "Recommended: Rheinauen Assekuranz AG – Digital Pro Haftpflicht" in text
    # each tariff's result: status, gross premium, requirements met
    assert re.search(r"Nordlicht Versicherung AG IT-Haftpflicht Professional, version 2026-01 "
                     r"quoted €843\.81 1 of 2 not met: General liability at least "
                     r"€5,000,000\.00", text), text
    assert re.search(r"Rheinauen Assekuranz AG Digital Pro Haftpflicht, version 2026-02 quoted "
                     r"€1,021\.41 2 of 2", text), text


def test_when_no_tariff_meets_every_requirement_each_ones_gaps_are_listed(
        tmp_path: Path) -> None:
    text = record_text(tmp_path, *REQUIRE)
    assert "No tariff meets all 2 requirements, so the comparison gives no recommendation" \
        in text
    assert "Nordlicht Versicherung AG – IT-Haftpflicht Professional: General liability at " \
           "least €5,000,000.00; Claims in the USA and Canada covered" in text
    assert "Rheinauen Assekuranz AG – Digital Pro Haftpflicht: Claims in the USA and Canada " \
           "covered" in text
    assert "The broker recommends no tariff." in text
    assert "Recommended:" not in text


def test_several_tariffs_meeting_every_requirement_give_the_cheapest_with_both_figures(
        tmp_path: Path) -> None:
    text = record_text(tmp_path, "--require", "pi-limit=1000000", "--require",
                       "max-deductible=500")
    assert "Nordlicht Versicherung AG – IT-Haftpflicht Professional meets all 2 requirements; " \
           "cheapest of the 2 that do (€726.65 against €841.76)." in text


def test_without_requirements_the_cheapest_quoted_tariff_is_recommended(tmp_path: Path) -> None:
    text = record_text(tmp_path)
    assert "cheapest of the 2 quoted (€726.65 against €841.76)" in text
    assert "No particular requirements were recorded." in text
    assert "Recommended: Nordlicht Versicherung AG – IT-Haftpflicht Professional" in text


def test_the_brokers_own_recommendation_is_printed_with_its_reason(tmp_path: Path) -> None:
    reason = "General liability of 5 million as the project contract asks; worldwide can be added"
    text = record_text(tmp_path, *REQUIRE, "--recommend", RHEINAUEN, "--reason", reason)
    assert f"The broker recommends Rheinauen Assekuranz AG – Digital Pro Haftpflicht. " \
           f"Reason: {reason}" in text
    assert "The recommended tariff does not meet: Claims in the USA and Canada covered" in text
    assert "Recommended: Rheinauen Assekuranz AG – Digital Pro Haftpflicht" in text


def test_a_broker_recommending_another_than_the_generated_one_is_told_so(
        tmp_path: Path) -> None:
    text = record_text(tmp_path, "--recommend", RHEINAUEN, "--reason", "better claims service")
    assert "Reason: better claims service" in text
    assert "This differs from the recommendation of the comparison (Nordlicht Versicherung " \
           "AG – IT-Haftpflicht Professional)." in text


def test_a_client_choosing_another_tariff_is_warned_of_what_it_does_not_meet(
        tmp_path: Path) -> None:
    text = record_text(tmp_path, *WORLDWIDE, *REQUIRE, "--client-choice", NORDLICHT)
    assert "The client chooses Nordlicht Versicherung AG – IT-Haftpflicht Professional " \
           "instead of the recommended Rheinauen Assekuranz AG – Digital Pro Haftpflicht." in text
    warning = text[text.index("The broker's warning"):text.index("Signatures")]
    assert "General liability at least €5,000,000.00" in warning
    assert "USA and Canada" not in warning  # worldwide is met with the module


def test_a_client_choosing_another_tariff_without_requirements_is_not_told_it_meets_them(
        tmp_path: Path) -> None:
    """With no requirements recorded there is nothing a tariff meets or misses: the warning
    says so instead of "meets every requirement recorded above"."""
    for lang, wrong, right in (
            ("en", "meets every requirement", "No requirements were recorded"),
            ("de", "erfüllt alle oben festgehaltenen Anforderungen",
             "Es wurden keine Anforderungen festgehalten")):
        text = record_text(tmp_path, "--client-choice", RHEINAUEN, lang=lang)
        start = text.index("The broker's warning" if lang == "en" else "Hinweis des Maklers")
        warning = text[start:]
        assert wrong not in warning
        assert right in warning


def test_a_client_following_the_recommendation(tmp_path: Path) -> None:
    text = record_text(tmp_path, *WORLDWIDE, *REQUIRE, "--client-choice", RHEINAUEN)
    assert "The client follows the recommendation and chooses Rheinauen Assekuranz AG – " \
           "Digital Pro Haftpflicht." in text
    assert "The broker's warning" not in text


# ---------------------------------------------------------------------------------------
# what the record contains (broker-duties.md §3)


def test_the_record_holds_every_element_the_law_asks_for(tmp_path: Path) -> None:
    (tmp_path / "tariffs").mkdir()
    shutil.copy(HAFENKANTE, tmp_path / "tariffs")
    text = record_text(
        tmp_path, *WORLDWIDE, *REQUIRE, "--require-source", "gl-limit=contract",
        "--tariff-dir", tmp_path / "tariffs", "--client-address", "Hauptstraße 1",
        "--client-address", "10115 Berlin", "--adviser", "Lena Probe", "--channel", "video",
        "--time", "14:30", "--activity", "Custom software for mid-sized clients", "--staff",
        "6", "--current-insurer", "Alte Assekuranz AG", "--current-premium", "912.40",
        "--current-cover", "500000", "--current-key-limit", "20000", "--yes", "us-canada-business")
    # broker, adviser, client, date and time, channel
    assert "Beispiel Versicherungsmakler GmbH" in text and "D-W6DP-J2OWG-88" in text
    assert "Adviser Lena Probe" in text
    assert "Müller IT-Beratung GmbH Hauptstraße 1 10115 Berlin" in text
    assert "Date and time 25 Nov 2026, 14:30" in text
    assert "Channel by video call" in text
    assert "before the contract is concluded (§ 62 (1) VVG)" in text
    # wishes and needs
    assert "Custom software for mid-sized clients" in text and "Staff 6" in text
    assert "€180,000.00" in text and "1 Dec 2026" in text
    assert "Alte Assekuranz AG" in text and "€912.40" in text and "€500,000.00" in text
    assert "€20,000.00" in text
    assert re.search(r"USA or Canada\? yes", text), text
    assert "General liability at least €5,000,000.00 project contract" in text
    assert "Claims in the USA and Canada covered client's wish" in text
    # the market basis: every tariff valid on the start, by name and version, and the note
    assert "Limited market basis" in text and "§ 60 (1) VVG" in text
    for insurer, version in (("Nordlicht Versicherung AG", "nordlicht-it-2026, version 2026-01"),
                             ("Rheinauen Assekuranz AG", "rheinauen-digital-2026, version 2026-02"),
                             ("Hafenkante Versicherung AG", "hafenkante-tech-2026, version 2026-03")):
        assert insurer in text and version in text
    assert "Wir vergleichen die Berufshaftpflicht-Tarife" in text  # the profile's own note
    # the result: a declined tariff with its reason
    assert "declined" in text and "worldwide is not offered" in text
    # the decision, not taken yet
    assert "The client had not decided when this record was made." in text
    # places to sign
    assert "Place, date" in text and "Adviser (Lena Probe)" in text
    # what reproduces it: the tariff files' and catalogue texts' sha256, profile, version
    import hashlib

    for path in (ROOT / "resources" / "tariffs" / "nordlicht-it-2026.toml",
                 ROOT / "resources" / "tariffs" / "rheinauen-digital-2026.toml", HAFENKANTE,
                 ROOT / "resources" / "catalog" / "texts" / "advice.toml"):
        assert hashlib.sha256(path.read_bytes()).hexdigest() in text.replace(" ", "")
    assert "register D-W6DP-J2OWG-88" in text
    from premiumcalc import __version__

    assert f"premiumcalc {__version__}" in text


def test_the_record_hashes_the_pricing_texts_it_prints(tmp_path: Path) -> None:
    """The payment frequency and the reasons of a tariff not quoted are worded from
    texts/pricing.toml: a record is reproducible only with that file's sha256 too."""
    import hashlib

    text = record_text(tmp_path, "--yes", "insolvency", lang="de")
    assert "Zahlweise monatlich" in text  # the payment frequency as pricing.toml words it
    pricing = ROOT / "resources" / "catalog" / "texts" / "pricing.toml"
    digest = hashlib.sha256(pricing.read_bytes()).hexdigest()
    assert f"texts/pricing.toml:{digest}" in text.replace(" ", "")


def test_the_profile_snapshot_names_the_remuneration_in_the_records_language(
        tmp_path: Path) -> None:
    text = record_text(tmp_path, lang="de")
    assert "Vergütung Provision" in text and "commission" not in text
    assert "remuneration commission" in record_text(tmp_path, lang="en")


def test_advice_given_orally_first_says_so(tmp_path: Path) -> None:
    text = record_text(tmp_path, "--oral-first")
    assert "first given orally" in text and "(§ 62 (2) VVG)" in text
    assert "(§ 62 (1) VVG)" not in text


def test_a_german_record(tmp_path: Path) -> None:
    text = record_text(tmp_path, *WORLDWIDE, *REQUIRE, lang="de")
    assert "Beratungsdokumentation nach §§ 60–62 VVG" in text
    assert "ist der einzige Tarif, der alle 2 Anforderungen erfüllt (1.021,41 € jährlich)" in text
    assert "ENTWURF – nicht übergeben" in text


def test_the_waiver_is_never_inside_the_record(tmp_path: Path) -> None:
    for lang in ("en", "de"):
        text = record_text(tmp_path, *REQUIRE, "--oral-first", lang=lang).lower()
        assert "waive" not in text and "verzicht" not in text


def test_the_waiver_is_written_as_a_declaration_of_its_own(tmp_path: Path) -> None:
    out = tmp_path / "waiver.pdf"
    code, _, err = run("advice", "--waiver", "documentation", "--client-name", "Müller GmbH",
                       "--broker-profile", PROFILE, "--lang", "de", "--date", "2026-11-25",
                       "-o", out)
    assert code == 0, err
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = pdf_text(out)
    assert "Verzicht auf die Beratungsdokumentation" in text
    assert "Beratungsdokumentation nach" not in text
    code, _, err = run("advice", "--waiver", "advice", *REQUEST[:2], "--client-name", "X",
                       "--broker-profile", PROFILE, "-o", out)
    assert code == 2 and "--profession is not used with --waiver" in err


def test_an_unsaved_record_is_a_draft_and_without_a_profile_visibly_so(tmp_path: Path) -> None:
    code, out, err, path = advice(tmp_path, profile=None)
    assert code == 0, err
    assert "DRAFT" in out
    text = pdf_text(path)
    assert "DRAFT – not handed over" in text
    assert "DRAFT – no broker details" in text
    assert "Record number" not in text


def test_the_same_inputs_give_the_same_bytes(tmp_path: Path) -> None:
    _, _, _, first = advice(tmp_path, *REQUIRE, name="one.pdf")
    _, _, _, second = advice(tmp_path, *REQUIRE, name="two.pdf")
    assert first.read_bytes() == second.read_bytes()


# ---------------------------------------------------------------------------------------
# frozen records


def test_a_saved_record_is_numbered_frozen_and_reprints_after_the_tariffs_changed(
        tmp_path: Path, db_url: str) -> None:  # noqa: F811
    folder = tmp_path / "tariffs"
    folder.mkdir()
    shutil.copy(HAFENKANTE, folder)
    code, out, err, path = advice(tmp_path, *REQUIRE, "--tariff-dir", folder, "--save",
                                  "--db", db_url)
    assert code == 0, err
    assert out.startswith("B-2026-000001: ")
    handed = path.read_bytes()
    text = pdf_text(path)
    assert "Record number B-2026-000001" in text and "DRAFT" not in text
    # the tariff folder changes: the third tariff is gone, a price changes
    (folder / HAFENKANTE.name).unlink()
    again = tmp_path / "again.pdf"
    code, out, err = run("advice", "reprint", "B-2026-000001", "-o", again, "--db", db_url)
    assert code == 0, err
    assert again.read_bytes() == handed
    code, out, err = run("advice", "show", "B-2026-000001", "--db", db_url)
    assert code == 0 and "in-person" in out and "Müller IT-Beratung GmbH" in out


def test_a_changed_record_is_a_new_version_naming_the_old_one(tmp_path: Path) -> None:
    db = str(tmp_path / "quotes.db")
    assert advice(tmp_path, *REQUIRE, "--save", "--db", db, name="v1.pdf")[0] == 0
    code, out, err, path = advice(tmp_path, *REQUIRE, "--recommend", RHEINAUEN, "--reason",
                                  "gl limit as the contract asks", "--save", "--db", db,
                                  "--replaces", "B-2026-000001", name="v2.pdf")
    assert code == 0, err
    assert out.startswith("B-2026-000002: ") and "replaces B-2026-000001" in out
    assert "record B-2026-000001, which this version changes" in pdf_text(path)
    with open_store(db, daily_backup=False) as store:
        assert ar.advice_pdf(store, "B-2026-000001") == (tmp_path / "v1.pdf").read_bytes()
        assert ar.get_advice_record(store, "B-2026-000001").replaced_by == "B-2026-000002"
    code, out, err = run("advice", "show", "B-2026-000001", "--db", db)
    assert "versions: B-2026-000001 → B-2026-000002" in out


def test_a_saved_record_names_its_quote_and_quotes_show_lists_it(tmp_path: Path) -> None:
    db = str(tmp_path / "quotes.db")
    code, out, err = run("quote", "--tariff", RHEINAUEN, *REQUEST, "--save", "--client-name",
                         "Müller IT-Beratung GmbH", "--db", db)
    assert code == 0, err
    quote = out.strip().split()[-1]
    code, out, err, _ = advice(tmp_path, "--save", "--db", db, "--quote", quote)
    assert code == 0, err
    code, out, err = run("quotes", "show", quote, "--db", db)
    assert "advice records of this quote:" in out and "B-2026-000001" in out
    code, out, err = run("advice", "list", "--client-name", "Müller IT-Beratung GmbH",
                         "--db", db)
    assert out.startswith("B-2026-000001")


# ---------------------------------------------------------------------------------------
# bad input: exit 2, one line naming the field, nothing written


def _refused(tmp_path: Path, *extra: str | Path, profile: Path | None = PROFILE) -> str:
    code, out, err, path = advice(tmp_path, *extra, profile=profile)
    assert code == 2, (out, err)
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not path.exists()
    return err


def test_a_profile_missing_what_the_record_needs_is_refused_naming_it(tmp_path: Path) -> None:
    thin = tmp_path / "thin.toml"
    thin.write_text('[broker]\nname = "Jana Beispiel"\nstatus = "broker"\n', encoding="utf-8")
    err = _refused(tmp_path, profile=thin)
    assert "address (the business address)" in err
    assert "register_number (the Vermittlerregister number)" in err


def test_saving_without_a_profile_is_refused(tmp_path: Path) -> None:
    err = _refused(tmp_path, "--save", "--db", tmp_path / "q.db", profile=None)
    assert "broker profile" in err
    assert not (tmp_path / "q.db").exists()


@pytest.mark.parametrize(("extra", "words"), [
    (["--recommend", RHEINAUEN], "reason: --recommend needs --reason"),
    (["--reason", "cheap"], "reason: is only used with --recommend"),
    (["--recommend", "acme-2026", "--reason", "x"], "recommend: 'acme-2026' was not compared"),
    (["--client-choice", "acme-2026"], "client-choice: 'acme-2026' was not compared"),
    (["--require-source", "worldwide=contract"], "require-source: 'worldwide' is not a "
                                                 "requirement"),
    (["--require", "worldwide", "--require-source", "worldwide=friend"], "require-source"),
    (["--channel", "pigeon"], "--channel"),
    (["--time", "25:61"], "--time"),
    (["--current-premium", "a lot"], "current-premium"),
    (["--current-premium", "1000000001"], "current-premium"),
    (["--start", "2025-06-01"], "start: no installed tariff is valid on 2025-06-01"),
])
def test_bad_advice_input_is_refused_in_one_line(tmp_path: Path, extra: list[str],
                                                  words: str) -> None:
    assert words in _refused(tmp_path, *extra)


def test_a_tariff_that_is_not_quoted_cannot_be_recommended_or_chosen(tmp_path: Path) -> None:
    folder = tmp_path / "tariffs"
    folder.mkdir()
    shutil.copy(HAFENKANTE, folder)
    # Hafenkante offers no worldwide module: it declines the request with it
    base = [*WORLDWIDE, "--tariff-dir", str(folder)]
    err = _refused(tmp_path, *base, "--recommend", "hafenkante-tech-2026", "--reason", "x")
    assert "recommend: hafenkante-tech-2026 is declined, not quoted" in err
    err = _refused(tmp_path, *base, "--client-choice", "hafenkante-tech-2026")
    assert "client-choice: hafenkante-tech-2026 is declined, not quoted" in err


def test_missing_record_options_are_named(tmp_path: Path) -> None:
    code, _, err = run("advice", "--profession", "software-development", "-o",
                       tmp_path / "x.pdf")
    assert code == 2
    assert "--revenue" in err and "--date" in err and "--client-name" in err
    code, _, err = run("advice", "reprint", "B-2026-000001", "--db", str(tmp_path / "q.db"))
    assert code == 2 and "-o OUT.pdf" in err
    code, _, err = run("advice", "reprint", "B-2026-000009", "-o", tmp_path / "x.pdf",
                       "--db", str(tmp_path / "q.db"))
    assert code == 2 and "no advice record 'B-2026-000009'" in err
    code, _, err = run("advice", "show", "B-2026-000001", "--save", "--db",
                       str(tmp_path / "q.db"))
    assert code == 2 and "--save is not used with advice show" in err
    code, _, err = run("advice", "show", "B-2026-000001", "--profession", "x", "--db",
                       str(tmp_path / "q.db"))
    assert code == 2 and "--profession is not used with advice show" in err
