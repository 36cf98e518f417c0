"""The window on small screens, invalid input marked, the keyboard, unsaved edits, help and
the other things a broker notices while working with the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from premiumcalc.gui.keyboard import mnemonic
from premiumcalc.gui.main_window import MainWindow
from premiumcalc.gui.window_size import first_position, first_size
from premiumcalc.pricing import build_request
from premiumcalc.quotes import open_store
from premiumcalc.tariffs import load_catalog, load_tariffs

# ---------------------------------------------------------------------------------------
# 13. The first window fits the screen


@pytest.mark.parametrize(("available", "expected"), [
    (QRect(0, 0, 1920, 1040), QSize(1280, 860)),  # room enough: the designed size
    (QRect(0, 0, 1366, 728), QSize(1280, 680)),   # 1366×768 less a 40-pixel task bar
    (QRect(0, 0, 1280, 720), QSize(1264, 672)),
    (QRect(1920, 30, 1280, 690), QSize(1264, 642)),  # a second screen, a top panel
])
def test_the_first_size_is_never_larger_than_the_available_screen(available: QRect,
                                                                  expected: QSize) -> None:
    size = first_size(available)
    assert size == expected
    where = first_position(available, size)
    assert available.contains(QRect(where, size + QSize(16, 48)))


WINDOW_ON_SCREEN = r"""
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from premiumcalc.gui.main_window import MainWindow
from premiumcalc.tariffs import load_catalog, load_tariffs
window = MainWindow(load_tariffs(), load_catalog(), sys.argv[1])
window.statusBar().showMessage("ready")
window.show()
for _ in range(5):
    app.processEvents()
