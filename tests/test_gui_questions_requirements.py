"""Risk questions, the client's requirements and the coverage terms in the window
(handbook §13-§15), with real widgets. Every figure is the handbook's."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from premiumcalc.gui.compare_model import COLUMNS, RECOMMENDED_BRUSH, RECOMMENDED_MARK
from premiumcalc.gui.compare_tab import CompareTab
from premiumcalc.gui.i18n import translators
from premiumcalc.gui.main_window import MainWindow
from premiumcalc.pricing import build_request
from premiumcalc.pricing.requirement import Requirement
from premiumcalc.tariffs import load_catalog, load_tariffs

CATALOG = load_catalog()
DATA = Path(__file__).parent / "data"
NORDLICHT, RHEINAUEN = "nordlicht-it-2026", "rheinauen-digital-2026"
#: The request of handbook §8 (modules general liability and cyber).
SECTION_8: dict[str, Any] = {
    "tariff": NORDLICHT, "profession": "software-development", "revenue": "180000",
    "cover": 1000000, "deductible": 500, "claims": 0,
    "modules": ["general-liability", "cyber"], "startup": True, "term": 3,
    "payment": "monthly", "country": "DE",
}
NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    translators.install("en")


def make_window(qtbot: Any, lang: str = "en", extra: tuple[Path, ...] = (),
                **changes: Any) -> MainWindow:
    window = MainWindow(load_tariffs(extra, catalog=CATALOG), CATALOG, lang)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.load_request(build_request(dict(SECTION_8, **changes)))
    return window


def show_compare(window: MainWindow) -> CompareTab:
    window.tabs.setCurrentIndex(window.market.tab_index)
    return window.market.tab


def cell(tab: CompareTab, tariff_id: str, name: str,
         role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 2) == tariff_id:
            return tab.proxy.index(row, COLUMNS.index(name)).data(role)
    raise AssertionError(f"{tariff_id} is not in the table")


# -- risk questions ----------------------------------------------------------------------


def test_the_form_asks_the_four_questions_default_no_in_both_languages(qtbot: Any) -> None:
    window = make_window(qtbot, "de")
    box = window.form.questions_box
    assert list(box.checks) == ["known-circumstances", "us-canada-business",
                                "insurance-refused", "insolvency"]
    assert not any(check.isChecked() for check in box.checks.values())
    assert box.title() == "Risikofragen"
    german = box.texts["us-canada-business"].text()
    assert "USA" in german and german != "Do you have clients, revenue or subsidiaries in " \
                                         "the USA or Canada?"
    window.set_language("en")
    assert box.title() == "Risk questions"
    assert box.texts["us-canada-business"].text() == (
        "Do you have clients, revenue or subsidiaries in the USA or Canada?")
    assert box.checks["insolvency"].text() == "Yes"


def test_answering_yes_reprices_and_shows_the_reason(qtbot: Any) -> None:
    window = make_window(qtbot, "en")
    panel = window.result_panel
    assert window.current_outcome().premium.gross_annual == Decimal("726.65")  # type: ignore[union-attr]
    check = window.form.questions_box.checks["known-circumstances"]
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert window.current_request().yes == ("known-circumstances",)  # type: ignore[union-attr]
    assert window.current_outcome().status == "referred"  # type: ignore[union-attr]
    assert "known circumstances must be assessed by an underwriter" in \
        panel.reasons_label.text().lower()
    # insolvency declines; answering no again brings back the §8 premium
    qtbot.mouseClick(window.form.questions_box.checks["insolvency"], Qt.MouseButton.LeftButton)
    assert window.current_outcome().status == "declined"  # type: ignore[union-attr]
    assert "insolvency is not insured" in panel.reasons_label.text().lower()
    for qid in ("known-circumstances", "insolvency"):
        qtbot.mouseClick(window.form.questions_box.checks[qid], Qt.MouseButton.LeftButton)
    assert window.current_outcome().status == "quoted"  # type: ignore[union-attr]
    assert "726.65" in window.result_panel.gross_annual_label.text()


def test_usa_question_refers_nordlicht_unless_worldwide_and_declines_rheinauen_on_compare(
        qtbot: Any) -> None:
    window = make_window(qtbot, "en")
    tab = show_compare(window)
    qtbot.mouseClick(window.form.questions_box.checks["us-canada-business"],
                     Qt.MouseButton.LeftButton)
    assert cell(tab, NORDLICHT, "status").startswith("Referred")
    assert "needs the worldwide module" in cell(tab, NORDLICHT, "reasons")
    assert cell(tab, RHEINAUEN, "status").startswith("Declined")
    assert "business in the USA or Canada is not insured" in cell(tab, RHEINAUEN, "reasons")
    window.form.module_checks["worldwide"].setChecked(True)
    assert cell(tab, NORDLICHT, "status").startswith("Quoted")
    assert cell(tab, NORDLICHT, "gross") == "€843.81"
    assert cell(tab, RHEINAUEN, "status").startswith("Declined")


def test_loading_a_request_shows_its_answers(qtbot: Any) -> None:
    window = make_window(qtbot, "en", yes=["insurance-refused"])
    checks = window.form.questions_box.checks
    assert checks["insurance-refused"].isChecked()
    assert not checks["known-circumstances"].isChecked()
    window.state.reset()
    assert not checks["insurance-refused"].isChecked()


# -- the requirements editor and the Compare tab -------------------------------------------


def add(window: MainWindow, qtbot: Any, rid: str, amount: str | None = None) -> None:
    editor = window.form.requirements_box
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    row = editor.rows[-1]
    row.combo.setCurrentIndex(row.combo.findData(rid))
    if amount is not None:
        row.amount_edit.clear()
        qtbot.keyClicks(row.amount_edit, amount)


def test_editor_adds_and_removes_rows_bound_to_the_request(qtbot: Any) -> None:
    window = make_window(qtbot, "en")
    editor = window.form.requirements_box
    assert editor.rows == [] and editor.empty_label.isVisible()
    add(window, qtbot, "gl-limit", "5,000,000")
    add(window, qtbot, "worldwide")
    assert not editor.rows[1].amount_edit.isVisible()  # worldwide takes no number
    add(window, qtbot, "prior-acts-months")
    editor.rows[2].amount_edit.setText("72")
    assert window.current_request().require == (  # type: ignore[union-attr]
        Requirement("gl-limit", 5000000), Requirement("worldwide"),
        Requirement("prior-acts-months", 72))
    # an id in one row is not offered in another
    first = editor.rows[0].combo
    assert not first.model().item(first.findData("worldwide")).isEnabled()  # type: ignore[attr-defined]
    qtbot.mouseClick(editor.rows[1].remove_button, Qt.MouseButton.LeftButton)
    assert len(editor.rows) == 2
    assert window.current_request().require == (  # type: ignore[union-attr]
        Requirement("gl-limit", 5000000), Requirement("prior-acts-months", 72))
    # an amount that is not whole euros is not taken, and the group says why
    editor.rows[0].amount_edit.setText("5,000,000.50")
    assert "gl-limit" not in [r.id for r in window.current_request().require]  # type: ignore[union-attr]
    assert editor.problem_label.isVisible()
    assert "whole amount" in editor.problem_label.text()
    # the field is highlighted and the reason carries a sign, not colour alone
    assert editor.rows[0].amount_edit.property("marked")
    assert editor.problem_label.text().startswith("⚠ ")
    assert not editor.rows[1].amount_edit.property("marked")
    assert len(editor.rows) == 2  # the row stays for correcting
    editor.rows[0].amount_edit.setText("3,000,000")
    assert window.current_request().require[0] == Requirement("gl-limit", 3000000)  # type: ignore[union-attr]
    assert not editor.problem_label.isVisible()
    assert not editor.rows[0].amount_edit.property("marked")


def test_compare_marks_gaps_with_hints_and_the_recommended_tariff_section_15(
        qtbot: Any) -> None:
    window = make_window(qtbot, "de")
    tab = show_compare(window)
    assert tab.view.isColumnHidden(COLUMNS.index("requirements"))
    add(window, qtbot, "gl-limit", "5.000.000")
    add(window, qtbot, "worldwide")
    assert not tab.view.isColumnHidden(COLUMNS.index("requirements"))
    # Nordlicht 726,65 €: gaps gl-limit (3.000.000 offered) and worldwide (+122,55 €)
    assert cell(tab, NORDLICHT, "gross") == f"726,65{NBSP}€"
    nordlicht = cell(tab, NORDLICHT, "requirements")
    assert nordlicht.startswith("\u2717")
    assert f"3.000.000{NBSP}€" in nordlicht and f"5.000.000{NBSP}€" in nordlicht
    assert f"+122,55{NBSP}€" in nordlicht and "Weltweite Deckung" in nordlicht
    # Rheinauen 841,76 €: general liability met, gap worldwide (+177,51 €)
    assert cell(tab, RHEINAUEN, "gross") == f"841,76{NBSP}€"
    rheinauen = cell(tab, RHEINAUEN, "requirements")
    assert f"+177,51{NBSP}€" in rheinauen and "5.000.000" not in rheinauen
    # no tariff meets all: nothing recommended
    assert RECOMMENDED_MARK not in cell(tab, NORDLICHT, "status") + cell(tab, RHEINAUEN, "status")
    assert "Kein angebotener Tarif erfüllt alle Anforderungen" in tab.summary.text()
    assert "Empfohlen" not in tab.summary.text()
    assert f"+122,55{NBSP}€" in tab.gaps.text() and f"+177,51{NBSP}€" in tab.gaps.text()

    # with worldwide: Nordlicht 843,81 € still short of general liability; Rheinauen
    # 1.021,41 € meets both and is recommended (a mark and a word, not only a colour)
    window.form.module_checks["worldwide"].setChecked(True)
    assert cell(tab, NORDLICHT, "gross") == f"843,81{NBSP}€"
    assert cell(tab, RHEINAUEN, "gross") == f"1.021,41{NBSP}€"
    assert cell(tab, RHEINAUEN, "requirements").startswith("\u2713")
    assert "Weltweit" not in cell(tab, NORDLICHT, "requirements")
    status = cell(tab, RHEINAUEN, "status")
    assert RECOMMENDED_MARK in status and "empfohlen" in status
    assert RECOMMENDED_MARK not in cell(tab, NORDLICHT, "status")
    assert cell(tab, RHEINAUEN, "gross", Qt.ItemDataRole.BackgroundRole) == RECOMMENDED_BRUSH
    assert "empfohlen" in cell(tab, RHEINAUEN, "tariff",
                               Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "Rheinauen" in tab.summary.text() and f"1.021,41{NBSP}€" in tab.summary.text()


# -- conditions, aggregates, prior acts, run-off (§13) -----------------------------------


def test_compare_columns_and_coverage_show_the_section_13_terms(qtbot: Any,
                                                                tmp_path: Path) -> None:
    shutil.copy(DATA / "format-one-tariff.toml", tmp_path)
    window = make_window(qtbot, "en", (tmp_path,))
    tab = show_compare(window)
    assert cell(tab, NORDLICHT, "conditions") == "AVB IT-Haftpflicht Professional, Stand 01/2026"
    assert cell(tab, RHEINAUEN, "conditions") == \
        "Bedingungen Digital Pro Haftpflicht, Fassung 02/2026"
    assert cell(tab, NORDLICHT, "aggregate") == "€2,000,000"  # 2 × cover
    assert cell(tab, RHEINAUEN, "aggregate") == "€3,000,000"  # 3 × cover
    assert cell(tab, NORDLICHT, "penalties") == "€50,000"
    assert cell(tab, RHEINAUEN, "penalties") == "not covered"
    assert cell(tab, NORDLICHT, "prior_acts") == "unlimited"
    assert cell(tab, RHEINAUEN, "prior_acts") == "60 months"
    assert cell(tab, NORDLICHT, "run_off") == "5 years"
    assert cell(tab, RHEINAUEN, "run_off") == "3 years"
    assert cell(tab, NORDLICHT, "bodily_injury") == "none"
    assert cell(tab, RHEINAUEN, "bodily_injury") == "€500"  # the chosen deductible
    for name in ("conditions", "aggregate", "penalties", "prior_acts", "run_off"):
        assert cell(tab, "format-one-sample", name) == "not stated by the tariff"

    window.tabs.setCurrentIndex(0)
    window.details.setCurrentIndex(1)
    text = window.coverage.toPlainText()
    assert "AVB IT-Haftpflicht Professional, Stand 01/2026" in text
    assert "annual aggregate €2,000,000" in text
    assert "annual aggregate €6,000,000" in text  # general liability: 2 × 3,000,000
    assert "unlimited" in text and "5 years" in text
    window.state.set_value("tariff", "format-one-sample")
    text = window.coverage.toPlainText()
    assert "Conditions:" in text and "not stated by the tariff" in text
    assert "AVB" not in text


# -- start of cover (§11) -----------------------------------------------------------------


def set_start(window: MainWindow, day: str) -> None:
    from PySide6.QtCore import QDate

    window.form.start_edit.date_edit.setDate(QDate.fromString(day, "yyyy-MM-dd"))


def test_start_field_defaults_to_today_and_picks_the_version_valid_on_it(qtbot: Any) -> None:
    window = MainWindow(load_tariffs((), catalog=CATALOG), CATALOG, "de")
    qtbot.addWidget(window)
    window.show()
    edit = window.form.start_edit.date_edit
    assert edit.calendarPopup()
    assert edit.date().toString("yyyy-MM-dd") == "2026-12-01"  # today in the tests
    assert edit.text() == "01.12.2026"
    window.load_request(build_request(dict(SECTION_8, start="2026-12-31")))
    assert edit.text() == "31.12.2026"  # a loaded request keeps its start
    assert window.current_outcome().premium.gross_annual == Decimal("726.65")  # type: ignore[union-attr]
    # §11: with a start on 2027-03-01, version 2027-01 gives 745.40, 62.19 then 11 × 62.11
    set_start(window, "2027-03-01")
    outcome = window.current_outcome()
    assert outcome is not None and outcome.tariff.version == "2027-01"
    assert outcome.request.start.isoformat() == "2027-03-01"
    panel = window.result_panel
    assert panel.gross_annual_label.text() == f"745,40{NBSP}€"
    assert panel.instalment_label.text() == f"62,19{NBSP}€"
    assert "11 × 62,11" in panel.instalment_plan.text()
    assert "2027-01" in panel.tariff_label.text() and "01.03.2027" in panel.tariff_label.text()
    assert "Nordlicht Versicherung AG – IT-Haftpflicht Professional (2027-01)" in [
        window.form.tariff_combo.itemText(i) for i in range(window.form.tariff_combo.count())]
    # a new quote starts today again
    window.state.reset()
    assert edit.date().toString("yyyy-MM-dd") == "2026-12-01"


def test_a_start_without_a_valid_version_is_named_in_the_form_and_on_compare(
        qtbot: Any) -> None:
    window = make_window(qtbot, "en")
    tab = show_compare(window)
    set_start(window, "2026-01-15")
    # Rheinauen 2026-02 starts on 2026-02-01: not priced, and the tab says why
    assert tab.proxy.rowCount() == 1
    assert tab.unavailable == [RHEINAUEN]
    summary = tab.summary.text()
    assert "no version valid for a start on 2026-01-15" in summary
    assert "2026-02 from 2026-02-01" in summary and "Rheinauen" in summary
    assert cell(tab, NORDLICHT, "gross") == "€726.65"
    # the chosen tariff without a valid version: the form says so, nothing is priced with it
    window.tabs.setCurrentIndex(0)
    window.state.set_value("tariff", RHEINAUEN)
    reason = window.form.start_edit.reason
    assert reason.isVisible()
    assert "no version valid for a start on 2026-01-15 (2026-02 from 2026-02-01)" in \
        reason.text()
    assert window.current_request() is None
    assert window.state.problem()[0] == "start"  # type: ignore[index]
    set_start(window, "2026-02-01")
    assert not reason.isVisible()
    assert window.current_outcome().tariff.id == RHEINAUEN  # type: ignore[union-attr]


def test_loaded_requirements_stay_exactly_as_saved_through_edits_and_languages(
        qtbot: Any) -> None:
    saved = ("prior-acts-months=5000", "max-gross=999999999999", "worldwide")
    window = make_window(qtbot, "de", require=list(saved))
    editor = window.form.requirements_box
    assert [row.requirement_id() for row in editor.rows] == [
        "prior-acts-months", "max-gross", "worldwide"]
    assert editor.rows[1].amount_edit.text() == "999.999.999.999"
    window.form.claims_spin.setValue(1)
    window.set_language("en")
    assert editor.rows[1].amount_edit.text() == "999,999,999,999"
    editor.rows[2].combo.setCurrentIndex(editor.rows[2].combo.findData("run-off-years"))
    assert [str(r) for r in window.current_request().require] == [  # type: ignore[union-attr]
        "prior-acts-months=5000", "max-gross=999999999999", "run-off-years=5"]


def test_next_program_start_keeps_answers_and_requirements_but_starts_today(
        qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    first = MainWindow(load_tariffs((), catalog=CATALOG), CATALOG, "en", settings)
    qtbot.addWidget(first)
    first.load_request(build_request(dict(SECTION_8, start="2027-03-01", yes=["insolvency"],
                                          require=["gl-limit=5000000", "worldwide"])))
    first.save_settings()
    second = MainWindow(load_tariffs((), catalog=CATALOG), CATALOG, "en", settings)
    qtbot.addWidget(second)
    request = second.current_request()
    assert request is not None
    assert request.yes == ("insolvency",)
    assert [str(r) for r in request.require] == ["gl-limit=5000000", "worldwide"]
    assert second.form.questions_box.checks["insolvency"].isChecked()
    assert len(second.form.requirements_box.rows) == 2
    assert request.start.isoformat() == "2026-12-01"  # today in the tests, not the saved day
    assert second.form.start_edit.date_edit.text() == "2026-12-01"
