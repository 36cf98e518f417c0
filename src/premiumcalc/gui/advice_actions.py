"""The advice step in the window: the Advice tab after Compare, the advice records below
the History tab's table and File → Hand over first information.

:class:`AdviceActions` works on the window's :class:`QuoteState` and tabs; the quote store
comes with :meth:`set_store` once the window has opened it (hand-overs need it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from premiumcalc.gui.lazy_page import LazyPage
from premiumcalc.gui.quote_state import QuoteState
from premiumcalc.pricing.reference import Reference

if TYPE_CHECKING:
    from premiumcalc.gui.advice_history import AdviceHistoryPanel
    from premiumcalc.gui.advice_tab import AdviceTab
    from premiumcalc.gui.history_tab import HistoryTab
    from premiumcalc.gui.market_view import MarketView
    from premiumcalc.quotes.advice_records import FirstInfoHandover
    from premiumcalc.quotes.store import QuoteStore


class AdviceActions(QObject):
    """Owns the Advice tab (added to ``tabs`` now, so it follows Compare), the advice panel
    of the History tab and the first-information action; dialogs open over ``parent``."""

    def __init__(self, state: QuoteState, tabs: QTabWidget, parent: QWidget,
                 market: MarketView | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.market = market
        self.tabs = tabs
        self._parent_widget = parent
        self.store: QuoteStore | None = None
        self.history_panel: AdviceHistoryPanel | None = None
        self._history_tab: HistoryTab | None = None
        self.page: LazyPage[AdviceTab] = LazyPage(self._make_tab)
        self.tab_index = tabs.addTab(self.page, "")
        self.first_info_action = QAction(self)
        self.first_info_action.triggered.connect(self.hand_over_first_information)
        self.first_info_action.setEnabled(False)
        self.actions = (self.first_info_action,)
        state.sig_language_changed.connect(self.retranslate)
        self.retranslate()

    @property
    def tab(self) -> AdviceTab:
        """The Advice tab's contents (made now if they were not yet)."""
        return self.page.content()

    def _make_tab(self) -> AdviceTab:
        from premiumcalc.gui.advice_tab import AdviceTab

        tab = AdviceTab(self.state, self.store, reference=self._reference)
        tab.sig_handed_over.connect(self._handed_over)
        return tab

    def _reference(self) -> Reference:
        """The client's current contract as entered in the Compare tab (none before)."""
        compare = self.market.page.built() if self.market is not None else None
        return compare.reference() if compare is not None else Reference()

    def set_store(self, store: QuoteStore, history: HistoryTab | None = None) -> None:
        """Hand-overs go to ``store``; ``history`` (the History tab) gets the advice panel."""
        from premiumcalc.gui.advice_history import AdviceHistoryPanel

        self.store = store
        self.first_info_action.setEnabled(True)
        tab = self.page.built()
        if tab is not None:
            tab.set_store(store)
        if history is not None:
            panel = AdviceHistoryPanel(store, self.state.lang)
            layout = history.layout()
            if layout is not None:
                layout.addWidget(panel)
            history.view.selectionModel().selectionChanged.connect(
                lambda *_: self._history_selected())
            history.model.modelReset.connect(self._history_selected)
            self._history_tab = history
            self.history_panel = panel

    def _history_selected(self) -> None:
        if self.history_panel is None or self._history_tab is None:
            return
        numbers = self._history_tab.selected_numbers()
        self.history_panel.show_quote(numbers[0] if numbers else "")

    def _handed_over(self, _record: object) -> None:
        if self.history_panel is not None:
            self.history_panel.refresh()

    def hand_over_first_information(self) -> FirstInfoHandover | None:
        """Record that the first information was handed to the form's client (asking how and
        when), then offer to save its PDF."""
        from premiumcalc.gui.file_actions import save_pdf_as
        from premiumcalc.gui.first_info_dialog import FirstInfoDialog

        if self.store is None:
            return None
        name, address = self.state.client()
        dialog = FirstInfoDialog(self.store, self.state.lang, name, address,
                                 self._parent_widget)
        if not dialog.exec() or dialog.handover is None:
            return None
        handover = dialog.handover
        answer = QMessageBox.question(
            self._parent_widget, self.tr("First information recorded"),
            self.tr("Recorded as {number}: handed to {client}.\n\nSave the first information "
                    "as a PDF to print or send it?").format(number=handover.number,
                                                            client=handover.client_name))
        if answer == QMessageBox.StandardButton.Yes:
            save_pdf_as(self._parent_widget, self.tr("Save first information"), "",
                        f"{handover.number}.pdf", dialog.pdf)
        if self.history_panel is not None:
            self.history_panel.refresh()
        return handover

    def retranslate(self, _lang: str = "") -> None:
        self.tabs.setTabText(self.tab_index, self.tr("Advice"))
        self.first_info_action.setText(self.tr("Hand over &first information…"))
        self.first_info_action.setStatusTip(self.tr(
            "Record that the first information (§ 15 VersVermV) was handed to the client"))
        if self.history_panel is not None:
            self.history_panel.lang = self.state.lang
            self.history_panel.retranslate()
            self.history_panel.refresh()
