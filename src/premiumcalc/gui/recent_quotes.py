"""File → Recent quotes: the last saved quotes reopened or saved, with their client.

The list (newest first, at most :data:`MAX_RECENT`) is kept in the window's settings, so it
is there again at the next start; choosing an entry reopens the quote as the History tab's
Reopen does. A quote no longer in the database (deleted, another database) is taken off the
list after saying so.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from premiumcalc.gui.file_actions import insert_before_quit
from premiumcalc.quotes.models import SavedQuote

if TYPE_CHECKING:
    from premiumcalc.gui.history_actions import HistoryActions

MAX_RECENT = 8
SETTINGS_KEY = "history/recentQuotes"


class RecentQuotes(QObject):
    """The Recent quotes submenu of ``file_menu`` (before ``quit_action``), fed by
    ``history``; the list is kept in ``settings`` (None: for this session only)."""

    def __init__(self, file_menu: QMenu, quit_action: QAction, settings: QSettings | None,
                 history: HistoryActions) -> None:
        super().__init__(file_menu)
        self.history = history
        self.settings = settings
        self.entries: list[tuple[str, str]] = self._load()
        """(quote number, client name), newest first."""
        self.menu = QMenu(file_menu)
        self.menu.setObjectName("recentQuotesMenu")
        insert_before_quit(file_menu, quit_action, [self.menu.menuAction()])
        history.sig_quote_opened.connect(self.add_saved)
        history.state.sig_language_changed.connect(self.retranslate)
        self.retranslate()

    # -- the list -------------------------------------------------------------------------

    def add_saved(self, saved: SavedQuote) -> None:
        self.add(saved.number, saved.client_name)

    def add(self, number: str, client: str) -> None:
        """Put ``number`` at the top of the list (once)."""
        rest = [e for e in self.entries if e[0] != number]
        self.entries = [(number, client), *rest][:MAX_RECENT]
        self._store()
        self.rebuild()

    def remove(self, number: str) -> None:
        self.entries = [e for e in self.entries if e[0] != number]
        self._store()
        self.rebuild()

    def open(self, number: str) -> bool:
        """Reopen ``number``; a quote that is gone is taken off the list."""
        if self.history.reopen_number(number):
            return True
        self.remove(number)
        return False

    # -- the menu -------------------------------------------------------------------------

    def rebuild(self) -> None:
        self.menu.clear()
        for i, (number, client) in enumerate(self.entries, start=1):
            label = " ".join(client.split())
            if len(label) > 50:
                label = label[:49] + "…"
            text = f"&{i} {number} – {label.replace('&', '&&')}" if i < 10 else \
                f"{number} – {label.replace('&', '&&')}"
            action = QAction(text, self.menu)
            action.setData(number)
            action.triggered.connect(lambda _=False, n=number: self.open(n))
            self.menu.addAction(action)
        if not self.entries:
            empty = QAction(self.tr("No quotes reopened or saved yet"), self.menu)
            empty.setEnabled(False)
            self.menu.addAction(empty)

    def retranslate(self, _lang: str = "") -> None:
        self.menu.setTitle(self.tr("Recen&t quotes"))
        self.rebuild()

    # -- settings -------------------------------------------------------------------------

    def _load(self) -> list[tuple[str, str]]:
        if self.settings is None:
            return []
        raw = self.settings.value(SETTINGS_KEY)
        try:
            data = json.loads(raw) if isinstance(raw, str) else []
        except ValueError:
            return []
        if not isinstance(data, list):
            return []
        entries = [(str(e[0]), str(e[1])) for e in data
                   if isinstance(e, list) and len(e) == 2 and all(isinstance(x, str) for x in e)]
        return entries[:MAX_RECENT]

    def _store(self) -> None:
        if self.settings is not None:
            self.settings.setValue(SETTINGS_KEY,
                                   json.dumps([list(e) for e in self.entries],
                                              ensure_ascii=False))
