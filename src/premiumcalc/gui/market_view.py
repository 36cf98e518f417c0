"""The broker's market view in the window: the Compare tab, File → Save comparison as PDF
and Tools → Tariffs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QWidget

from premiumcalc.gui.file_actions import save_pdf_as
from premiumcalc.gui.lazy_page import LazyPage
from premiumcalc.gui.quote_state import QuoteState
from premiumcalc.tariffs import TariffSet

if TYPE_CHECKING:
    from premiumcalc.gui.compare_tab import CompareTab


class MarketView(QObject):
    """Owns the Compare tab (added to ``tabs``; the quote is the first tab) and the actions
    that go with it; dialogs open over ``parent``.

    The tab's contents are built when it is first shown (or first needed), so that the
    window's first paint does not wait for a table that is not on screen.
    """

    sig_tariffs_changed = Signal(object)
    """Tariff files were imported or removed: the new ``premiumcalc.tariffs.TariffSet``."""

    def __init__(self, state: QuoteState, tabs: QTabWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self.tabs = tabs
        self._parent_widget = parent
        self.page: LazyPage[CompareTab] = LazyPage(self._make_tab)
        self.tab_index = tabs.addTab(self.page, "")
        self.last_dir = ""  # the user's documents folder until a file was saved
        self.pdf_action = QAction(self)
        self.pdf_action.triggered.connect(self.save_pdf)
        self.tariffs_action = QAction(self)
        self.tariffs_action.triggered.connect(self.manage_tariffs)
        state.sig_language_changed.connect(self.retranslate)
        self.retranslate()

    @property
    def tab(self) -> CompareTab:
        """The Compare tab's contents (made now if they were not yet)."""
        return self.page.content()

    def _make_tab(self) -> CompareTab:
        from premiumcalc.gui.compare_tab import CompareTab

        tab = CompareTab(self.state)
        tab.sig_use_tariff.connect(self.use_tariff)
        tab.sig_use_cell.connect(self.use_cell)
        tab.sig_save_pdf.connect(self.save_pdf)
        return tab

    def retranslate(self, _lang: str = "") -> None:
        self.tabs.setTabText(self.tab_index, self.tr("Compare"))
        self.pdf_action.setText(self.tr("Save &comparison as PDF…"))
        self.pdf_action.setStatusTip(self.tr("Write the market comparison as a PDF file"))
        self.tariffs_action.setText(self.tr("&Tariffs…"))
        self.tariffs_action.setStatusTip(self.tr("List, import and remove tariff files"))

    # -- actions --------------------------------------------------------------------------

    def use_tariff(self, tariff_id: str) -> None:
        """Show ``tariff_id`` in the quote tab: the tariff picker and the tab switch."""
        self.state.set_value("tariff", tariff_id)
        self.tabs.setCurrentIndex(0)

    def use_cell(self, tariff_id: str, cover: int, deductible: int) -> None:
        """Take a cell of the premium matrix into the quote: its tariff, cover and
        deductible, and show the quote tab."""
        self.state.update({"tariff": tariff_id, "cover": cover, "deductible": deductible})
        self.tabs.setCurrentIndex(0)

    def manage_tariffs(self) -> None:
        from premiumcalc.gui.tariffs_dialog import TariffsDialog

        dialog = TariffsDialog(self.state.tariffs, self.state.catalog, self._parent_widget)
        dialog.sig_tariffs_changed.connect(self.apply_tariffs)
        dialog.exec()

    def apply_tariffs(self, tariffs: TariffSet) -> None:
        self.sig_tariffs_changed.emit(tariffs)

    def document(self) -> tuple[bytes, str] | None:
        """The comparison PDF of what the tab shows, and a file name; None (after saying
        why) when there is nothing to compare."""
        from PySide6.QtWidgets import QMessageBox

        from premiumcalc.gui.messages import profile_error_text
        from premiumcalc.pdf.comparison import comparison_filename, render_comparison_pdf
        from premiumcalc.pdf.profile import ProfileError, load_profile

        title = self.tr("Comparison PDF")
        self.tab.refresh()
        outcomes = self.tab.outcomes()
        if not outcomes:
            QMessageBox.warning(self._parent_widget, title, self.tr(
                "There is nothing to compare yet. Correct the highlighted input first."))
            return None
        try:
            profile = load_profile()
        except ProfileError as exc:
            QMessageBox.warning(self._parent_widget, title, self.tr(
                "The broker profile cannot be read, so the letterhead would be wrong:\n{0}\n\n"
                "Correct it under Tools → Broker profile.").format(profile_error_text(exc)))
            return None
        lang = self.state.lang
        name, address = self.state.client()
        today = dt.date.today()
        start = outcomes[0].request.start if outcomes else None
        versions = list(self.state.tariffs.valid_on(start)[0] if start else self.state.tariffs)
        sha = {t.id: t.sha256 for t in versions}
        until = {t.id: t.effective_until for t in versions}
        try:
            data = render_comparison_pdf(outcomes, sha256=sha, lang=lang,
                                         catalog=self.state.catalog, profile=profile,
                                         reference=self.tab.reference(), client_name=name,
                                         client_address=address, date=today, valid_until=until)
        except Exception as exc:  # the window must survive whatever goes wrong in rendering
            QMessageBox.warning(self._parent_widget, title,
                                self.tr("The PDF could not be made: {0}").format(str(exc)))
            return None
        return data, comparison_filename(name, today, lang)

    def save_pdf(self) -> Path | None:
        doc = self.document()
        if doc is None:
            return None
        data, filename = doc
        target = save_pdf_as(self._parent_widget, self.tr("Save comparison as PDF"),
                             self.last_dir, filename, data)
        if target is not None:
            self.last_dir = str(target.parent)
        return target
