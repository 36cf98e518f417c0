"""Saved quotes as a table: one row per quote, as plain CSV (amounts with two decimals and
a '.', ISO time stamps), as CSV for German Excel or as an Excel workbook
(:mod:`premiumcalc.sheets`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from premiumcalc import sheets
from premiumcalc.quotes.models import SavedQuote

CSV_COLUMNS = (
    "quote_number", "created_at", "updated_at", "status", "client_name", "client_address",
    "tariff_id", "tariff_version", "tariff_sha256", "profession", "revenue", "cover",
    "deductible", "claims", "modules", "startup", "term", "payment", "country", "scenarios",
    "outcome_status", "net_annual", "insurance_tax", "gross_annual", "notes",
)


def csv_row(quote: SavedQuote) -> dict[str, Any]:
    req = quote.request
    premium = quote.outcome.get("premium") or {}
    return {
        "quote_number": quote.number,
        "created_at": quote.created_at,
        "updated_at": quote.updated_at,
        "status": quote.status,
        "client_name": quote.client_name,
        "client_address": quote.client_address,
        "tariff_id": quote.tariff_id,
        "tariff_version": quote.tariff_version,
        "tariff_sha256": quote.tariff_sha256,
        "profession": req.get("profession", ""),
        "revenue": req.get("revenue", ""),
        "cover": req.get("cover", ""),
        "deductible": req.get("deductible", ""),
        "claims": req.get("claims", ""),
        "modules": ";".join(req.get("modules", [])),
        "startup": "true" if req.get("startup") else "false",
        "term": req.get("term", ""),
        "payment": req.get("payment", ""),
        "country": req.get("country", ""),
        "scenarios": ";".join(req.get("scenarios", [])),
        "outcome_status": quote.outcome.get("status", ""),
        "net_annual": premium.get("net_annual") or "",
        "insurance_tax": premium.get("insurance_tax") or "",
        "gross_annual": premium.get("gross_annual") or "",
        "notes": quote.notes,
    }


#: How each column is typed in a workbook (and written in CSV for Excel).
KINDS = {
    "created_at": "datetime", "updated_at": "datetime", "revenue": "money", "cover": "money",
    "deductible": "money", "claims": "int", "startup": "bool", "term": "int",
    "net_annual": "money", "insurance_tax": "money", "gross_annual": "money",
}
TABLE = sheets.columns(CSV_COLUMNS, KINDS)


def _rows(quotes: Iterable[SavedQuote]) -> Iterator[list[Any]]:
    for quote in quotes:
        row = csv_row(quote)
        yield [row[c] for c in CSV_COLUMNS]


def write_csv(quotes: Iterable[SavedQuote], out: TextIO, *, excel: bool = False) -> int:
    """Write the quotes as CSV with a header (``excel``: for German Excel); returns the
    number of rows written. A cell a spreadsheet would run as a formula is neutralised."""
    return sheets.write_csv(out, TABLE, _rows(quotes), excel=excel)


def write_quotes(path: Path | str, fmt: str, quotes: Iterable[SavedQuote]) -> int:
    """Write the quotes at ``path`` (atomically) as ``csv``, ``excel-csv`` or ``xlsx``."""
    return sheets.write_table(path, fmt, TABLE, _rows(quotes), title="Quotes")
