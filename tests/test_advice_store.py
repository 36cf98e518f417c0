"""Frozen advice records and first-information handovers in the quote store (SQLite and
PostgreSQL), and the migration step that adds them to a store of an earlier release."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from premiumcalc.pricing.request import InvalidInput
from premiumcalc.quotes import StoreError, open_store
from premiumcalc.quotes import advice_records as ar
from premiumcalc.quotes.connection import resolve_url
from premiumcalc.quotes.schema import SCHEMA_VERSION
from test_quotes_helpers import nordlicht, request
from test_quotes_store import db_url, pg_db, pg_url  # noqa: F401 - the SQLite and PostgreSQL fixtures

FIXTURE = Path(__file__).parent / "data" / "store-v2.sqlite"
NOW = datetime(2026, 11, 25, 13, 30, tzinfo=UTC)


def fake_pdf(text: str) -> bytes:
    """A stand-in document: the store keeps bytes, it does not read them."""
    return b"%PDF-1.4\n% " + text.encode("utf-8") + b"\n%%EOF\n"


def save(store, **kw):  # type: ignore[no-untyped-def]
    values = dict(pdf=fake_pdf("one"), inputs={"tariffs": ["a", "b"]},
                  client_name="Müller IT-Beratung GmbH", client_address="Hauptstraße 1\n10115 Berlin",
                  advice_at="2026-11-25T14:30", channel="in-person", adviser="Anna Adler",
                  lang="de", now=NOW)
    values.update(kw)
    return ar.save_advice_record(store, **values)


def test_a_record_is_numbered_and_reprinted_byte_for_byte(db_url: str) -> None:  # noqa: F811
    data = fake_pdf("Beratungsdokumentation Müller")
    with open_store(db_url, daily_backup=False) as store:
        first = save(store, pdf=data, recommended="rheinauen-digital-2026")
        second = save(store, client_name="Schmidt Digital", client_address="")
        assert first.number == "B-2026-000001"
        assert second.number == "B-2026-000002"
        assert first.sha256 == hashlib.sha256(data).hexdigest()
        assert first.advice_at == "2026-11-25T14:30"
        assert first.channel == "in-person" and first.adviser == "Anna Adler"
        assert first.recommended == "rheinauen-digital-2026"
        assert first.inputs == {"tariffs": ["a", "b"]}
    with open_store(db_url, daily_backup=False) as store:  # a new connection: as stored
        assert ar.advice_pdf(store, "B-2026-000001") == data
        assert ar.get_advice_record(store, "B-2026-000001").client_name == \
            "Müller IT-Beratung GmbH"


def test_a_changed_record_is_a_new_version_naming_the_one_it_replaces(
        db_url: str) -> None:  # noqa: F811
    with open_store(db_url, daily_backup=False) as store:
        old = save(store, pdf=fake_pdf("version 1"))
        new = save(store, pdf=fake_pdf("version 2"), replaces=old.number)
        assert new.number == "B-2026-000002" and new.replaces == old.number
        # the old one is unchanged, and says what replaced it
        assert ar.advice_pdf(store, old.number) == fake_pdf("version 1")
        assert ar.get_advice_record(store, old.number).replaced_by == new.number
        assert [r.number for r in ar.advice_versions(store, old.number)] == \
            [old.number, new.number]
        with pytest.raises(StoreError, match="already replaced by B-2026-000002"):
            save(store, pdf=fake_pdf("a fork"), replaces=old.number)
        with pytest.raises(ar.RecordNotFound, match="B-2026-000099"):
            save(store, replaces="B-2026-000099")
        # a failed save takes no number
        third = save(store, pdf=fake_pdf("version 3"), replaces=new.number)
        assert third.number == "B-2026-000003"


def test_records_are_listed_per_client_and_per_quote(db_url: str) -> None:  # noqa: F811
    with open_store(db_url, daily_backup=False) as store:
        quote = store.save_quote(request(), nordlicht(), client_name="Müller IT-Beratung GmbH",
                                 client_address="Hauptstraße 1\n10115 Berlin")
        linked = save(store, quote_numbers=[quote.number])
        unlinked = save(store)
        save(store, client_name="Schmidt Digital", client_address="")
        assert [r.number for r in ar.list_advice_records(store, quote_number=quote.number)] == \
            [linked.number]
        assert linked.quote_numbers == (quote.number,)
        mine = ar.list_advice_records(store, client_name="Müller IT-Beratung GmbH")
        assert [r.number for r in mine] == [linked.number, unlinked.number]
        assert [r.number for r in ar.list_advice_records(store, client_id=linked.client_id)] \
            == [linked.number, unlinked.number]
        of_quote, of_client = ar.advice_records_of_quote(store, quote.number)
        assert [r.number for r in of_quote] == [linked.number]
        assert [r.number for r in of_client] == [unlinked.number]
        with pytest.raises(InvalidInput, match="Q-2026-999999"):
            save(store, quote_numbers=["Q-2026-999999"])


def test_numbers_are_never_issued_again_when_the_database_is_replaced(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    with open_store(db, daily_backup=False) as store:
        assert save(store).number == "B-2026-000001"
        shutil.copyfile(db, tmp_path / "backup.db")  # a copy taken now
        assert save(store).number == "B-2026-000002"
        assert ar.record_first_information(
            store, client_name="X", handed_over_at="2026-11-25", how="post", profile={},
            now=NOW).number == "E-2026-000001"
    # the database is restored from the older copy: B-2026-000002 is held by a client
    shutil.copyfile(tmp_path / "backup.db", db)
    with open_store(db, daily_backup=False) as store:
        assert save(store).number == "B-2026-000003"
    # the database is lost and started afresh
    db.unlink()
    with open_store(db, daily_backup=False) as store:
        assert save(store).number == "B-2026-000004"
        assert ar.record_first_information(
            store, client_name="X", handed_over_at="2026-11-25", how="post", profile={},
            now=NOW).number == "E-2026-000002"


def test_a_stored_pdf_changed_behind_the_programs_back_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    with open_store(db, daily_backup=False) as store:
        record = save(store)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE advice_records SET pdf = ?", (fake_pdf("forged"),))
    with open_store(db, daily_backup=False) as store, \
            pytest.raises(ar.RecordDamaged, match="does not match its sha256"):
        ar.advice_pdf(store, record.number)


@pytest.mark.parametrize(("field", "values"), [
    ("channel", {"channel": "pigeon"}),
    ("client name", {"client_name": "  "}),
    ("pdf", {"pdf": b"not a pdf"}),
    ("lang", {"lang": "fr"}),
])
def test_bad_fields_of_a_record_are_named(tmp_path: Path, field: str,
                                          values: dict[str, object]) -> None:
    with open_store(tmp_path / "q.db", daily_backup=False) as store:
        with pytest.raises(InvalidInput) as caught:
            save(store, **values)
        assert caught.value.field == field
        assert ar.list_advice_records(store) == []


def test_first_information_handovers_are_recorded_per_client(db_url: str) -> None:  # noqa: F811
    profile = {"company": "Adler Versicherungsmakler", "register_number": "D-W6DP-J2OWG-88"}
    data = fake_pdf("Erstinformation")
    with open_store(db_url, daily_backup=False) as store:
        first = ar.record_first_information(
            store, client_name="Schmidt Digital", handed_over_at="2026-11-25T10:00",
            how="post", profile=profile, lang="de", pdf=data, now=NOW)
        ar.record_first_information(
            store, client_name="Other GmbH", handed_over_at="2026-11-26T09:15",
            how="in-person", profile=profile, now=NOW)
        assert first.number == "E-2026-000001"
        assert first.how == "post" and first.handed_over_at == "2026-11-25T10:00"
        assert first.profile == profile and len(first.profile_sha256) == 64
        assert [h.number for h in ar.list_first_information(
            store, client_name="Schmidt Digital")] == ["E-2026-000001"]
        assert ar.first_information_pdf(store, first.number) == data
        with pytest.raises(InvalidInput) as caught:
            ar.record_first_information(store, client_name="X", handed_over_at="2026-11-25",
                                        how="pigeon", profile=profile)
        assert caught.value.field == "handed-over"


# ---------------------------------------------------------------------------------------
# the migration step


def test_the_store_of_the_previous_release_gains_the_tables_and_keeps_every_quote(
        tmp_path: Path) -> None:
    copy = tmp_path / "quotes.db"
    shutil.copyfile(FIXTURE, copy)
    # Every value the previous release saved stays as it was (later steps may add columns
    # and refold the search text, which is no saved value).
    def saved(conn: sqlite3.Connection, table: str, order: str,
              columns: list[str] | None = None) -> tuple[list[str], list[tuple[object, ...]]]:
        if columns is None:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                       if r[1] != "search_text"]
        rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")
        return columns, rows.fetchall()

    with sqlite3.connect(FIXTURE) as conn:
        q_cols, before = saved(conn, "quotes", "id")
        d_cols, data_before = saved(conn, "quote_data", "quote_id")
        c_cols, clients_before = saved(conn, "clients", "id")
    with open_store(copy, daily_backup=False) as store:
        record = save(store, client_name="Müller IT-Beratung GmbH",
                      client_address="Hafenstraße 1\n24103 Kiel", quote_numbers=["Q-2026-000002"])
        assert record.number == "B-2026-000001"
        assert store.get("Q-2026-000004", include_deleted=True).number == "Q-2026-000004"
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION
        assert saved(conn, "quotes", "id", q_cols)[1] == before
        assert saved(conn, "quote_data", "quote_id", d_cols)[1] == data_before
        assert saved(conn, "clients", "id", c_cols)[1][:len(clients_before)] == clients_before
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"advice_records", "advice_record_quotes", "first_info_handovers",
            "advice_counter"} <= tables
    # opening again changes nothing
    with open_store(copy, daily_backup=False) as store:
        assert [r.number for r in ar.list_advice_records(store)] == ["B-2026-000001"]


def _without_advice_tables(url: str) -> None:
    """Turn a current database into one of the previous release: no advice tables."""
    engine = sa.create_engine(resolve_url(url) if "://" in url else f"sqlite:///{url}")
    with engine.begin() as conn:
        for table in ("advice_record_quotes", "advice_records", "first_info_handovers",
                      "advice_counter"):
            conn.exec_driver_sql(f"DROP TABLE {table}")
        conn.exec_driver_sql("UPDATE schema_version SET version = 2")
    engine.dispose()


def test_a_postgresql_store_of_the_previous_release_is_migrated(pg_db: str) -> None:  # noqa: F811
    with open_store(pg_db, daily_backup=False) as store:
        quote = store.save_quote(request(), nordlicht(), client_name="Alt GmbH")
        before = store.get(quote.number)
    _without_advice_tables(pg_db)
    with open_store(pg_db, daily_backup=False) as store:
        after = store.get(quote.number)
        assert after == before
        record = save(store, client_name="Alt GmbH", client_address="",
                      quote_numbers=[quote.number])
        assert record.number == "B-2026-000001"
        assert ar.advice_records_of_quote(store, quote.number)[0][0].number == record.number
    engine = sa.create_engine(resolve_url(pg_db))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version FROM schema_version").scalar() == \
            SCHEMA_VERSION
    engine.dispose()
