"""The broker's market view in the window: the Compare tab, File → Save comparison as PDF
and Tools → Tariffs.

:func:`install_market_view` adds them to a main window that provides ``tabs``, ``file_menu``
(with ``quit_action``), ``tools_menu``, ``state`` (a :class:`QuoteState`), ``client()``,
``language()``, ``set_tariffs(tariffs)`` and ``sig_language_changed``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from premiumcalc.gui.file_actions import insert_before_quit, save_pdf_as
from premiumcalc.gui.lazy_page import LazyPage
from premiumcalc.tariffs import TariffSet

if TYPE_CHECKING:
    from premiumcalc.gui.compare_tab import CompareTab


class MarketView(QObject):
    """Owns the Compare tab and the actions that go with it, for one window.

    The tab's contents are built when it is first shown (or first needed), so that the
    window's first paint does not wait for a table that is not on screen.
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.state = window.state
        self.page: LazyPage[CompareTab] = LazyPage(self._make_tab)
        self.tab_index = window.tabs.addTab(self.page, "")
        self.last_dir = ""  # the user's documents folder until a file was saved
        self.pdf_action = QAction(self)
        self.pdf_action.triggered.connect(self.save_pdf)
        self.tariffs_action = QAction(self)
        self.tariffs_action.triggered.connect(self.manage_tariffs)
        insert_before_quit(window, [self.pdf_action])
        window.tools_menu.addAction(self.tariffs_action)
        window.sig_language_changed.connect(self.retranslate)
        banner = getattr(window, "banner", None)
        if banner is not None and hasattr(banner, "sig_manage"):
            banner.sig_manage.connect(self.manage_tariffs)
        self.retranslate()

    @property
    def tab(self) -> CompareTab:
        """The Compare tab's contents (made now if they were not yet)."""
        return self.page.content()

    def _make_tab(self) -> CompareTab:
        from premiumcalc.gui.compare_tab import CompareTab

        tab = CompareTab(self.state)
        tab.sig_use_tariff.connect(self.use_tariff)
        tab.sig_save_pdf.connect(self.save_pdf)
        return tab

    def _parent(self) -> QWidget | None:
        return self.window if isinstance(self.window, QWidget) else None

    def retranslate(self, _lang: str = "") -> None:
        self.window.tabs.setTabText(self.tab_index, self.tr("Compare"))
        self.pdf_action.setText(self.tr("Save &comparison as PDF…"))
        self.pdf_action.setStatusTip(self.tr("Write the market comparison as a PDF file"))
        self.tariffs_action.setText(self.tr("&Tariffs…"))
        self.tariffs_action.setStatusTip(self.tr("List, import and remove tariff files"))

    # -- actions --------------------------------------------------------------------------

    def use_tariff(self, tariff_id: str) -> None:
        """Show ``tariff_id`` in the quote tab: the tariff picker and the tab switch."""
        self.state.set_value("tariff", tariff_id)
        self.window.tabs.setCurrentIndex(0)

    def manage_tariffs(self) -> None:
        from premiumcalc.gui.tariffs_dialog import TariffsDialog

        dialog = TariffsDialog(self.state.tariffs, self.state.catalog, self._parent())
        dialog.sig_tariffs_changed.connect(self.apply_tariffs)
        dialog.exec()

    def apply_tariffs(self, tariffs: TariffSet) -> None:
        self.window.set_tariffs(tariffs)

    def document(self) -> tuple[bytes, str] | None:
        """The comparison PDF of what the tab shows, and a file name; None (after saying
        why) when there is nothing to compare."""
        from PySide6.QtWidgets import QMessageBox

        from premiumcalc.pdf.comparison import comparison_filename, render_comparison_pdf
        from premiumcalc.pdf.profile import ProfileError, load_profile

        title = self.tr("Comparison PDF")
        self.tab.refresh()
        outcomes = self.tab.outcomes()
        if not outcomes:
            QMessageBox.warning(self._parent(), title, self.tr(
                "There is nothing to compare yet. Correct the highlighted input first."))
            return None
        try:
            profile = load_profile()
        except ProfileError as exc:
            QMessageBox.warning(self._parent(), title, self.tr(
                "The broker profile cannot be read, so the letterhead would be wrong:\n{0}\n\n"
                "Correct it under Tools → Broker profile.").format(str(exc)))
            return None
        lang = self.window.language()
        name, address = self.window.client()
        today = dt.date.today()
        sha = {t.id: t.sha256 for t in self.state.tariffs}
        try:
            data = render_comparison_pdf(outcomes, sha256=sha, lang=lang,
                                         catalog=self.state.catalog, profile=profile,
                                         reference=self.tab.reference(), client_name=name,
                                         client_address=address, date=today)
        except Exception as exc:  # the window must survive whatever goes wrong in rendering
            QMessageBox.warning(self._parent(), title,
                                self.tr("The PDF could not be made: {0}").format(str(exc)))
            return None
        return data, comparison_filename(name, today, lang)

    def save_pdf(self) -> Path | None:
        doc = self.document()
        if doc is None:
            return None
        data, filename = doc
        target = save_pdf_as(self.window, self.tr("Save comparison as PDF"), self.last_dir, filename, data)
        if target is not None:
            self.last_dir = str(target.parent)
        return target


def install_market_view(window: Any) -> MarketView:
    """Add the Compare tab and its actions to ``window`` (also kept as ``window.market``)."""
    market = MarketView(window)
    window.market = market
    return market
