"""The client register on SQLite and on PostgreSQL: numbers, contact, the current contract,
follow-ups, retention dates, legal hold, deletion, anonymisation and the audit log.

Dates come from the program's clock (``PREMIUMCALC_TODAY``, 2026-12-01 in the tests unless a
test sets another); expected retention dates are worked out by hand from broker-duties.md §5
(offers 6 years, advice records 10 years, from the end of the calendar year).
"""

# ruff: noqa: F811  (the database fixtures are imported by name)

from __future__ import annotations

import os
import shutil
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from premiumcalc.pricing import InvalidInput
from premiumcalc.quotes import QuoteStore, StoreError, open_store
from premiumcalc.quotes import schema as s
from premiumcalc.quotes.client_models import (
    AmbiguousClient,
    ClientChanged,
    ClientNotFound,
    CurrentContract,
    LegalHold,
)
from premiumcalc.quotes.retention import RetentionSettingsError, load_rules
from premiumcalc.quotes.store import resolve_url
from test_quotes_helpers import nordlicht, request
from test_quotes_store import db_url, pg_db, pg_url, store  # noqa: F401  (the fixtures)

FIXTURE = Path(__file__).parent / "data" / "store-v2.sqlite"


def _save(store: QuoteStore, name: str, *, address: str = "", status: str = "sent",
          when: datetime | None = None) -> str:
    return store.save_quote(request(), nordlicht(), client_name=name, client_address=address,
                            status=status, now=when).number


def _engine(url: str) -> sa.Engine:
    return sa.create_engine(resolve_url(url))


# ---------------------------------------------------------------------------------------
# the migration: existing clients get numbers in order of creation, nothing lost


def test_the_schema_2_store_gets_client_numbers_and_keeps_every_quote(tmp_path: Path) -> None:
    copy = tmp_path / "quotes.db"
    shutil.copyfile(FIXTURE, copy)
    with open_store(copy, daily_backup=False) as store:
        register = store.clients
        every = register.list_clients(sort="number", include_restricted=True)
        assert [(c.number, c.name, c.address.replace("\n", ", ")) for c in every] == [
            ("K-000001", "Müller IT-Beratung GmbH", "Hafenstraße 1, 24103 Kiel"),
            ("K-000002", "Schmidt Digital", "Lübeck"),
            ("K-000003", "Schmidt Digital", "Hamburg"),
        ]
        assert sorted(q.number for q in store.iter_saved()) == [
            "Q-2026-000001", "Q-2026-000002", "Q-2026-000003"]
        assert store.get("Q-2026-000004", include_deleted=True).status
        assert store.get("Q-2026-000002").gross_annual == Decimal("598.86")
        assert store.integrity() == []
        # the next client carries the numbering on
        _save(store, "Neu GmbH")
        assert register.get_client("Neu GmbH").number == "K-000004"
    with sqlite_connect(copy) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == \
            s.SCHEMA_VERSION


def sqlite_connect(path: Path):  # type: ignore[no-untyped-def]
    import contextlib
    import sqlite3

    return contextlib.closing(sqlite3.connect(path))


def _as_before_clients(url: str) -> None:
    """Turn a PostgreSQL store into one written before the client register."""
    step = s.MIGRATIONS.index(s._clients)
    engine = _engine(url)
    with engine.begin() as conn:
        for table in ("client_counter", "audit_log", "erased_clients", "housekeeping"):
            conn.exec_driver_sql(f"DROP TABLE {table}")
        for column in ("client_number", "name_key", "email", "phone", "notes", "search_text",
                       "current_insurer", "current_premium_cents", "current_limits_json",
                       "current_renewal", "current_request_json", "current_quote",
                       "follow_up", "follow_up_note", "legal_hold", "restricted_at",
                       "anonymise_after", "anonymised_at", "updated_at", "version"):
            conn.exec_driver_sql(f"ALTER TABLE clients DROP COLUMN {column}")
        for column in ("follow_up", "restricted_at"):
            conn.exec_driver_sql(f"ALTER TABLE quotes DROP COLUMN {column}")
        conn.exec_driver_sql(f"UPDATE schema_version SET version = {step}")
        # the second client was created first
        conn.exec_driver_sql("UPDATE clients SET created_at = '2025-01-01T00:00:00.000000Z' "
                             "WHERE name = 'Zweite GmbH'")
    engine.dispose()


