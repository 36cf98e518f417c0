"""Tools → Tariffs → Differences: every difference between two tariff files (handbook §12),
as ``premiumcalc tariffs diff OLD NEW`` lists them: where, the old and new value, in words."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from premiumcalc.tariffs import LoadedTariff
from premiumcalc.tariffs.diff import Difference, diff_tariffs


def value_text(value: Any) -> str:
    """A value of the diff's data in a cell: text as it is, anything else as JSON."""
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class DiffDialog(QDialog):
    """The differences from ``old`` to ``new``: path, old value, new value, in words."""

    def __init__(self, old: LoadedTariff, new: LoadedTariff, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.old = old
        self.new = new
        self.lang = lang
        self.differences: Sequence[Difference] = diff_tariffs(old.tariff, new.tariff, lang)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(len(self.differences), 4)
        self.table.setTabKeyNavigation(False)  # one Tab stop; arrows move within
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        for r, d in enumerate(self.differences):
            for c, text in enumerate((d.path, value_text(d.old), value_text(d.new), d.text)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        # A value may be a whole record (a check): the cell shows its start, the tip all.
        for c in (0, 1, 2):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 220))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1000, 520)
        self.retranslate()

    def _name(self, loaded: LoadedTariff) -> str:
        return self.tr("{file} (version {version})").format(file=loaded.path.name,
                                                            version=loaded.version)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tariff differences"))
        old, new = self._name(self.old), self._name(self.new)
        if self.differences:
            text = self.tr("Differences from {old} to {new}: {n}").format(
                old=old, new=new, n=len(self.differences))
        else:
            text = self.tr("No differences from {old} to {new}").format(old=old, new=new)
        self.heading.setText(text)
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Old"), self.tr("New"),
                                              self.tr("Change")])

    def column_texts(self, column: int) -> list[str]:
        items = (self.table.item(r, column) for r in range(self.table.rowCount()))
        return [item.text() if item is not None else "" for item in items]
