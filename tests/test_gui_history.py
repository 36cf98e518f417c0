"""The History tab on a real SQLite database, driven as a user would."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from premiumcalc.gui.history_actions import HistoryActions
from premiumcalc.gui.history_model import HistoryModel
from premiumcalc.gui.history_tab import HistoryTab
from premiumcalc.gui.main_window import MainWindow
from premiumcalc.quotes import QuoteStore, SavedQuote, StoreError, backup_info, open_store
from premiumcalc.tariffs import load_catalog
from test_quotes_helpers import nordlicht, request

N_QUOTES = 230
CLIENTS = ("Ärztehaus Nord", "Baumann Consulting", "Cäsar Webdesign")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[QuoteStore]:
    with open_store(tmp_path / "quotes.db", daily_backup=False) as opened:
        loaded = nordlicht()
        for i in range(N_QUOTES):
            profession = "it-consulting" if i % 3 == 1 else "software-development"
            opened.save_quote(request(profession=profession, revenue=str(60000 + 1000 * i)),
                              loaded, client_name=CLIENTS[i % 3])
        yield opened


@pytest.fixture
def tab(qtbot: QtBot, store: QuoteStore) -> HistoryTab:
    widget = HistoryTab(store, load_catalog(), "en")
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *a: shown.append(f"{title}: {text}"))
    return shown


def select_rows(tab: HistoryTab, *rows: int) -> None:
    selection = tab.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(tab.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    selection.setCurrentIndex(tab.model.index(rows[0], 0),
                              QItemSelectionModel.SelectionFlag.NoUpdate)


def column(tab: HistoryTab, col: int) -> list[str]:
    return [tab.model.index(r, col).data() for r in range(tab.model.rowCount())]


def test_rows_are_read_page_by_page_newest_first(tab: HistoryTab, store: QuoteStore) -> None:
    model = tab.model
    assert model.rowCount() < N_QUOTES
    first = column(tab, 0)
    assert first[0] == store.search(limit=1)[0].number      # newest on top
    assert first == sorted(first, reverse=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == N_QUOTES
    assert len(set(column(tab, 0))) == N_QUOTES


def test_scrolling_to_the_end_loads_more(qtbot: QtBot, tab: HistoryTab) -> None:
    before = tab.model.rowCount()
    tab.view.scrollToBottom()
    qtbot.waitUntil(lambda: tab.model.rowCount() > before)


def test_search_by_client_number_profession_and_date(qtbot: QtBot, tab: HistoryTab,
                                                     store: QuoteStore) -> None:
    qtbot.keyClicks(tab.search, "baumann")
    qtbot.waitUntil(lambda: set(column(tab, 2)) == {"Baumann Consulting"})
    assert tab.model.rowCount() == min(HistoryModel.PAGE, N_QUOTES // 3 + 1)

    number = store.search(limit=1, offset=17)[0].number
    tab.search.setText(number)
    tab.apply_search()
    assert column(tab, 0) == [number]

    tab.search.setText("IT consulting")
    tab.apply_search()
    assert set(column(tab, 3)) == {"IT consulting"}

    today = store.search(limit=1)[0].created_at[:10]
    tab.search.setText(today)
    tab.apply_search()
    assert tab.model.rowCount() == HistoryModel.PAGE

    tab.search.setText("nobody by that name")
    tab.apply_search()
    assert tab.model.rowCount() == 0


def test_clicking_a_header_sorts_by_that_column(qtbot: QtBot, tab: HistoryTab) -> None:
    header = tab.view.horizontalHeader()
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)
    clients = column(tab, 2)
    assert clients == sorted(clients)
    assert clients[0] == "Baumann Consulting"
    header.setSortIndicator(5, Qt.SortOrder.DescendingOrder)
    grosses = [tab.model.summary(r).gross_annual for r in range(tab.model.rowCount())]
    amounts = [g for g in grosses if g is not None]
    assert amounts == grosses and amounts == sorted(amounts, reverse=True)


def test_reopen_and_duplicate_carry_the_saved_request(qtbot: QtBot, tab: HistoryTab) -> None:
    select_rows(tab, 4)
    wanted = tab.model.summary(4).number
    with qtbot.waitSignal(tab.sig_reopen_requested) as reopened:
        qtbot.mouseClick(tab.reopen_button, Qt.MouseButton.LeftButton)
    saved: SavedQuote = reopened.args[0]
    assert saved.number == wanted
    assert saved.quote_request().profession == tab.model.summary(4).profession
    assert saved.client_name == tab.model.summary(4).client_name
    with qtbot.waitSignal(tab.sig_duplicate_requested) as duplicated:
        qtbot.mouseClick(tab.duplicate_button, Qt.MouseButton.LeftButton)
    assert duplicated.args[0].quote_request() == saved.quote_request()


def test_double_click_or_enter_reopens(qtbot: QtBot, tab: HistoryTab) -> None:
    rect = tab.view.visualRect(tab.model.index(2, 1))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(tab.sig_reopen_requested) as reopened:
        qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert reopened.args[0].number == tab.model.summary(2).number
    select_rows(tab, 5)
    tab.view.setFocus()
    with qtbot.waitSignal(tab.sig_reopen_requested) as reopened:
        qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert reopened.args[0].number == tab.model.summary(5).number


def test_delete_and_undo(qtbot: QtBot, tab: HistoryTab, store: QuoteStore) -> None:
    gone = [tab.model.summary(r).number for r in (0, 3)]
    select_rows(tab, 0, 3)
    assert tab.delete_button.isEnabled()
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert not set(gone) & set(column(tab, 0))
    assert store.count() == N_QUOTES - 2
    assert tab.undo_button.isVisible() and "2" in tab.undo_label.text()
    qtbot.mouseClick(tab.undo_button, Qt.MouseButton.LeftButton)
    assert column(tab, 0)[0] == gone[0]
    assert store.count() == N_QUOTES
    assert not tab.undo_button.isVisible()


def test_export_the_selection_to_csv(monkeypatch: pytest.MonkeyPatch, tab: HistoryTab,
                                     tmp_path: Path) -> None:
    target = tmp_path / "selection.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "CSV files (*.csv)"))
    select_rows(tab, 1, 2, 5)
    wanted = [tab.model.summary(r).number for r in (1, 2, 5)]
    assert tab.export_selected()
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert [r["quote_number"] for r in rows] == wanted
    assert rows[0]["client_name"] == tab.model.summary(1).client_name
    assert "3 quote(s) exported" in tab.status_label.text() or "3 quotes" in \
        tab.status_label.text()


def test_save_shows_the_new_quote_on_top(qtbot: QtBot, tab: HistoryTab,
                                         warnings: list[str]) -> None:
    with qtbot.waitSignal(tab.sig_quote_saved) as saved_signal:
        saved = tab.save_quote(request(), nordlicht(), "Neukunde AG", "Kiel", "de")
    assert saved is not None and saved_signal.args[0] == saved
    assert column(tab, 0)[0] == saved.number
    assert column(tab, 2)[0] == "Neukunde AG"
    assert warnings == []


def test_a_failed_save_says_why_and_changes_nothing(monkeypatch: pytest.MonkeyPatch,
                                                    tab: HistoryTab, store: QuoteStore,
                                                    warnings: list[str]) -> None:
    def disk_full(*_a: Any, **_k: Any) -> SavedQuote:
        raise StoreError("cannot save the quote: the disk holding quotes.db is full; "
                         "free some space and retry")

    original = store.save_quote
    monkeypatch.setattr(store, "save_quote", disk_full)
    assert tab.save_quote(request(), nordlicht(), "Neukunde AG") is None
    assert len(warnings) == 1 and "disk holding quotes.db is full" in warnings[0]
    assert "stays in the window" in warnings[0]
    monkeypatch.setattr(store, "save_quote", original)
    assert tab.save_quote(request(), nordlicht(), "  ") is None
    assert "client name" in warnings[1]
    assert store.count() == N_QUOTES


def test_amounts_and_dates_follow_the_language(tab: HistoryTab) -> None:
    tab.set_language("de")
    assert tab.model.index(0, 5).data().endswith("\u00a0€")
    assert "," in tab.model.index(0, 5).data()
    assert tab.model.index(0, 1).data()[2] == "."       # 25.11.2026 14:03
    tab.set_language("en")
    assert tab.model.index(0, 5).data().startswith("€")


def test_export_database_and_restore_a_backup_after_confirming(
        monkeypatch: pytest.MonkeyPatch, tab: HistoryTab, store: QuoteStore,
        tmp_path: Path, warnings: list[str]) -> None:
    exported = tmp_path / "exported.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), ""))
    assert tab.export_database()
    assert backup_info(exported).quote_count == N_QUOTES

    select_rows(tab, 0, 1, 2)
    tab.delete_selected()
    assert store.count() == N_QUOTES - 3
    asked: list[str] = []

    def answer(choice: QMessageBox.StandardButton) -> None:
        def question(_parent: Any, _title: str, text: str, *a: Any) -> Any:
            asked.append(text)
            return choice
        monkeypatch.setattr(QMessageBox, "question", question)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), ""))
    answer(QMessageBox.StandardButton.No)
    assert not tab.restore_from_backup()
    assert store.count() == N_QUOTES - 3
    assert f"({N_QUOTES} quotes)" in asked[0]
    assert date.today().isoformat() in asked[0]

    answer(QMessageBox.StandardButton.Yes)
    assert tab.restore_from_backup()
    assert store.count() == N_QUOTES
    assert tab.model.rowCount() == HistoryModel.PAGE
    assert "restored" in tab.status_label.text()
    assert warnings == []


def test_a_damaged_database_is_reported_in_the_tab(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    db.write_bytes(b"not a database" * 100)
    with open_store(db) as store:
        tab = HistoryTab(store, load_catalog(), "en")
        qtbot.addWidget(tab)
        assert "quotes.db.corrupt-" in tab.status_label.text()
        assert tab.model.rowCount() == 0


def test_mark_selected_quotes_as_sent(tab: HistoryTab, store: QuoteStore) -> None:
    select_rows(tab, 0, 2)
    numbers = tab.selected_numbers()
    tab.set_status("sent")
    assert [store.get(n).status for n in numbers] == ["sent", "sent"]
    assert [tab.model.index(r, 6).data() for r in (0, 1, 2)] == ["sent", "draft", "sent"]


# ---------------------------------------------------------------------------------------
# In the main window


def make_window(qtbot: QtBot, store: QuoteStore, lang: str = "en") -> MainWindow:
    from premiumcalc.tariffs import load_tariffs

    window = MainWindow(load_tariffs(), load_catalog(), lang)
    qtbot.addWidget(window)
    window.open_history(store)
    window.show()
    qtbot.waitExposed(window)
    return window


def history_of(window: MainWindow) -> HistoryActions:
    assert window.history_actions is not None
    return window.history_actions


def test_ctrl_s_saves_the_quote_on_show(qtbot: QtBot, store: QuoteStore,
                                        warnings: list[str]) -> None:
    window = make_window(qtbot, store)
    actions = history_of(window)
    assert actions.save_action in window.file_menu.actions()
    assert actions.save_action.shortcut().toString() == "Ctrl+S"
    window.load_request(request(), "Neukunde AG", "Kiel")
    actions.save_action.trigger()
    assert warnings == []
    top = store.search(limit=1)[0]
    assert top.client_name == "Neukunde AG" and top.gross_annual is not None
    assert window.state.quote_number == top.number
    assert actions.tab.model.index(0, 0).data() == top.number
    window.state.set_value("claims", 1)              # changed: no longer the saved quote
    assert window.state.quote_number is None


def test_save_without_a_client_name_says_so(qtbot: QtBot, store: QuoteStore,
                                            warnings: list[str]) -> None:
    window = make_window(qtbot, store)
    window.load_request(request(), "", "")
    assert history_of(window).save() is None
    assert "client" in warnings[0] and store.count() == N_QUOTES


def test_reopen_fills_the_form_and_duplicate_is_a_new_quote(qtbot: QtBot, store: QuoteStore,
                                                            warnings: list[str]) -> None:
    window = make_window(qtbot, store)
    actions = history_of(window)
    saved = store.get(store.search(limit=1, offset=7)[0].number)
    actions.tab.sig_reopen_requested.emit(saved)
    assert window.current_request() == saved.quote_request()
    assert window.client() == (saved.client_name, saved.client_address)
    assert window.state.quote_number == saved.number
    assert f"Quote {saved.number} reopened." in actions.tab.status_label.text()
    actions.tab.sig_duplicate_requested.emit(saved)
    assert window.current_request() == saved.quote_request()
    assert window.state.quote_number is None
    assert warnings == []


def test_reopen_says_when_a_newer_tariff_version_is_installed(
        qtbot: QtBot, tmp_path: Path, warnings: list[str]) -> None:
    from test_quotes_helpers import tariffs_in, write_nordlicht

    folder = tmp_path / "tariffs"
    write_nordlicht(folder, version="2026-01")
    with open_store(tmp_path / "q.db") as store:
        saved = store.save_quote(request(), nordlicht(tariffs_in(folder)), client_name="A")
        write_nordlicht(folder, version="2026-02", band_b_250k="500")
        window = MainWindow(tariffs_in(folder), load_catalog(), "en")
        qtbot.addWidget(window)
        actions = window.open_history(store)
        actions.tab.sig_reopen_requested.emit(saved)
        text = actions.tab.status_label.text()
        assert "newer version 2026-02" in text and "instead of €726.65" in text
        assert warnings == []


def test_the_draft_comes_back_after_a_crash_but_not_after_closing(
        qtbot: QtBot, store: QuoteStore, warnings: list[str]) -> None:
    from premiumcalc.quotes.draft import load_draft

    window = make_window(qtbot, store)
    window.load_request(request(revenue="123456"), "Unsaved Client", "")
    history_of(window).save_draft()
    assert load_draft() is not None
    # a crash: the window is gone without closing; a new window starts
    window.removeEventFilter(history_of(window))
    again = make_window(qtbot, store)
    assert again.client()[0] == "Unsaved Client"
    restored = again.current_request()
    assert restored is not None and str(restored.revenue) == "123456"
    assert "restored" in history_of(again).tab.status_label.text()
    again.close()
    assert load_draft() is None