def test_the_migration_on_postgresql_numbers_clients_by_creation(pg_db: str) -> None:
    with open_store(pg_db, daily_backup=False) as store:
        first = _save(store, "Erste GmbH")
        second = _save(store, "Zweite GmbH")
        before = {n: store.get(n) for n in (first, second)}
    _as_before_clients(pg_db)
    with open_store(pg_db, daily_backup=False) as store:
        assert store.clients.get_client("Zweite GmbH").number == "K-000001"
        assert store.clients.get_client("Erste GmbH").number == "K-000002"
        for number, saved in before.items():
            assert store.get(number) == saved
        _save(store, "Dritte GmbH")
        assert store.clients.get_client("Dritte GmbH").number == "K-000003"
        assert store.integrity() == []


# ---------------------------------------------------------------------------------------
# numbers, contact, the current contract, the list


def test_clients_get_numbers_in_order_and_a_known_client_keeps_its_own(
        store: QuoteStore) -> None:
    _save(store, "Alpha GmbH")
    _save(store, "Beta AG")
    _save(store, "Alpha GmbH")
    rows = store.clients.list_clients(sort="number")
    assert [(c.number, c.name, c.quote_count) for c in rows] == [
        ("K-000001", "Alpha GmbH", 2), ("K-000002", "Beta AG", 1)]


def test_contact_notes_and_current_contract_are_kept(store: QuoteStore) -> None:
    number = _save(store, "Muster GmbH")
    register = store.clients
    client = register.get_client("Muster GmbH")
    contract = CurrentContract(
        insurer="Alte Versicherung AG", premium=Decimal("812.30"),
        limits={"cover": Decimal("1000000"), "deductible": Decimal("500")},
        renewal=date(2027, 3, 1), request=store.get(number).request, quote_number=number,
        requirements_met=("key-loss",))
    changed = register.update_client(client.number, version=client.version,
                                      email="info@muster.de", phone="+49 30 123 45",
                                      notes="prefers e-mail", contract=contract)
    again = register.get_client(client.number)
    assert again == changed
    assert (again.email, again.phone, again.notes) == ("info@muster.de", "+49 30 123 45",
                                                       "prefers e-mail")
    assert again.contract.insurer == "Alte Versicherung AG"
    assert again.contract.premium == Decimal("812.30")
    assert again.contract.limits == {"cover": Decimal("1000000"), "deductible": Decimal("500")}
    assert again.contract.renewal == date(2027, 3, 1)
    assert again.contract.request is not None
    assert again.contract.request["revenue"] == "180000"
    assert again.contract.quote_number == number
    assert again.contract.requirements_met == ("key-loss",)
    assert again.version == client.version + 1
    assert register.list_clients("muster.de")[0].current_premium == Decimal("812.30")


def test_bad_contact_is_refused_naming_the_field(store: QuoteStore) -> None:
    _save(store, "Muster GmbH")
    with pytest.raises(InvalidInput, match=r"^email: 'not an address'"):
        store.clients.update_client("K-000001", email="not an address")
    with pytest.raises(InvalidInput, match=r"^phone: "):
        store.clients.update_client("K-000001", phone="call me maybe")
    assert store.clients.get_client("K-000001").email == ""


