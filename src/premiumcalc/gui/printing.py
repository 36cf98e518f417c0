"""File → Save as PDF, Print and Print preview: paper and PDF are the very same pages.

Print and preview do not lay the quote out a second time with Qt: they rasterise the pages
of the quote PDF (``premiumcalc.pdf``) with pypdfium2 into the ``QPrinter``.

:class:`PdfActions` prints what a :class:`QuoteState` shows: its outcome, client, language
and (for a saved quote) its quote number. Qt's print support is loaded when first used, so
making the actions costs the window's start nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from premiumcalc.gui.file_actions import save_pdf_as
from premiumcalc.gui.quote_state import QuoteState

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300
"""Resolution at which the PDF pages are rasterised for the printer (at most)."""


def paint_pdf(printer: QPrinter, data: bytes) -> int:
    """Paint the pages of the PDF ``data`` into ``printer``; returns the pages painted.

    Honours the page range chosen in the print dialog. Each page is scaled to fit the paper
    (A4 on A4 is 1:1). Raises ``RuntimeError`` when the printer cannot be opened.
    """
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        count = len(document)
        first = max(printer.fromPage(), 1) if printer.fromPage() else 1
        last = min(printer.toPage(), count) if printer.toPage() else count
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError("the printer could not be opened")
        painted = 0
        try:
            paper = printer.pageLayout().fullRectPixels(printer.resolution())
            dpi = min(printer.resolution(), PRINT_DPI)
            for index in range(first - 1, last):
                if painted:
                    printer.newPage()
                page = document[index]
                width_pt, height_pt = page.get_size()
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True,
                                     optimize_mode="print")
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGBX8888)
                scale = min(paper.width() / width_pt, paper.height() / height_pt)
                w, h = width_pt * scale, height_pt * scale
                target = QRectF((paper.width() - w) / 2, (paper.height() - h) / 2, w, h)
                painter.drawImage(target, image)
                painted += 1
        finally:
            painter.end()
        return painted
    finally:
        document.close()


def new_printer() -> QPrinter:
    """A high-resolution printer set to A4 portrait, painting on the whole sheet."""
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


class PdfActions(QObject):
    """The three actions of the File menu and what they do, for the quote of ``state``;
    dialogs and messages open over ``parent``."""

    sig_pdf_saved = Signal(str)
    """Save as PDF wrote the PDF of the saved quote with this number (the form showed it
    unchanged)."""

    def __init__(self, state: QuoteState, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self._parent_widget = parent
        self._printer: QPrinter | None = None
        self.last_dir = ""  # the user's documents folder until a file was saved
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_action.triggered.connect(self.save_pdf)
        self.print_action = QAction(self)
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.triggered.connect(self.print_quote)
        self.preview_action = QAction(self)
        self.preview_action.triggered.connect(self.preview)
        self.actions = (self.save_action, self.print_action, self.preview_action)
        state.sig_outcome_changed.connect(self.update_enabled)
        state.sig_language_changed.connect(self.retranslate)
        self.retranslate()
        self.update_enabled()

    @property
    def printer(self) -> QPrinter:
        """The printer of Print and Print preview (kept, so its settings stay)."""
        if self._printer is None:
            self._printer = new_printer()
        return self._printer

    def retranslate(self, _lang: str = "") -> None:
        self.save_action.setText(self.tr("Save as &PDF…"))
        self.save_action.setStatusTip(self.tr("Write the quote as a PDF file"))
        self.print_action.setText(self.tr("&Print…"))
        self.print_action.setStatusTip(self.tr("Print the quote"))
        self.preview_action.setText(self.tr("Print pre&view…"))
        self.preview_action.setStatusTip(self.tr("Show the printed pages"))

    def update_enabled(self, *_args: object) -> None:
        enabled = self.state.outcome() is not None
        for action in self.actions:
            action.setEnabled(enabled)

    # -- the document -------------------------------------------------------------------

    def _show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self._parent_widget, title, message)

    def document(self) -> tuple[bytes, str] | None:
        """The PDF of the quote on show and its suggested file name; None (after telling
        the user why) when there is nothing valid to print."""
        from premiumcalc.gui.messages import profile_error_text
        from premiumcalc.pdf import draft_number, render_quote_pdf, suggested_filename
        from premiumcalc.pdf.profile import ProfileError, load_profile
        from premiumcalc.pricing import QUOTED

        title = self.tr("Quote PDF")
        outcome = self.state.outcome()
        if outcome is None or self.state.request() is None:
            self._show_error(title, self.tr(
                "There is no valid quote to print yet. Correct the highlighted input first."))
            return None
        try:
            profile = load_profile()
        except ProfileError as exc:
            self._show_error(title, self.tr(
                "The broker profile cannot be read, so the letterhead would be wrong:\n{0}\n\n"
                "Correct it under Tools → Broker profile.").format(profile_error_text(exc)))
            return None
        lang = self.state.lang
        name, address = self.state.client()
        number = self.state.quote_number or draft_number(outcome.request, lang, name)
        loaded = self.state.tariffs.get(outcome.tariff.id, outcome.request.start)
        sha256 = loaded.sha256 if loaded is not None else ""
        try:
            data = render_quote_pdf(outcome, sha256=sha256, lang=lang, catalog=self.state.catalog,
                                    profile=profile, client_name=name, client_address=address,
                                    quote_number=number,
                                    valid_until=loaded.effective_until if loaded else None)
        except Exception as exc:  # the window must survive whatever goes wrong in rendering
            self._show_error(title, self.tr("The PDF could not be made: {0}").format(str(exc)))
            return None
        filename = suggested_filename(number, name, lang,
                                      underwriting=outcome.status != QUOTED)
        return data, filename

    # -- actions ------------------------------------------------------------------------

    def save_pdf(self) -> Path | None:
        """Ask for a file name and write the PDF there (atomically)."""
        doc = self.document()
        if doc is None:
            return None
        data, filename = doc
        target = save_pdf_as(self._parent_widget, self.tr("Save quote as PDF"), self.last_dir,
                             filename, data)
        if target is not None:
            self.last_dir = str(target.parent)
            if self.state.quote_number:
                self.sig_pdf_saved.emit(self.state.quote_number)
        return target

    def print_quote(self) -> int:
        """The system print dialog, then the PDF's pages on the chosen printer."""
        from PySide6.QtPrintSupport import QPrintDialog

        doc = self.document()
        if doc is None:
            return 0
        dialog = QPrintDialog(self.printer, self._parent_widget)
        dialog.setWindowTitle(self.tr("Print quote"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        return self._paint(self.printer, doc[0])

    def preview(self) -> None:
        """A print preview that shows the PDF's pages as they will be printed."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        doc = self.document()
        if doc is None:
            return
        dialog = QPrintPreviewDialog(self.printer, self._parent_widget)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(lambda printer: self._paint(printer, doc[0]))
        dialog.exec()

    def _paint(self, printer: QPrinter, data: bytes) -> int:
        try:
            return paint_pdf(printer, data)
        except RuntimeError as exc:
            self._show_error(self.tr("Print"), self.tr("Printing failed: {0}").format(str(exc)))
            return 0
