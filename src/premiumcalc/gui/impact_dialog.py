"""Tools → Tariffs → Impact on saved quotes: what a new tariff version changes (handbook §12).

The saved quotes are read from the store as a stream and priced with the new version one by
one (:func:`premiumcalc.quotes.impact.assess`); the dialog keeps the affected ones for its
table, with the summary on top. The table sorts by any column and exports the same CSV as
``premiumcalc tariffs impact --format csv``. Nothing saved is changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from premiumcalc.fileio import WriteError
from premiumcalc.pricing.explain import money, number_locale
from premiumcalc.quotes.impact import (
    COLUMNS,
    ImpactSummary,
    ImpactTariff,
    QuoteImpact,
    assess,
    steps_text,
    write_table,
)
from premiumcalc.tariffs import Catalog

if TYPE_CHECKING:  # the store (and SQLAlchemy) is loaded by whoever opens it
    from premiumcalc.quotes.store import QuoteStore

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = {"old_gross", "new_gross", "difference", "percent"}
# Rows priced between two looks at the window's events (and the Cancel button).
EVENTS_EVERY = 200


def signed_money(value: Decimal, lang: str) -> str:
    """``+18,75 €``, ``-18,75 €``, ``0,00 €``."""
    return ("+" if value > 0 else "") + money(value, lang)


def signed_percent(value: Decimal, lang: str) -> str:
    """``+2,58 %`` (German, no-break space) or ``+2.58%``."""
    from babel.numbers import format_decimal

    text = str(format_decimal(value, format="#,##0.00", locale=number_locale(lang)))
    sign = "+" if value > 0 else ""
    return sign + text + ("\u00a0%" if lang == "de" else "%")


def date_text(day: dt.date, lang: str) -> str:
    return f"{day:%d.%m.%Y}" if lang == "de" else day.isoformat()


class ImpactModel(QAbstractTableModel):
    """The assessed quotes, one row each, in the columns of the report."""

    def __init__(self, items: Sequence[QuoteImpact], lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = list(items)
        self.lang = lang

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Number"), self.tr("Client"), self.tr("Start"), self.tr("Old status"),
                  self.tr("New status"), self.tr("Old gross"), self.tr("New gross"),
                  self.tr("Difference"), self.tr("%"), self.tr("Changed steps"))
        return titles[section] if 0 <= section < len(titles) else None

    def status_text(self, status: str) -> str:
        return {"quoted": self.tr("quoted"), "referred": self.tr("referred"),
                "declined": self.tr("declined"), "invalid": self.tr("not accepted")
                }.get(status, status)

    def text(self, item: QuoteImpact, column: str) -> str:
        lang = self.lang
        if column == "number":
            return item.number
        if column == "client":
            return item.client
        if column == "start":
            return date_text(item.start, lang)
        if column in ("old_status", "new_status"):
            return self.status_text(getattr(item, column))
        if column == "changed_steps":
            return steps_text(c.as_json() for c in item.changed_steps)
        value = self.value(item, column)
        if value is None:
            return "–"
        if column == "difference":
            return signed_money(value, lang)
        if column == "percent":
            return signed_percent(value, lang)
        return money(value, lang)

    @staticmethod
    def value(item: QuoteImpact, column: str) -> Any:
        return getattr(item, column)

    def sort_key(self, row: int, column: int) -> tuple[Any, ...]:
        """What the column sorts by: amounts by value (none first), texts as shown."""
        item = self.items[row]
        name = COLUMNS[column]
        if name in _RIGHT or name == "start":
            value = self.value(item, name)
            return (0,) if value is None else (1, value)
        return (1, self.text(item, name).casefold())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "new_status" and item.error:
                return item.error
            if column == "changed_steps":
                return "\n".join(c.text() for c in item.changed_steps) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImpactSortProxy(QSortFilterProxyModel):
    """Sorts amounts by their value, not by their text."""

    def lessThan(self, left: _Index, right: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ImpactModel):  # pragma: no cover - always an ImpactModel
            return super().lessThan(left, right)
        return model.sort_key(left.row(), left.column()) < model.sort_key(right.row(),
                                                                          left.column())


def run_impact(parent: QWidget | None, store: QuoteStore, target: ImpactTariff,
               catalog: Catalog) -> tuple[list[QuoteImpact], ImpactSummary] | None:
    """Every affected saved quote priced with ``target``, read from ``store`` as a stream,
    with a progress dialog that keeps the window responsive; None when cancelled.
    Raises :class:`premiumcalc.quotes.errors.StoreError` when the store cannot be read."""
    translate = QCoreApplication.translate
    progress = QProgressDialog(parent)
    progress.setWindowTitle(translate("ImpactDialog", "Impact on saved quotes"))
    progress.setLabelText(translate("ImpactDialog", "Pricing the saved quotes…"))
    progress.setRange(0, 0)
    progress.setMinimumDuration(400)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    items: list[QuoteImpact] = []
    summary = ImpactSummary()
    stream = assess(store, target, catalog)
    try:
        for item in stream:
            items.append(item)
            summary.add(item)
            if len(items) % EVENTS_EVERY == 0:
                progress.setLabelText(translate(
                    "ImpactDialog", "Pricing the saved quotes… {n} so far").format(n=len(items)))
                progress.setValue(0)
                QApplication.processEvents()
                if progress.wasCanceled():
                    return None
    finally:
        close = getattr(stream, "close", None)  # ends the store's read transaction
        if close is not None:
            close()
        progress.close()
        progress.deleteLater()
    return items, summary


class ImpactDialog(QDialog):
    """The summary of an impact report on top, the affected saved quotes below."""

    def __init__(self, target: ImpactTariff, items: Sequence[QuoteImpact],
                 summary: ImpactSummary, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.summary = summary
        self.lang = lang
        self.last_dir = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label = QLabel()
        self.rising_label = QLabel()
        self.falling_label = QLabel()
        self.unchanged_label = QLabel()
        self.status_label = QLabel()
        self.total_label = QLabel()
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        form = QFormLayout()
        self.form = form
        self.captions = [QLabel() for _ in range(6)]
        for caption, label in zip(self.captions, (
                self.count_label, self.rising_label, self.falling_label, self.unchanged_label,
                self.status_label, self.total_label), strict=True):
            form.addRow(caption, label)
        self.model = ImpactModel(items, lang, self)
        self.proxy = ImpactSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # one Tab stop; arrows move within
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the report's order
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.export_button = QPushButton()
        self.export_button.setEnabled(bool(items))
        self.export_button.clicked.connect(lambda: self.export_csv())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1180, 520)
        self.retranslate()

    def retranslate(self) -> None:
        t = self.target.loaded
        first, last = self.target.period
        if last is None:
            period = self.tr("valid from {first}").format(first=date_text(first, self.lang))
        else:
            period = self.tr("valid from {first} to {last}").format(
                first=date_text(first, self.lang), last=date_text(last, self.lang))
        self.setWindowTitle(self.tr("Impact on saved quotes"))
        self.heading.setText(self.tr(
            "Impact of {insurer} – {product} ({id}) version {version}, {period}, on the saved "
            "quotes with a start of cover in that period").format(
            insurer=t.tariff.insurer, product=t.tariff.product, id=t.id, version=t.version,
            period=period))
        s = self.summary
        rows = (
            (self.tr("Saved quotes affected:"), str(s.count), self.count_label),
            (self.tr("Rising:"), str(s.rising), self.rising_label),
            (self.tr("Falling:"), str(s.falling), self.falling_label),
            (self.tr("Unchanged:"), str(s.unchanged), self.unchanged_label),
            (self.tr("Not quoted both times:"), str(s.status_changed), self.status_label),
            (self.tr("Total difference:"), signed_money(s.total_difference, self.lang),
             self.total_label),
        )
        for caption, (title, value, label) in zip(self.captions, rows, strict=True):
            caption.setText(title)
            label.setText(value)
        self.empty_label.setText(self.tr(
            "No saved quote of {id} has a start of cover in this period.").format(id=t.id))
        self.empty_label.setVisible(s.count == 0)
        self.export_button.setText(self.tr("&Export (Excel, CSV)…"))

    # -- reading the table ------------------------------------------------------------------

    def row_texts(self, column: str) -> list[str]:
        """The cells of ``column`` as the view shows them, top to bottom."""
        c = COLUMNS.index(column)
        return [str(self.proxy.index(r, c).data()) for r in range(self.proxy.rowCount())]

    # -- export -----------------------------------------------------------------------------

    def export_csv(self, path: str | None = None) -> Path | None:
        """Ask for a file (unless given) and write the quotes as an Excel workbook, CSV for
        Excel or CSV (a given ``path`` by its ending), in the report's order."""
        from premiumcalc.gui.table_export import ask_table_file
        from premiumcalc.sheets import format_of

        title = self.tr("Export")
        t = self.target.loaded
        if path is None:
            chosen = ask_table_file(self, title, f"impact-{t.id}-{t.version}", self.last_dir)
            if chosen is None:
                return None
            target, fmt = chosen
        else:
            target = Path(path)
            if not target.suffix:
                target = target.with_name(target.name + ".csv")
            fmt = format_of(target)
        try:
            write_table(target, fmt, (item.as_json() for item in self.model.items))
        except (WriteError, OSError) as exc:
            QMessageBox.warning(self, title, self.tr("The file was not written: {0}")
                                .format(str(exc)))
            return None
        self.last_dir = str(target.parent)
        return target
