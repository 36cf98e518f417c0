"""The client register in the main window: the Clients tab, Tools → Audit log, and a new
quote for a client (the form and the Compare tab's reference row filled in).

:class:`ClientsActions` works on the window's :class:`QuoteState`, its tabs and its Compare
tab, so the window itself stays free of the register.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from premiumcalc.gui.clients_model import RowsModel, action_text, table_view
from premiumcalc.gui.clients_source import (
    AuditEntry,
    ClientDetails,
    ClientDirectory,
    DirectoryError,
)
from premiumcalc.gui.clients_tab import ClientsTab
from premiumcalc.gui.lazy_page import LazyPage
from premiumcalc.gui.quote_state import QuoteState
from premiumcalc.pricing import InvalidInput

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from premiumcalc.gui.history_actions import HistoryActions
    from premiumcalc.gui.market_view import MarketView
    from premiumcalc.quotes.store import QuoteStore


class Window(Protocol):
    """The parts of the main window the client register works with."""

    state: QuoteState
    tabs: QTabWidget
    market: MarketView
    tools_menu: QMenu
    history_actions: HistoryActions | None


def open_clients(window: QMainWindow, store: QuoteStore) -> ClientsActions:
    """The Clients tab (after the History tab) and Tools → Audit log for ``store`` in the
    main window (its parts as :class:`Window` names them)."""
    from premiumcalc.gui.clients_store import StoreDirectory

    parts = cast("Window", window)
    state = parts.state
    directory = StoreDirectory(store, state.tariffs, state.catalog, state.lang)
    # the renewal check prices with the installed tariffs; the archive speaks the language
    state.sig_tariffs_changed.connect(lambda: setattr(directory, "tariffs", state.tariffs))
    state.sig_language_changed.connect(lambda lang: setattr(directory, "lang", lang))
    actions = ClientsActions(state, parts.tabs, directory, parts.market, window)
    parts.tools_menu.addAction(actions.audit_action)
    guard = getattr(window, "unsaved", None)
    if guard is not None:  # the window asks before unsaved edits are replaced
        actions.confirm_replace = guard.confirm
        actions.sig_form_replaced.connect(guard.mark_saved)
    history = parts.history_actions
    if history is not None:  # a saved or deleted quote changes a client's records
        actions.open_quote = lambda number: _reopen(window, history, store, number)
        history.tab.sig_quote_saved.connect(lambda _saved: actions.register_changed())
        history.tab.sig_deleted.connect(lambda _numbers: actions.register_changed())
    return actions


def _reopen(window: QMainWindow, history: HistoryActions, store: QuoteStore,
            number: str) -> None:
    """A client's saved quote in the Quote tab, as the History tab's Reopen shows it."""
    from premiumcalc.quotes.errors import StoreError

    try:
        saved = store.get(number)
    except StoreError as error:
        QMessageBox.warning(window, QCoreApplication.translate(
            "ClientsActions", "The quote cannot be opened"), str(error))
        return
    history.reopen(saved)


class AuditDialog(QDialog):
    """The whole audit log (Tools → Audit log), newest first."""

    def __init__(self, entries: list[AuditEntry], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowsModel[AuditEntry] = RowsModel([
            (lambda: self.tr("When"), lambda e: e.when),
            (lambda: self.tr("Who"), lambda e: e.who),
            (lambda: self.tr("What"), lambda e: action_text(e.action)),
            (lambda: self.tr("Client no."), lambda e: e.client),
            (lambda: self.tr("Details"), lambda e: e.detail),
        ], lambda e: e.client, lang, self)
        self.model.set_rows(sorted(entries, key=lambda e: e.when, reverse=True))
        self.view = table_view(self.model)
        self.view.setAccessibleName(self.tr("Audit log"))
        self.view.resizeColumnsToContents()
        note = QLabel(self.tr("Every export, change and deletion of client data, as written "
                              "to the database (clients by number only). %n entries.", "",
                              len(entries)))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(860, 520)


class ClientsActions(QObject):
    """Adds a :class:`ClientsTab` for ``directory`` to ``tabs`` (the quote is the first tab)
    and Tools → Audit log; "New quote for this client" fills ``state`` and ``market``'s
    reference row."""

    sig_form_replaced = Signal()
    """"New quote for this client" filled the form anew."""

    def __init__(self, state: QuoteState, tabs: QTabWidget, directory: ClientDirectory,
                 market: MarketView, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self.tabs = tabs
        self.market = market
        self.directory = directory
        self._parent_widget = parent
        self.open_quote: Callable[[str], None] | None = None
        """Shows a saved quote (its number) in the Quote tab, as the History tab's Reopen
        does; None without saved quotes."""
        self.confirm_replace: Callable[[], bool] = lambda: True
        """Asked before "New quote for this client" replaces the form (False: it does
        nothing)."""
        self.page: LazyPage[ClientsTab] = LazyPage(self._make_tab)
        tabs.addTab(self.page, "")
        self.audit_action = QAction(self)
        self.audit_action.triggered.connect(self.show_audit)
        self.actions = (self.audit_action,)
        state.sig_language_changed.connect(self.set_language)
        self.retranslate()

    @property
    def tab(self) -> ClientsTab:
        """The Clients tab's contents (made when the tab is first shown or asked for, so
        that the window's start does not wait for the register)."""
        return self.page.content()

    def _make_tab(self) -> ClientsTab:
        tab = ClientsTab(self.directory, self.state.lang)
        tab.sig_new_quote.connect(self.new_quote)
        tab.sig_open_quote.connect(self._open_quote)
        return tab

    def _open_quote(self, number: str) -> None:
        if self.open_quote is not None:
            self.open_quote(number)

    def register_changed(self) -> None:
        tab = self.page.built()
        if tab is not None:
            tab.register_changed()

    def new_quote(self, details: ClientDetails) -> bool:
        """A new quote for the client: the form cleared and given the client's name and
        address (and the contract's request when the register keeps one), and the client's
        current contract as the Compare tab's reference row. False when the user chose to
        keep the form's unsaved edits."""
        if not self.confirm_replace():
            return False
        self.state.reset()
        loaded = False
        if details.request is not None:
            try:
                self.state.load_request(details.request, details.name, details.address)
                loaded = True
            except InvalidInput:
                loaded = False  # the installed tariffs no longer allow it: start afresh
        if not loaded:
            self.state.update({"client_name": details.name,
                               "client_address": details.address})
        self.state.set_quote_number(None)
        self.market.tab.reference_form.set_reference(details.contract.reference())
        self.tabs.setCurrentIndex(0)
        bar = getattr(self._parent_widget, "statusBar", None)
        if bar is not None:
            bar().showMessage(self.tr("New quote for client {number}; the current contract "
                                      "is the reference row of the Compare tab.").format(
                number=details.number))
        self.sig_form_replaced.emit()
        return True

    def show_audit(self) -> AuditDialog | None:
        try:
            entries = self.directory.audit(None)
        except DirectoryError as error:
            QMessageBox.warning(self._parent_widget, self.tr("Audit log"), str(error))
            return None
        dialog = AuditDialog(entries, self.state.lang, self._parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def set_language(self, lang: str) -> None:
        tab = self.page.built()
        if tab is not None:
            tab.set_language(lang)
        self.retranslate()

    def retranslate(self) -> None:
        self.audit_action.setText(self.tr("&Audit log…"))
        self.audit_action.setStatusTip(self.tr("Every export, change and deletion of client "
                                               "data"))
        index = self.tabs.indexOf(self.page)
        if index >= 0:
            self.tabs.setTabText(index, self.tr("C&lients"))
