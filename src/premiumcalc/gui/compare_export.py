"""The Compare tab's table as a file: an Excel workbook (amounts as numbers in euros), CSV
for Excel or CSV for programs, the rows in the order shown (the reference row first)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from premiumcalc.gui.compare_model import COLUMNS, SORT_ROLE, CompareModel
from premiumcalc.sheets import Column, write_table

#: Columns written as amounts (numbers with the euro format); the others as shown.
AMOUNT_COLUMNS = ("gross", "per_payment", "net", "difference")


def table(proxy: QSortFilterProxyModel, model: CompareModel,
          hidden: set[str]) -> tuple[list[Column], list[list[Any]]]:
    """The columns (headers as shown, without ``hidden`` ones) and the rows as shown."""
    shown = [(i, c) for i, c in enumerate(COLUMNS) if c not in hidden]
    cols = [Column(str(model.headerData(i, Qt.Orientation.Horizontal)),
                   "money" if c in AMOUNT_COLUMNS else "text") for i, c in shown]
    rows: list[list[Any]] = []
    for r in range(proxy.rowCount()):
        source = proxy.mapToSource(proxy.index(r, 0)).row()
        row: list[Any] = []
        for i, c in shown:
            value: Any = model.full_text(source, c)
            if c in AMOUNT_COLUMNS:
                key = model.index(source, i).data(SORT_ROLE)
                amount = key[1] if isinstance(key, tuple) and key and key[0] == 0 else None
                value = amount if isinstance(amount, Decimal) else None
            row.append(value)
        rows.append(row)
    return cols, rows


def write_comparison(path: Path, fmt: str, proxy: QSortFilterProxyModel, model: CompareModel,
                     hidden: set[str]) -> int:
    """Write the table at ``path`` in ``fmt`` (see :func:`premiumcalc.sheets.write_table`)."""
    cols, rows = table(proxy, model, hidden)
    return write_table(path, fmt, cols, rows, title="Comparison")
