"""The History tab: saved quotes, searchable and sortable, read page by page.

The table never loads every quote: :class:`HistoryModel` asks the store for one page at a
time (``fetchMore``) as the user scrolls, and searching or sorting asks the database again.
The tab reopens, duplicates, deletes (with undo) and exports quotes; saving is
:meth:`HistoryTab.save_quote`, for the window's Save quote (Ctrl+S).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from premiumcalc.gui.file_actions import remember_folder, start_in
from premiumcalc.gui.history_model import COLUMNS, HistoryModel
from premiumcalc.pricing import QuoteRequest
from premiumcalc.pricing.reference import Reference
from premiumcalc.quotes.errors import StoreError
from premiumcalc.quotes.models import SavedQuote
from premiumcalc.tariffs import Catalog, LoadedTariff

if TYPE_CHECKING:  # the store (and SQLAlchemy) is loaded by whoever opens it
    from premiumcalc.quotes.store import QuoteStore


class HistoryTab(QWidget):
    """Saved quotes: search, sort, reopen, duplicate, delete with undo, export (Excel,
    CSV)."""

    sig_reopen_requested = Signal(object)
    """The user wants to reopen a saved quote: carries the
    ``premiumcalc.quotes.SavedQuote`` (``.quote_request()``, ``.client_name``,
    ``.client_address``, ``.number``); the window fills its form with it."""

    sig_duplicate_requested = Signal(object)
    """The user wants a new quote like a saved one: carries the ``SavedQuote``; the window
    fills its form with it as a new, unsaved quote (Save then gives it a new number)."""

    sig_quote_saved = Signal(object)
    """:meth:`save_quote` saved a quote: carries the new ``SavedQuote``."""

    sig_deleted = Signal(list)
    """Quotes were deleted (or, after an undo, restored): carries their numbers."""

    def __init__(self, store: QuoteStore, catalog: Catalog, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = HistoryModel(store, catalog, lang, self)
        self._undo: list[list[str]] = []
        self._sized = False

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("historySearch")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_search)

        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # one Tab stop; arrows move within
        self.view.setObjectName("historyTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.activated.connect(lambda _index: self.reopen())  # Enter or double-click
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        self.reopen_button = QPushButton()
        self.duplicate_button = QPushButton()
        self.delete_button = QPushButton()
        self.export_button = QPushButton()
        self.reopen_button.clicked.connect(self.reopen)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.undo_label = QLabel()
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_delete)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)

        self.delete_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.view)
        self.delete_shortcut.activated.connect(self.delete_selected)
        self.undo_shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo_delete)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        top = QHBoxLayout()
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for button in (self.reopen_button, self.duplicate_button, self.delete_button,
                       self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_label)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.retranslate()
        self.refresh()
        if store.corruption is not None:
            from premiumcalc.gui.messages import corruption_text

            self.status_label.setText(corruption_text(store.corruption))

    # -- public slots -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again (e.g. after a quote was saved elsewhere)."""
        self.model.reload()
        self._show_error(self.model.error)
        if not self._sized and self.model.rowCount():
            self._sized = True
            self.view.resizeColumnsToContents()

    def apply_search(self) -> None:
        """Search now for the text in the search field (also done 200 ms after typing)."""
        self._search_timer.stop()
        self.model.set_search(self.search.text())
        self._show_error(self.model.error)

    def set_language(self, lang: str) -> None:
        self.model.lang = lang
        self.retranslate()
        self.model.reload()

    def selected_numbers(self) -> list[str]:
        """The quote numbers of the selected rows, top to bottom."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.summary(r).number for r in rows]

    def save_quote(self, request: QuoteRequest, loaded: LoadedTariff, client_name: str,
                   client_address: str = "", lang: str = "en",
                   notes: str = "", *, reference: Reference | None = None,
                   over: str | None = None) -> SavedQuote | None:
        """Save a quote (the window's Save quote, Ctrl+S) and show it at the top; ``over``
        and ``reference`` as :meth:`QuoteStore.save_quote` takes them.

        On failure (no client name, a full disk, a read-only database...) a message names
        the problem and None is returned: the window keeps the quote as it is.
        """
        from premiumcalc.pricing import InvalidInput

        try:
            saved = self.store.save_quote(request, loaded, client_name=client_name,
                                          client_address=client_address, lang=lang,
                                          notes=notes, catalog=self.model.catalog,
                                          reference=reference, over=over)
        except InvalidInput as error:
            self._warn(self.tr("The quote was not saved"), str(error))
            return None
        except StoreError as error:
            self._warn(self.tr("The quote was not saved"),
                       self.tr("{error}\n\nThe quote stays in the window; try again when the "
                               "problem is solved.").format(error=error))
            return None
        self.refresh()
        self.sig_quote_saved.emit(saved)
        return saved

    def reopen(self) -> None:
        saved = self._current_saved()
        if saved is not None:
            self.sig_reopen_requested.emit(saved)

    def duplicate(self) -> None:
        saved = self._current_saved()
        if saved is not None:
            self.sig_duplicate_requested.emit(saved)

    def set_status(self, status: str) -> None:
        """Mark the selected quotes as draft, sent, accepted or declined."""
        numbers = self.selected_numbers()
        try:
            for number in numbers:
                self.store.update(number, status=status)
        except StoreError as error:
            self._warn(self.tr("The status was not changed"), str(error))
        self.refresh()

    def delete_selected(self) -> None:
        numbers = self.selected_numbers()
        if not numbers:
            return
        try:
            self.store.delete(numbers)
        except StoreError as error:
            self._warn(self.tr("The quotes were not deleted"), str(error))
            return
        self._undo.append(numbers)
        self.refresh()
        self._update_undo()
        self.sig_deleted.emit(numbers)

    def undo_delete(self) -> None:
        """Bring back the quotes of the last delete."""
        if not self._undo:
            return
        numbers = self._undo[-1]
        try:
            self.store.undelete(numbers)
        except StoreError as error:
            self._warn(self.tr("The quotes were not restored"), str(error))
            return
        self._undo.pop()
        self.refresh()
        self._update_undo()
        self.sig_deleted.emit(numbers)

    def export_selected(self) -> bool:
        """Export the selected quotes to a file chosen by the user: an Excel workbook, CSV
        for Excel or CSV for programs; True when written."""
        numbers = self.selected_numbers()
        if not numbers:
            return False
        from premiumcalc.gui.table_export import ask_table_file

        chosen = ask_table_file(self, self.tr("Export quotes"), "quotes")
        if chosen is None:
            return False
        target, fmt = chosen
        from premiumcalc.fileio import WriteError
        from premiumcalc.quotes.export import write_quotes

        try:
            n = write_quotes(target, fmt, self.store.iter_saved(numbers))
        except (StoreError, WriteError) as error:
            self._warn(self.tr("The quotes were not exported"), str(error))
            return False
        self.status_label.setText(self.tr("%n quote(s) exported to {file}", "", n)
                                  .format(file=str(target)))
        return True

    def export_database(self) -> bool:
        """File → Export database: a copy of the SQLite database where the user chooses."""
        from datetime import date

        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export database"),
            start_in(f"premiumcalc-quotes-{date.today().isoformat()}.db"),
            self.tr("Quote databases (*.db)"))
        if not name:
            return False
        remember_folder(name)
        try:
            self.store.export_database(Path(name))
        except StoreError as error:
            self._warn(self.tr("The database was not exported"), str(error))
            return False
        self.status_label.setText(self.tr("Database exported to {file}").format(file=name))
        return True

    def restore_from_backup(self) -> bool:
        """File → Restore from backup: choose a backup, confirm its date and quote count."""
        from premiumcalc.quotes.backup import backup_dir, backup_info, restore_backup

        try:
            folder = backup_dir(self.store)
        except StoreError as error:
            self._warn(self.tr("Restore from backup"), str(error))
            return False
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore from backup"), str(folder),
            self.tr("Quote databases (*.db)"))
        if not name:
            return False
        try:
            info = backup_info(Path(name))
        except StoreError as error:
            self._warn(self.tr("Restore from backup"), str(error))
            return False
        day = info.made.strftime("%d.%m.%Y" if self.model.lang == "de" else "%Y-%m-%d")
        question = self.tr(
            "Replace all saved quotes with the backup of {date} ({count} quotes)?\n\n"
            "The quotes saved now are first copied into the backups folder.").format(
            date=day, count=info.quote_count)
        answer = QMessageBox.question(self, self.tr("Restore from backup"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            restore_backup(self.store, info.path)
        except StoreError as error:
            self._warn(self.tr("The backup was not restored"), str(error))
            return False
        self._undo.clear()
        self.refresh()
        self._update_undo()
        self.status_label.setText(
            self.tr("Backup of {date} restored ({count} quotes).").format(
                date=day, count=info.quote_count))
        return True

    # -- helpers ----------------------------------------------------------------------------

    def _current_saved(self) -> SavedQuote | None:
        index = self.view.currentIndex()
        rows = self.view.selectionModel().selectedRows()
        row = rows[0].row() if rows else (index.row() if index.isValid() else -1)
        if row < 0:
            return None
        try:
            return self.store.get(self.model.summary(row).number)
        except StoreError as error:
            self._warn(self.tr("The quote cannot be opened"), str(error))
            return None

    def _context_menu(self, pos: Any) -> None:
        if not self.selected_numbers():
            return
        menu = QMenu(self)
        menu.addAction(self.reopen_button.text(), self.reopen)
        menu.addAction(self.duplicate_button.text(), self.duplicate)
        status_menu = menu.addMenu(self.tr("Mark as"))
        for status, text in self._status_texts().items():
            action = QAction(text, status_menu)
            action.triggered.connect(lambda _=False, s=status: self.set_status(s))
            status_menu.addAction(action)
        menu.addAction(self.export_button.text(), self.export_selected)
        menu.addSeparator()
        menu.addAction(self.delete_button.text(), self.delete_selected)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _status_texts(self) -> dict[str, str]:
        return {"draft": self.tr("draft"), "sent": self.tr("sent"),
                "accepted": self.tr("accepted"), "declined": self.tr("declined")}

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _show_error(self, text: str) -> None:
        self.status_label.setText(text)

    def _update_buttons(self) -> None:
        count = len(self.view.selectionModel().selectedRows())
        self.reopen_button.setEnabled(count == 1)
        self.duplicate_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count > 0)
        self.export_button.setEnabled(count > 0)

    def _update_undo(self) -> None:
        visible = bool(self._undo)
        self.undo_label.setVisible(visible)
        self.undo_button.setVisible(visible)
        if visible:
            self.undo_label.setText(self.tr("%n quote(s) deleted", "", len(self._undo[-1])))

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(
            self.tr("Client, quote number, profession or date (2026-11-25)"))
        self.search.setAccessibleName(self.tr("Search saved quotes"))
        self.view.setAccessibleName(self.tr("Saved quotes"))
        self.reopen_button.setText(self.tr("&Reopen"))
        self.duplicate_button.setText(self.tr("D&uplicate"))
        self.delete_button.setText(self.tr("&Delete"))
        self.export_button.setText(self.tr("&Export (Excel, CSV)…"))
        self.undo_button.setText(self.tr("U&ndo"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._update_buttons()
        self._update_undo()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