def test_search_finds_by_number_name_address_and_contact(store: QuoteStore) -> None:
    _save(store, "Müller IT-Beratung GmbH", address="Hafenstraße 1\n24103 Kiel")
    _save(store, "Schmidt Digital", address="Lübeck")
    register = store.clients
    register.update_client("K-000002", email="kontakt@schmidt.example")

    def found(text: str) -> list[str]:
        return [c.number for c in register.list_clients(text)]

    assert found("müller") == ["K-000001"]
    assert found("MÜLLER kiel") == ["K-000001"]
    assert found("K-000002") == ["K-000002"]
    assert found("schmidt.example") == ["K-000002"]
    assert found("100%") == []
    assert register.count_clients("gmbh") == 1
    # umlauts and ß typed any way, as in the quote history
    assert found("mueller") == ["K-000001"] == found("muller") == found("mull")
    assert found("hafenstrasse") == ["K-000001"]
    assert found("lubeck") == ["K-000002"] == found("luebeck")
    page = register.list_clients(sort="name", limit=1, offset=1)
    assert [c.name for c in page] == ["Schmidt Digital"]


def test_the_client_list_sorts_umlauts_as_their_letters(store: QuoteStore) -> None:
    for name in ("Zander GmbH", "Özdemir IT e.K.", "Ärztehaus Nord", "Nguyen Data UG",
                 "Schmidt Digital"):
        _save(store, name)
    assert [c.name for c in store.clients.list_clients(sort="name")] == [
        "Ärztehaus Nord", "Nguyen Data UG", "Özdemir IT e.K.", "Schmidt Digital",
        "Zander GmbH"]


def test_a_name_two_clients_share_asks_for_the_number(store: QuoteStore) -> None:
    _save(store, "Schmidt Digital", address="Lübeck")
    _save(store, "Schmidt Digital", address="Hamburg")
    with pytest.raises(AmbiguousClient) as caught:
        store.clients.get_client("Schmidt Digital")
    assert caught.value.numbers == ["K-000001", "K-000002"]
    assert "K-000001, K-000002" in str(caught.value)
    assert store.clients.get_client("k-000002").address == "Hamburg"
    with pytest.raises(ClientNotFound, match="'Schmidt'"):
        store.clients.get_client("Schmidt")


def test_a_change_made_on_an_old_version_is_refused(store: QuoteStore, db_url: str) -> None:
    _save(store, "Muster GmbH")
    with open_store(db_url, daily_backup=False) as other_desk:
        mine = store.clients.get_client("K-000001")
        theirs = other_desk.clients.get_client("K-000001")
        other_desk.clients.update_client("K-000001", version=theirs.version,
                                         phone="030 111")
        with pytest.raises(ClientChanged, match="changed at another desk"):
            store.clients.update_client("K-000001", version=mine.version, phone="030 222")
    assert store.clients.get_client("K-000001").phone == "030 111"


def test_two_desks_changing_one_client_at_once_on_postgresql(pg_db: str) -> None:
    """Both read version 1; the first's change is held open while the second writes: the
    second waits, then is told, and the first's change stands."""
    import threading

    with open_store(pg_db, daily_backup=False) as store:
        _save(store, "Muster GmbH")
    first, second = open_store(pg_db, daily_backup=False), open_store(pg_db, daily_backup=False)
    try:
        version = first.clients.get_client("K-000001").version
        engine = _engine(pg_db)
        outcome: list[BaseException | None] = []
        with engine.begin() as conn:  # a desk in the middle of its change
            conn.exec_driver_sql("UPDATE clients SET phone = '030 111', "
                                 "version = version + 1 WHERE client_number = 'K-000001'")

            def other() -> None:
                try:
                    second.clients.update_client("K-000001", version=version, phone="030 222")
                    outcome.append(None)
                except BaseException as error:
                    outcome.append(error)

            thread = threading.Thread(target=other)
            thread.start()
            thread.join(0.5)
            assert thread.is_alive()  # waits for the first desk's row lock
        thread.join(20)
        engine.dispose()
        assert isinstance(outcome[0], ClientChanged), outcome
        assert first.clients.get_client("K-000001").phone == "030 111"
    finally:
        first.close()
        second.close()


# ---------------------------------------------------------------------------------------
# follow-ups


