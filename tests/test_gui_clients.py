"""The Clients tab in the main window on a real client register (SQLite, and PostgreSQL
where the store's behaviour matters), driven as a broker would.

Dates come from the program's clock (2026-12-01 in the tests). Retention dates are worked
out by hand from broker-duties.md §5: an offer is kept 6 years from the end of the calendar
year it was saved in (saved in 2026: until 31.12.2032); a draft never sent is not kept.
"""

# ruff: noqa: F811  (the database fixtures are imported by name)

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from premiumcalc.gui.clients_actions import AuditDialog, ClientsActions
from premiumcalc.gui.clients_tab import ClientsTab
from premiumcalc.gui.main_window import MainWindow
from premiumcalc.pricing.reference import Reference
from premiumcalc.quotes import QuoteStore, open_store
from premiumcalc.quotes.client_models import CurrentContract
from premiumcalc.tariffs import load_catalog, load_tariffs
from test_gui_window_ux import Answer
from test_quotes_helpers import nordlicht, request
from test_quotes_store import db_url, pg_db, pg_url  # noqa: F401  (the fixtures)

MARCH = datetime(2026, 3, 9, 10, 0, tzinfo=UTC)


@pytest.fixture
def store(db_url: str) -> Iterator[QuoteStore]:
    with open_store(db_url, daily_backup=False) as opened:
        yield opened


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[QuoteStore]:
    with open_store(tmp_path / "quotes.db", daily_backup=False) as opened:
        yield opened


def save(store: QuoteStore, name: str, address: str = "", status: str = "sent",
         when: datetime = MARCH) -> str:
    return store.save_quote(request(), nordlicht(), client_name=name, client_address=address,
                            status=status, now=when).number


