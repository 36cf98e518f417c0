"""Tables for spreadsheets: an Excel workbook (.xlsx), CSV for German Excel and plain CSV.

German Excel opens a plain CSV (commas, UTF-8 without BOM, ``29.08``, ISO time stamps) all
in column A, shows "MÃ¼ller" and turns ``29.08`` into a date. So the same table is offered:

- as an Excel workbook written with openpyxl: amounts are numbers with a € number format,
  dates and times are dates, texts are texts (never a formula): nothing depends on Excel
  guessing;
- as CSV for Excel (``excel=True``): semicolons, UTF-8 with BOM, decimal comma, local
  date and time (``29.11.2026 23:30:05``);
- as plain CSV for programs: commas, decimal point, ISO time stamps, as before.

In every CSV a text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a CR that is not
a number gets a leading ``'`` so that no spreadsheet runs it as a formula.

A table is a sequence of :class:`Column` (name and kind) and rows of the values as the
plain CSV writes them (strings, numbers, ``None`` for empty).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TextIO

#: Kinds of columns: how a cell is typed in a workbook and written in CSV for Excel.
KINDS = ("text", "money", "number", "int", "bool", "date", "datetime")

#: Amounts in euros: thousands separated, two decimals, the euro sign (Excel shows the
#: separators of the user's locale).
EURO_FORMAT = '#,##0.00 "€"'
DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM:SS"

_RISKY = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "text"


def columns(names: Iterable[str], kinds: dict[str, str] | None = None) -> list[Column]:
    """Columns named ``names``, of the kind ``kinds`` gives (text for the others)."""
    kinds = kinds or {}
    return [Column(n, kinds.get(n, "text")) for n in names]


def neutralised(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would read it as a formula."""
    if text.startswith(_RISKY) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


# -- reading the plain values ----------------------------------------------------------


def _decimal(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    try:
        return Decimal(str(value).strip())
    except InvalidOperation:
        return None


def _moment(value: Any) -> datetime | None:
    """A stored time stamp (ISO, UTC) as the local time, without a zone (Excel has none)."""
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return None
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _day(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _flag(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no"):
        return False
    return None


def typed(value: Any, kind: str) -> Any:
    """The value as a workbook keeps it: Decimal, int, bool, date, datetime or text (a
    value that does not fit its column's kind stays text; empty is None)."""
    if value is None or value == "":
        return None
    converted: Any = None
    if kind in ("money", "number"):
        converted = _decimal(value)
    elif kind == "int":
        number = _decimal(value)
        converted = int(number) if number is not None and number == int(number) else None
    elif kind == "bool":
        converted = _flag(value)
    elif kind == "date":
        converted = _day(value)
    elif kind == "datetime":
        converted = _moment(value)
    return str(value) if converted is None else converted


# -- CSV ---------------------------------------------------------------------------------


def _excel_text(value: Any) -> str:
    """A typed value as German Excel reads it from CSV."""
    if isinstance(value, bool):
        return "WAHR" if value else "FALSCH"
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M:%S")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, Decimal):
        return str(value).replace(".", ",")
    return str(value)


def csv_cells(row: Sequence[Any], cols: Sequence[Column], *, excel: bool) -> list[str]:
    """One row's cells as CSV text (plain or for Excel), risky texts neutralised."""
    cells: list[str] = []
    for value, col in zip(row, cols, strict=False):
        if value is None:
            cells.append("")
            continue
        if excel:
            value = typed(value, col.kind)
            text = "" if value is None else _excel_text(value)
            if isinstance(value, str):
                text = neutralised(text)
        else:
            text = neutralised(str(value))
        cells.append(text)
    return cells


def write_csv(out: TextIO, cols: Sequence[Column], rows: Iterable[Sequence[Any]], *,
              excel: bool = False, header: bool = True) -> int:
    """Write the table as CSV to ``out`` (opened with ``newline=""``); returns the number
    of rows written. ``excel``: semicolons, a BOM, decimal comma and local times."""
    if excel:
        out.write("\ufeff")
    writer = csv.writer(out, delimiter=";" if excel else ",", lineterminator="\r\n")
    if header:
        writer.writerow([c.name for c in cols])
    n = 0
    for row in rows:
        writer.writerow(csv_cells(row, cols, excel=excel))
        n += 1
    return n


# -- Excel workbook ---------------------------------------------------------------------


def _widths(cols: Sequence[Column]) -> list[float]:
    wide = {"text": 18, "money": 14, "number": 12, "int": 8, "bool": 8, "date": 12,
            "datetime": 20}
    return [max(len(c.name) + 2, wide.get(c.kind, 14)) for c in cols]


def xlsx_bytes(cols: Sequence[Column], rows: Iterable[Sequence[Any]], *,
               title: str = "premiumcalc") -> tuple[bytes, int]:
    """The table as an Excel workbook (one sheet named ``title``, a bold, frozen header
    row): the file's bytes and the number of rows written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=_XML_ILLEGAL.sub("", title)[:31] or "premiumcalc")
    sheet.freeze_panes = "A2"
    for i, width in enumerate(_widths(cols), start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    bold = Font(bold=True)
    head = []
    for col in cols:
        cell = WriteOnlyCell(sheet, value=col.name)
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    formats = {"money": EURO_FORMAT, "date": DATE_FORMAT, "datetime": DATETIME_FORMAT}
    n = 0
    for row in rows:
        cells = []
        for value, col in zip(row, cols, strict=False):
            value = typed(value, col.kind)
            if isinstance(value, str):
                cell = WriteOnlyCell(sheet, value=_XML_ILLEGAL.sub("", value))
                cell.data_type = "s"  # a text, never a formula
            else:
                cell = WriteOnlyCell(sheet, value=value)
                if isinstance(value, (Decimal, date)) and col.kind in formats:
                    cell.number_format = formats[col.kind]
            cells.append(cell)
        sheet.append(cells)
        n += 1
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue(), n


def write_xlsx(path: Path | str, cols: Sequence[Column], rows: Iterable[Sequence[Any]], *,
               title: str = "premiumcalc") -> int:
    """Write the table as an Excel workbook at ``path`` (atomically); returns the number
    of rows written. Raises ``premiumcalc.fileio.WriteError`` when it cannot be written."""
    from premiumcalc.fileio import atomic_write_bytes

    data, n = xlsx_bytes(cols, rows, title=title)
    atomic_write_bytes(path, data)
    return n


FORMATS = ("csv", "excel-csv", "xlsx")
"""How a table can be written: plain CSV, CSV for (German) Excel, an Excel workbook."""


def format_of(path: Path | str, chosen: str = "") -> str:
    """The format for a file: ``chosen`` when given, else by its name (``.xlsx``: Excel)."""
    if chosen in FORMATS:
        return chosen
    return "xlsx" if str(path).lower().endswith(".xlsx") else "csv"


def write_table(path: Path | str, fmt: str, cols: Sequence[Column],
                rows: Iterable[Sequence[Any]], *, title: str = "premiumcalc") -> int:
    """Write the table at ``path`` (atomically) in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "xlsx":
        return write_xlsx(path, cols, rows, title=title)
    from premiumcalc.fileio import AtomicTextWriter

    with AtomicTextWriter(path, newline="") as out:
        return write_csv(out, cols, rows, excel=fmt == "excel-csv")
