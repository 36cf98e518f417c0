"""The rating worksheet: every step of the handbook with its formula and amount."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from premiumcalc.gui.quote_state import QuoteState
from premiumcalc.pricing import Outcome
from premiumcalc.pricing.explain import money, worksheet_rows

_TOTALS = frozenset({"subtotal", "net_annual", "gross_annual"})


class WorksheetTable(QTableWidget):
    def __init__(self, state: QuoteState, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.quote = state
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        state.sig_outcome_changed.connect(self.show_outcome)
        # greyed while an input is invalid: its steps are those of the last valid input
        state.sig_invalid.connect(lambda _field, _message: self.setEnabled(False))
        self.retranslate()

    def show_outcome(self, outcome: Outcome | None) -> None:
        lang = self.quote.lang
        self.setEnabled(self.quote.problem() is None)
        rows = worksheet_rows(outcome, lang, self.quote.catalog) if outcome else []
        self.clearSpans()
        if outcome is not None and not rows:
            self.setRowCount(1)
            note = QTableWidgetItem(self.tr("No premium: this request is not quoted (the reasons "
                                            "are shown above)."))
            self.setItem(0, 0, note)
            self.setSpan(0, 0, 1, 3)
            return
        self.setRowCount(len(rows))
        for i, row in enumerate(rows):
            amount = QTableWidgetItem(money(row.amount, lang))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label = QTableWidgetItem(row.label)
            label.setData(Qt.ItemDataRole.UserRole, row.step)
            if row.step in _TOTALS:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                amount.setFont(font)
            self.setItem(i, 0, label)
            self.setItem(i, 1, QTableWidgetItem(row.detail))
            self.setItem(i, 2, amount)

    def amount_of(self, step: str) -> str | None:
        """The shown amount of a step (``"gross_annual"``, ``"module:cyber"``), if present."""
        for i in range(self.rowCount()):
            item = self.item(i, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == step:
                amount = self.item(i, 2)
                return amount.text() if amount else None
        return None

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Calculation"), self.tr("Amount")])
        self.setAccessibleName(self.tr("Rating worksheet"))
        self.show_outcome(self.quote.outcome())
