"""The window's Advice step and hand-over (broker duties §1, §3) with real widgets, a real
SQLite quote store and the PDFs read back.

Figures are handbook §15's example: the §8 request (general liability and cyber, start
2026-12-01) with the requirements gl-limit=5000000 and worldwide: Nordlicht 726.65,
Rheinauen 841.76, neither meets both; with the worldwide module added, Nordlicht 843.81 and
Rheinauen 1021.41, and only Rheinauen meets both.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QFileDialog, QMessageBox

from premiumcalc.gui.advice_tab import AdviceTab
from premiumcalc.gui.i18n import translators
from premiumcalc.gui.main_window import MainWindow
from premiumcalc.pdf.profile import default_profile_path
from premiumcalc.pricing import build_request
from premiumcalc.pricing.requirement import Requirement
from premiumcalc.quotes import QuoteStore, open_store
from premiumcalc.quotes import advice_records as ar
from premiumcalc.tariffs import load_catalog, load_tariffs
from test_quotes_store import db_url, pg_db, pg_url  # noqa: F401 - SQLite and PostgreSQL

ROOT = Path(__file__).resolve().parents[1]
CATALOG = load_catalog()
NORDLICHT, RHEINAUEN = "nordlicht-it-2026", "rheinauen-digital-2026"
SECTION_8: dict[str, Any] = {
    "tariff": NORDLICHT, "profession": "software-development", "revenue": "180000",
    "cover": 1000000, "deductible": 500, "claims": 0,
    "modules": ["general-liability", "cyber"], "startup": True, "term": 3,
    "payment": "monthly", "country": "DE",
    "require": [Requirement("gl-limit", 5000000), Requirement("worldwide")],
}
WORLDWIDE = ["general-liability", "cyber", "worldwide"]
CLIENT = ("Müller & Söhne GmbH", "Hauptstraße 12\n10115 Berlin")
NORDLICHT_NAME = "Nordlicht Versicherung AG – IT-Haftpflicht Professional"
RHEINAUEN_NAME = "Rheinauen Assekuranz AG – Digital Pro Haftpflicht"


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    translators.install("en")


@pytest.fixture
def profile() -> Path:
    """The sample broker profile (complete for the first information) as the saved one."""
    target = default_profile_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "docs" / "sample-broker-profile.toml", target)
    return target


@pytest.fixture
def store(tmp_path: Path) -> Iterator[QuoteStore]:
    with open_store(tmp_path / "quotes.db", daily_backup=False) as opened:
        yield opened


@pytest.fixture
def any_store(db_url: str) -> Iterator[QuoteStore]:  # noqa: F811
    """A store on SQLite, and one on PostgreSQL when a server is configured."""
    with open_store(db_url, daily_backup=False) as opened:
        yield opened


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(_parent: Any, _title: str, text: str, *a: Any, **k: Any) -> Any:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def make_window(qtbot: Any, store: QuoteStore | None = None, lang: str = "en",
                **changes: Any) -> MainWindow:
    window = MainWindow(load_tariffs(catalog=CATALOG), CATALOG, lang)
    qtbot.addWidget(window)
    if store is not None:
        window.open_history(store)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.load_request(build_request(dict(SECTION_8, **changes)), *CLIENT)
    return window


def advice_tab(window: MainWindow) -> AdviceTab:
    window.tabs.setCurrentIndex(window.advice.tab_index)
    tab = window.advice.tab
    tab.when.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(14, 30)))
    return tab


def pick(combo: Any, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages).replace(
        "\u00a0", " ")


# ---------------------------------------------------------------------------------------
# The step and its recommendation


def test_the_advice_tab_follows_compare_and_shows_the_only_tariff_meeting_all(
        qtbot: Any) -> None:
    window = make_window(qtbot, modules=WORLDWIDE)
    texts = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert texts[:3] == ["Quote", "Compare", "Advice"]
    tab = advice_tab(window)
    generated = tab.generated.text()
    assert generated.startswith(f"Recommended: {RHEINAUEN_NAME}. It is the only tariff that "
                                f"meets all 2 requirements.")
    assert f"• {RHEINAUEN_NAME}: quoted, €1,021.41, meets 2 of 2 requirements" in generated
    assert f"• {NORDLICHT_NAME}: quoted, €843.81, meets 1 of 2 requirements" in generated
    assert tab.summary.text() == ("Advice for Müller & Söhne GmbH: 2 tariffs compared for a "
                                  "start of cover on 2026-12-01.")
    assert "The broker follows the recommendation: " + RHEINAUEN_NAME in \
        tab.preview.toPlainText()


def test_without_requirements_the_cheapest_quoted_is_recommended_against_the_next(
        qtbot: Any) -> None:
    window = make_window(qtbot, require=[])
    tab = advice_tab(window)
    assert tab.generated.text().splitlines()[0] == (
        f"Recommended: {NORDLICHT_NAME}. No requirements were recorded; cheapest of the 2 "
        f"quoted (€726.65 against €841.76).")


def test_when_none_meets_every_requirement_the_gaps_are_listed_and_none_is_recommended(
        qtbot: Any) -> None:
    tab = advice_tab(make_window(qtbot))
    lines = tab.generated.text().splitlines()
    assert lines[0].startswith("No recommendation from the comparison: no quoted tariff "
                               "meets all 2 requirements.")
    assert (f"• {NORDLICHT_NAME}: quoted, €726.65, meets 0 of 2 requirements – General "
            f"liability: €3,000,000 (required €5,000,000); Worldwide: not in the cover – add "
            f"Worldwide cover for +€122.55") in lines
    assert tab.own.currentText() == "No recommendation"


def test_the_brokers_own_recommendation_needs_a_reason_in_words(
        qtbot: Any, store: QuoteStore, profile: Path) -> None:
    tab = advice_tab(make_window(qtbot, store, modules=WORLDWIDE))
    assert tab.hand_over_button.isEnabled()
    pick(tab.own, NORDLICHT)
    assert tab.own_problem.isVisible()
    assert tab.own_problem.text() == ("Give a reason in words for recommending another "
                                      "tariff than the comparison.")
    assert tab.own_reason_label.text() == "Rea&son (required):"
    assert not tab.hand_over_button.isEnabled()
    tab.own_reason.setPlainText("   ")
    assert not tab.hand_over_button.isEnabled()
    tab.own_reason.setPlainText("The client's bank asks for Nordlicht's claims service.")
    assert not tab.own_problem.isVisible()
    assert tab.hand_over_button.isEnabled()
    preview = tab.preview.toPlainText()
    assert (f"The broker recommends {NORDLICHT_NAME} instead: The client's bank asks for "
            f"Nordlicht's claims service.") in preview


def test_the_clients_other_choice_shows_the_warning_of_its_unmet_requirements(
        qtbot: Any) -> None:
    tab = advice_tab(make_window(qtbot, modules=WORLDWIDE))
    assert not tab.warning.isVisible()
    pick(tab.choice, NORDLICHT)
    assert tab.warning.isVisible()
    assert tab.warning.text() == (
        f"Warning to the client: {NORDLICHT_NAME} does not meet 1 of the requirements: "
        f"General liability: €3,000,000 (required €5,000,000).")
    assert tab.warning.text() in tab.preview.toPlainText()
    pick(tab.choice, RHEINAUEN)  # the recommendation itself: no warning
    assert not tab.warning.isVisible()
    assert f"The client follows the recommendation: {RHEINAUEN_NAME}." in \
        tab.preview.toPlainText()


def test_print_draft_writes_a_draft_pdf(qtbot: Any, tmp_path: Path, profile: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    tab = advice_tab(make_window(qtbot, modules=WORLDWIDE))
    target = tmp_path / "draft.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert tab.print_draft() == target
    text = pdf_text(target.read_bytes())
    assert "DRAFT – not handed over" in text
    assert "Müller & Söhne GmbH" in text and "Jana Beispiel" in text


# ---------------------------------------------------------------------------------------
# Hand over


def test_hand_over_freezes_a_numbered_record_that_reprints_byte_for_byte(
        qtbot: Any, any_store: QuoteStore, profile: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    store = any_store
    tab = advice_tab(make_window(qtbot, store, modules=WORLDWIDE))
    pick(tab.channel, "telephone")
    tab.adviser.setCurrentText("Lena Probe")
    pick(tab.choice, "follows")
    with qtbot.waitSignal(tab.sig_handed_over) as signal:
        tab.hand_over_button.click()
    record = signal.args[0]
    assert re.fullmatch(r"B-[0-9]{4}-000001", record.number)
    stored = ar.get_advice_record(store, record.number)
    assert (stored.client_name, stored.channel, stored.adviser, stored.advice_at) == (
        "Müller & Söhne GmbH", "telephone", "Lena Probe", "2026-11-25T14:30")
    assert (stored.recommended, stored.chosen) == (RHEINAUEN, RHEINAUEN)
    data = ar.advice_pdf(store, record.number)
    assert hashlib.sha256(data).hexdigest() == stored.sha256
    text = pdf_text(data)
    assert record.number in text and "DRAFT" not in text
    # shown as handed over: frozen, with its number
    assert record.number in tab.status.text() and "frozen" in tab.status.text()
    assert not tab.choice.isEnabled() and not tab.hand_over_button.isEnabled()
    # reprinted, it is the stored bytes, and those are what the record's inputs render
    target = tmp_path / "again.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert tab.reprint() == target
    assert target.read_bytes() == data
    from premiumcalc.gui.advice_record import render_pdf
    from premiumcalc.pdf.profile import load_profile

    assert tab.draft is not None
    assert render_pdf(tab.draft, load_profile(), number=record.number) == data


def test_a_change_after_hand_over_is_a_new_version_naming_the_one_replaced(
        qtbot: Any, store: QuoteStore, profile: Path) -> None:
    tab = advice_tab(make_window(qtbot, store, modules=WORLDWIDE))
    first = tab.hand_over()
    assert first is not None
    assert tab.change_button.isVisible()
    tab.change_button.click()
    assert tab.choice.isEnabled()
    assert f"Changing {first.number}" in tab.status.text()
    pick(tab.choice, NORDLICHT)
    second = tab.hand_over()
    assert second is not None and second.number != first.number
    assert second.replaces == first.number
    assert ar.get_advice_record(store, first.number).replaced_by == second.number
    assert f"It replaces {first.number}." in tab.status.text()
    text = pdf_text(ar.advice_pdf(store, second.number))
    assert (f"The broker has pointed out to the client that {NORDLICHT_NAME} does not meet "
            f"these of the requirements") in text
    assert f"{second.number}" in text and f"record {first.number}" in text


def test_a_changed_request_after_hand_over_is_handed_over_as_a_new_version(
        qtbot: Any, store: QuoteStore, profile: Path) -> None:
    window = make_window(qtbot, store, modules=WORLDWIDE)
    tab = advice_tab(window)
    first = tab.hand_over()
    assert first is not None
    window.state.update({"startup": False})  # the same client, another request
    assert f"Changing {first.number}" in tab.status.text()
    assert tab.hand_over_button.isEnabled() and tab.choice.isEnabled()
    second = tab.hand_over()
    assert second is not None and second.replaces == first.number
    window.state.update({"client_name": "Andere Firma GmbH"})  # another client: a new record
    assert tab.status.text() == "Not handed over yet: this is a draft."
    third = tab.hand_over()
    assert third is not None and third.replaces is None


def test_hand_over_needs_the_client_name_and_a_complete_profile(
        qtbot: Any, store: QuoteStore, messages: list[str]) -> None:
    window = make_window(qtbot, store, modules=WORLDWIDE)
    window.state.update({"client_name": ""})
    tab = advice_tab(window)
    assert not tab.hand_over_button.isEnabled()
    assert tab.status.text() == "Enter the client's name in the form to hand the record over."
    window.state.update({"client_name": "Muster KG"})
    assert tab.hand_over_button.isEnabled()
    assert tab.hand_over() is None  # no broker profile saved
    assert messages and messages[0].startswith("The broker profile lacks what a handed-over "
                                               "record names: company (the firm)")
    assert ar.list_advice_records(store) == []


def test_history_lists_the_advice_records_of_the_selected_quotes_client(
        qtbot: Any, store: QuoteStore, profile: Path, messages: list[str]) -> None:
    window = make_window(qtbot, store, modules=WORLDWIDE)
    actions = window.history_actions
    assert actions is not None
    saved = actions.save()
    assert saved is not None and messages == []
    record = advice_tab(window).hand_over()
    assert record is not None and record.quote_numbers == (saved.number,)
    window.tabs.setCurrentIndex(window.tabs.indexOf(actions.tab))
    actions.tab.view.selectRow(0)
    panel = window.advice.history_panel
    assert panel is not None
    assert panel.title.text() == f"Advice records of the client of {saved.number}:"
    assert panel.table.rowCount() == 1
    items = [panel.table.item(0, c) for c in range(panel.table.columnCount())]
    row = [item.text() if item is not None else None for item in items]
    assert row == [record.number, "2026-11-25 14:30", "In person", "Jana Beispiel",
                   RHEINAUEN, "–", ""]
    assert items[0] is not None and items[0].toolTip() == f"Made from quote {saved.number}"
    assert panel.first_info.text() == "No first information recorded for this client."


def test_first_information_handover_is_recorded_with_client_and_channel(
        qtbot: Any, store: QuoteStore, profile: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from premiumcalc.gui.first_info_dialog import FirstInfoDialog

    window = make_window(qtbot, store)
    assert window.advice.first_info_action in window.file_menu.actions()

    def exec_(dialog: FirstInfoDialog) -> int:
        assert dialog.name.text() == "Müller & Söhne GmbH"
        pick(dialog.how, "post")
        dialog.when.setDateTime(QDateTime(QDate(2026, 11, 20), QTime(9, 15)))
        return 1 if dialog.record() is not None else 0

    monkeypatch.setattr(FirstInfoDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    handover = window.advice.hand_over_first_information()
    assert handover is not None
    [stored] = ar.list_first_information(store, client_name="Müller & Söhne GmbH")
    assert (stored.number, stored.how, stored.handed_over_at) == (
        handover.number, "post", "2026-11-20T09:15")
    assert stored.client_address == "Hauptstraße 12\n10115 Berlin"
    assert stored.profile["register_number"] == "D-W6DP-J2OWG-88"
    assert "Erstinformation" not in pdf_text(ar.first_information_pdf(store, stored.number))
    assert "First information" in pdf_text(ar.first_information_pdf(store, stored.number))


# ---------------------------------------------------------------------------------------
# German


def test_the_advice_step_in_german(qtbot: Any, store: QuoteStore, profile: Path) -> None:
    window = make_window(qtbot, store, "de", modules=WORLDWIDE)
    tab = advice_tab(window)
    assert window.tabs.tabText(window.advice.tab_index).replace("&", "") == "Beratung"
    assert tab.generated.text().startswith(
        f"Empfehlung: {RHEINAUEN_NAME}. Er ist der einzige Tarif, der alle 2 Anforderungen "
        f"erfüllt.")
    assert "angeboten, 1.021,41\u00a0€, erfüllt 2 von 2 Anforderungen" in tab.generated.text()
    pick(tab.choice, NORDLICHT)
    assert tab.warning.text().startswith(f"Warnhinweis an den Kunden: {NORDLICHT_NAME} "
                                         f"erfüllt 1 der Anforderungen nicht:")
    assert "Betriebshaftpflicht: 3.000.000\u00a0€ (gefordert 5.000.000\u00a0€)" in \
        tab.warning.text()
    assert tab.hand_over_button.text() == "&Übergeben"
    assert tab.status.text() == "Noch nicht übergeben: Dies ist ein Entwurf."
    record = tab.hand_over()
    assert record is not None
    assert tab.status.text().startswith(f"Übergeben als {record.number} am 25.11.2026 14:30 "
                                        f"(Persönlich); Inhalt SHA-256 {record.sha256}.")
    assert "Beratungsdokumentation" in pdf_text(ar.advice_pdf(store, record.number))
    window.set_language("en")
    assert window.tabs.tabText(window.advice.tab_index).replace("&", "") == "Advice"



@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_advice_tabs_mnemonics_are_unique_and_leave_the_menus_theirs(
        qtbot: Any, lang: str) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    window = make_window(qtbot, lang=lang)
    tab = advice_tab(window)
    tab.change_button.setVisible(True)
    widgets: list[QLabel | QAbstractButton] = [*tab.findChildren(QLabel),
                                               *tab.findChildren(QAbstractButton)]
    texts = [w.text() for w in widgets
             if re.search("&[^ ]", w.text())]  # not the client's "Müller & Söhne"
    keys = [t[t.index("&") + 1].lower() for t in texts]
    assert len(keys) == 12, texts
    assert sorted(keys) == sorted(set(keys)), texts
    menus = [m.title() for m in (window.file_menu, window.view_menu, window.tools_menu,
                                 window.help_menu)]
    assert not {t[t.index("&") + 1].lower() for t in menus} & set(keys), texts


# ---------------------------------------------------------------------------------------
# Where each requirement comes from (broker duties §2)


#: The advice record's table of requirements (broker duties §2) with gl-limit from a project
#: contract and worldwide the client's wish.
PDF_SOURCE_ROWS = {
    "en": ("Requirement Source General liability at least €5,000,000.00 project contract "
           "Claims in the USA and Canada covered client's wish"),
    "de": ("Anforderung Herkunft Betriebshaftpflicht mindestens 5.000.000,00 € Projektvertrag "
           "Ansprüche in den USA und Kanada versichert Wunsch des Kunden"),
}


@pytest.mark.parametrize(("lang", "wish", "contract"), [
    ("en", "client's wish", "project contract"),
    ("de", "Wunsch des Kunden", "Projektvertrag"),
])
def test_a_requirement_from_a_project_contract_is_printed_so_in_preview_and_record(
        qtbot: Any, store: QuoteStore, profile: Path, lang: str, wish: str,
        contract: str) -> None:
    tab = advice_tab(make_window(qtbot, store, lang, modules=WORLDWIDE))
    combos = tab.source_combos
    assert list(combos) == ["gl-limit", "worldwide"]
    # every requirement is the client's wish until the broker says otherwise
    assert [c.currentText() for c in combos.values()] == [wish, wish]
    assert combos["gl-limit"].count() == 3
    pick(combos["gl-limit"], "contract")
    assert combos["gl-limit"].currentText() == contract
    preview = tab.preview.toPlainText()
    general, worldwide = ("Betriebshaftpflicht", "Weltweit") if lang == "de" \
        else ("General liability", "Worldwide")
    assert re.search(f"{general} [^;]*\\({contract}\\); {worldwide}[^;]*\\({wish}\\)",
                     preview), preview
    rows = PDF_SOURCE_ROWS[lang]
    draft = pdf_text(tab.draft_pdf() or b"")
    assert rows in draft, draft
    record = tab.hand_over()
    assert record is not None
    assert rows in pdf_text(ar.advice_pdf(store, record.number))
    assert ar.get_advice_record(store, record.number).inputs["sources"] == {
        "gl-limit": "contract", "worldwide": "client"}
    # handed over, the record is frozen: so is where its requirements come from
    assert not combos["gl-limit"].isEnabled()


def test_the_sources_follow_the_requirements_and_start_afresh_for_another_request(
        qtbot: Any) -> None:
    window = make_window(qtbot, modules=WORLDWIDE)
    tab = advice_tab(window)
    pick(tab.source_combos["worldwide"], "broker")
    # a requirement added keeps the others' sources and starts as the client's wish
    window.state.set_value("require", (Requirement("gl-limit", 5000000),
                                       Requirement("worldwide"),
                                       Requirement("run-off-years", 5)))
    assert {rid: c.currentData() for rid, c in tab.source_combos.items()} == {
        "gl-limit": "client", "worldwide": "broker", "run-off-years": "client"}
    assert tab.draft is not None and tab.draft.sources["worldwide"] == "broker"
    # another request loaded: its requirements are the client's wish again
    window.load_request(build_request(dict(SECTION_8, modules=WORLDWIDE)), *CLIENT)
    assert {rid: c.currentData() for rid, c in tab.source_combos.items()} == {
        "gl-limit": "client", "worldwide": "client"}
    # without requirements there is nothing to choose
    window.state.set_value("require", ())
    assert not tab.source_combos and not tab.sources_box.isVisible()
