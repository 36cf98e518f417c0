"""Saved quotes as CSV: one row per quote, amounts with two decimals and a '.'."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

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


def _safe(value: Any) -> Any:
    """Keep a spreadsheet from running a cell typed by a user as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_csv(quotes: Iterable[SavedQuote], out: TextIO) -> int:
    """Write the quotes as CSV with a header; returns the number of rows written."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    n = 0
    for quote in quotes:
        row = csv_row(quote)
        for key in ("client_name", "client_address", "notes"):
            row[key] = _safe(row[key])
        writer.writerow(row)
        n += 1
    return n