def test_follow_ups_due_of_clients_and_quotes(store: QuoteStore) -> None:
    a = _save(store, "Alpha GmbH")
    _save(store, "Beta AG")
    register = store.clients
    register.update_client("K-000002", follow_up=date(2026, 11, 30),
                           follow_up_note="call about renewal")
    register.set_quote_follow_up(a, date(2026, 12, 1))
    register.update_client("K-000001", follow_up=date(2026, 12, 2))
    due = register.follow_ups_due()  # today: 2026-12-01
    assert [(f.due.isoformat(), f.client_number, f.quote_number, f.note) for f in due] == [
        ("2026-11-30", "K-000002", None, "call about renewal"),
        ("2026-12-01", "K-000001", a, ""),
    ]
    assert len(register.follow_ups_due(date(2026, 12, 2))) == 3
    _save(store, "Ohne Termin GmbH")
    assert [c.number for c in register.list_clients(sort="follow_up")] == [
        "K-000002", "K-000001", "K-000003"]
    assert [c.number for c in register.list_clients(sort="follow_up", descending=True)][
        :2] == ["K-000001", "K-000002"]
    register.update_client("K-000002", follow_up=None)
    assert [f.client_number for f in register.follow_ups_due()] == ["K-000001"]


# ---------------------------------------------------------------------------------------
# retention dates


def test_retention_dates_count_from_the_end_of_the_calendar_year(store: QuoteStore) -> None:
    last_day = _save(store, "Jahresende GmbH", when=datetime(2026, 12, 31, 12, tzinfo=UTC))
    first_day = _save(store, "Jahresende GmbH", when=datetime(2027, 1, 1, 12, tzinfo=UTC))
    draft = _save(store, "Jahresende GmbH", status="draft")
    dates = {r.number: r.retention_until for r in store.clients.records("Jahresende GmbH")}
    assert dates == {last_day: date(2032, 12, 31), first_day: date(2033, 12, 31),
                     draft: None}
    assert store.clients.retention_until("K-000001") == date(2033, 12, 31)
    rules = load_rules()
    assert rules.until("advice-record", date(2026, 1, 1)) == date(2036, 12, 31)
    assert rules.until("first-information", date(2026, 12, 31)) == date(2032, 12, 31)


def test_a_draft_sent_in_a_later_year_is_kept_from_the_year_it_was_sent(
        store: QuoteStore) -> None:
    """An offer is kept six years from the end of the year it was sent (HGB § 257 (5)),
    not from the year its draft was first saved."""
    draft = _save(store, "Spät versandt GmbH", status="draft",
                  when=datetime(2020, 12, 20, 12, tzinfo=UTC))
    store.update(draft, status="sent")  # sent today, years after the draft was saved
    sent_year = datetime.now(UTC).year
    dates = {r.number: r.retention_until for r in store.clients.records("Spät versandt GmbH")}
    assert dates == {draft: date(sent_year + 6, 12, 31)}
    report = store.clients.delete_client("Spät versandt GmbH",
                                         today=date(2027, 1, 2))  # after 2026-12-31
    assert report.removed == () and [r.number for r in report.kept] == [draft]


