"""The Clients tab's tables: the register searched page by page, and the short lists.

:class:`ClientsModel` never holds every client: it asks the directory for :attr:`PAGE` rows
and for the next page only when the view scrolls there (``canFetchMore``/``fetchMore``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from premiumcalc.gui.clients_source import ClientDirectory, ClientRow, DirectoryError
from premiumcalc.gui.history_model import append_rows
from premiumcalc.pricing.explain import money

_Index = QModelIndex | QPersistentModelIndex
NUMBER_ROLE = Qt.ItemDataRole.UserRole
"""The client number of a row."""

T = TypeVar("T")


def cell_text(value: object, lang: str) -> str:
    """A date, an amount or a text as a table shows it ('' for none)."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return money(value, lang)
    if isinstance(value, dt.datetime):
        local = value.astimezone() if value.tzinfo else value
        return f"{local:%d.%m.%Y %H:%M}" if lang == "de" else f"{local:%Y-%m-%d %H:%M}"
    if isinstance(value, dt.date):  # as start_edit.date_text, without strftime's cost
        return (f"{value.day:02d}.{value.month:02d}.{value.year:04d}" if lang == "de"
                else value.isoformat())
    lines = (" ".join(line.split()) for line in str(value).splitlines())
    return ", ".join(line for line in lines if line)


def action_text(action: str) -> str:
    """An audit log action in the window's language (as stored when unknown)."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    texts = {"saved": translate("AuditLog", "saved"),
             "changed": translate("AuditLog", "changed"),
             "handed over": translate("AuditLog", "handed over"),
             "exported": translate("AuditLog", "exported"),
             "deleted": translate("AuditLog", "deleted"),
             "anonymised": translate("AuditLog", "anonymised"),
             "restricted": translate("AuditLog", "restricted")}
    return texts.get(action, action)


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table of ``rows``; each column is a title and a function of a row."""

    def __init__(self, columns: Sequence[tuple[Callable[[], str], Callable[[T], object]]],
                 number: Callable[[T], str], lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._number = number
        self.lang = lang
        self.rows: list[T] = []
        self._texts: dict[int, list[str]] = {}
        """Each shown row's cell texts, made once (painting asks for them again and again)."""

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._texts.clear()
        self.endResetModel()

    def texts(self, row: int) -> list[str]:
        """The cell texts of ``row`` in the model's language."""
        found = self._texts.get(row)
        if found is None:
            item = self.rows[row]
            found = self._texts[row] = [cell_text(get(item), self.lang)
                                        for _title, get in self.columns]
        return found

    def row(self, row: int) -> T:
        return self.rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            return self.columns[section][0]()
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            return self.texts(index.row())[index.column()]
        if role == NUMBER_ROLE:
            return self._number(self.rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(
                self.columns[index.column()][1](self.rows[index.row()]), Decimal | int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.columns) - 1))


class ClientsModel(RowsModel[ClientRow]):
    """The clients matching a search, in pages of :attr:`PAGE` rows."""

    PAGE = 100

    def __init__(self, directory: ClientDirectory, lang: str = "en",
                 parent: Any = None) -> None:
        super().__init__([], lambda c: c.number, lang, parent)
        self.columns = [
            (lambda: self.tr("Client no."), lambda c: c.number),
            (lambda: self.tr("Name"), lambda c: c.name),
            (lambda: self.tr("Address"), lambda c: c.address),
            (lambda: self.tr("Current insurer"), lambda c: c.insurer),
            (lambda: self.tr("Renewal"), lambda c: c.renewal),
            (lambda: self.tr("Follow-up"), lambda c: c.follow_up),
            (lambda: self.tr("Quotes"), lambda c: c.quotes),
        ]
        self.directory = directory
        self.search_text = ""
        self._complete = False
        self.error = ""
        """The last error of the register ('' when the last read worked)."""

    def reload(self) -> None:
        """Read the first page again (after a search, an edit or a delete)."""
        self.beginResetModel()
        self.rows = []
        self._texts.clear()
        self._complete = False
        self.rows.extend(self._page())
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self.search_text = " ".join(text.split())
        self.reload()

    def _page(self) -> list[ClientRow]:
        try:
            page = self.directory.search(self.search_text, len(self.rows), self.PAGE)
        except DirectoryError as error:
            self.error = str(error)
            self._complete = True
            return []
        self.error = ""
        self._complete = len(page) < self.PAGE
        return page

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete:
            return
        append_rows(self, self.rows, self._page())


def table_view(model: QAbstractItemModel) -> QTableView:
    """A read-only table of whole rows, as the Clients tab shows its lists."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    # fitting the columns to their contents looks at the first rows only, not at every one
    view.horizontalHeader().setResizeContentsPrecision(30)
    return view
