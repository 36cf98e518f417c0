"""The window: the reference contract belongs to the quote, saving a reopened quote, a
saved PDF marks the quote sent, File → Recent quotes, Excel exports of the History and
Compare tabs, umlaut search and the database checkpointed when the window closes."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from premiumcalc.gui.main_window import MainWindow
from premiumcalc.pricing.reference import Reference
from premiumcalc.quotes import QuoteStore, open_store
from premiumcalc.tariffs import load_catalog, load_tariffs
from test_quotes_helpers import request

CLIENT = ("Müller IT-Beratung GmbH", "Hauptstraße 1\n10115 Berlin")
CONTRACT = Reference(insurer="Alte Versicherung AG", gross_annual=Decimal("812.40"),
                     cover=Decimal("1000000"), deductible=Decimal("1000"))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[QuoteStore]:
    with open_store(tmp_path / "quotes.db", daily_backup=False) as opened:
        yield opened


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, title, text, *a, **k: seen.append(f"{title}: {text}"))
    return seen


def make_window(qtbot: QtBot, store: QuoteStore,
                settings: QSettings | None = None) -> MainWindow:
    window = MainWindow(load_tariffs(), load_catalog(), "en", settings)
    qtbot.addWidget(window)
    window.open_history(store)
    window.show()
    qtbot.waitExposed(window)
    return window


def history(window: MainWindow) -> Any:
    assert window.history_actions is not None
    return window.history_actions


def type_contract(window: MainWindow, reference: Reference) -> None:
    """Type the client's current contract into the Compare tab's form, as a user does."""
    form = window.market.tab.reference_form
    form.insurer_edit.setText(reference.insurer)
    for field, edit in form.amount_edits.items():
        value = getattr(reference, field)
        edit.setText("" if value is None else f"{value}")


def save_as_pdf(monkeypatch: pytest.MonkeyPatch, window: MainWindow, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    assert window.pdf_actions.save_pdf() == path


# ---------------------------------------------------------------------------------------
# the reference contract


def test_the_reference_contract_is_saved_restored_and_cleared(
        qtbot: QtBot, store: QuoteStore, warnings: list[str]) -> None:
    window = make_window(qtbot, store)
    window.load_request(request(), *CLIENT)
    type_contract(window, CONTRACT)
    saved = history(window).save()
    assert saved is not None and warnings == []
    assert store.get(saved.number).reference == CONTRACT
    # Ctrl+N: the next client starts without this client's contract
    window.new_action.trigger()
    form = window.market.tab.reference_form
    assert form.insurer_edit.text() == "" and form.reference().is_empty
    assert window.state.reference().is_empty
    # reopening brings it back, also in a window started afresh
    history(window).reopen(store.get(saved.number))
    assert form.reference() == CONTRACT
    second = make_window(qtbot, store)
    history(second).reopen(store.get(saved.number))
    assert second.market.tab.reference_form.reference() == CONTRACT
    assert second.market.tab.reference() == CONTRACT


def test_the_setter_fills_the_compare_tab(qtbot: QtBot, store: QuoteStore) -> None:
    window = make_window(qtbot, store)
    window.state.set_reference(CONTRACT)
    assert window.market.tab.reference_form.reference() == CONTRACT
    assert window.market.tab.reference_form.insurer_edit.text() == "Alte Versicherung AG"


# ---------------------------------------------------------------------------------------
# saving again, sent by PDF


def test_a_reopened_draft_is_saved_in_place_and_a_sent_one_gets_a_new_number(
        qtbot: QtBot, store: QuoteStore, warnings: list[str],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window = make_window(qtbot, store)
    window.load_request(request(), *CLIENT)
    first = history(window).save()
    assert first is not None
    window.state.set_value("claims", 1)
    again = history(window).save()
    assert again is not None and again.number == first.number
    assert store.count() == 1 and store.get(first.number).request["claims"] == 1
    # a PDF of the saved quote sends it
    save_as_pdf(monkeypatch, window, tmp_path / "angebot.pdf")
    assert store.get(first.number).status == "sent"
    window.state.set_value("claims", 0)
    changed = history(window).save()
    assert changed is not None and changed.number != first.number
    assert changed.replaces == first.number
    assert store.get(first.number).request["claims"] == 1  # the sent quote is frozen
    assert first.number in window.statusBar().currentMessage()
    assert warnings == []


def test_a_pdf_of_an_unsaved_quote_changes_no_status(
        qtbot: QtBot, store: QuoteStore, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    window = make_window(qtbot, store)
    window.load_request(request(), *CLIENT)
    saved = history(window).save()
    assert saved is not None
    window.state.set_value("claims", 1)  # no longer the saved quote
    save_as_pdf(monkeypatch, window, tmp_path / "entwurf.pdf")
    assert store.get(saved.number).status == "draft"


def test_new_quote_then_save_gives_a_new_number(qtbot: QtBot, store: QuoteStore) -> None:
    window = make_window(qtbot, store)
    window.load_request(request(), *CLIENT)
    first = history(window).save()
    window.new_action.trigger()
    window.load_request(request(), "Schmidt Digital", "")
    second = history(window).save()
    assert first is not None and second is not None
    assert second.number != first.number and second.replaces is None
    assert store.get(first.number).client_name == CLIENT[0]


# ---------------------------------------------------------------------------------------
# File → Recent quotes


def test_recent_quotes_in_the_file_menu_reopen_and_survive_a_restart(
        qtbot: QtBot, store: QuoteStore, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = make_window(qtbot, store, settings)
    numbers = []
    for name in ("Müller IT-Beratung GmbH", "Schmidt Digital", "Weber & Co"):
        window.new_action.trigger()
        window.load_request(request(), name, "")
        saved = history(window).save()
        assert saved is not None
        numbers.append(saved.number)
    menu = window.recent_quotes.menu
    assert menu.menuAction() in window.file_menu.actions()
    texts = [a.text() for a in menu.actions()]
    assert texts[0].startswith(f"&1 {numbers[2]}") and "Weber && Co" in texts[0]
    assert numbers[0] in texts[2] and "Müller" in texts[2]
    window.new_action.trigger()
    menu.actions()[2].trigger()  # reopen Müller's
    assert window.state.client()[0] == "Müller IT-Beratung GmbH"
    assert window.state.quote_number == numbers[0]
    assert menu.actions()[0].data() == numbers[0]  # now the most recent
    second = make_window(qtbot, store, settings)
    assert [a.data() for a in second.recent_quotes.menu.actions()] == \
        [numbers[0], numbers[2], numbers[1]]


def test_a_recent_quote_that_was_deleted_is_taken_off(
        qtbot: QtBot, store: QuoteStore, warnings: list[str]) -> None:
    window = make_window(qtbot, store)
    window.load_request(request(), *CLIENT)
    saved = history(window).save()
    assert saved is not None
    store.delete([saved.number])
    window.recent_quotes.menu.actions()[0].trigger()
    assert len(warnings) == 1 and saved.number in warnings[0]
    assert [a.data() for a in window.recent_quotes.menu.actions()] == [None]


# ---------------------------------------------------------------------------------------
# exports


def test_history_exports_an_excel_workbook(qtbot: QtBot, store: QuoteStore,
                                           monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    window = make_window(qtbot, store)
    window.load_request(request(), *CLIENT)
    history(window).save()
    tab = history(window).tab
    tab.view.selectAll()
    target = tmp_path / "angebote"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Excel workbook (*.xlsx)"))
    assert tab.export_selected()
    sheet = openpyxl.load_workbook(tmp_path / "angebote.xlsx").active
    header = [c.value for c in sheet[1]]
    row = sheet[2]
    gross = row[header.index("gross_annual")]
    assert gross.value == pytest.approx(726.65) and "€" in gross.number_format
    assert row[header.index("client_name")].value == CLIENT[0]
    assert row[header.index("created_at")].is_date


def test_history_exports_csv_for_excel(qtbot: QtBot, store: QuoteStore,
                                       monkeypatch: pytest.MonkeyPatch,
                                       tmp_path: Path) -> None:
    window = make_window(qtbot, store)
    window.load_request(request(), *CLIENT)
    history(window).save()
    tab = history(window).tab
    tab.view.selectAll()
    target = tmp_path / "angebote.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "CSV for Excel, semicolons (*.csv)"))
    assert tab.export_selected()
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b";726,65;" in data and "Müller".encode() in data


def test_compare_tab_exports_an_excel_workbook(qtbot: QtBot, store: QuoteStore,
                                               monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    window = make_window(qtbot, store)
    window.load_request(request(), *CLIENT)
    window.tabs.setCurrentIndex(window.market.tab_index)
    type_contract(window, CONTRACT)
    target = tmp_path / "vergleich.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Excel workbook (*.xlsx)"))
    assert window.market.tab.export_table() == target
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    gross_col = header.index("Gross per year")
    grosses = [r[gross_col] for r in rows[1:]]
    assert pytest.approx(812.40) in grosses  # the current contract's row
    assert pytest.approx(726.65) in grosses  # Nordlicht, the handbook's worked example
    cell = sheet.cell(row=2, column=gross_col + 1)
    assert cell.data_type == "n" and "€" in cell.number_format


# ---------------------------------------------------------------------------------------
# search and the write-ahead log


def test_history_search_finds_umlauts_either_way(qtbot: QtBot, store: QuoteStore) -> None:
    window = make_window(qtbot, store)
    for name in (CLIENT[0], "Schmidt Digital", "Straßen-IT GmbH"):
        window.load_request(request(), name, "")
        history(window).save()
        window.new_action.trigger()
    tab = history(window).tab
    for term, expected in (("mueller", CLIENT[0]), ("mull", CLIENT[0]),
                           ("strasse", "Straßen-IT GmbH")):
        tab.search.setText(term)
        tab.apply_search()
        assert [tab.model.summary(r).client_name for r in range(tab.model.rowCount())] \
            == [expected]


def test_the_write_ahead_log_is_empty_after_the_window_closes(
        qtbot: QtBot, store: QuoteStore) -> None:
    assert store.path is not None
    wal = store.path.with_name(store.path.name + "-wal")
    window = make_window(qtbot, store)
    window.load_request(request(), *CLIENT)
    assert history(window).save() is not None
    assert wal.exists() and wal.stat().st_size > 0  # the quote is in the log so far
    window.close()
    assert not wal.exists() or wal.stat().st_size == 0
    # and quotes.db alone holds the quote
    copy = store.path.with_name("copy.db")
    copy.write_bytes(store.path.read_bytes())
    with open_store(copy, daily_backup=False) as copied:
        assert [s.client_name for s in copied.search()] == [CLIENT[0]]
