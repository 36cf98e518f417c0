"""Help → premiumcalc help (F1): a short built-in guide to the window, in the window's
language, shown without any network or browser."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HelpDialog(QDialog):
    """A non-modal window with the guide; it stays open beside the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # offline: the guide has no links to follow
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(640, 560)
        self.retranslate()

    def sections(self) -> list[tuple[str, list[str]]]:
        """The guide: (heading, paragraphs) in the window's language."""
        return [
            (self.tr("The quote"), [
                self.tr("Fill in the form on the left: tariff, profession, annual revenue, "
                        "cover, deductible, modules and contract. The premium, the rating "
                        "worksheet, the coverage and the claim scenarios on the right follow "
                        "every change at once."),
                self.tr("An input that cannot be taken is highlighted and marked with ⚠; "
                        "until it is corrected, the figures on the right are greyed and "
                        "marked as out of date."),
            ]),
            (self.tr("Claim scenarios"), [
                self.tr("The Claim scenarios tab shows what the cover pays for typical "
                        "mishaps, such as a lost client key. Tick a scenario to include it in "
                        "the quote; its damage amount can be changed to the client's own "
                        "figure."),
            ]),
            (self.tr("Compare"), [
                self.tr("The Compare tab prices the request with every installed tariff. "
                        "Double-click a tariff (or press Enter) to take it into the quote. "
                        "In the premium matrix below, double-click a cell to take its cover "
                        "and deductible into the quote."),
            ]),
            (self.tr("Saving, history and printing"), [
                self.tr("Save quote (Ctrl+S) keeps the quote in the quote database; the "
                        "History tab finds, reopens, duplicates and deletes saved quotes. "
                        "Before a new or reopened quote replaces unsaved changes, the window "
                        "asks whether to save them."),
                self.tr("Save as PDF (Ctrl+Shift+S), Print (Ctrl+P) and Print preview make "
                        "the quote document; your own details for it are under Tools → "
                        "Broker profile."),
            ]),
            (self.tr("Keyboard"), [
                self.tr("Ctrl+1, Ctrl+2, … show the tabs in their order; Alt and an "
                        "underlined letter go to a field, tab or menu. Ctrl+N starts a new "
                        "quote, Ctrl+Shift+D and Ctrl+Shift+E switch to German or English, "
                        "F1 shows this help."),
            ]),
            (self.tr("Offline"), [
                self.tr("premiumcalc works without a network: tariffs, quotes and this help "
                        "are on this computer."),
            ]),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("premiumcalc help"))
        parts = [f"<h2>{escape(self.tr('premiumcalc help'))}</h2>"]
        for heading, paragraphs in self.sections():
            parts.append(f"<h3>{escape(heading)}</h3>")
            parts += [f"<p>{escape(text)}</p>" for text in paragraphs]
        self.browser.setHtml("".join(parts))
        self.browser.setAccessibleName(self.tr("Help text"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("&Close"))

    def text(self) -> str:
        return self.browser.toPlainText()
