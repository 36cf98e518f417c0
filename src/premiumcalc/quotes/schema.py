"""The quote database's tables and its migrations, for SQLite and PostgreSQL alike.

The schema carries its version in ``schema_version``; :data:`MIGRATIONS` lists the steps
from one version to the next, applied in order inside one transaction. A database written
by a newer program (a higher version than we know) is refused, never altered.

The list table ``quotes`` stays narrow (what the history shows, sorts and searches) so that
scanning 100,000 rows is fast; the request and outcome JSON live in ``quote_data`` and each
tariff file's bytes once in ``tariff_files``.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.engine import Connection

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("version", sa.Integer, nullable=False),
)

clients = sa.Table(
    "clients",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("address", sa.Text, nullable=False, server_default=""),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.UniqueConstraint("name", "address", name="uq_clients_name_address"),
)

tariff_files = sa.Table(
    "tariff_files",
    metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("tariff_id", sa.Text, nullable=False),
    sa.Column("version", sa.Text, nullable=False),
    sa.Column("content", sa.LargeBinary, nullable=False),
    sa.Column("stored_at", sa.String(32), nullable=False),
)

quote_counter = sa.Table(
    "quote_counter",
    metadata,
    sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("last_number", sa.Integer, nullable=False),
)

quotes = sa.Table(
    "quotes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("quote_number", sa.String(32), nullable=False, unique=True),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("updated_at", sa.String(32), nullable=False),
    sa.Column("client_id", sa.Integer, sa.ForeignKey("clients.id"), nullable=False),
    sa.Column("client_name", sa.Text, nullable=False),
    sa.Column("client_key", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("tariff_id", sa.Text, nullable=False),
    sa.Column("tariff_version", sa.Text, nullable=False),
    sa.Column("tariff_sha256", sa.String(64), sa.ForeignKey("tariff_files.sha256"),
              nullable=False),
    sa.Column("profession", sa.Text, nullable=False),
    sa.Column("outcome_status", sa.String(16), nullable=False),
    sa.Column("gross_annual_cents", sa.BigInteger, nullable=True),
    sa.Column("lang", sa.String(8), nullable=False),
    sa.Column("search_text", sa.Text, nullable=False),
    sa.Column("deleted_at", sa.String(32), nullable=True),
    # Start of cover (ISO date, schema version 2): which tariff version a quote belongs to.
    sa.Column("start_date", sa.String(10), nullable=True),
    sa.CheckConstraint("status IN ('draft', 'sent', 'accepted', 'declined')",
                       name="ck_quotes_status"),
)

sa.Index("ix_quotes_created", quotes.c.created_at)
sa.Index("ix_quotes_client_name", quotes.c.client_name)
sa.Index("ix_quotes_profession", quotes.c.profession)
sa.Index("ix_quotes_gross", quotes.c.gross_annual_cents)
sa.Index("ix_quotes_status", quotes.c.status)
sa.Index("ix_quotes_client_id", quotes.c.client_id)
sa.Index("ix_quotes_tariff_start", quotes.c.tariff_id, quotes.c.start_date)

quote_data = sa.Table(
    "quote_data",
    metadata,
    sa.Column("quote_id", sa.Integer, sa.ForeignKey("quotes.id"), primary_key=True,
              autoincrement=False),
    sa.Column("request_json", sa.Text, nullable=False),
    sa.Column("outcome_json", sa.Text, nullable=False),
    sa.Column("notes", sa.Text, nullable=False, server_default=""),
)


# Advice records (Beratungsdokumentation, §§ 60-62 VVG) and first-information handovers
# (§ 15 VersVermV): frozen once handed over. A record keeps its PDF bytes and their sha256
# (the bytes may be removed later, the hash stays); a changed record is a new row whose
# ``replaces`` names the record it replaces, never an update.

advice_counter = sa.Table(
    "advice_counter",
    metadata,
    # "B" advice records (B-2026-000001), "E" first-information handovers (E-2026-000001)
    sa.Column("kind", sa.String(1), primary_key=True),
    sa.Column("year", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("last_number", sa.Integer, nullable=False),
)

advice_records = sa.Table(
    "advice_records",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("record_number", sa.String(32), nullable=False, unique=True),
    sa.Column("created_at", sa.String(32), nullable=False),  # saved = handed over (UTC)
    sa.Column("advice_at", sa.String(32), nullable=False),  # date and time of the advice
    sa.Column("client_id", sa.Integer, sa.ForeignKey("clients.id"), nullable=False),
    sa.Column("client_name", sa.Text, nullable=False),
    sa.Column("client_address", sa.Text, nullable=False, server_default=""),
    sa.Column("channel", sa.String(16), nullable=False),
    sa.Column("adviser", sa.Text, nullable=False, server_default=""),
    sa.Column("oral_first", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("lang", sa.String(8), nullable=False),
    sa.Column("start_date", sa.String(10), nullable=True),
    sa.Column("recommended", sa.Text, nullable=True),  # tariff id recommended, if any
    sa.Column("chosen", sa.Text, nullable=True),  # tariff id the client chose, if any
    sa.Column("content_sha256", sa.String(64), nullable=False),
    sa.Column("pdf", sa.LargeBinary, nullable=True),  # None once removed; the hash stays
    sa.Column("inputs_json", sa.Text, nullable=False),
    sa.Column("replaces", sa.String(32), nullable=True, unique=True),
)
sa.Index("ix_advice_records_client_id", advice_records.c.client_id)
sa.Index("ix_advice_records_client_name", advice_records.c.client_name)

advice_record_quotes = sa.Table(
    "advice_record_quotes",
    metadata,
    sa.Column("record_id", sa.Integer, sa.ForeignKey("advice_records.id"), primary_key=True,
              autoincrement=False),
    sa.Column("quote_number", sa.String(32), primary_key=True),
)
sa.Index("ix_advice_record_quotes_quote", advice_record_quotes.c.quote_number)

first_info_handovers = sa.Table(
    "first_info_handovers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("handover_number", sa.String(32), nullable=False, unique=True),
    sa.Column("created_at", sa.String(32), nullable=False),  # when it was recorded (UTC)
    sa.Column("handed_over_at", sa.String(32), nullable=False),  # date and time handed over
    sa.Column("client_id", sa.Integer, sa.ForeignKey("clients.id"), nullable=False),
    sa.Column("client_name", sa.Text, nullable=False),
    sa.Column("client_address", sa.Text, nullable=False, server_default=""),
    sa.Column("how", sa.String(16), nullable=False),  # in-person, post, email
    sa.Column("lang", sa.String(8), nullable=False),
    sa.Column("profile_sha256", sa.String(64), nullable=False),
    sa.Column("profile_json", sa.Text, nullable=False),
    sa.Column("pdf_sha256", sa.String(64), nullable=True),
    sa.Column("pdf", sa.LargeBinary, nullable=True),
)
sa.Index("ix_first_info_handovers_client_id", first_info_handovers.c.client_id)

#: The tables of the advice-records step, in the order they are created.
ADVICE_TABLES = (advice_counter, advice_records, advice_record_quotes, first_info_handovers)


# ---------------------------------------------------------------------------------------
# Migrations: MIGRATIONS[i] brings the schema from version i to version i + 1.


def _v1(conn: Connection) -> None:
    metadata.create_all(conn, checkfirst=True)


def saving_date(created_at: str) -> str:
    """The local date (ISO) of a quote's saving: the start of cover of a quote saved before
    the start was asked for (handbook §11)."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(created_at).astimezone().date().isoformat()
    except ValueError:
        return created_at[:10]