def make_window(qtbot: QtBot, store: QuoteStore, lang: str = "en") -> MainWindow:
    window = MainWindow(load_tariffs(), load_catalog(), lang)
    qtbot.addWidget(window)
    window.open_history(store)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def clients_of(window: MainWindow) -> ClientsActions:
    assert window.clients_actions is not None
    return window.clients_actions


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes answered Yes and recorded instead of shown."""
    shown: list[str] = []

    def record(kind: str):  # type: ignore[no-untyped-def]
        def show(_parent, title, text, *args):  # type: ignore[no-untyped-def]
            shown.append(f"{kind} {title}: {text}")
            return QMessageBox.StandardButton.Yes
        return show

    for kind in ("warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


def listed(tab: ClientsTab) -> list[str]:
    return [tab.model.index(r, 1).data() for r in range(tab.model.rowCount())]


def cells(model: object, column: int) -> list[str]:
    from PySide6.QtCore import QAbstractItemModel

    assert isinstance(model, QAbstractItemModel)
    return [model.index(r, column).data() for r in range(model.rowCount())]


def search(tab: ClientsTab, text: str) -> list[str]:
    tab.search.setText(text)
    tab.apply_search()
    return listed(tab)


# ---------------------------------------------------------------------------------------
# the list


def test_search_finds_clients_and_never_a_restricted_one(qtbot: QtBot, store: QuoteStore,
                                                         messages: list[str]) -> None:
    save(store, "Müller IT-Beratung GmbH", "Hafenstraße 1\n24103 Kiel")
    save(store, "Schmidt Digital", "Lübeck")
    save(store, "Kunde GmbH", "Berlin")
    store.clients.delete_client("K-000003")            # a sent offer keeps it, restricted
    tab = ClientsTab(_directory(store), "en")
    qtbot.addWidget(tab)
    assert listed(tab) == ["Müller IT-Beratung GmbH", "Schmidt Digital"]
    assert cells(tab.model, 0) == ["K-000001", "K-000002"]
    assert cells(tab.model, 2)[0] == "Hafenstraße 1, 24103 Kiel"
    assert search(tab, "kiel") == ["Müller IT-Beratung GmbH"]
    assert search(tab, "K-000002") == ["Schmidt Digital"]
    assert search(tab, "Kunde") == []
    assert search(tab, "K-000003") == []


def test_typing_searches_a_moment_after_the_last_key(qtbot: QtBot,
                                                     sqlite_store: QuoteStore) -> None:
    for name in ("Alpha GmbH", "Beta KG", "Gamma AG"):
        save(sqlite_store, name)
    tab = ClientsTab(_directory(sqlite_store), "en")
    qtbot.addWidget(tab)
    qtbot.keyClicks(tab.search, "beta")
    assert listed(tab) == ["Alpha GmbH", "Beta KG", "Gamma AG"]   # not yet, per keystroke
    qtbot.waitUntil(lambda: listed(tab) == ["Beta KG"], timeout=2000)


def test_the_list_is_read_page_by_page(qtbot: QtBot, sqlite_store: QuoteStore) -> None:
    loaded = nordlicht()
    for i in range(130):
        sqlite_store.save_quote(request(), loaded, client_name=f"Kunde {i:03d}")
    tab = ClientsTab(_directory(sqlite_store), "en")
    qtbot.addWidget(tab)
    assert tab.model.rowCount() == tab.model.PAGE
    assert tab.model.canFetchMore()
    tab.model.fetchMore()
    assert tab.model.rowCount() == 130
    assert listed(tab)[-1] == "Kunde 129"


# ---------------------------------------------------------------------------------------
# a client's page


def test_the_page_shows_the_client_and_every_record_with_its_retention(
        qtbot: QtBot, sqlite_store: QuoteStore) -> None:
    draft = save(sqlite_store, "Müller IT-Beratung GmbH", "Kiel", status="draft")
    sent = save(sqlite_store, "Müller IT-Beratung GmbH", "Kiel", status="sent")
    register = sqlite_store.clients
    register.update_client("K-000001", email="info@mueller.de", notes="prefers e-mail",
                           follow_up=date(2026, 12, 15), legal_hold=True)
    window = make_window(qtbot, sqlite_store, "de")
    tab = clients_of(window).tab
    assert tab.open_client("K-000001")
    page = tab.page
    assert page.title.text() == "K-000001 · Müller IT-Beratung GmbH"
    assert page.address.text() == "Kiel"
    assert page.email_edit.text() == "info@mueller.de"
    assert page.notes_edit.toPlainText() == "prefers e-mail"
    assert page.follow_up.value() == date(2026, 12, 15)
    assert page.hold_check.isChecked()
    assert "31.12.2032" in page.standing.text()
    records = page.records_model
    assert cells(records, 1) == [draft, sent]
    assert cells(records, 0) == ["Angebot", "Angebot"]
    assert cells(records, 2) == ["09.03.2026", "09.03.2026"]
    assert cells(records, 3) == ["Entwurf", "versendet"]
    assert cells(records, 4) == ["726,65\xa0€", "726,65\xa0€"]   # the worked example
    assert cells(records, 5) == ["keine Aufbewahrungspflicht", "31.12.2032"]
    assert cells(page.audit_model, 2) == ["gespeichert", "gespeichert", "geändert"]


def test_edits_are_saved_and_the_follow_up_is_listed_when_due(
        qtbot: QtBot, sqlite_store: QuoteStore, messages: list[str]) -> None:
    save(sqlite_store, "Schmidt Digital", "Lübeck")
    window = make_window(qtbot, sqlite_store)
    tab = clients_of(window).tab
    tab.open_client("K-000001")
    page = tab.page
    page.phone_edit.setText("0451 123")
    page.follow_up.check.setChecked(True)
    page.follow_up.edit.setDate(page.follow_up.edit.date().addDays(-1))   # yesterday
    page.follow_up_note.setText("ask about cyber")
    page.insurer_edit.setText("Alte Hanse")
    page.amount_edits["gross_annual"].setText("1,250.00")
    page.amount_edits["cover"].setText("1,000,000")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert messages == []
    client = sqlite_store.clients.get_client("K-000001")
    assert client.phone == "0451 123"
    assert client.follow_up == date(2026, 11, 30)
    assert client.contract.insurer == "Alte Hanse"
    assert client.contract.premium == Decimal("1250.00")
    assert client.contract.limits == {"cover": Decimal("1000000")}
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert cells(tab.model, 3) == ["Alte Hanse"]
    tab.lists.setCurrentIndex(1)
    assert cells(tab.follow_ups_model, 1) == ["K-000001"]
    assert cells(tab.follow_ups_model, 4) == ["ask about cyber"]


def test_a_change_made_at_another_desk_meanwhile_is_shown_and_not_overwritten(
        qtbot: QtBot, store: QuoteStore, messages: list[str]) -> None:
    save(store, "Schmidt Digital")
    tab = ClientsTab(_directory(store), "en")
    qtbot.addWidget(tab)
    tab.open_client("K-000001")
    register = store.clients
    register.update_client("K-000001", version=register.get_client("K-000001").version,
                           phone="040 999")                  # the other desk
    tab.page.phone_edit.setText("040 555")
    assert not tab.page.save()
    assert "changed at another desk" in messages[-1]
    assert register.get_client("K-000001").phone == "040 999"
    assert tab.page.phone_edit.text() == "040 555"


def test_new_quote_for_the_client_fills_the_form_and_the_reference_row(
        qtbot: QtBot, sqlite_store: QuoteStore) -> None:
    number = save(sqlite_store, "Müller IT-Beratung GmbH", "Hafenstraße 1\n24103 Kiel")
    register = sqlite_store.clients
    register.update_client("K-000001", contract=CurrentContract(
        insurer="Alte Hanse", premium=Decimal("812.30"),
        limits={"cover": Decimal("1000000"), "deductible": Decimal("500"),
                "key_limit": Decimal("20000")},
        renewal=date(2027, 1, 1), request=dict(sqlite_store.get(number).request)))
    window = make_window(qtbot, sqlite_store)
    window.state.update({"client_name": "Someone Else", "revenue": Decimal("55000")})
    actions = clients_of(window)
    window.tabs.setCurrentWidget(actions.page)
    actions.tab.open_client("K-000001")
    # the form held another client's unsaved edits: the window asks before dropping them
    answer = Answer(qtbot, QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(actions.tab.page.new_quote_button, Qt.MouseButton.LeftButton)
    assert answer.asked and "not saved" in answer.asked[0]
    assert window.tabs.currentIndex() == 0
    assert window.client() == ("Müller IT-Beratung GmbH", "Hafenstraße 1\n24103 Kiel")
    assert window.state.value("revenue") == Decimal("180000")   # the contract's request
    assert window.state.quote_number is None
    reference = window.market.tab.reference_form.reference()
    assert reference == Reference(insurer="Alte Hanse", gross_annual=Decimal("812.30"),
                                  cover=Decimal("1000000"), deductible=Decimal("500"),
                                  key_limit=Decimal("20000"))
    form = window.market.tab.reference_form
    assert form.insurer_edit.text() == "Alte Hanse"
    assert form.amount_edits["gross_annual"].text() == "812.30"


def test_new_quote_for_a_client_without_a_contract_clears_the_reference_row(
        qtbot: QtBot, sqlite_store: QuoteStore) -> None:
    save(sqlite_store, "Schmidt Digital", "Lübeck")
    window = make_window(qtbot, sqlite_store)
    window.market.tab.reference_form.insurer_edit.setText("from before")
    actions = clients_of(window)
    actions.tab.open_client("K-000001")
    actions.tab.page.new_quote()
    assert window.client() == ("Schmidt Digital", "Lübeck")
    assert window.market.tab.reference().is_empty


# ---------------------------------------------------------------------------------------
# delete, export, renewals, audit


def test_delete_removes_the_draft_and_shows_what_is_kept_until_when(
        qtbot: QtBot, store: QuoteStore, messages: list[str]) -> None:
    draft = save(store, "Kunde GmbH", status="draft")
    sent = save(store, "Kunde GmbH", status="sent")
    tab = ClientsTab(_directory(store), "en")
    qtbot.addWidget(tab)
    tab.open_client("K-000001")
    qtbot.mouseClick(tab.page.delete_button, Qt.MouseButton.LeftButton)
    assert messages[0].startswith("question Delete client: Delete client K-000001 (Kunde GmbH)?")
    report = messages[1]
    assert report.startswith("information Delete client: Client K-000001 deleted.")
    assert f"Removed now: {draft}." in report
    assert f"{sent} until 2032-12-31" in report
    assert "Restricted" in tab.page.standing.text()
    assert store.clients.get_client("K-000001").restricted
    assert search(tab, "Kunde") == []


def test_delete_under_a_legal_hold_is_refused_with_a_clear_message(
        qtbot: QtBot, store: QuoteStore, messages: list[str]) -> None:
    save(store, "Kunde GmbH", status="draft")
    tab = ClientsTab(_directory(store), "en")
    qtbot.addWidget(tab)
    tab.open_client("K-000001")
    tab.page.hold_check.setChecked(True)
    assert tab.page.save()
    assert tab.page.delete() is None
    assert messages == ["warning Delete client: Client K-000001 is under a legal hold: "
                        "nothing of it may be deleted until the hold is lifted."]
    client = store.clients.get_client("K-000001")
    assert client.legal_hold and not client.restricted
    assert len(store.clients.records("K-000001")) == 1


def test_export_writes_the_archive_with_the_quotes(qtbot: QtBot, sqlite_store: QuoteStore,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    sent = save(sqlite_store, "Müller IT-Beratung GmbH")
    target = tmp_path / "out" / "mueller.zip"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(_parent, _title, proposed, _filter):  # type: ignore[no-untyped-def]
        asked.append(Path(proposed).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    tab = ClientsTab(_directory(sqlite_store), "en")
    qtbot.addWidget(tab)
    tab.open_client("K-000001")
    qtbot.mouseClick(tab.page.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["K-000001.zip"]
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert f"quotes/{sent}.pdf" in names
        assert archive.read(f"quotes/{sent}.pdf").startswith(b"%PDF")
    from premiumcalc.cli.client_archive import read_archive

    assert read_archive(target)["client"]["client_number"] == "K-000001"
    assert str(target) in tab.page.status_label.text()
    assert "exported" in cells(tab.page.audit_model, 2)


def test_renewals_are_listed_largest_saving_first(qtbot: QtBot,
                                                  sqlite_store: QuoteStore) -> None:
    register = sqlite_store.clients
    for name, premium in (("Klein GmbH", "900.00"), ("Gross GmbH", "1500.00"),
                          ("Mittel GmbH", "1000.00"), ("Billig GmbH", "100.00")):
        number = save(sqlite_store, name)
        client = register.get_client(name)
        register.update_client(client.number, contract=CurrentContract(
            insurer="Alte Hanse", premium=Decimal(premium), renewal=date(2027, 1, 1),
            request=dict(sqlite_store.get(number).request)))
    window = make_window(qtbot, sqlite_store)
    tab = clients_of(window).tab
    tab.lists.setCurrentIndex(2)
    model = tab.renewals_model
    # the same request for all: the saving grows with the current premium; 100 € saves none
    assert cells(model, 1) == ["Gross GmbH", "Mittel GmbH", "Klein GmbH"]
    savings = [model.row(r).saving for r in range(model.rowCount())]
    assert savings[0] is not None and savings[1] is not None
    assert savings[0] - savings[1] == Decimal("500.00")
    assert cells(model, 3)[0] == "€1,500.00"


def test_the_audit_log_per_client_and_in_full(qtbot: QtBot, sqlite_store: QuoteStore,
                                              messages: list[str]) -> None:
    first = save(sqlite_store, "Alpha GmbH")
    save(sqlite_store, "Beta KG")
    window = make_window(qtbot, sqlite_store)
    actions = clients_of(window)
    actions.tab.open_client("K-000001")
    page = actions.tab.page
    page.email_edit.setText("a@alpha.de")
    assert page.save()
    audit = page.audit_model
    assert cells(audit, 2) == ["saved", "changed"]
    assert first in cells(audit, 3)[0] and cells(audit, 3)[1] == "e-mail"
    assert window.tools_menu.actions().count(actions.audit_action) == 1
    dialog = actions.show_audit()
    assert isinstance(dialog, AuditDialog)
    qtbot.addWidget(dialog)
    clients = cells(dialog.model, 3)
    assert sorted(clients) == ["K-000001", "K-000001", "K-000002"]
    assert cells(dialog.model, 2)[0] == "changed"                       # newest first
    assert all(name not in " ".join(cells(dialog.model, 4)) for name in ("Alpha", "Beta"))


def _directory(store: QuoteStore):  # type: ignore[no-untyped-def]
    from premiumcalc.gui.clients_store import StoreDirectory

    return StoreDirectory(store, load_tariffs(), load_catalog())


def test_a_quote_saved_in_the_window_adds_its_client_to_the_list(
        qtbot: QtBot, sqlite_store: QuoteStore, messages: list[str]) -> None:
    save(sqlite_store, "Alpha GmbH")
    window = make_window(qtbot, sqlite_store)
    tab = clients_of(window).tab
    assert listed(tab) == ["Alpha GmbH"]
    tab.open_client("K-000001")
    window.state.update({"client_name": "Beta KG", "client_address": "Kiel"})
    history = window.history_actions
    assert history is not None and history.save() is not None
    assert listed(tab) == ["Alpha GmbH", "Beta KG"]
    window.state.update({"client_name": "Alpha GmbH", "client_address": ""})
    assert history.save() is not None                       # a second quote for Alpha
    assert cells(tab.page.records_model, 1)[-1] == window.state.quote_number
    assert messages == []


def test_a_deleted_client_kept_for_a_duty_can_no_longer_be_edited(
        qtbot: QtBot, sqlite_store: QuoteStore, messages: list[str]) -> None:
    save(sqlite_store, "Kunde GmbH", status="sent")
    tab = ClientsTab(_directory(sqlite_store), "en")
    qtbot.addWidget(tab)
    tab.open_client("K-000001")
    assert tab.page.delete() is not None
    page = tab.page
    assert not page.email_edit.isEnabled() and not page.contract_box.isEnabled()
    assert not page.new_quote_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.hold_check.isEnabled() and page.export_button.isEnabled()
    page.hold_check.setChecked(True)                 # a hold can still be put on it
    assert page.save()
    assert sqlite_store.clients.get_client("K-000001").legal_hold


def test_new_quote_for_a_client_keeps_the_form_when_the_user_keeps_its_edits(
        qtbot: QtBot, sqlite_store: QuoteStore) -> None:
    save(sqlite_store, "Schmidt Digital", "Lübeck")
    window = make_window(qtbot, sqlite_store)
    actions = clients_of(window)
    window.state.update({"client_name": "Typed GmbH"})
    actions.confirm_replace = lambda: False          # the user cancels the question
    actions.tab.open_client("K-000001")
    assert not actions.new_quote(actions.tab.page.details)  # type: ignore[arg-type]
    assert window.client()[0] == "Typed GmbH"
    replaced: list[bool] = []
    actions.sig_form_replaced.connect(lambda: replaced.append(True))
    actions.confirm_replace = lambda: True
    assert actions.new_quote(actions.tab.page.details)  # type: ignore[arg-type]
    assert window.client()[0] == "Schmidt Digital" and replaced == [True]


def test_a_legal_hold_set_at_another_desk_meanwhile_still_stops_the_deletion(
        qtbot: QtBot, sqlite_store: QuoteStore, messages: list[str]) -> None:
    save(sqlite_store, "Kunde GmbH", status="draft")
    tab = ClientsTab(_directory(sqlite_store), "en")
    qtbot.addWidget(tab)
    tab.open_client("K-000001")
    sqlite_store.clients.update_client("K-000001", legal_hold=True)   # the other desk
    assert tab.page.delete() is None
    assert messages[0].startswith("question Delete client")
    assert messages[1].startswith("warning Delete client: Client K-000001 is under a legal "
                                  "hold")
    assert "nothing was deleted" in messages[1]
    assert len(sqlite_store.clients.records("K-000001")) == 1


def select_record(tab: ClientsTab, row: int) -> None:
    from PySide6.QtCore import QItemSelectionModel

    view = tab.page.records_view
    view.selectionModel().setCurrentIndex(
        tab.page.records_model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def test_a_quote_of_the_client_opens_in_the_quote_tab(qtbot: QtBot, sqlite_store: QuoteStore,
                                                      messages: list[str]) -> None:
    save(sqlite_store, "Alpha GmbH", "Kiel")
    second = sqlite_store.save_quote(request(revenue="95000"), nordlicht(),
                                     client_name="Alpha GmbH", client_address="Kiel",
                                     status="sent", now=MARCH).number
    window = make_window(qtbot, sqlite_store)
    actions = clients_of(window)
    window.tabs.setCurrentWidget(actions.page)
    actions.tab.open_client("K-000001")
    records = actions.tab.page.records_view
    records.activated.emit(actions.tab.page.records_model.index(1, 0))   # Enter/double-click
    assert window.tabs.currentIndex() == 0
    assert window.state.quote_number == second
    assert window.state.value("revenue") == Decimal("95000")
    assert window.client() == ("Alpha GmbH", "Kiel")


def test_a_quote_made_the_contracts_request_puts_the_client_in_the_renewal_check(
        qtbot: QtBot, sqlite_store: QuoteStore, messages: list[str]) -> None:
    number = save(sqlite_store, "Alpha GmbH")
    window = make_window(qtbot, sqlite_store)
    tab = clients_of(window).tab
    tab.open_client("K-000001")
    page = tab.page
    assert page.request_label.text() == "none yet"
    page.insurer_edit.setText("Alte Hanse")
    page.amount_edits["gross_annual"].setText("5,000.00")   # far above any tariff's premium
    page.renewal.check.setChecked(True)                      # today: within the check's days
    assert page.save()
    assert not page.use_request_button.isEnabled()           # no quote selected yet
    select_record(tab, 0)
    qtbot.mouseClick(page.use_request_button, Qt.MouseButton.LeftButton)
    assert messages == []
    client = sqlite_store.clients.get_client("K-000001")
    assert client.contract.quote_number == number
    assert client.contract.request == sqlite_store.get(number).request
    assert client.contract.insurer == "Alte Hanse"           # the rest of the contract stays
    assert page.request_label.text() == f"that of {number}"
    tab.show_list()
    tab.lists.setCurrentIndex(2)
    assert cells(tab.renewals_model, 0) == ["K-000001"]


def test_the_page_lists_advice_records_and_first_information_receipts(
        qtbot: QtBot, sqlite_store: QuoteStore) -> None:
    from premiumcalc.quotes import advice_records as ar

    name, address = "Beraten GmbH", "Ratsweg 7\n24103 Kiel"
    when = datetime(2026, 11, 25, 13, 30, tzinfo=UTC)
    receipt = ar.record_first_information(
        sqlite_store, client_name=name, client_address=address,
        handed_over_at=when.isoformat()[:16], how="in-person", profile={"name": "Anna Adler"},
        lang="de", pdf=b"%PDF-1.4\n%%EOF\n", now=when).number
    advice = ar.save_advice_record(
        sqlite_store, pdf=b"%PDF-1.4\n%%EOF\n",
        inputs={"client": {"name": name, "address": address}, "reason": "",
                "request": {"revenue": "180000"}, "results": []},
        client_name=name, client_address=address, advice_at=when.isoformat()[:16],
        channel="in-person", adviser="Anna Adler", lang="de", now=when).number
    tab = ClientsTab(_directory(sqlite_store), "en")
    qtbot.addWidget(tab)
    assert tab.open_client("K-000001")
    records = tab.page.records_model
    shown = dict(zip(cells(records, 1), zip(cells(records, 0), cells(records, 5),
                                            strict=True), strict=True))
    # broker-duties.md §5: receipts 6 years, advice records 10, from the end of 2026
    assert shown == {receipt: ("First-information receipt", "2032-12-31"),
                     advice: ("Advice record", "2036-12-31")}
    tab.page.records_view.selectRow(0)
    assert not tab.page.open_quote_button.isEnabled()     # only quotes open in the form
