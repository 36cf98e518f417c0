"""The saved quotes of the History tab as a lazy table model: one page at a time.

The model never holds every quote: it asks the store for :attr:`HistoryModel.PAGE` rows and
for the next page only when the view scrolls there (``canFetchMore``/``fetchMore``);
searching or sorting asks the database again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from premiumcalc.pricing.explain import money
from premiumcalc.quotes.errors import StoreError
from premiumcalc.quotes.models import QuoteSummary
from premiumcalc.tariffs import Catalog

if TYPE_CHECKING:  # the store (and SQLAlchemy) is loaded by whoever opens it
    from premiumcalc.quotes.store import QuoteStore

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("number", "created", "client", "profession", "tariff", "gross", "status")


def append_rows(model: QAbstractItemModel, rows: list[Any], page: Sequence[Any]) -> None:
    """Add the next ``page`` of a paged table's rows to ``rows``, the list behind ``model``,
    telling its views (``fetchMore`` of the History's and the Clients tab's lists)."""
    if page:
        first = len(rows)
        model.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        rows.extend(page)
        model.endInsertRows()


class HistoryModel(QAbstractTableModel):
    """Saved quotes matching a search, in pages of :attr:`PAGE` rows."""

    PAGE = 100

    def __init__(self, store: QuoteStore, catalog: Catalog, lang: str = "en",
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.catalog = catalog
        self.lang = lang
        self.search_text = ""
        self.sort_key = "created"
        self.descending = True
        self._rows: list[QuoteSummary] = []
        self._complete = False
        self.error = ""
        """The last database error ('' when the last read worked)."""

    # -- queries ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the first page again (after a search, a sort, a save or a delete)."""
        self.beginResetModel()
        self._rows = []
        self._complete = False
        self._fetch()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self.search_text = text.strip()
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_key = COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def _page(self) -> list[QuoteSummary]:
        """The next page, or [] (with ``error`` set) when the database cannot be read."""
        try:
            page = self.store.search(self.search_text, sort=self.sort_key,
                                     descending=self.descending, offset=len(self._rows),
                                     limit=self.PAGE)
        except StoreError as error:
            self.error = str(error)
            self._complete = True
            return []
        self.error = ""
        self._complete = len(page) < self.PAGE
        return page

    def _fetch(self) -> None:
        self._rows.extend(self._page())

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete:
            return
        append_rows(self, self._rows, self._page())

    # -- the model -------------------------------------------------------------------------

    def summary(self, row: int) -> QuoteSummary:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Number"), self.tr("Date"), self.tr("Client"), self.tr("Profession"),
                  self.tr("Tariff"), self.tr("Gross per year"), self.tr("Status"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        quote = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return quote.number
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()] == "gross":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(quote, COLUMNS[index.column()])
        return None

    def _text(self, quote: QuoteSummary, column: str) -> str:
        if column == "number":
            return quote.number
        if column == "created":
            moment = datetime.fromisoformat(quote.created_at.replace("Z", "+00:00"))
            local = moment.astimezone()
            return f"{local:%d.%m.%Y %H:%M}" if self.lang == "de" else f"{local:%Y-%m-%d %H:%M}"
        if column == "client":
            return quote.client_name
        if column == "profession":
            prof = self.catalog.profession_map.get(quote.profession)
            return prof.label(self.lang) if prof is not None else quote.profession
        if column == "tariff":
            return f"{quote.tariff_id} {quote.tariff_version}"
        if column == "gross":
            if quote.gross_annual is None:
                return {"referred": self.tr("referred"),
                        "declined": self.tr("declined")}.get(quote.outcome_status, "–")
            return money(quote.gross_annual, self.lang)
        return {"draft": self.tr("draft"), "sent": self.tr("sent"),
                "accepted": self.tr("accepted"),
                "declined": self.tr("declined")}.get(quote.status, quote.status)
