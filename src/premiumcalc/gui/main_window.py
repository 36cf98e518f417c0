"""The main window: assembles the form, the result views and its parts; it computes nothing
itself.

Its parts are typed attributes: ``market`` (the Compare tab and Tools → Tariffs),
``pdf_actions`` (Save as PDF, Print, Print preview) and, once the quote database is open,
``history_actions`` (Save quote, the History tab, the database actions). They all work on
``state``, the :class:`QuoteState` of the quote on show (which also holds its quote number).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from premiumcalc.gui.advice_actions import AdviceActions
from premiumcalc.gui.file_actions import insert_before_quit
from premiumcalc.gui.gui_settings import values_from_json, values_to_json
from premiumcalc.gui.i18n import translators
from premiumcalc.gui.keyboard import install_tab_shortcuts, window_mnemonics
from premiumcalc.gui.lazy_page import LazyPage
from premiumcalc.gui.market_view import MarketView
from premiumcalc.gui.printing import PdfActions
from premiumcalc.gui.quote_state import QuoteState
from premiumcalc.gui.request_form import RequestForm
from premiumcalc.gui.result_panel import ResultPanel
from premiumcalc.gui.tariff_banner import TariffBanner
from premiumcalc.gui.unsaved import UnsavedGuard
from premiumcalc.gui.window_size import fit_to_screen
from premiumcalc.gui.worksheet_table import WorksheetTable
from premiumcalc.pricing import Outcome, QuoteRequest
from premiumcalc.tariffs import Catalog, TariffSet

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from premiumcalc.gui.clients_actions import ClientsActions
    from premiumcalc.gui.coverage_view import CoverageView
    from premiumcalc.gui.help_dialog import HelpDialog
    from premiumcalc.gui.history_actions import HistoryActions
    from premiumcalc.gui.scenarios_view import ScenariosView
    from premiumcalc.quotes.store import QuoteStore


class MainWindow(QMainWindow):
    """Request form on the left, the live result in tabs on the right."""

    sig_outcome_changed = Signal(object)
    """After every repricing: the new ``premiumcalc.pricing.Outcome`` (quoted, referred or
    declined); again with the same outcome after a language switch. Not emitted while an input
    is invalid (the last outcome stays on show)."""

    sig_language_changed = Signal(str)
    """The window's language changed: ``"de"`` or ``"en"``."""

    def __init__(self, tariffs: TariffSet, catalog: Catalog, lang: str = "en",
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translators.install(lang)
        self.settings = settings
        self.state = QuoteState(tariffs, catalog, lang, self)
        self.banner = TariffBanner()

        self.form = RequestForm(self.state)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        form_scroll.setMinimumWidth(320)
        form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its inputs take the focus
        self.result_panel = ResultPanel(self.state)
        self.worksheet = WorksheetTable(self.state)
        self.coverage_page: LazyPage[CoverageView] = LazyPage(self._make_coverage)
        self.scenarios_page: LazyPage[ScenariosView] = LazyPage(self._make_scenarios)
        self.details = QTabWidget()
        self.details.addTab(self.worksheet, "")
        self.details.addTab(self.coverage_page, "")
        self.details.addTab(self.scenarios_page, "")
        quote = QSplitter(Qt.Orientation.Vertical)
        quote.setObjectName("quoteSplitter")
        quote.setChildrenCollapsible(False)
        quote.addWidget(self.result_panel)
        quote.addWidget(self.details)
        quote.setStretchFactor(1, 1)
        self.quote_splitter = quote
        self.tabs = QTabWidget()
        self.tabs.addTab(quote, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(form_scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.state.sig_outcome_changed.connect(self.sig_outcome_changed)
        self.state.sig_values_changed.connect(self._update_title)
        self.banner.set_errors(tariffs.errors)
        self.market = MarketView(self.state, self.tabs, self)
        insert_before_quit(self.file_menu, self.quit_action, [self.market.pdf_action])
        self.tools_menu.addAction(self.market.tariffs_action)
        self.banner.sig_manage.connect(self.market.manage_tariffs)
        self.market.sig_tariffs_changed.connect(self.set_tariffs)
        self.advice = AdviceActions(self.state, self.tabs, self, self.market)
        insert_before_quit(self.file_menu, self.quit_action, self.advice.actions)
        self.pdf_actions = PdfActions(self.state, self)
        insert_before_quit(self.file_menu, self.quit_action, self.pdf_actions.actions)
        self.clients_actions: ClientsActions | None = None
        """The client register (Clients tab, Tools → Audit log): set by :meth:`open_history`."""
        self.history_actions: HistoryActions | None = None
        """Saved quotes: set by :meth:`open_history` once the quote database is open."""
        self.tab_shortcuts = install_tab_shortcuts(self, self.tabs)
        self.retranslate()
        fit_to_screen(self)
        quote.setSizes([self.result_panel.sizeHint().height(), 600])
        self.splitter.setSizes([self.width() * 37 // 100, self.width() * 63 // 100])
        if settings is not None:
            restore_window(self, settings)
        self._confirmed = False
        self.unsaved = UnsavedGuard(self.state, self)
        """Asks before unsaved edits are left (New quote, Reopen, Duplicate, Quit)."""

    # -- public hooks ---------------------------------------------------------------------

    @property
    def coverage(self) -> CoverageView:
        """The coverage scope tab's view (made when first shown or asked for)."""
        return self.coverage_page.content()

    @property
    def scenarios(self) -> ScenariosView:
        """The claim scenarios tab's view (made when first shown or asked for)."""
        return self.scenarios_page.content()

    def _make_coverage(self) -> CoverageView:
        from premiumcalc.gui.coverage_view import CoverageView

        return CoverageView(self.state)

    def _make_scenarios(self) -> ScenariosView:
        from premiumcalc.gui.scenarios_view import ScenariosView

        return ScenariosView(self.state)

    def open_history(self, store: QuoteStore) -> HistoryActions:
        """Add the History tab, Save quote (Ctrl+S), Export database and Restore from backup
        (File menu, before Quit) for ``store``, the Clients tab and Tools → Audit log, and
        bring back a draft left by a crash."""
        from premiumcalc.gui.history_actions import HistoryActions
        from premiumcalc.gui.recent_quotes import RecentQuotes

        history = HistoryActions(self.state, self.tabs, store, self)
        insert_before_quit(self.file_menu, self.quit_action, history.actions)
        self.history_actions = history
        self.recent_quotes = RecentQuotes(self.file_menu, self.quit_action, self.settings,
                                          history)
        self.pdf_actions.sig_pdf_saved.connect(history.pdf_saved)
        self.advice.set_store(store, history.tab)
        self.unsaved.save = lambda: history.save() is not None
        history.confirm_replace = self.unsaved.confirm
        history.sig_form_replaced.connect(self.unsaved.mark_saved)
        history.start()
        from premiumcalc.gui.clients_actions import open_clients

        self.clients_actions = open_clients(self, store)
        self.assign_mnemonics()  # with every tab in place
        return history

    def current_request(self) -> QuoteRequest | None:
        """The request of the current inputs, or None while one of them is invalid."""
        return self.state.request()

    def current_outcome(self) -> Outcome | None:
        """The outcome on show (of the last valid inputs), or None before any."""
        return self.state.outcome()

    def client(self) -> tuple[str, str]:
        """The client's name and address as typed (address lines separated by newlines)."""
        return self.state.client()

    def language(self) -> str:
        return self.state.lang

    def load_request(self, request: QuoteRequest, client_name: str | None = None,
                     client_address: str | None = None) -> None:
        """Fill the form with a request (e.g. a saved quote) and price it.

        Raises ``premiumcalc.pricing.InvalidInput`` (and leaves the form as it was) when the
        request's tariff is not installed or a value is outside that tariff's sets.
        """
        self.state.load_request(request, client_name, client_address)

    def set_tariffs(self, tariffs: TariffSet) -> None:
        """Use another set of installed tariffs (after a tariff file was imported or removed)."""
        self.state.set_tariffs(tariffs)
        self.banner.set_errors(tariffs.errors)
        self.form.retranslate()

    def _show_about(self) -> None:
        from premiumcalc.gui.about import show_about

        show_about(self, self.state.tariffs)

    def set_language(self, lang: str) -> None:
        """Switch every text of the window, the amounts and the core's texts, at run time."""
        translators.install(lang)
        self.state.set_language(lang)
        self.retranslate()
        self.sig_language_changed.emit(lang)

    # -- menus ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.view_menu = QMenu(self)
        self.tools_menu = QMenu(self)
        self.help_menu = QMenu(self)
        for menu in (self.file_menu, self.view_menu, self.tools_menu, self.help_menu):
            bar.addMenu(menu)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_quote)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quit)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, text, key in (("de", "Deutsch", "Ctrl+Shift+D"),
                                ("en", "English", "Ctrl+Shift+E")):
            action = QAction(text, self, checkable=True)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, lang=lang: self.set_language(lang))
            group.addAction(action)
            self.view_menu.addAction(action)
            self.language_actions[lang] = action

        self.profile_action = QAction(self)
        self.profile_action.setShortcut(QKeySequence("Ctrl+,"))
        self.profile_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.profile_action.triggered.connect(self.edit_profile)
        self.tools_menu.addAction(self.profile_action)
        self.help_action = QAction(self)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.help_action.triggered.connect(self.show_help)
        self.help_menu.addAction(self.help_action)
        self.help_dialog: HelpDialog | None = None
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(
            self._show_about)
        self.help_menu.addAction(self.about_action)

    def show_help(self) -> HelpDialog:
        """Help → premiumcalc help (F1): the built-in guide, beside the window."""
        from premiumcalc.gui.help_dialog import HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
            self.sig_language_changed.connect(lambda _lang: self.help_dialog.retranslate()
                                              if self.help_dialog is not None else None)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()
        return self.help_dialog

    def edit_profile(self) -> None:
        from premiumcalc.gui.profile_dialog import ProfileDialog

        ProfileDialog(self).exec()

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("&New quote"))
        self.quit_action.setText(self.tr("&Quit"))
        self.profile_action.setText(self.tr("&Broker profile…"))
        self.help_action.setText(self.tr("premiumcalc &help"))
        self.about_action.setText(self.tr("&About premiumcalc"))
        self.language_actions[self.state.lang].setChecked(True)
        self.tabs.setTabText(0, self.tr("Quote"))
        self.details.setTabText(0, self.tr("Rating worksheet"))
        self.details.setTabText(1, self.tr("Coverage"))
        self.details.setTabText(2, self.tr("Claim scenarios"))
        self.form.retranslate()
        self.result_panel.retranslate()
        self.worksheet.retranslate()
        for page in (self.coverage_page, self.scenarios_page):
            view = page.built()
            if view is not None:
                view.retranslate()
        self.banner.retranslate()
        self._update_title()
        self.assign_mnemonics()

    def assign_mnemonics(self) -> None:
        """Alt+letter for every tab and module checkbox (see :func:`window_mnemonics`)."""
        self.form.mnemonics_elsewhere = window_mnemonics(
            self.form, list(self.form.module_checks.values()),
            [self.file_menu, self.view_menu, self.tools_menu, self.help_menu],
            [self.tabs, self.details])
        self.form.assign_module_mnemonics()

    def new_quote(self) -> None:
        """File → New quote (Ctrl+N): a new quote in the Quote tab, the first field focused
        (after asking about unsaved edits)."""
        if not self.unsaved.confirm():
            return
        self.state.reset()
        self.unsaved.mark_saved()
        self.tabs.setCurrentIndex(0)
        self.form.inputs()[0].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _update_title(self) -> None:
        name = " ".join(str(self.state.value("client_name")).split())
        title = "premiumcalc"
        self.setWindowTitle(f"{name[:60]} – {title}" if name else title)

    # -- settings ----------------------------------------------------------------------------

    def save_settings(self) -> None:
        if self.settings is not None:
            save_window(self, self.settings)

    def quit(self) -> bool:
        """File → Quit (Ctrl+Q): close the window after asking about unsaved edits."""
        if not self.unsaved.confirm():
            return False
        self._confirmed = True
        return self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # the window's close button (a spontaneous event) asks like Quit; close() from the
        # program closes as it is told
        if event.spontaneous() and not self._confirmed and not self.unsaved.confirm():
            event.ignore()
            if self.history_actions is not None:  # the window stays: keep the crash draft
                self.history_actions.save_draft()
            return
        self._confirmed = False
        self.save_settings()
        super().closeEvent(event)


def restore_window(window: MainWindow, settings: QSettings) -> None:
    """Geometry, splitters, the details tab and the last request, as far as they are valid."""
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    for splitter in (window.splitter, window.quote_splitter):
        saved = settings.value(f"window/{splitter.objectName()}")
        if isinstance(saved, QByteArray):
            splitter.restoreState(saved)
    tab = settings.value("window/detailsTab")
    if isinstance(tab, str) and tab.isdigit():
        window.details.setCurrentIndex(int(tab))
    last = settings.value("quote/last")
    if isinstance(last, str):
        values = values_from_json(last)
        values.pop("start", None)  # the start of cover is today at every program start
        if values.get("tariff") not in window.state.tariffs.tariffs:
            values.pop("tariff", None)
        window.state.update(values)


def save_window(window: MainWindow, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    for splitter in (window.splitter, window.quote_splitter):
        settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
    settings.setValue("window/detailsTab", str(window.details.currentIndex()))
    settings.setValue("window/language", window.state.lang)
    settings.setValue("quote/last", values_to_json(window.state.values()))
    settings.sync()
