"""The market comparison PDF, read back with pypdf: every tariff's gross in the locale's
format, the reference row, the date, the letterhead and the note which tariffs were compared;
and ``premiumcalc compare … --pdf`` through a real process."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from premiumcalc.fileio import WriteError
from premiumcalc.pdf.comparison import (
    Reference,
    comparison_filename,
    render_comparison_pdf,
    write_comparison_pdf,
)
from premiumcalc.pdf.profile import BrokerProfile
from premiumcalc.pricing import Outcome, build_request
from premiumcalc.pricing.compare import price_all
from premiumcalc.tariffs import TariffSet, load_catalog, load_tariffs

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"
CATALOG = load_catalog()
REQUEST: dict[str, Any] = {
    "profession": "software-development", "revenue": "180000", "cover": 1000000,
    "deductible": 500, "modules": ["general-liability", "cyber"], "startup": True, "term": 3,
    "payment": "monthly", "country": "DE",
}
PROFILE = BrokerProfile(name="Jana Beispiel", company="Beispiel Versicherungsmakler GmbH",
                        address="Lindenallee 5\n20095 Hamburg", phone="+49 40 123456",
                        register_number="D-ABCD-EFGHI-12")
REFERENCE = Reference(insurer="Elbufer Versicherung AG", gross_annual=Decimal("912.40"),
                      key_limit=Decimal("20000"), cover=Decimal("1000000"))
DATE = dt.date(2026, 11, 25)
#: Part I's figures are those of a start of cover in 2026 (handbook §11): the versions used
#: are the ones valid on this day, whatever the date of the test run.
START = dt.date(2026, 12, 1)
#: The gross premiums of REQUEST: handbook §8 (Nordlicht) and §15 (Rheinauen); Hafenkante
#: computed by hand in test_gui_compare.py (HAFENKANTE_GROSS).
GROSS = {"de": ["726,65 €", "841,76 €", "881,97 €"], "en": ["€726.65", "€841.76", "€881.97"]}


def compared(**changes: Any) -> tuple[list[Outcome], TariffSet]:
    """REQUEST with ``changes`` priced by the three tariffs, and those tariffs."""
    installed = load_tariffs([EXAMPLES], include_user_dir=False)
    valid, _ = installed.valid_on(START)
    tariffs = TariffSet(versions={v.id: [v] for v in valid})
    request = build_request({**REQUEST, **changes})
    return price_all(request, (t.tariff for t in tariffs), CATALOG), tariffs


def render(lang: str, outcomes: list[Outcome], tariffs: TariffSet,
           reference: Reference = REFERENCE, profile: BrokerProfile = PROFILE) -> bytes:
    return render_comparison_pdf(outcomes, sha256={t.id: t.sha256 for t in tariffs}, lang=lang,
                                 catalog=CATALOG, profile=profile, reference=reference,
                                 client_name="Müller & Söhne GmbH",
                                 client_address="Hauptstraße 12\n10115 Berlin", date=DATE)


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages).replace(
        "\u00a0", " ")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_tariffs_gross_in_the_locale_format(lang: str) -> None:
    outcomes, tariffs = compared()
    text = text_of(render(lang, outcomes, tariffs))
    assert len(outcomes) == 3
    for gross in GROSS[lang]:
        assert gross in text
    for loaded in tariffs:
        assert loaded.tariff.insurer in text and loaded.id in text
        assert loaded.sha256 in text
    # the reference row, with its premium and the difference to each tariff
    assert "Elbufer Versicherung AG" in text
    if lang == "de":
        assert "912,40 €" in text and "Bestehender Vertrag" in text
        assert "−185,75 €" in text  # 726.65 − 912.40
        assert "25.11.2026" in text
        assert "alle 3 in premiumcalc" in text and "installierten Tarife" in text
        assert "Seite 1 von" in text
    else:
        assert "€912.40" in text and "Current contract" in text
        assert "−€185.75" in text
        assert "25 Nov 2026" in text
        assert "all 3 tariffs installed in premiumcalc" in text
    assert "Beispiel Versicherungsmakler GmbH" in text and "D-ABCD-EFGHI-12" in text
    assert "Müller & Söhne GmbH" in text


def test_declined_tariff_shows_its_reason_and_no_price() -> None:
    outcomes, tariffs = compared(cover=5000000)
    declined = [o for o in outcomes if o.status == "declined"]
    assert {o.tariff.id for o in declined} >= {"rheinauen-digital-2026"}
    text = text_of(render("en", outcomes, tariffs))
    # handbook §7, in a sentence of the papers
    assert text.count("Cover of €5,000,000 per claim is not offered by this tariff") >= len(
        declined)
    assert "not accepted" in text


def test_without_reference_there_is_no_reference_row() -> None:
    outcomes, tariffs = compared()
    text = text_of(render("en", outcomes, tariffs, reference=Reference()))
    assert "Current contract" not in text and "Difference" not in text


def test_same_input_and_date_give_the_same_bytes_and_metadata() -> None:
    outcomes, tariffs = compared()
    first = render("de", outcomes, tariffs)
    assert first == render("de", outcomes, tariffs)
    meta = PdfReader(io.BytesIO(first)).metadata
    assert meta is not None
    assert meta.title == "Marktvergleich – Müller & Söhne GmbH"
    assert meta.creation_date is not None and meta.creation_date.date() == DATE
    assert meta.author == "Beispiel Versicherungsmakler GmbH"


def test_typed_text_cannot_inject_markup() -> None:
    outcomes, tariffs = compared()
    reference = Reference(insurer="<b>Alt</b> & <font size=80>X</font>",
                          gross_annual=Decimal("1"))
    text = text_of(render("en", outcomes, tariffs, reference=reference))
    # printed literally (a narrow column may wrap it, hence without the spaces)
    assert "<b>Alt</b>&<fontsize=80>X</font>" in text.replace(" ", "")


def test_written_atomically_and_a_failure_leaves_no_file(tmp_path: Path) -> None:
    outcomes, tariffs = compared()
    target = tmp_path / comparison_filename("Müller & Söhne GmbH", DATE, "de")
    assert target.name == "Marktvergleich-2026-11-25-Müller-Söhne-GmbH.pdf"
    kwargs: dict[str, Any] = dict(sha256={t.id: t.sha256 for t in tariffs}, lang="de",
                                  catalog=CATALOG, profile=PROFILE, date=DATE)
    write_comparison_pdf(target, outcomes, **kwargs)
    assert target.read_bytes().startswith(b"%PDF")
    with pytest.raises(WriteError):
        write_comparison_pdf(tmp_path / "missing" / "x.pdf", outcomes, **kwargs)
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_importing_the_comparison_module_does_not_load_reportlab() -> None:
    code = ("import sys\nimport premiumcalc.pdf.comparison, premiumcalc.cli\n"
            "print(sorted(m for m in sys.modules if m.startswith('reportlab')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


# ---------------------------------------------------------------------------------------
# premiumcalc compare … --pdf

COMPARE_ARGS = ["--profession", "software-development", "--revenue", "180000", "--cover",
                "1000000", "--deductible", "500", "--module", "general-liability", "--module",
                "cyber", "--startup", "--term", "3", "--payment", "monthly"]


def run_compare(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "premiumcalc", "compare", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8",
                          env=os.environ.copy(), timeout=120)


def test_compare_command_writes_the_comparison_pdf(tmp_path: Path) -> None:
    profile = tmp_path / "broker.toml"
    profile.write_text('[broker]\nname = "Jana Beispiel"\nregister_number = "D-ABCD-EFGHI-12"\n',
                       encoding="utf-8")
    out = tmp_path / "vergleich.pdf"
    args: list[str | Path] = [*COMPARE_ARGS, "--tariff-dir", EXAMPLES, "--lang", "de", "--pdf", out,
            "--date", "2026-11-25", "--client-name", "Müller & Söhne GmbH",
            "--broker-profile", profile, "--reference-insurer", "Elbufer Versicherung AG",
            "--reference-premium", "912.40", "--format", "json"]
    result = run_compare(*args)
    assert result.returncode == 0, result.stderr
    assert result.stdout.lstrip().startswith("{")  # stdout stays the JSON
    assert "vergleich.pdf" in result.stderr
    text = text_of(out.read_bytes())
    for gross in ("726,65 €", "912,40 €"):
        assert gross in text
    assert "Hafenkante" in text and "Elbufer Versicherung AG" in text and "25.11.2026" in text
    again = tmp_path / "again.pdf"
    assert run_compare(*[a if a != out else again for a in args]).returncode == 0
    assert again.read_bytes() == out.read_bytes()


def test_compare_command_bad_reference_premium_is_a_clear_error(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = run_compare(*COMPARE_ARGS, "--pdf", out, "--reference-insurer", "Elbufer AG",
                         "--reference-premium", "9,12x")
    assert result.returncode == 2
    assert result.stderr.startswith("premiumcalc: error: reference-premium:")
    assert "Traceback" not in result.stderr and not out.exists()


@pytest.mark.parametrize(("lang", "mark"), [("de", "ENTWURF – ohne Maklerangaben"),
                                            ("en", "DRAFT – no broker details")])
def test_comparison_without_broker_profile_is_marked_as_a_draft(lang: str, mark: str) -> None:
    outcomes, tariffs = compared()
    text = text_of(render(lang, outcomes, tariffs, profile=BrokerProfile()))
    assert text.count(mark) >= 3  # letterhead, notes and the footer of every page
    assert mark not in text_of(render(lang, outcomes, tariffs))


@pytest.mark.parametrize("option", ["--reference-premium", "--reference-key-limit"])
def test_reference_figure_without_its_insurer_is_refused(tmp_path: Path, option: str) -> None:
    out = tmp_path / "x.pdf"
    result = run_compare(*COMPARE_ARGS, "--tariff-dir", EXAMPLES, "--pdf", out, option, "912.40")
    assert result.returncode == 2
    assert result.stderr.strip() == (f"premiumcalc: error: {option} needs --reference-insurer "
                                     "(the insurer of the client's current contract)")
    assert not out.exists()


def test_compare_prints_the_claim_scenarios_in_the_table_and_the_pdf(tmp_path: Path) -> None:
    out = tmp_path / "vergleich.pdf"
    result = run_compare(*COMPARE_ARGS, "--tariff-dir", EXAMPLES, "--start", "2026-12-01",
                         "--scenario", "lost-client-key=120000", "--lang", "en",
                         "--pdf", out, "--date", "2026-11-25")
    assert result.returncode == 0, result.stderr
    # handbook §16: lost-client-key with a damage of 120,000 and Nordlicht's key sublimit
    # of 100,000: payout 100,000 − 500 deductible = 99,500
    assert "Lost client key (damage €120,000.00)" in result.stdout
    assert re.search(r"nordlicht-it-2026 +payout €99,500.00 \(limit €100,000.00, "
                     r"deductible €500.00\)", result.stdout), result.stdout
    text = text_of(out.read_bytes())
    assert "Claim scenarios" in text and "€99,500.00" in text
