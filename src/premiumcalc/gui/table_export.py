"""Asking where to export a table, and as what: an Excel workbook (the default), CSV for
German Excel or plain CSV for programs (see :mod:`premiumcalc.sheets`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def _filters() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "xlsx": translate("TableExport", "Excel workbook (*.xlsx)"),
        "excel-csv": translate("TableExport", "CSV for Excel, semicolons (*.csv)"),
        "csv": translate("TableExport", "CSV for programs, commas (*.csv)"),
    }


def ask_table_file(parent: QWidget | None, title: str, stem: str,
                   directory: str = "") -> tuple[Path, str] | None:
    """Ask for a file to export to; returns it with its format (``xlsx``, ``excel-csv`` or
    ``csv``; a filter not offered here counts by the file's ending), None when cancelled.
    The ending of the chosen format is added when missing."""
    from premiumcalc.gui.file_actions import remember_folder, start_in
    from premiumcalc.sheets import format_of

    filters = _filters()
    name, chosen = QFileDialog.getSaveFileName(
        parent, title, start_in(f"{stem}.xlsx", directory), ";;".join(filters.values()),
        filters["xlsx"])
    if not name:
        return None
    remember_folder(name)
    fmt = next((f for f, text in filters.items() if text == chosen), "")
    fmt = format_of(name, fmt)
    target = Path(name)
    ending = ".xlsx" if fmt == "xlsx" else ".csv"
    if target.suffix.lower() != ending:
        target = target.with_name(target.name + ending)
    return target, fmt
