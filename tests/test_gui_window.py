"""The window as a user drives it: the worked example, language, referrals, scenarios."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from premiumcalc.gui.gui_settings import open_settings
from premiumcalc.gui.main_window import MainWindow
from premiumcalc.pricing import Outcome, QuoteRequest, build_request
from premiumcalc.tariffs import load_catalog, load_tariffs

NBSP = "\u00a0"


def make_window(qtbot: QtBot, lang: str = "de", settings: bool = False) -> MainWindow:
    window = MainWindow(load_tariffs(), load_catalog(), lang,
                        open_settings() if settings else None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_outcome(window: MainWindow) -> Outcome:
    outcome = window.current_outcome()
    assert outcome is not None
    return outcome


def shown_request(window: MainWindow) -> QuoteRequest:
    request = window.current_request()
    assert request is not None
    return request


def last_worksheet_step(window: MainWindow) -> str:
    item = window.worksheet.item(window.worksheet.rowCount() - 1, 0)
    assert item is not None
    return item.text()


def gross_of(window: MainWindow) -> Decimal:
    premium = shown_outcome(window).premium
    assert premium is not None
    return premium.gross_annual


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def set_checked(box: QCheckBox, on: bool) -> None:
    if box.isChecked() != on:
        box.click()


def type_revenue(qtbot: QtBot, window: MainWindow, text: str) -> None:
    edit = window.form.revenue_edit
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


def type_worked_example(qtbot: QtBot, window: MainWindow, revenue: str = "180.000") -> None:
    form = window.form
    choose(form.tariff_combo, "nordlicht-it-2026")
    choose(form.profession_combo, "software-development")
    type_revenue(qtbot, window, revenue)
    choose(form.cover_combo, 1000000)
    choose(form.deductible_combo, 500)
    form.claims_spin.setValue(0)
    for module_id, box in form.module_checks.items():
        set_checked(box, module_id in ("general-liability", "cyber"))
    set_checked(form.startup_check, True)
    choose(form.term_combo, 3)
    choose(form.payment_combo, "monthly")
    choose(form.country_combo, "DE")


def test_worked_example_typed_in_german_shows_handbook_premium(qtbot: QtBot) -> None:
    window = make_window(qtbot, "de")
    type_worked_example(qtbot, window)
    panel = window.result_panel
    assert panel.gross_annual_label.text() == f"726,65{NBSP}€"
    assert panel.instalment_label.text() == f"60,60{NBSP}€"
    assert panel.instalment_plan.text() == f"danach 11 × 60,55{NBSP}€"
    assert panel.net_label.text() == f"581,55{NBSP}€"
    assert panel.tax_label.text() == f"116,02{NBSP}€"
    assert window.worksheet.amount_of("core") == f"490,20{NBSP}€"
    assert window.worksheet.amount_of("term_discount") == f"64,62{NBSP}€"
    # each module shows its price for this request next to its checkbox
    assert window.form.module_prices["general-liability"].text() == f"+120,00{NBSP}€"
    assert window.form.module_prices["cyber"].text() == f"+150,00{NBSP}€"
    request = window.current_request()
    assert request is not None and request.revenue == Decimal("180000")
    assert isinstance(request.revenue, Decimal)


def test_worked_example_in_english(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    type_worked_example(qtbot, window, revenue="180,000.00")
    assert window.result_panel.gross_annual_label.text() == "€726.65"
    assert window.result_panel.instalment_label.text() == "€60.60"


def test_result_follows_every_change_without_a_button(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    type_worked_example(qtbot, window, revenue="180000")
    with qtbot.waitSignal(window.sig_outcome_changed) as blocker:
        choose(window.form.payment_combo, "annual")
    outcome = blocker.args[0]
    assert outcome.premium.payment_surcharge == Decimal("0.00")
    assert window.result_panel.instalment_caption.text() == "Once a year"
    assert window.result_panel.gross_annual_label.text() == "€692.04"  # 581.55 × 1.19


def test_switching_language_retranslates_labels_amounts_and_core_texts(qtbot: QtBot) -> None:
    window = make_window(qtbot, "de")
    type_worked_example(qtbot, window)
    form = window.form
    assert form.labels["profession"].text() == "&Beruf:"
    assert window.file_menu.title() == "&Datei"
    assert last_worksheet_step(window) == (
        "Bruttoprämie pro Jahr")
    window.language_actions["en"].trigger()
    assert window.language() == "en"
    assert form.labels["profession"].text() == "&Profession:"
    assert window.file_menu.title() == "&File"
    assert window.result_panel.gross_annual_label.text() == "€726.65"
    assert form.revenue_edit.text() == "180,000"
    assert form.profession_combo.currentText() == "Software development"
    assert last_worksheet_step(window) == (
        "Gross premium per year")
    assert "Professional indemnity" in window.coverage.toPlainText()
    window.language_actions["de"].trigger()
    assert form.revenue_edit.text() == "180.000"
    assert "Vermögensschaden-Haftpflicht" in window.coverage.toPlainText()
    assert window.result_panel.gross_annual_label.text() == f"726,65{NBSP}€"


def test_coverage_and_scenario_tabs_opened_late_show_the_current_quote(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    type_worked_example(qtbot, window)
    window.language_actions["de"].trigger()
    window.details.setCurrentIndex(1)
    shown = window.details.currentWidget()
    assert shown.isAncestorOf(window.coverage) and window.coverage.isVisible()
    assert "Vermögensschaden-Haftpflicht" in window.coverage.toPlainText()
    assert "Höchstbetrag 1.000.000,00" in window.coverage.toPlainText()
    window.details.setCurrentIndex(2)
    row = window.scenarios.rows["lost-client-key"]
    assert row.isVisible() and row.result.text().startswith("✓")
    assert row.include.text() == window.state.catalog.scenario_map["lost-client-key"].title("de")


def test_referred_request_lists_every_reason_without_a_premium(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    type_worked_example(qtbot, window, revenue="3,000,000.01")
    window.form.claims_spin.setValue(2)
    panel = window.result_panel
    assert shown_outcome(window).status == "referred"
    assert panel.status_frame.isVisible()
    assert not panel.premium_frame.isVisible()
    reasons = panel.reasons_label.text()
    assert "Revenue above 3,000,000 EUR needs individual underwriting" in reasons
    assert "Two or more claims in 5 years" in reasons
    assert "Referred" in panel.status_title.text()
    assert window.worksheet.amount_of("gross_annual") is None


def test_declined_request_in_german(qtbot: QtBot) -> None:
    window = make_window(qtbot, "de")
    choose(window.form.tariff_combo, "rheinauen-digital-2026")
    choose(window.form.profession_combo, "medical-device-software")
    choose(window.form.cover_combo, 5000000)
    panel = window.result_panel
    assert shown_outcome(window).status == "declined"
    assert panel.status_title.text() == "In diesem Tarif nicht versicherbar"
    reasons = panel.reasons_label.text().splitlines()
    assert len(reasons) == 2
    assert "Software für Medizinprodukte" in reasons[0]
    assert "5.000.000 EUR" in reasons[1]
    # back to an insurable profession: the premium returns
    choose(window.form.cover_combo, 1000000)
    choose(window.form.profession_combo, "web-development")
    assert panel.premium_frame.isVisible() and not panel.status_frame.isVisible()


def test_scenario_action_adds_the_module_and_the_premium_changes(qtbot: QtBot) -> None:
    window = make_window(qtbot, "de")
    type_worked_example(qtbot, window)
    set_checked(window.form.module_checks["general-liability"], False)
    before = gross_of(window)
    row = window.scenarios.rows["lost-client-key"]
    assert row.result.text().startswith("✗")
    assert row.action.text() == (
        f"Betriebshaftpflicht hinzufügen für +120,00{NBSP}€ im Jahr (netto, vor Nachlässen)")
    with qtbot.waitSignal(window.sig_outcome_changed):
        row.action.click()
    assert window.form.module_checks["general-liability"].isChecked()
    assert gross_of(window) > before
    assert window.result_panel.gross_annual_label.text() == f"726,65{NBSP}€"
    assert row.result.text().startswith("✓")
    assert f"900,00{NBSP}€" in row.result.text()  # 1.400 damage, 500 deductible
    assert not row.action.isVisible()


def test_ticked_scenarios_become_part_of_the_request(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    window.scenarios.rows["typo-in-price"].include.click()
    request = window.current_request()
    assert request is not None and request.scenarios == ("typo-in-price",)


def paste_revenue(qtbot: QtBot, window: MainWindow, text: str) -> None:
    QApplication.clipboard().setText(text)
    edit = window.form.revenue_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_invalid_revenue_keeps_the_premium_and_says_why(qtbot: QtBot) -> None:
    window = make_window(qtbot, "de")
    type_worked_example(qtbot, window)
    form = window.form
    # a revenue of band 1 would change the premium, but three decimals are not an amount
    paste_revenue(qtbot, window, "90.000,001")
    assert form.revenue_edit.text() == "90.000,001"
    assert window.result_panel.gross_annual_label.text() == f"726,65{NBSP}€"
    assert window.current_request() is None
    assert form.revenue_reason.isVisible()
    assert "zwei Nachkommastellen" in form.revenue_reason.text()
    paste_revenue(qtbot, window, "90.00,00")
    assert "Dreiergruppen" in form.revenue_reason.text()
    assert window.result_panel.gross_annual_label.text() == f"726,65{NBSP}€"
    # an exponent, a sign or letters are refused as typed or pasted, with the reason shown
    paste_revenue(qtbot, window, "9e4")
    assert form.revenue_edit.text() == "90.00,00"
    assert "Vorzeichen" in form.revenue_reason.text()
    type_revenue(qtbot, window, "-")
    assert form.revenue_edit.text() == ""
    assert "Vorzeichen" in form.revenue_reason.text()
    assert window.result_panel.gross_annual_label.text() == f"726,65{NBSP}€"
    # a valid amount again: reason gone, premium for band 1
    type_revenue(qtbot, window, "90.000")
    assert not form.revenue_reason.isVisible()
    assert shown_outcome(window).band == 0


def test_load_request_fills_the_form(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    request = build_request({
        "tariff": "rheinauen-digital-2026", "profession": "web-development",
        "revenue": Decimal("400000.01"), "cover": 2000000, "deductible": 1000, "claims": 1,
        "modules": ("cyber", "worldwide", "general-liability"), "term": 3,
        "payment": "quarterly", "country": "AT"})
    window.load_request(request, "Beispiel GmbH")
    form = window.form
    assert form.revenue_edit.text() == "400,000.01"
    assert form.claims_spin.value() == 1
    assert form.country_combo.currentData() == "AT"
    assert window.result_panel.gross_annual_label.text() == "€2,132.29"
    assert window.result_panel.instalment_label.text() == "€533.08"
    assert window.client() == ("Beispiel GmbH", "")
    assert "Beispiel GmbH" in window.windowTitle()


def _needs_name(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return not isinstance(parent, (QComboBox, QAbstractSpinBox)) and widget.isVisibleTo(
        widget.window())


def test_every_input_has_an_accessible_name(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    unnamed = [
        type(w).__name__ + ":" + w.objectName()
        for cls in (QComboBox, QLineEdit, QCheckBox, QSpinBox, QPlainTextEdit, QPushButton)
        for w in window.findChildren(cls)
        if _needs_name(w) and not w.accessibleName()
    ]
    assert unnamed == []
    for widget in window.form.inputs():
        assert widget.accessibleName(), widget


def test_form_tab_order_follows_the_form(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    inputs = [w for w in window.form.inputs() if w.isVisibleTo(window)]
    order: list[QWidget] = []
    widget = inputs[0]
    for _ in range(200):
        if widget in inputs and widget not in order:
            order.append(widget)
        following = widget.nextInFocusChain()
        assert following is not None
        widget = following
        if widget is inputs[0]:
            break
    assert order == inputs


def test_broken_tariff_file_is_reported_and_the_others_work(qtbot: QtBot, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from premiumcalc.paths import user_tariff_dir

    folder = user_tariff_dir()
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text("id = [", encoding="utf-8")
    window = make_window(qtbot, "en")
    assert window.banner.isVisible()
    assert "broken.toml" in window.banner.text()
    assert window.form.tariff_combo.count() == 2
    assert window.current_outcome() is not None


@pytest.mark.parametrize("lang", ["de", "en"])
def test_new_quote_resets_the_form(qtbot: QtBot, lang: str) -> None:
    window = make_window(qtbot, lang)
    window.form.client_name_edit.setText("Alte Kundin")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def discard() -> None:  # the question about the unsaved edit: discard it
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Discard).click()

    QTimer.singleShot(0, discard)
    window.new_action.trigger()
    assert window.form.client_name_edit.text() == ""


def test_switching_tariff_shows_its_own_options_and_included_modules(qtbot: QtBot) -> None:
    window = make_window(qtbot, "de")
    form = window.form
    choose(form.tariff_combo, "rheinauen-digital-2026")
    included = form.module_checks["general-liability"]
    assert included.isChecked() and not included.isEnabled()
    assert form.module_prices["general-liability"].text() == "enthalten"
    assert form.module_prices["cyber"].text().startswith("+")
    assert shown_outcome(window).tariff.id == "rheinauen-digital-2026"


def test_menus_have_shortcuts_and_about_names_the_tariff_versions(qtbot: QtBot,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = make_window(qtbot, "en")
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.language_actions["de"].shortcut().toString() == "Ctrl+Shift+D"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _p, _t, text: shown.append(text)))
    window.about_action.trigger()
    assert "2026-01" in shown[0] and "2026-02" in shown[0]
    assert "LGPL" in shown[0]


@pytest.mark.parametrize(("system", "expected"), [("de_DE", "de"), ("de_AT", "de"),
                                                  ("en_GB", "en"), ("fr_FR", "en")])
def test_default_language_follows_the_system_locale(monkeypatch: pytest.MonkeyPatch, system: str,
                                                    expected: str) -> None:
    from PySide6.QtCore import QLocale

    from premiumcalc.gui import i18n

    class FakeLocale:
        @staticmethod
        def system() -> QLocale:
            return QLocale(system)

    monkeypatch.setattr(i18n, "QLocale", FakeLocale)
    assert i18n.system_language() == expected


def test_profession_is_searchable_and_typed_text_never_leaves_a_false_label(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    combo = window.form.profession_combo
    completer = combo.completer()
    assert completer is not None
    completer.setCompletionPrefix("security")
    assert completer.currentCompletion() == "IT security, penetration testing"
    line = combo.lineEdit()
    assert line is not None
    line.setText("it consulting")
    line.editingFinished.emit()
    assert shown_request(window).profession == "it-consulting"
    assert combo.currentText() == "IT consulting"
    line.setText("astronaut")
    line.editingFinished.emit()
    assert combo.currentText() == "IT consulting"
    assert shown_request(window).profession == "it-consulting"


def test_a_request_the_tariff_cannot_take_is_refused_and_the_form_kept(qtbot: QtBot) -> None:
    from premiumcalc.pricing import InvalidInput

    window = make_window(qtbot, "en")
    type_worked_example(qtbot, window, revenue="180000")
    before = shown_request(window)
    unknown = before.with_changes(tariff="gone-2019")
    with pytest.raises(InvalidInput, match="not installed"):
        window.load_request(unknown)
    with pytest.raises(InvalidInput) as info:
        window.load_request(before.with_changes(deductible=750))
    assert info.value.field == "deductible"
    assert window.current_request() == before


@pytest.mark.parametrize("lang", ["de", "en"])
def test_keyboard_mnemonics_of_form_and_menus_are_unique(qtbot: QtBot, lang: str) -> None:
    window = make_window(qtbot, lang)
    texts = [label.text() for label in window.form.labels.values()]
    texts.append(window.form.startup_check.text())
    texts += [menu.title() for menu in (window.file_menu, window.view_menu, window.tools_menu,
                                        window.help_menu)]
    keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(keys) == len(texts)
    assert sorted(keys) == sorted(set(keys)), texts