def _v2(conn: Connection) -> None:
    """The start of cover: a column of its own, filled from each saved request, else the
    local date of the quote's saving. The saved request and result stay as they were."""
    import json

    columns = {c["name"] for c in sa.inspect(conn).get_columns("quotes")}
    if "start_date" not in columns:
        conn.execute(sa.text("ALTER TABLE quotes ADD COLUMN start_date VARCHAR(10)"))
    indexes = {i["name"] for i in sa.inspect(conn).get_indexes("quotes")}
    if "ix_quotes_tariff_start" not in indexes:
        conn.execute(sa.text(
            "CREATE INDEX ix_quotes_tariff_start ON quotes (tariff_id, start_date)"))
    q, d = quotes.c, quote_data.c
    rows = conn.execute(
        sa.select(q.id, q.created_at, d.request_json)
        .select_from(quotes.join(quote_data, quote_data.c.quote_id == q.id))
        .where(q.start_date.is_(None))
    ).all()
    for row in rows:
        try:
            start = json.loads(row.request_json).get("start")
        except (ValueError, AttributeError):
            start = None
        if not isinstance(start, str) or len(start) != 10:
            start = saving_date(row.created_at)
        conn.execute(quotes.update().where(q.id == row.id).values(start_date=start))


def _advice_records(conn: Connection) -> None:
    """Advice records and first-information handovers: tables of their own (with their
    indexes); nothing that exists is changed."""
    for table in ADVICE_TABLES:
        table.create(conn, checkfirst=True)


Migration = Callable[[Connection], None]
MIGRATIONS: list[Migration] = [_v1, _v2, _advice_records]
SCHEMA_VERSION = len(MIGRATIONS)


class NewerSchema(Exception):
    """The database was written by a newer program; ``found`` is its schema version."""

    def __init__(self, found: int) -> None:
        self.found = found
        super().__init__(found)


def current_version(conn: Connection) -> int:
    """The database's schema version, 0 for an empty database."""
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    value = conn.execute(sa.select(schema_version.c.version)).scalar()
    return int(value or 0)


def migrate(conn: Connection) -> int:
    """Bring the schema up to :data:`SCHEMA_VERSION` inside the caller's write transaction.

    Returns the version found before. Raises :class:`NewerSchema` for a newer database.
    """
    if conn.dialect.name == "postgresql":
        # Several desks may open a new database at once: one migrates, the others wait.
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(742001)"))
    found = current_version(conn)
    if found > SCHEMA_VERSION:
        raise NewerSchema(found)
    for step in MIGRATIONS[found:]:
        step(conn)
    if found == 0:
        conn.execute(schema_version.insert().values(id=1, version=SCHEMA_VERSION))
    elif found < SCHEMA_VERSION:
        conn.execute(schema_version.update().values(version=SCHEMA_VERSION))
    return found
