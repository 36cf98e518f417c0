"""Save as PDF, Print and Print preview of the main window; printing goes to a QPrinter
writing a PDF file that is read back."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PIL import ImageChops, ImageFilter, ImageStat
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from premiumcalc.gui.i18n import translators
from premiumcalc.gui.main_window import MainWindow
from premiumcalc.gui.printing import PdfActions, paint_pdf
from premiumcalc.pdf import draft_number, render_quote_pdf
from premiumcalc.pdf.profile import BrokerProfile, save_profile
from premiumcalc.pricing import Outcome, build_request, price
from premiumcalc.tariffs import TariffSet, load_catalog, load_tariffs

WORKED_EXAMPLE: dict[str, Any] = {
    "tariff": "nordlicht-it-2026", "profession": "software-development", "revenue": "180000",
    "cover": 1000000, "deductible": 500, "claims": 0,
    "modules": ["general-liability", "cyber"], "startup": True, "term": 3,
    "payment": "monthly", "country": "DE", "scenarios": ["lost-client-key"],
}
CLIENT = ("Müller & Söhne GmbH", "Hauptstraße 12\n10115 Berlin")


def make_window(outcome: Outcome | None, lang: str = "de") -> MainWindow:
    """The main window showing ``outcome``'s request for CLIENT (no tariff at all for None)."""
    tariffs = load_tariffs(include_user_dir=False) if outcome is not None else TariffSet()
    window = MainWindow(tariffs, load_catalog(), lang)
    if outcome is not None:
        window.load_request(outcome.request, *CLIENT)
    return window


def priced(**changes: Any) -> Outcome:
    request = build_request({**WORKED_EXAMPLE, **changes})
    loaded = load_tariffs(include_user_dir=False).get(request.tariff, request.start)
    assert loaded is not None
    return price(request, loaded.tariff, load_catalog())


