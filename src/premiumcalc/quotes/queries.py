"""The queries of the quote list: filters, sorting, rows to values (SQLAlchemy Core)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from premiumcalc.quotes import schema as s
from premiumcalc.quotes.models import SavedQuote


def like_pattern(text: str) -> str:
    escaped = text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


SORT_COLUMNS = {
    "number": s.quotes.c.quote_number,
    "created": s.quotes.c.created_at,
    "client": s.quotes.c.client_name,
    "profession": s.quotes.c.profession,
    "tariff": s.quotes.c.tariff_id,
    "gross": s.quotes.c.gross_annual_cents,
    "status": s.quotes.c.status,
}


def summary_columns() -> list[Any]:
    q = s.quotes.c
    return [q.quote_number, q.created_at, q.updated_at, q.client_name, q.status, q.tariff_id,
            q.tariff_version, q.profession, q.outcome_status, q.gross_annual_cents]


def summary_values(row: Any) -> dict[str, Any]:
    cents = row[9]
    return {
        "number": row[0], "created_at": row[1], "updated_at": row[2], "client_name": row[3],
        "status": row[4], "tariff_id": row[5], "tariff_version": row[6], "profession": row[7],
        "outcome_status": row[8],
        "gross_annual": None if cents is None else (Decimal(int(cents)) / 100).quantize(
            Decimal("0.01")),
    }


def full_query() -> sa.Select[Any]:
    q, d, cl = s.quotes.c, s.quote_data.c, s.clients.c
    return (sa.select(*summary_columns(), cl.address, d.notes, q.tariff_sha256, q.lang,
                      d.request_json, d.outcome_json)
            .select_from(s.quotes.join(s.quote_data).join(s.clients)))


def saved_from_row(row: Any) -> SavedQuote:
    return SavedQuote(
        **summary_values(row),
        client_address=row.address, notes=row.notes, tariff_sha256=row.tariff_sha256,
        lang=row.lang, request=json.loads(row.request_json),
        outcome=json.loads(row.outcome_json),
    )


def filters(text: str, client: str | None, date_from: date | None, date_to: date | None,
             status: str | None) -> list[Any]:
    q = s.quotes.c
    # Quotes kept only for a retention duty are restricted: out of every search.
    where: list[Any] = [q.deleted_at.is_(None), q.restricted_at.is_(None)]
    for word in text.split():
        where.append(q.search_text.like(like_pattern(word), escape="\\"))
    if client and client.strip():
        where.append(q.client_key.like(like_pattern(client.strip()), escape="\\"))
    if date_from is not None:
        where.append(q.created_at >= date_from.isoformat())
    if date_to is not None:
        where.append(q.created_at < date_to.isoformat() + "U")  # after every stamp that day
    if status:
        where.append(q.status == status)
    return where


def insert_ignore(conn: Connection, table: sa.Table, values: dict[str, Any]) -> None:
    """Insert a row unless one with the same key exists (a concurrent writer's, say)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        conn.execute(pg_insert(table).values(**values).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        conn.execute(sqlite_insert(table).values(**values).on_conflict_do_nothing())