available = window.screen().availableGeometry()
last = window.form.client_address_edit
scroll = window.form.parentWidget().parentWidget()
scroll.ensureWidgetVisible(last)
app.processEvents()
corner = last.mapTo(window, last.rect().bottomRight())
bar = window.statusBar().geometry()
print(json.dumps({
    "available": [available.width(), available.height()],
    "scale": window.screen().devicePixelRatio(),
    "frame": [window.frameGeometry().x(), window.frameGeometry().y(),
              window.frameGeometry().width(), window.frameGeometry().height()],
    "size": [window.width(), window.height()],
    "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
    "last_input_bottom_right": [corner.x(), corner.y()],
    "status_bar_bottom": bar.bottom(), "status_bar_visible": window.statusBar().isVisible(),
}))
"""


def run_on_screen(tmp_path: Path, width: int, height: int, dpr: int = 1,
                  lang: str = "en") -> dict[str, Any]:
    """Start the window on an offscreen screen of ``width``×``height`` device-independent
    pixels at scale ``dpr``; what it shows, as JSON."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": dpr}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run([sys.executable, "-c", WINDOW_ON_SCREEN, lang], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    shown: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return shown


@pytest.mark.parametrize(("width", "height", "dpr", "lang"), [
    (1366, 768, 1, "de"), (1280, 720, 1, "en"), (1366, 768, 2, "de")])
def test_on_a_small_screen_the_whole_window_and_its_form_are_reachable(
        tmp_path: Path, width: int, height: int, dpr: int, lang: str) -> None:
    shown = run_on_screen(tmp_path, width, height, dpr, lang)
    assert shown["available"] == [width, height] and shown["scale"] == dpr
    x, y, frame_width, frame_height = shown["frame"]
    assert x >= 0 and y >= 0 and x + frame_width <= width and y + frame_height <= height
    window_width, window_height = shown["size"]
    assert window_width <= width - 16 and window_height <= height - 48
    minimum_width, minimum_height = shown["minimum"]
    assert minimum_width <= window_width and minimum_height <= window_height
    # the form scrolls: its last input can be brought into the window
    right, bottom = shown["last_input_bottom_right"]
    assert 0 < right <= window_width and 0 < bottom <= window_height
    assert shown["status_bar_visible"] and shown["status_bar_bottom"] < window_height


# ---------------------------------------------------------------------------------------
# 15. The keyboard


def make_window(qtbot: QtBot, lang: str = "en", store: bool = False) -> MainWindow:
    window = MainWindow(load_tariffs(), load_catalog(), lang)
    qtbot.addWidget(window)
    if store:
        window.open_history(open_store())
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def press_tab(qtbot: QtBot) -> QWidget:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not None
    return after


def test_tab_leaves_the_rating_worksheet_after_one_press(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert window.worksheet.rowCount() > 5
    window.worksheet.setFocus()
    window.worksheet.setCurrentCell(0, 0)
    assert press_tab(qtbot) is not window.worksheet


@pytest.mark.parametrize("lang", ["de", "en"])
def test_tab_goes_round_the_whole_window_in_few_presses(qtbot: QtBot, lang: str) -> None:
    window = make_window(qtbot, lang, store=True)
    first = window.form.inputs()[0]
    first.setFocus()
    stops: list[QWidget] = []
    for _ in range(100):
        stops.append(press_tab(qtbot))
        if stops[-1] is first:
            break
    assert stops[-1] is first, "Tab never came back to the first field"
    # every input of the form once (the start date has three parts), the tab bars, the
    # worksheet once, and nothing without a name a screen reader could say
    assert len(stops) <= len(window.form.inputs()) + 8
    assert stops.count(window.worksheet) == 1
    assert all(w.accessibleName() or isinstance(w, QTabBar) for w in stops), stops


def test_ctrl_and_a_digit_shows_the_main_tabs_in_order(qtbot: QtBot) -> None:
    window = make_window(qtbot, store=True)
    field = window.form.client_name_edit
    field.setFocus()
    count = window.tabs.count()
    assert 3 <= count < 9
    digits = [Qt.Key(Qt.Key.Key_1.value + i) for i in range(count)]
    for index in [*range(1, count), 0]:
        qtbot.keyClick(field if field.isVisible() else window, digits[index],
                       Qt.KeyboardModifier.ControlModifier)
        assert window.tabs.currentIndex() == index
    qtbot.keyClick(field, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0  # no ninth tab: nothing happens


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_tab_and_module_checkbox_has_a_mnemonic_of_its_own(qtbot: QtBot,
                                                                lang: str) -> None:
    window = make_window(qtbot, lang, store=True)
    menus = [menu.title() for menu in (window.file_menu, window.view_menu,
                                       window.tools_menu, window.help_menu)]
    tabs = [tab.tabText(i) for tab in (window.tabs, window.details) for i in range(tab.count())]
    keys = [mnemonic(text) for text in menus + tabs]
    assert None not in keys and len(set(keys)) == len(keys), menus + tabs
    modules = [check.text() for check in window.form.module_checks.values()]
    keys = [mnemonic(text) for text in modules]
    assert None not in keys and len(set(keys)) == len(keys), modules
    if lang == "en":
        return  # English has no letter left for Compare that the form does not use
    # Alt and the tab's letter shows the tab
    compare = window.tabs.tabText(1)
    assert compare == "Ve&rgleich"
    qtbot.keyClick(window.form.client_name_edit, compare[compare.index("&") + 1],
                   Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentIndex() == 1


def test_ctrl_n_starts_a_new_quote_in_the_first_field(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.tabs.setCurrentIndex(1)
    window.form.claims_spin.setFocus()
    qtbot.keyClick(window.form.claims_spin, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
    assert QApplication.focusWidget() is window.form.inputs()[0]


# ---------------------------------------------------------------------------------------
# 14. An input that cannot be taken, and the result it leaves out of date


def type_revenue(qtbot: QtBot, window: MainWindow, text: str) -> None:
    edit = window.form.revenue_edit
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


def is_marked(widget: QWidget) -> bool:
    return bool(widget.property("marked")) and "border" in widget.styleSheet()


def test_an_invalid_revenue_is_highlighted_and_the_premium_marked_out_of_date(
        qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    compare = window.market.tab
    form, panel = window.form, window.result_panel
    assert not panel.outdated.isVisible() and not is_marked(form.revenue_edit)
    type_revenue(qtbot, window, "450.000")  # German grouping typed in English
    assert window.current_request() is None
    # the field: colour and a sign in its label (not colour alone), the reason below it
    assert is_marked(form.revenue_edit)
    assert form.labels["revenue"].text().startswith("⚠ ")
    assert form.revenue_reason.isVisible()
    # the last premium stays only greyed, under a notice naming the field
    assert panel.outdated.isVisible()
    assert "Out of date" in panel.outdated.text() and "Annual revenue" in panel.outdated.text()
    assert not panel.premium_frame.isEnabled() and not window.worksheet.isEnabled()
    # the comparison too
    window.tabs.setCurrentIndex(window.market.tab_index)
    assert compare.outdated.isVisible() and "Annual revenue" in compare.outdated.text()
    assert not compare.view.isEnabled()
    # a valid amount: every mark is gone
    window.tabs.setCurrentIndex(0)
    type_revenue(qtbot, window, "450,000")
    assert not is_marked(form.revenue_edit)
    assert form.labels["revenue"].text() == "Annual &revenue (€):"
    assert not panel.outdated.isVisible() and panel.premium_frame.isEnabled()
    assert window.worksheet.isEnabled()
    window.tabs.setCurrentIndex(window.market.tab_index)
    assert not compare.outdated.isVisible() and compare.view.isEnabled()


def test_the_mark_follows_the_input_that_is_wrong_and_the_language(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    form, panel = window.form, window.result_panel
    # a start of cover no installed version of the tariff is valid on (Rheinauen's first
    # version starts on 2026-02-01)
    window.state.set_value("tariff", "rheinauen-digital-2026")
    form.start_edit.date_edit.setDate(QDate(2026, 1, 15))
    problem = window.state.problem()
    assert problem is not None and problem[0] == "start"
    assert is_marked(form.start_edit.date_edit)
    assert form.labels["start"].text().startswith("⚠ ")
    assert not is_marked(form.revenue_edit)
    assert "Start of cover" in panel.outdated.text()
    window.set_language("de")
    assert form.labels["start"].text().startswith("⚠ ")
    assert "Versicherungsbeginn" in panel.outdated.text()
    assert "Veraltet" in panel.outdated.text()
    form.start_edit.date_edit.setDate(QDate(2026, 12, 1))
    assert not is_marked(form.start_edit.date_edit)
    assert not panel.outdated.isVisible()


def test_an_unreadable_reference_amount_is_marked_with_a_sign(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    reference = window.market.tab.reference_form
    edit = reference.amount_edits["gross_annual"]
    qtbot.keyClicks(edit, "1.2.3")
    assert is_marked(edit) and reference.labels["gross_annual"].text().startswith("⚠ ")
    edit.clear()
    assert not is_marked(edit) and not reference.labels["gross_annual"].text().startswith("⚠")


# ---------------------------------------------------------------------------------------
# 16. Unsaved edits are not dropped silently


class Answer:
    """Answers the next question of the window with one of its buttons, and keeps what it
    asked (the test fails if no question came)."""

    def __init__(self, qtbot: QtBot, button: QMessageBox.StandardButton) -> None:
        self.asked: list[str] = []
        self.buttons: list[QMessageBox.StandardButton] = []

        def answer() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):  # not open yet
                QTimer.singleShot(10, answer)
                return
            self.asked.append(box.text() + " " + box.informativeText())
            self.buttons = [b for b in (QMessageBox.StandardButton.Save,
                                        QMessageBox.StandardButton.Discard,
                                        QMessageBox.StandardButton.Cancel)
                            if box.button(b) is not None]
            box.button(button).click()

        QTimer.singleShot(0, answer)


def test_new_quote_asks_before_dropping_edits_cancel_keeps_them(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en", store=True)
    window.form.client_name_edit.setText("Hafenkante Tech GmbH")
    answer = Answer(qtbot, QMessageBox.StandardButton.Cancel)
    window.new_action.trigger()
    assert answer.asked and "not saved" in answer.asked[0]
    assert answer.buttons == [QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                              QMessageBox.StandardButton.Cancel]
    assert window.form.client_name_edit.text() == "Hafenkante Tech GmbH"
    answer = Answer(qtbot, QMessageBox.StandardButton.Discard)
    window.new_action.trigger()
    assert answer.asked and window.form.client_name_edit.text() == ""
    # a new quote left as it is: no question
    window.new_action.trigger()
    assert window.form.client_name_edit.text() == ""


def test_save_in_the_question_saves_the_quote_before_the_new_one(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en", store=True)
    history = window.history_actions
    assert history is not None
    window.form.client_name_edit.setText("Hafenkante Tech GmbH")
    answer = Answer(qtbot, QMessageBox.StandardButton.Save)
    window.new_action.trigger()
    assert answer.asked
    saved = history.store.search("Hafenkante")
    assert [s.client_name for s in saved] == ["Hafenkante Tech GmbH"]
    assert window.form.client_name_edit.text() == ""


def test_reopen_asks_and_cancel_keeps_the_edits(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en", store=True)
    history = window.history_actions
    assert history is not None
    window.form.client_name_edit.setText("Schmidt Digital")
    saved = history.save()
    assert saved is not None
    # saved: nothing to ask; an edit after it is asked about
    window.form.client_name_edit.setText("Müller IT-Beratung GmbH")
    answer = Answer(qtbot, QMessageBox.StandardButton.Cancel)
    history.reopen(saved)
    assert answer.asked
    assert window.form.client_name_edit.text() == "Müller IT-Beratung GmbH"
    answer = Answer(qtbot, QMessageBox.StandardButton.Discard)
    history.reopen(saved)
    assert answer.asked and window.form.client_name_edit.text() == "Schmidt Digital"
    assert window.state.quote_number == saved.number
    # the reopened quote unchanged: New quote asks nothing
    window.new_action.trigger()
    assert window.form.client_name_edit.text() == ""


def test_quit_asks_and_cancel_keeps_the_window_open(qtbot: QtBot) -> None:
    window = make_window(qtbot, "de", store=True)
    window.form.client_name_edit.setText("Hafenkante Tech GmbH")
    answer = Answer(qtbot, QMessageBox.StandardButton.Cancel)
    window.quit_action.trigger()
    assert answer.asked and "nicht gespeichert" in answer.asked[0]
    assert window.isVisible()
    answer = Answer(qtbot, QMessageBox.StandardButton.Discard)
    window.quit_action.trigger()
    assert answer.asked and not window.isVisible()


# ---------------------------------------------------------------------------------------
# 17. Matrix cell into the quote, claim damages, help, file dialogs, translated messages

WORKED_EXAMPLE: dict[str, object] = {
    "tariff": "nordlicht-it-2026", "profession": "software-development", "revenue": "180000",
    "cover": 1000000, "deductible": 500, "claims": 0, "modules": ["general-liability", "cyber"],
    "startup": True, "term": 3, "payment": "monthly", "country": "DE",
}


def test_double_clicking_a_matrix_cell_takes_it_into_the_quote(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    # the worked example at another cover and deductible than the cell taken below
    window.load_request(build_request({**WORKED_EXAMPLE, "cover": 2000000, "deductible": 1000}))
    window.tabs.setCurrentIndex(window.market.tab_index)
    matrix = window.market.tab.matrix
    matrix.select_tariff("rheinauen-digital-2026")
    table = matrix.table
    row = [table.model().headerData(r, Qt.Orientation.Vertical)
           for r in range(table.rowCount())].index("€1,000,000")
    column = [table.model().headerData(c, Qt.Orientation.Horizontal)
              for c in range(table.columnCount())].index("€500")
    item = table.item(row, column)
    assert item is not None
    table.scrollToItem(item)
    rect = table.visualItemRect(item)
    assert table.viewport().rect().contains(rect.center())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # the quote tab shows that cell: Rheinauen's worked example, handbook §15
    assert window.tabs.currentIndex() == 0
    assert window.form.tariff_combo.currentData() == "rheinauen-digital-2026"
    assert window.form.cover_combo.currentData() == 1000000
    assert window.form.deductible_combo.currentData() == 500
    assert window.result_panel.gross_annual_label.text() == "€841.76"


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["premiumcalc help", "Claim scenarios", "Ctrl+1", "without a network"]),
    ("de", ["Hilfe zu premiumcalc", "Schadenbeispiele", "Strg+1", "ohne Netzwerk"])])
def test_f1_opens_the_help_in_the_window_language(qtbot: QtBot, lang: str,
                                                  words: list[str]) -> None:
    window = make_window(qtbot, lang)
    qtbot.keyClick(window.form.client_name_edit, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    for word in words:
        assert word in text, word
    # the help follows a language switch while it is open
    window.set_language("en" if lang == "de" else "de")
    assert dialog.text() != text


def test_the_brokers_own_damage_reaches_the_result_the_pdf_and_the_saved_quote(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, "en", store=True)
    window.load_request(build_request(WORKED_EXAMPLE), "Hafenkante Tech GmbH")
    window.details.setCurrentIndex(2)
    view = window.scenarios
    row = view.rows["lost-client-key"]
    assert row.damage_edit.text() == "1,400"  # the catalogue's example
    row.include.click()
    row.damage_edit.selectAll()
    qtbot.keyClicks(row.damage_edit, "120,000")
    # handbook §16: keys sublimit 100,000, deductible 500 → payout 99,500
    assert window.current_request().scenarios == ("lost-client-key=120000",)  # type: ignore[union-attr]
    text = view.result_text("lost-client-key")
    assert "damage €120,000.00" in text and "limit €100,000.00" in text
    assert "payout €99,500.00" in text
    # an unticked scenario's own damage is shown but not part of the quote
    typo = view.rows["typo-in-price"]
    typo.damage_edit.selectAll()
    qtbot.keyClicks(typo.damage_edit, "20,000")
    assert "payout €19,500.00" in view.result_text("typo-in-price")
    assert window.current_request().scenarios == ("lost-client-key=120000",)  # type: ignore[union-attr]
    # the quote PDF has the broker's damage
    document = window.pdf_actions.document()
    assert document is not None
    pdf = tmp_path / "quote.pdf"
    pdf.write_bytes(document[0])
    import pypdfium2 as pdfium

    pages = pdfium.PdfDocument(str(pdf))
    words = "".join(page.get_textpage().get_text_range() for page in pages)
    assert "120,000.00" in words and "99,500.00" in words
    # saved and reopened with the quote
    history = window.history_actions
    assert history is not None
    saved = history.save()
    assert saved is not None
    answer = Answer(qtbot, QMessageBox.StandardButton.Discard)
    window.new_action.trigger()
    assert not answer.asked  # saved: nothing to ask
    assert row.damage_edit.text() == "1,400" and not row.include.isChecked()
    history.reopen(history.store.get(saved.number))
    assert row.include.isChecked() and row.damage_edit.text() == "120,000"
    assert "payout €99,500.00" in view.result_text("lost-client-key")


def test_a_damage_that_is_no_amount_is_marked_like_any_invalid_input(qtbot: QtBot) -> None:
    window = make_window(qtbot, "de")
    window.load_request(build_request({**WORKED_EXAMPLE, "scenarios": ["lost-client-key"]}))
    window.details.setCurrentIndex(2)
    row = window.scenarios.rows["lost-client-key"]
    assert row.damage_edit.text() == "1.400"
    row.damage_edit.selectAll()
    qtbot.keyClicks(row.damage_edit, "1.40")  # a German thousands group of two digits
    assert is_marked(row.damage_edit) and row.damage_label.text().startswith("⚠ ")
    assert row.damage_reason.isVisible() and row.damage_reason.text()
    # the quote cannot be priced with it: out of date until it is corrected
    assert window.current_request() is None
    assert "Schadenbeispiele" in window.result_panel.outdated.text()
    assert window.result_panel.outdated.isVisible()
    row.damage_edit.selectAll()
    qtbot.keyClicks(row.damage_edit, "1.400")  # the catalogue's amount again
    assert not is_marked(row.damage_edit) and not window.result_panel.outdated.isVisible()
    assert window.current_request().scenarios == ("lost-client-key",)  # type: ignore[union-attr]


def test_file_dialogs_start_in_the_documents_folder_then_the_last_one_used(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from premiumcalc.gui import file_actions

    monkeypatch.setattr(file_actions, "_last_folder", "")
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    out = tmp_path / "Angebote"
    out.mkdir()
    asked: list[str] = []

    def save_file(_parent: object, _title: str, suggested: str, _filter: str = "",
                  *_args: object) -> tuple[str, str]:
        asked.append(suggested)
        return str(out / Path(suggested).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file)
    window = make_window(qtbot, "en", store=True)
    window.form.client_name_edit.setText("Hafenkante Tech GmbH")
    assert window.pdf_actions.save_pdf() is not None
    assert Path(asked[0]).parent == documents
    # the next dialog starts where the last file went
    history = window.history_actions
    assert history is not None and history.save() is not None
    history.tab.view.selectRow(0)
    assert history.tab.export_selected()
    assert Path(asked[1]) == out / "quotes.xlsx"


def test_a_damaged_quote_database_is_reported_in_german(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "quotes.db"
    db.write_bytes(b"not a database" * 100)
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *_a: warnings.append((title, text)))
    window = make_window(qtbot, "de")
    history = window.open_history(open_store(db))
    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "Die Angebotsdatenbank war beschädigt"
    assert "konnte nicht gelesen werden" in text and "quotes.db.corrupt-" in text
    assert "neue, leere Datenbank" in text and str(tmp_path / "backups") in text
    assert "could not be read" not in text
    assert "konnte nicht gelesen werden" in history.tab.status_label.text()


@pytest.mark.parametrize(("content", "expected"), [
    ("[broker\n", "ist keine gültige Profildatei: Fehler in Zeile 1, Spalte 8"),
    ("[broker]\nnmae = 'x'\n", "hat ein Feld „nmae“, das ein Profil nicht hat"),
])
def test_a_broken_broker_profile_is_reported_in_german(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, content: str, expected: str) -> None:
    from premiumcalc.gui.profile_dialog import ProfileDialog
    from premiumcalc.pdf.profile import default_profile_path

    path = default_profile_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_a: warnings.append(text))
    window = make_window(qtbot, "de")
    assert window.pdf_actions.document() is None
    assert len(warnings) == 1 and expected in warnings[0] and str(path) in warnings[0]
    assert "Extras → Maklerprofil" in warnings[0]
    dialog = ProfileDialog(window)
    qtbot.addWidget(dialog)
    assert expected in dialog.problem.text()
