"""Saved quotes in the main window: Save quote (Ctrl+S), the History tab, the database
actions of the File menu and the autosaved draft.

:class:`HistoryActions` works on the window's :class:`QuoteState` and tabs, so the window
itself stays free of persistence. The number of the saved quote on show is
:attr:`QuoteState.quote_number`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget

from premiumcalc.gui.history_tab import HistoryTab
from premiumcalc.gui.messages import corruption_text
from premiumcalc.gui.quote_state import QuoteState
from premiumcalc.pricing import InvalidInput
from premiumcalc.quotes.errors import StoreError
from premiumcalc.quotes.models import SavedQuote

if TYPE_CHECKING:
    from premiumcalc.quotes.store import QuoteStore


class HistoryActions(QObject):
    """Connects a :class:`HistoryTab` (added to ``tabs``; the quote is the first tab) and
    the quote store to the quote of ``state``; ``window`` shows the messages and its closing
    ends the draft."""

    sig_quote_opened = Signal(object)
    """A saved quote was reopened or saved (the ``SavedQuote``): File → Recent quotes."""

    sig_form_replaced = Signal()
    """Reopen or Duplicate filled the form with a saved quote."""

    def __init__(self, state: QuoteState, tabs: QTabWidget, store: QuoteStore,
                 window: QMainWindow, *, autosave_ms: int = 1000) -> None:
        super().__init__(window)
        self.state = state
        self.tabs = tabs
        self.window = window
        self.store = store
        self.confirm_replace: Callable[[], bool] = lambda: True
        """Asked before Reopen and Duplicate replace the form (False: they do nothing)."""
        self.tab = HistoryTab(store, state.catalog, state.lang)
        tabs.addTab(self.tab, "")

        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.tab.export_database)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self.tab.restore_from_backup)
        self.actions = (self.save_action, self.export_action, self.restore_action)

        self.tab.sig_reopen_requested.connect(self.reopen)
        self.tab.sig_duplicate_requested.connect(self.duplicate)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(autosave_ms)
        self._draft_timer.timeout.connect(self.save_draft)
        state.sig_values_changed.connect(self._draft_timer.start)
        state.sig_language_changed.connect(self.retranslate)
        window.installEventFilter(self)
        self.retranslate()

    def start(self) -> None:
        """Bring back a draft left by a crash and say when the database was damaged."""
        self.restore_draft()
        if self.store.corruption is not None:
            self._warn(self.tr("The quote database was damaged"),
                       corruption_text(self.store.corruption))

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> SavedQuote | None:
        """Save quote (Ctrl+S): the form's request, priced, under a new quote number."""
        request = self.state.request()
        loaded = self.state.loaded_tariff()
        title = self.tr("The quote was not saved")
        if request is None or loaded is None:
            self._warn(title, self.tr("There is no valid quote to save yet. Correct the "
                                      "highlighted input first."))
            return None
        name, address = self.state.client()
        if not name.strip():
            self._warn(title, self.tr("Enter the client's name first: a saved quote is "
                                      "always for a client."))
            return None
        over = self.state.origin_number
        saved = self.tab.save_quote(request, loaded, name, address, self.state.lang,
                                    reference=self.state.reference(), over=over)
        if saved is None:
            return None
        self.state.set_quote_number(saved.number)
        self.state.set_origin_number(saved.number)
        self.sig_quote_opened.emit(saved)
        if saved.replaces:
            text = self.tr("Saved as quote {number}: it replaces {old}, which was already "
                           "sent and stays as it was.").format(number=saved.number,
                                                                old=saved.replaces)
        elif saved.number == over:
            text = self.tr("Quote {number} saved.").format(number=saved.number)
        else:
            text = self.tr("Saved as quote {number}.").format(number=saved.number)
        self._status(text)
        from premiumcalc.quotes.draft import clear_draft

        clear_draft()
        return saved

    # -- reopening ------------------------------------------------------------------------

    def reopen(self, saved: SavedQuote) -> None:
        """Fill the form as saved; say so when a newer version of the tariff prices it."""
        if not self._load(saved):
            return
        self.state.set_quote_number(saved.number)
        self.state.set_origin_number(saved.number)
        self.sig_quote_opened.emit(saved)
        text = self.tr("Quote {number} reopened.").format(number=saved.number)
        try:
            from premiumcalc.quotes.reprinting import reprint

            again = reprint(self.store, saved.number, installed=self.state.tariffs,
                            catalog=self.state.catalog)
        except StoreError as error:
            text += " " + str(error)
        else:
            newer = again.newer_text(self.state.lang)
            if newer:
                text += " " + newer
            if not again.exact:
                text += " " + self.tr("Pricing it again from its saved tariff gives another "
                                      "result than saved: the saved one is kept.")
        self._status(text)

    def duplicate(self, saved: SavedQuote) -> None:
        """Fill the form like a saved quote, as a new quote (Save gives it a new number)."""
        if self._load(saved):
            self.state.set_quote_number(None)
            self.state.set_origin_number(None)
            self._status(self.tr("A copy of {number}: save it to give it a number of its "
                                 "own.").format(number=saved.number))

    def _load(self, saved: SavedQuote) -> bool:
        if not self.confirm_replace():
            return False
        try:
            self.state.load_request(saved.quote_request(), saved.client_name,
                                    saved.client_address)
        except InvalidInput as error:
            self._warn(self.tr("The quote cannot be shown in the form"),
                       self.tr("{error}\n\nThe installed tariffs no longer allow this request; "
                               "the saved quote itself is unchanged.").format(error=error))
            return False
        self.state.set_reference(saved.reference)
        self.tabs.setCurrentIndex(0)
        self.sig_form_replaced.emit()
        return True

    def reopen_number(self, number: str) -> bool:
        """Reopen the saved quote ``number`` (File → Recent quotes); False (after saying
        why) when it is no longer there."""
        try:
            saved = self.store.get(number)
        except StoreError as error:
            self._warn(self.tr("The quote cannot be reopened"), str(error))
            return False
        self.reopen(saved)
        return True

    # -- sent -----------------------------------------------------------------------------

    def pdf_saved(self, number: str) -> None:
        """A PDF of the saved quote ``number`` was written: a draft is now "sent" (saving a
        change to it then gives a new number)."""
        try:
            saved = self.store.get(number)
            if saved.status == "draft":
                self.store.update(number, status="sent")
        except StoreError as error:
            self._status(str(error))
            return
        self.tab.refresh()

    # -- the draft ------------------------------------------------------------------------

    def save_draft(self) -> None:
        """Keep what is being typed, to bring it back after a crash."""
        import json

        from premiumcalc.fileio import WriteError
        from premiumcalc.gui.gui_settings import values_to_json
        from premiumcalc.quotes.draft import save_draft

        self._draft_timer.stop()
        try:
            save_draft(json.loads(values_to_json(self.state.values())))
        except (WriteError, OSError) as error:
            self._status(self.tr("The draft could not be kept: {error}").format(error=error))

    def restore_draft(self) -> bool:
        """Bring back a draft left by a crash; True when there was one."""
        import json

        from premiumcalc.gui.gui_settings import values_from_json
        from premiumcalc.quotes.draft import load_draft

        values = load_draft()
        if not values:
            return False
        restored = values_from_json(json.dumps(values))
        if not restored:
            return False
        self.state.update(restored)
        self._status(self.tr("The quote you were typing when premiumcalc stopped was "
                             "restored."))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            from premiumcalc.quotes.draft import clear_draft

            self._draft_timer.stop()
            clear_draft()  # a normal end: the window keeps its last inputs itself
            self.store.checkpoint()  # quotes.db alone then holds every saved quote
        return False

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self, lang: str = "") -> None:
        if lang:
            self.tab.set_language(lang)
        self.save_action.setText(self.tr("&Save quote"))
        self.save_action.setStatusTip(self.tr("Save the quote: a new one or a draft under its "
                                              "number, a sent one under a new number"))
        self.export_action.setText(self.tr("E&xport database…"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        index = self.tabs.indexOf(self.tab)
        if index >= 0:
            self.tabs.setTabText(index, self.tr("History"))

    def _status(self, text: str) -> None:
        self.tab.status_label.setText(text)
        self.window.statusBar().showMessage(text)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)
