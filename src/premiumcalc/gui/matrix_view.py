"""Annual gross premium of one tariff by cover (rows) × deductible (columns).

The cells are the core's :func:`premiumcalc.pricing.compare.premium_matrix`; the cell of the
request on show is framed, and each cell's tooltip says what it saves or costs against it,
so the broker can show the client what a higher deductible saves.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from premiumcalc.gui.formatting import whole_money
from premiumcalc.pricing import QUOTED, REFERRED, QuoteRequest
from premiumcalc.pricing.compare import MatrixCell, premium_matrix
from premiumcalc.pricing.explain import money
from premiumcalc.tariffs import Catalog, Tariff, TariffSet

CURRENT_BRUSH = QBrush(QColor("#cfe0f5"))
UNPRICED_BRUSH = QBrush(QColor("#eeeeee"))
UNPRICED_TEXT = QBrush(QColor("#6b6b6b"))


class MatrixView(QWidget):
    """A tariff picker and the cover × deductible table of annual gross premiums."""

    sig_tariff_changed = Signal(str)
    """The user picked a tariff in the matrix's own picker: its id."""

    sig_cell_chosen = Signal(str, int, int)
    """The user took a cell into the quote (double-click or Enter): tariff id, cover and
    deductible."""

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.lang = "en"
        self.cells: list[list[MatrixCell]] = []
        self._request: QuoteRequest | None = None
        self._tariff: Tariff | None = None
        self._tariffs: TariffSet | None = None
        self.caption = QLabel()
        self.tariff_combo = QComboBox()
        self.tariff_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tariff_combo.setMinimumContentsLength(40)
        self.caption.setBuddy(self.tariff_combo)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addWidget(self.tariff_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.table.cellActivated.connect(self._cell_activated)
        self.tariff_combo.currentIndexChanged.connect(self._picked)
        self.tariff_combo.activated.connect(lambda _i: self.sig_tariff_changed.emit(
            self.tariff_id()))
        self.retranslate()

    # -- input ----------------------------------------------------------------------------

    def set_tariffs(self, tariffs: TariffSet, chosen: str) -> None:
        with QSignalBlocker(self.tariff_combo):
            self.tariff_combo.clear()
            for loaded in tariffs:
                t = loaded.tariff
                self.tariff_combo.addItem(f"{t.insurer} – {t.product}", t.id)
            index = self.tariff_combo.findData(chosen)
            self.tariff_combo.setCurrentIndex(max(index, 0))
        self._tariffs = tariffs

    def tariff_id(self) -> str:
        return str(self.tariff_combo.currentData() or "")

    def select_tariff(self, tariff_id: str) -> None:
        index = self.tariff_combo.findData(tariff_id)
        if index >= 0 and index != self.tariff_combo.currentIndex():
            self.tariff_combo.setCurrentIndex(index)

    def show_matrix(self, request: QuoteRequest | None, lang: str) -> None:
        """Price the matrix of the picked tariff for ``request`` and show it."""
        self.lang = lang
        self._request = request
        # the version valid on the request's start of cover (none: no matrix)
        loaded = (self._tariffs.get(self.tariff_id(), request.start if request else None)
                  if self._tariffs is not None else None)
        self._tariff = loaded.tariff if loaded else None
        if request is None or self._tariff is None:
            self.cells = []
        else:
            self.cells = premium_matrix(request, self._tariff, self.catalog)
        self._fill()

    def _cell_activated(self, row: int, column: int) -> None:
        tariff = self._tariff
        if tariff is None or not self.cells:
            return
        cell = self.cells[row][column]
        self.sig_cell_chosen.emit(tariff.id, cell.cover, cell.deductible)

    def _picked(self, _index: int) -> None:
        self.show_matrix(self._request, self.lang)

    # -- drawing --------------------------------------------------------------------------

    def _fill(self) -> None:
        table, lang, tariff = self.table, self.lang, self._tariff
        table.clear()
        if tariff is None or not self.cells:
            table.setRowCount(0)
            table.setColumnCount(0)
            return
        table.setRowCount(len(tariff.cover_values))
        table.setColumnCount(len(tariff.deductible_values))
        table.setVerticalHeaderLabels([whole_money(c, lang) for c in tariff.cover_values])
        table.setHorizontalHeaderLabels([whole_money(d, lang) for d in tariff.deductible_values])
        request = self._request
        here = {(c.cover, c.deductible): c for row in self.cells for c in row}
        current = here.get((request.cover, request.deductible)) if request else None
        base = current.gross_annual if current is not None else None
        bold = QFont()
        bold.setBold(True)
        for r, row in enumerate(self.cells):
            for c, cell in enumerate(row):
                item = QTableWidgetItem(self._cell_text(cell))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(self._cell_tip(cell, base))
                if cell.status != QUOTED:
                    item.setBackground(UNPRICED_BRUSH)
                    item.setForeground(UNPRICED_TEXT)
                if cell is current:
                    item.setBackground(CURRENT_BRUSH)
                    item.setFont(bold)
                table.setItem(r, c, item)

    def _cell_text(self, cell: MatrixCell) -> str:
        if cell.status == QUOTED and cell.gross_annual is not None:
            return money(cell.gross_annual, self.lang)
        return self.tr("referred") if cell.status == REFERRED else self.tr("declined")

    def _cell_tip(self, cell: MatrixCell, base: Decimal | None) -> str:
        where = self.tr("Cover {cover}, deductible {deductible}").format(
            cover=whole_money(cell.cover, self.lang),
            deductible=whole_money(cell.deductible, self.lang))
        if cell.gross_annual is None:
            return f"{where}: {self._cell_text(cell)}"
        text = f"{where}: {money(cell.gross_annual, self.lang)}"
        if base is not None and cell.gross_annual != base:
            diff = cell.gross_annual - base
            text += "\n" + (self.tr("{amount} a year less than the request on show")
                            if diff < 0 else
                            self.tr("{amount} a year more than the request on show")
                            ).format(amount=money(abs(diff), self.lang))
        return text

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Premium matri&x for:"))
        self.tariff_combo.setAccessibleName(self.tr("Tariff of the premium matrix"))
        self.note.setText(self.tr(
            "Gross premium per year by cover per claim (rows) and deductible (columns), the "
            "rest of the request unchanged. The highlighted cell is the request on show; "
            "double-click a cell (or press Enter on it) to take its cover and deductible into "
            "the quote."))
        self.table.setAccessibleName(self.tr("Premium matrix"))
        self._fill()