def the_pdf(window: MainWindow) -> bytes:
    """What the window's quote renders to (the reference for paper and file)."""
    doc = window.pdf_actions.document()
    assert doc is not None
    return doc[0]


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setFullPage(True)
    return printer


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(parent: object, title: str, text: str, *args: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


@pytest.fixture(autouse=True)
def english_afterwards(request: pytest.FixtureRequest) -> None:
    request.addfinalizer(lambda: translators.install("en"))  # the window installs German


@pytest.fixture
def window(qtbot: QtBot, messages: list[str]) -> MainWindow:
    save_profile(BrokerProfile(name="Jana Beispiel", company="Beispiel Versicherungsmakler GmbH",
                               register_number="D-ABCD-EFGHI-12"))
    w = make_window(priced())
    qtbot.addWidget(w)
    return w


def page_images(data: bytes, scale: float = 0.5) -> list[Any]:
    doc = pdfium.PdfDocument(data)
    try:
        return [page.render(scale=scale, grayscale=True).to_pil() for page in doc]
    finally:
        doc.close()


# ---------------------------------------------------------------------------------------


def test_actions_are_in_the_file_menu_before_quit_with_shortcuts(window: MainWindow) -> None:
    actions: PdfActions = window.pdf_actions
    items = window.file_menu.actions()
    index = {a: i for i, a in enumerate(items)}
    assert index[window.new_action] < index[actions.save_action] < index[actions.print_action] \
        < index[actions.preview_action] < index[window.quit_action]
    assert actions.save_action.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert actions.print_action.shortcut() == QKeySequence("Ctrl+P")
    assert all(a.isEnabled() and a.text() for a in actions.actions)


def test_save_as_pdf_suggests_a_name_and_writes_the_quote(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def get_save_file_name(parent: object, caption: str, suggested: str,
                           filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "angebot-mueller"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    window.pdf_actions.save_action.trigger()
    outcome = window.current_outcome()
    assert outcome is not None
    number = draft_number(outcome.request, "de", "Müller & Söhne GmbH")
    assert Path(asked[0]).name == f"Angebot-{number}-Müller-Söhne-GmbH.pdf"
    written = tmp_path / "angebot-mueller.pdf"
    text = " ".join(p.extract_text() for p in PdfReader(written).pages)
    assert "Müller & Söhne GmbH" in text and number in text
    assert "726,65\u00a0€" in text or "726,65 €" in text


def test_save_as_pdf_cancelled_writes_nothing(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert window.pdf_actions.save_pdf() is None
    assert list(tmp_path.iterdir()) == []


def test_unwritable_target_shows_the_error_and_leaves_no_file(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        messages: list[str]) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("a regular file")
    target = blocker / "angebot.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    assert window.pdf_actions.save_pdf() is None
    assert len(messages) == 1 and f"cannot write {target}" in messages[0]
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_print_puts_the_same_pages_on_paper(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    actions: PdfActions = window.pdf_actions
    out = tmp_path / "printed.pdf"
    actions.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    actions.printer.setOutputFileName(str(out))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    printed = actions.print_quote()
    reference = the_pdf(window)
    pages = len(PdfReader(io.BytesIO(reference)).pages)
    assert printed == pages
    assert len(PdfReader(out).pages) == pages
    # paper shows the PDF's pages at the same place: the same picture up to the smoothing
    # of glyph edges (two different pages of the quote differ by more than 10 grey levels)
    blur = ImageFilter.GaussianBlur(2)
    for paper, pdf in zip(page_images(out.read_bytes()), page_images(reference), strict=True):
        assert paper.size == pdf.size
        difference = ImageChops.difference(paper.filter(blur), pdf.filter(blur))
        assert ImageStat.Stat(difference).mean[0] < 5  # grey levels out of 255


def test_print_dialog_cancelled_prints_nothing(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    actions: PdfActions = window.pdf_actions
    out = tmp_path / "printed.pdf"
    actions.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    actions.printer.setOutputFileName(str(out))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert actions.print_quote() == 0
    assert not out.exists()


def test_print_preview_paints_the_same_page_count(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "preview.pdf"
    target = pdf_printer(out)
    shown: list[QPrintPreviewDialog] = []

    def exec_(dialog: QPrintPreviewDialog) -> int:
        shown.append(dialog)
        dialog.paintRequested.emit(target)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    window.pdf_actions.preview_action.trigger()
    assert len(shown) == 1
    assert len(PdfReader(out).pages) == len(PdfReader(io.BytesIO(the_pdf(window))).pages)


def test_page_range_from_the_print_dialog_is_honoured(window: MainWindow,
                                                      tmp_path: Path) -> None:
    out = tmp_path / "page2.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert paint_pdf(printer, the_pdf(window)) == 1
    assert len(PdfReader(out).pages) == 1


def test_referred_request_prints_the_underwriting_document(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = make_window(priced(revenue="5000000"), lang="en")
    qtbot.addWidget(w)
    actions = w.pdf_actions
    asked: list[str] = []

    def get_save_file_name(parent: object, caption: str, suggested: str,
                           filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    actions.save_pdf()
    assert Path(asked[0]).name.startswith("Underwriting-request-DRAFT-")
    data = the_pdf(w)
    assert "Request for underwriting" in PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_nothing_to_print_disables_the_actions_and_explains(
        qtbot: QtBot, messages: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    w = make_window(None)
    qtbot.addWidget(w)
    actions = w.pdf_actions
    assert not any(a.isEnabled() for a in actions.actions)
    opened: list[object] = []

    def get_save_file_name(*args: object) -> tuple[str, str]:
        opened.append(args)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    actions.save_pdf()
    assert opened == [] and len(messages) == 1
    w.set_tariffs(load_tariffs(include_user_dir=False))
    assert w.current_outcome() is not None
    assert all(a.isEnabled() for a in actions.actions)


def test_invalid_input_on_show_is_not_printed(
        window: MainWindow, messages: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    window.state.set_value("revenue", None)  # what an unreadable amount in the form gives
    assert window.current_outcome() is not None
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: pytest.fail("dialog opened"))
    assert window.pdf_actions.print_quote() == 0
    assert len(messages) == 1 and "kein gültiges Angebot" in messages[0]


def test_broken_broker_profile_is_reported_not_printed(
        window: MainWindow, messages: list[str], tmp_path: Path) -> None:
    from premiumcalc.pdf.profile import default_profile_path

    default_profile_path().write_text("[broker\n", encoding="utf-8")
    assert window.pdf_actions.document() is None
    assert len(messages) == 1 and str(default_profile_path()) in messages[0]


def test_the_window_prints_what_the_pdf_module_renders(window: MainWindow) -> None:
    outcome = window.current_outcome()
    assert outcome is not None
    loaded = window.state.tariffs.get(outcome.tariff.id)
    assert loaded is not None
    from premiumcalc.pdf.profile import load_profile

    direct = render_quote_pdf(outcome, sha256=loaded.sha256, lang="de",
                              catalog=window.state.catalog, profile=load_profile(),
                              client_name=CLIENT[0], client_address=CLIENT[1],
                              valid_until=loaded.effective_until)
    assert the_pdf(window) == direct
    # the version's period, as the command line prints it (handbook §11)
    assert loaded.effective_until is not None and loaded.effective_until.isoformat() == "2026-12-31"
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(direct)).pages)
    assert "31.12.2026" in text


def test_the_main_window_saves_its_quote_as_pdf(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = MainWindow(load_tariffs(include_user_dir=False), load_catalog(), "de")
    qtbot.addWidget(w)
    actions = w.pdf_actions
    items = w.file_menu.actions()
    assert items.index(actions.print_action) < items.index(w.quit_action)
    w.load_request(build_request(WORKED_EXAMPLE), *CLIENT)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, suggested, f: (str(tmp_path / Path(suggested).name),
                                                               f))
    written = actions.save_pdf()
    assert written is not None and written.name.startswith("Angebot-ENTWURF-")
    assert written.name.endswith("-Müller-Söhne-GmbH.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(written).pages).replace("\u00a0", " ")
    assert "Müller & Söhne GmbH" in text and "726,65 €" in text


def test_a_saved_quote_is_printed_under_its_number_until_it_is_changed(
        window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.state.sig_quote_number_changed) as numbered:
        window.state.set_quote_number("Q-2026-000042")
    assert numbered.args == ["Q-2026-000042"]
    doc = window.pdf_actions.document()
    assert doc is not None
    assert doc[1] == "Angebot-Q-2026-000042-Müller-Söhne-GmbH.pdf"
    assert "Q-2026-000042" in PdfReader(io.BytesIO(doc[0])).pages[0].extract_text()
    window.set_language("en")                      # not a change of the quote: number kept
    assert window.state.quote_number == "Q-2026-000042"
    with qtbot.waitSignal(window.state.sig_quote_number_changed) as dropped:
        window.state.set_value("client_name", "Someone Else GmbH")
    assert dropped.args == [""] and window.state.quote_number is None
    doc = window.pdf_actions.document()
    assert doc is not None and doc[1].startswith("Quote-DRAFT-")
