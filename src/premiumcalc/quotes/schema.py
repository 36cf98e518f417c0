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
    # The client register (schema step ``_clients``): a number of its own, contact, notes,
    # the current contract, a follow-up, the legal hold and what a deletion left restricted.
    sa.Column("client_number", sa.String(16), nullable=True, unique=True),
    sa.Column("name_key", sa.Text, nullable=False, server_default=""),
    sa.Column("email", sa.Text, nullable=False, server_default=""),
    sa.Column("phone", sa.Text, nullable=False, server_default=""),
    sa.Column("notes", sa.Text, nullable=False, server_default=""),
    sa.Column("search_text", sa.Text, nullable=False, server_default=""),
    sa.Column("current_insurer", sa.Text, nullable=False, server_default=""),
    sa.Column("current_premium_cents", sa.BigInteger, nullable=True),
    sa.Column("current_limits_json", sa.Text, nullable=False, server_default="{}"),
    sa.Column("current_renewal", sa.String(10), nullable=True),
    sa.Column("current_request_json", sa.Text, nullable=True),
    sa.Column("current_quote", sa.String(32), nullable=True),
    sa.Column("follow_up", sa.String(10), nullable=True),
    sa.Column("follow_up_note", sa.Text, nullable=False, server_default=""),
    sa.Column("legal_hold", sa.Integer, nullable=False, server_default="0"),
    # Set by "delete this client" when records must be kept: restricted (Art. 18 GDPR)
    # until ``anonymise_after`` passes, then anonymised (``anonymised_at``).
    sa.Column("restricted_at", sa.String(32), nullable=True),
    sa.Column("anonymise_after", sa.String(10), nullable=True),
    sa.Column("anonymised_at", sa.String(32), nullable=True),
    sa.Column("updated_at", sa.String(32), nullable=False, server_default=""),
    # Optimistic check: a change names the version it was made on.
    sa.Column("version", sa.Integer, nullable=False, server_default="1"),
    sa.UniqueConstraint("name", "address", name="uq_clients_name_address"),
)
sa.Index("ix_clients_name_key", clients.c.name_key)
sa.Index("ix_clients_follow_up", clients.c.follow_up)
sa.Index("ix_clients_renewal", clients.c.current_renewal)
sa.Index("ix_clients_anonymise_after", clients.c.anonymise_after)

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
    # The quote number a sent quote was changed from (saving it again gives a new number).
    sa.Column("replaces", sa.String(32), nullable=True),
    # The client register (schema step ``_clients``): a follow-up date (Wiedervorlage) and,
    # once the client asked for deletion, the moment the quote was restricted.
    sa.Column("follow_up", sa.String(10), nullable=True),
    sa.Column("restricted_at", sa.String(32), nullable=True),
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
sa.Index("ix_quotes_follow_up", quotes.c.follow_up)

quote_data = sa.Table(
    "quote_data",
    metadata,
    sa.Column("quote_id", sa.Integer, sa.ForeignKey("quotes.id"), primary_key=True,
              autoincrement=False),
    sa.Column("request_json", sa.Text, nullable=False),
    sa.Column("outcome_json", sa.Text, nullable=False),
    sa.Column("notes", sa.Text, nullable=False, server_default=""),
    # The client's current contract entered on the Compare tab (JSON), None when none was.
    sa.Column("reference_json", sa.Text, nullable=True),
)

# The client register: numbers, the audit log, the erased clients and the housekeeping done.

client_counter = sa.Table(
    "client_counter",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("last_number", sa.Integer, nullable=False),
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.String(32), nullable=False),
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("client_number", sa.String(16), nullable=True),
    sa.Column("subject", sa.String(32), nullable=False, server_default=""),
    sa.Column("detail", sa.Text, nullable=False, server_default=""),
)
sa.Index("ix_audit_log_client", audit_log.c.client_number, audit_log.c.id)

erased_clients = sa.Table(
    "erased_clients",
    metadata,
    sa.Column("client_number", sa.String(16), primary_key=True),
    sa.Column("state", sa.String(16), nullable=False),  # deleted | anonymised
    sa.Column("at", sa.String(32), nullable=False),
)