def test_retention_rules_come_from_the_settings_file(store: QuoteStore) -> None:
    folder = Path(os.environ["PREMIUMCALC_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "retention.toml").write_text("[retention]\noffers = 8\ndrafts_kept = true\n")
    number = _save(store, "Acht GmbH", status="draft", when=datetime(2026, 6, 1, tzinfo=UTC))
    assert store.clients.records("Acht GmbH")[0].retention_until == date(2034, 12, 31)
    (folder / "retention.toml").write_text("[retention]\noffers = -1\n")
    with pytest.raises(RetentionSettingsError, match=r"retention\.offers must be a whole number"):
        store.clients.records("Acht GmbH")
    assert number


# ---------------------------------------------------------------------------------------
# deletion, legal hold, anonymisation


def test_deleting_a_client_without_retention_duties_removes_everything(
        store: QuoteStore) -> None:
    draft = _save(store, "Nur Entwurf GmbH", status="draft")
    other = _save(store, "Bleibt GmbH")
    report = store.clients.delete_client("Nur Entwurf GmbH")
    assert report.removed == (draft,) and report.kept == () and report.client_removed
    with pytest.raises(ClientNotFound):
        store.clients.get_client("K-000001")
    assert [q.number for q in store.search(limit=None)] == [other]
    assert store.clients.erased() == {"K-000001": "deleted"}
    assert store.integrity() == []


def test_deleting_a_client_with_retention_duties_restricts_what_is_kept(
        store: QuoteStore) -> None:
    draft = _save(store, "Kunde GmbH", status="draft")
    sent = _save(store, "Kunde GmbH", status="sent")
    register = store.clients
    register.update_client("K-000001", email="a@kunde.de", notes="n", follow_up=date(2026, 1, 1))
    report = register.delete_client("K-000001")
    assert report.removed == (draft,)
    assert [r.number for r in report.kept] == [sent]
    assert report.kept_until == date(2032, 12, 31) and not report.client_removed
    client = register.get_client("K-000001")
    assert client.restricted and (client.email, client.notes, client.follow_up) == ("", "", None)
    assert client.anonymise_after == date(2032, 12, 31)
    # restricted: out of lists, searches and follow-ups, but kept
    assert register.list_clients() == [] and register.list_clients("kunde") == []
    assert register.follow_ups_due(date(2030, 1, 1)) == []
    assert store.search("kunde", limit=None) == []
    assert list(store.iter_saved()) == []  # nor in the export of all quotes
    assert store.get(sent).client_name == "Kunde GmbH"
    with pytest.raises(StoreError, match="restricted"):
        register.update_client("K-000001", phone="030 1")
    with pytest.raises(StoreError, match="deleted at the client's request"):
        _save(store, "Kunde GmbH")


def test_a_legal_hold_stops_deletion_and_anonymisation(db_url: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(db_url, daily_backup=False) as store:
        sent = _save(store, "Streit GmbH")
        register = store.clients
        register.update_client("K-000001", legal_hold=True)
        with pytest.raises(LegalHold, match="K-000001 is under a legal hold"):
            register.delete_client("K-000001")
        assert store.get(sent).client_name == "Streit GmbH"
        register.update_client("K-000001", legal_hold=False)
        register.delete_client("K-000001")
        register.update_client("K-000001", legal_hold=True)  # a claim comes in afterwards
    monkeypatch.setenv("PREMIUMCALC_TODAY", "2033-01-02")
    with open_store(db_url, daily_backup=False) as store:
        assert store.get(sent).client_name == "Streit GmbH"
        assert not store.clients.get_client("K-000001").anonymised


def test_kept_records_are_anonymised_when_the_store_is_opened_after_the_date(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(db_url, daily_backup=False) as store:
        sent = store.save_quote(request(activity="Webshops für Bäckereien"), nordlicht(),
                                client_name="Weg GmbH", client_address="Gasse 1",
                                status="sent", notes="Herr Weg mag Tee").number
        before = store.get(sent)
        store.clients.delete_client("Weg GmbH")
    monkeypatch.setenv("PREMIUMCALC_TODAY", "2032-12-31")  # the last day of keeping
    with open_store(db_url, daily_backup=False) as store:
        assert store.get(sent).client_name == "Weg GmbH"
    monkeypatch.setenv("PREMIUMCALC_TODAY", "2033-01-01")
    with open_store(db_url, daily_backup=False) as store:
        after = store.get(sent)
        client = store.clients.get_client("K-000001")
    assert client.anonymised and client.name == "anonymised K-000001"
    assert (after.client_name, after.client_address, after.notes) == (
        "anonymised K-000001", "", "")
    assert after.request["activity"] == ""
    # figures and tariffs kept
    assert after.gross_annual == before.gross_annual
    assert after.outcome == before.outcome
    assert (after.tariff_id, after.tariff_sha256) == (before.tariff_id, before.tariff_sha256)
    engine = _engine(db_url)
    with engine.connect() as conn:
        dump = " ".join(str(v) for table in ("clients", "quotes", "quote_data")
                        for row in conn.execute(sa.text(f"SELECT * FROM {table}"))
                        for v in row)
        log = " ".join(str(v) for row in conn.execute(sa.text("SELECT * FROM audit_log"))
                       for v in row)
    engine.dispose()
    for private in ("Weg GmbH", "Gasse 1", "Tee", "Bäckereien"):
        assert private not in dump and private not in log


def test_anonymisation_runs_at_most_once_a_day(db_url: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(db_url, daily_backup=False) as store:
        _save(store, "Erst GmbH", when=datetime(2020, 6, 1, tzinfo=UTC))
        _save(store, "Dann GmbH", when=datetime(2020, 6, 1, tzinfo=UTC))
        store.clients.delete_client("Erst GmbH", today=date(2026, 12, 1))
        # 2020 + 6 years: kept until 2026-12-31
    monkeypatch.setenv("PREMIUMCALC_TODAY", "2027-01-05")
    with open_store(db_url, daily_backup=False) as store:
        assert store.clients.get_client("K-000001").anonymised
        # deleted later the same day (its records are due at once): waits for tomorrow
        store.clients.delete_client("Dann GmbH", today=date(2026, 12, 1))
    with open_store(db_url, daily_backup=False) as store:
        assert not store.clients.get_client("K-000002").anonymised
    monkeypatch.setenv("PREMIUMCALC_TODAY", "2027-01-06")
    with open_store(db_url, daily_backup=False) as store:
        assert store.clients.get_client("K-000002").anonymised


# ---------------------------------------------------------------------------------------
# the audit log


def test_every_action_is_in_the_audit_log_by_client_number(store: QuoteStore) -> None:
    store.actor = "Erika Beispiel"
    number = _save(store, "Log GmbH", status="draft")
    kept = _save(store, "Log GmbH", status="sent")
    store.update(number, status="sent", notes="Herr Log")
    store.delete([number])
    store.undelete([number])
    store.clients.update_client("K-000001", phone="030 1")
    store.clients.set_quote_follow_up(kept, date(2027, 1, 1))
    store.clients.log("exported", "K-000001", "K-000001", "client archive")
    store.clients.delete_client("K-000001")
    entries = store.clients.audit_entries("K-000001")
    assert [(e.action, e.subject) for e in entries] == [
        ("saved", number), ("saved", kept), ("changed", number), ("deleted", number),
        ("changed", number), ("changed", "K-000001"), ("changed", kept),
        ("exported", "K-000001"), ("deleted", "K-000001")]
    assert {e.who for e in entries} == {"Erika Beispiel"}
    assert all("Log GmbH" not in e.detail and "Herr Log" not in e.detail for e in entries)
    assert entries[0].at.endswith("Z")


def test_the_audit_log_refuses_changes_and_deletions(store: QuoteStore, db_url: str) -> None:
    _save(store, "Log GmbH")
    engine = _engine(db_url)
    for statement in ("UPDATE audit_log SET who = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(sa.exc.DatabaseError, match="append-only"), engine.begin() as conn:
            conn.exec_driver_sql(statement)
    engine.dispose()
    assert [e.who for e in store.clients.audit_entries()] != ["someone else"]
    assert len(store.clients.audit_entries()) == 1


def test_the_audit_log_names_the_broker_of_the_saved_profile(db_url: str) -> None:
    folder = Path(os.environ["PREMIUMCALC_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "broker-profile.toml").write_text('[broker]\nname = "Jana Beispiel"\n',
                                                encoding="utf-8")
    with open_store(db_url, daily_backup=False) as store:
        _save(store, "Wer GmbH")
        assert [e.who for e in store.clients.audit_entries()] == ["Jana Beispiel"]


def test_clients_added_by_several_desks_at_once_get_gapless_numbers(db_url: str) -> None:
    from test_quotes_store import _worker

    with open_store(db_url, daily_backup=False):
        pass
    workers = [_worker(db_url, 10, f"desk{i}") for i in range(3)]
    for w in workers:
        _out, err = w.communicate(timeout=120)
        assert w.returncode == 0, err
    with open_store(db_url, daily_backup=False) as store:
        rows = store.clients.list_clients(sort="number", limit=None)
    assert [c.number for c in rows] == [f"K-{n:06d}" for n in range(1, 31)]
    assert len({c.name for c in rows}) == 30
