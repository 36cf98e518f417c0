"""The Clients tab's widgets driven as a user would, on a client directory in memory: what the
window does with what the register answers (conflicts, legal holds, orders, texts)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from clients_fake import FakeDirectory, sample
from premiumcalc.gui.clients_source import ClientDetails, Renewal
from premiumcalc.gui.clients_tab import ClientsTab

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def fake() -> FakeDirectory:
    return sample()


@pytest.fixture
def tab(qtbot: QtBot, fake: FakeDirectory) -> ClientsTab:
    widget = ClientsTab(fake, "en", TODAY)
    qtbot.addWidget(widget)
    widget.resize(900, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def record(kind: str):  # type: ignore[no-untyped-def]
        def show(_parent, title, text, *args):  # type: ignore[no-untyped-def]
            shown.append(f"{kind} {title}: {text}")
            return QMessageBox.StandardButton.Yes
        return show

    for kind in ("warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


def names(tab: ClientsTab) -> list[str]:
    return [tab.model.index(r, 1).data() for r in range(tab.model.rowCount())]


def test_typing_searches_once_after_the_pause(qtbot: QtBot, tab: ClientsTab,
                                              fake: FakeDirectory) -> None:
    before = len(fake.searches)
    for ch in "schm":
        qtbot.keyClick(tab.search, ch)
    assert len(fake.searches) == before          # not on each keystroke
    qtbot.waitUntil(lambda: names(tab) == ["Schmidt Digital"], timeout=2000)
    assert fake.searches[before:] == ["schm"]


def test_saving_over_another_desks_change_shows_the_conflict(
        tab: ClientsTab, fake: FakeDirectory, messages: list[str]) -> None:
    tab.open_client("K-000001")
    page = tab.page
    from dataclasses import replace

    fake.clients["K-000001"] = replace(fake.clients["K-000001"], phone="040 999", version=2)
    page.phone_edit.setText("040 555")
    assert not page.save()
    assert "changed at another desk" in messages[-1]
    assert page.phone_edit.text() == "040 555"   # the user's edit stays in the form
    assert fake.clients["K-000001"].phone == "040 999"
    page.discard_button.click()
    assert page.phone_edit.text() == "040 999"


def test_saving_the_page_keeps_the_contract_and_follow_up(tab: ClientsTab,
                                                          fake: FakeDirectory) -> None:
    tab.open_client("K-000002")
    page = tab.page
    page.insurer_edit.setText("Nordlicht")
    page.amount_edits["gross_annual"].setText("980.50")
    page.follow_up.check.setChecked(True)
    page.notes_edit.setPlainText("Call after the board meeting")
    assert page.save()
    saved = fake.clients["K-000002"]
    assert saved.contract.insurer == "Nordlicht"
    assert saved.contract.gross_annual == Decimal("980.50")
    assert saved.follow_up == TODAY
    assert saved.notes == "Call after the board meeting"
    assert "K-000002 saved" in page.status_label.text()


def test_an_amount_that_is_not_one_is_named_and_nothing_saved(
        tab: ClientsTab, fake: FakeDirectory, messages: list[str]) -> None:
    tab.open_client("K-000002")
    tab.page.amount_edits["cover"].setText("1.0.0")
    assert not tab.page.save()
    assert "Cover per claim" in messages[-1] and "not an amount" in messages[-1]
    assert fake.log == []


def test_delete_under_legal_hold_is_refused_with_a_clear_message(
        tab: ClientsTab, fake: FakeDirectory, messages: list[str]) -> None:
    from dataclasses import replace

    fake.clients["K-000001"] = replace(fake.clients["K-000001"], legal_hold=True)
    tab.open_client("K-000001")
    assert "Legal hold" in tab.page.standing.text()
    assert tab.page.delete() is None
    assert "legal hold" in messages[-1] and "K-000001" in messages[-1]
    assert "K-000001" in fake.clients and not fake.clients["K-000001"].restricted


def test_delete_shows_what_went_and_what_is_kept_until_when(
        tab: ClientsTab, fake: FakeDirectory, messages: list[str]) -> None:
    tab.open_client("K-000001")
    deletion = tab.page.delete()
    assert deletion is not None
    report = tab.page.status_label.text()
    assert "Removed now: Q-2026-000001." in report
    assert "Q-2026-000002 until 2032-12-31" in report
    assert "B-2026-000001 until 2036-12-31" in report
    assert messages[0].startswith("question Delete client")
    # restricted now: no longer found by a search
    tab.show_list()
    tab.search.setText("Müller")
    tab.apply_search()
    assert names(tab) == []


def test_delete_asks_first_and_no_leaves_the_client(tab: ClientsTab, fake: FakeDirectory,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.No)
    tab.open_client("K-000002")
    assert tab.page.delete() is None
    assert "K-000002" in fake.clients


def test_renewals_are_listed_by_saving(tab: ClientsTab, fake: FakeDirectory) -> None:
    def renewal(name: str, saving: str | None) -> Renewal:
        return Renewal(number=name, name=name, renewal=None, insurer="X", current=None,
                       best_tariff="nordlicht", best=None,
                       saving=None if saving is None else Decimal(saving))

    fake.renewal_rows = [renewal("small", "10.00"), renewal("none", None),
                         renewal("big", "420.00"), renewal("mid", "99.99")]
    tab.lists.setCurrentIndex(2)
    shown = [tab.renewals_model.index(r, 1).data()
             for r in range(tab.renewals_model.rowCount())]
    assert shown == ["big", "mid", "small", "none"]
    assert tab.renewals_model.index(0, 2).data() == "€420.00"


def test_follow_ups_due_open_the_client(qtbot: QtBot, tab: ClientsTab) -> None:
    tab.lists.setCurrentIndex(1)
    model = tab.follow_ups_model
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == [
        "Müller IT-Beratung GmbH"]
    tab.follow_ups_view.activated.emit(model.index(0, 0))
    assert tab.stack.currentWidget() is tab.page
    assert tab.page.details is not None and tab.page.details.number == "K-000001"


def test_export_writes_the_file_chosen(tab: ClientsTab, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "export.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    tab.open_client("K-000002")
    assert tab.page.export() == target
    assert target.exists()
    assert "exported" in tab.page.status_label.text()
    audit = tab.page.audit_model
    assert [audit.index(r, 2).data() for r in range(audit.rowCount())] == ["export"]


def test_new_quote_button_carries_the_client(qtbot: QtBot, tab: ClientsTab) -> None:
    tab.open_client("K-000001")
    with qtbot.waitSignal(tab.sig_new_quote) as blocker:
        qtbot.mouseClick(tab.page.new_quote_button, Qt.MouseButton.LeftButton)
    details = blocker.args[0]
    assert isinstance(details, ClientDetails) and details.number == "K-000001"


def test_german_texts(qtbot: QtBot, fake: FakeDirectory) -> None:
    from premiumcalc.gui.i18n import translators

    translators.install("de")
    try:
        widget = ClientsTab(fake, "de", TODAY)
        qtbot.addWidget(widget)
        assert widget.lists.tabText(0) == "Alle Kunden"
        widget.open_client("K-000001")
        assert widget.page.new_quote_button.text().replace("&", "") == \
            "Neues Angebot für diesen Kunden"
        assert widget.page.records_model.index(1, 5).data() == "31.12.2032"
    finally:
        translators.install("en")


def test_leaving_a_page_with_unsaved_edits_asks_first(tab: ClientsTab, fake: FakeDirectory,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, _title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    tab.open_client("K-000002")
    tab.show_list()                                  # nothing edited: no question
    assert asked == [] and tab.stack.currentWidget() is tab.lists
    tab.open_client("K-000002")
    tab.page.notes_edit.setPlainText("call back")
    tab.show_list()
    assert asked == ["Discard your changes to client K-000002?"]
    assert tab.stack.currentWidget() is tab.page      # "No": the edits stay
    assert tab.page.notes_edit.toPlainText() == "call back"
    answer[0] = QMessageBox.StandardButton.Yes
    tab.show_list()
    assert tab.stack.currentWidget() is tab.lists
    assert fake.clients["K-000002"].notes == ""