housekeeping = sa.Table(
    "housekeeping",
    metadata,
    sa.Column("name", sa.String(32), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

#: The tables of the client-register step, in the order they are created.
CLIENT_TABLES = (client_counter, audit_log, erased_clients, housekeeping)


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


def _quote_revisions(conn: Connection) -> None:
    """Saving again: a quote changed after it was sent names the one it ``replaces``; the
    client's current contract is kept with the quote (``quote_data.reference_json``); the
    search text of every saved quote is folded so that umlauts and ß are found either way
    (see :mod:`premiumcalc.quotes.searching`). Nothing else of a saved quote changes."""
    from premiumcalc.quotes.searching import search_text

    columns = {c["name"] for c in sa.inspect(conn).get_columns("quotes")}
    if "replaces" not in columns:
        conn.execute(sa.text("ALTER TABLE quotes ADD COLUMN replaces VARCHAR(32)"))
    data_columns = {c["name"] for c in sa.inspect(conn).get_columns("quote_data")}
    if "reference_json" not in data_columns:
        conn.execute(sa.text("ALTER TABLE quote_data ADD COLUMN reference_json TEXT"))
    q = quotes.c
    for row in conn.execute(sa.select(q.id, q.search_text)).all():
        folded = search_text(row.search_text)
        if folded != row.search_text:
            conn.execute(quotes.update().where(q.id == row.id).values(search_text=folded))


def _add_missing_columns(conn: Connection, table: sa.Table) -> None:
    """Add the columns of ``table`` that the database's table lacks (each has a default
    or may be empty, so existing rows stay valid)."""
    have = {c["name"] for c in sa.inspect(conn).get_columns(table.name)}
    for column in table.columns:
        if column.name in have:
            continue
        kind = column.type.compile(dialect=conn.dialect)
        default = ""
        if column.server_default is not None:
            value = str(column.server_default.arg)  # type: ignore[attr-defined]
            literal = value if value.isdigit() else "'" + value.replace("'", "''") + "'"
            default = f" NOT NULL DEFAULT {literal}"
        conn.execute(sa.text(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}"
                             f"{default}"))


def _add_missing_indexes(conn: Connection, table: sa.Table) -> None:
    have = {i["name"] for i in sa.inspect(conn).get_indexes(table.name)}
    for index in table.indexes:
        if index.name not in have:
            index.create(conn)


def _clients(conn: Connection) -> None:
    """The client register: each client gets a number (``K-000001`` …, in the order the
    clients were created), contact, notes, the current contract and a follow-up; quotes a
    follow-up; new tables for the client numbers, the audit log, the erased clients and the
    housekeeping. Nothing saved is changed; a client's searchable text is filled in."""
    for table in (clients, quotes):
        _add_missing_columns(conn, table)
    for table in CLIENT_TABLES:
        table.create(conn, checkfirst=True)
    inspector = sa.inspect(conn)
    unique: list[list[str | None]] = [
        list(u["column_names"]) for u in inspector.get_unique_constraints("clients")]
    unique += [list(i["column_names"]) for i in inspector.get_indexes("clients")
               if i.get("unique")]
    if ["client_number"] not in unique:
        conn.execute(sa.text("CREATE UNIQUE INDEX uq_clients_client_number "
                             "ON clients (client_number)"))
    _add_missing_indexes(conn, clients)
    _add_missing_indexes(conn, quotes)
    c = clients.c
    last = conn.execute(sa.select(client_counter.c.last_number)
                        .where(client_counter.c.id == 1)).scalar()
    if last is None:
        numbers = [n for n in conn.execute(sa.select(c.client_number)).scalars() if n]
        last = max((int(n[2:]) for n in numbers), default=0)
        conn.execute(client_counter.insert().values(id=1, last_number=last))
    rows = conn.execute(sa.select(c.id, c.name, c.address, c.created_at, c.client_number,
                                  c.updated_at, c.email, c.phone)
                        .order_by(c.created_at, c.id)).all()
    for row in rows:
        from premiumcalc.quotes.searching import fold

        # the sort key of the client list: "Özdemir" between "Nguyen" and "Schmidt"
        values: dict[str, object] = {"name_key": fold(row.name)}
        number = row.client_number
        if not number:
            last += 1
            number = client_number_text(last)
            values["client_number"] = number
        values["search_text"] = client_search_text(number, row.name, row.address,
                                                   row.email or "", row.phone or "")
        if not row.updated_at:
            values["updated_at"] = row.created_at
        conn.execute(clients.update().where(c.id == row.id).values(**values))
    conn.execute(client_counter.update().where(client_counter.c.id == 1)
                 .values(last_number=last))
    guard_audit_log(conn)


_PG_GUARD = """
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$ LANGUAGE plpgsql
"""


def guard_audit_log(conn: Connection) -> None:
    """Make the database refuse UPDATE and DELETE on ``audit_log`` (idempotent)."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text(_PG_GUARD))
        exists = conn.execute(sa.text(
            "SELECT 1 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE t.tgname = 'audit_log_append_only' AND c.oid = 'audit_log'::regclass"
        )).scalar()
        if not exists:
            conn.execute(sa.text(
                "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"))
        return
    for what in ("UPDATE", "DELETE"):
        conn.execute(sa.text(
            f"CREATE TRIGGER IF NOT EXISTS audit_log_no_{what.lower()} BEFORE {what} ON "
            f"audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"))


def client_number_text(serial: int) -> str:
    """``K-000001`` for the first client."""
    return f"K-{serial:06d}"


def client_search_text(number: str, name: str, address: str, email: str, phone: str) -> str:
    """What a client search looks in: folded like a quote's search text, so that "mull",
    "muller" and "mueller" find Müller (see :mod:`premiumcalc.quotes.searching`)."""
    from premiumcalc.quotes.searching import search_text

    return search_text(" ".join((number, name, address.replace("\n", " "), email, phone)))


Migration = Callable[[Connection], None]
MIGRATIONS: list[Migration] = [_v1, _v2, _advice_records, _quote_revisions, _clients]
SCHEMA_VERSION = len(MIGRATIONS)


class NewerSchema(Exception):
    """The database was written by a newer program; ``found`` is its schema version."""

    def __init__(self, found: int) -> None:
        self.found = found
        super().__init__(found)


class ForeignDatabase(Exception):
    """A SQLite file of another program: it has tables, none of them premiumcalc's;
    ``tables`` names them."""

    def __init__(self, tables: list[str]) -> None:
        self.tables = tables
        super().__init__(", ".join(tables))


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
    if found == 0 and conn.dialect.name == "sqlite":  # a server database may be shared
        tables = sorted(sa.inspect(conn).get_table_names())
        if tables and "quotes" not in tables:
            raise ForeignDatabase(tables)
    for step in MIGRATIONS[found:]:
        step(conn)
    if found == 0:
        conn.execute(schema_version.insert().values(id=1, version=SCHEMA_VERSION))
    elif found < SCHEMA_VERSION:
        conn.execute(schema_version.update().values(version=SCHEMA_VERSION))
    return found
