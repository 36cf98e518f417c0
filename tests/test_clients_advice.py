"""The client register with advice records and first-information receipts: their retention
dates (10 and 6 years from the end of the calendar year, broker-duties.md §5), the client
number they get, the audit log, export, deletion and anonymisation (stored PDF bytes
removed, their hash kept). SQLite and PostgreSQL.
"""

# ruff: noqa: F811  (the database fixtures are imported by name)

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from premiumcalc.cli import main
from premiumcalc.quotes import advice_records as ar
from premiumcalc.quotes import open_store
from test_quotes_helpers import nordlicht, request
from test_quotes_store import db_url, pg_db, pg_url  # noqa: F401  (the fixtures)

NAME, ADDRESS = "Beraten GmbH", "Ratsweg 7\n24103 Kiel"
HANDED = datetime(2026, 11, 25, 13, 30, tzinfo=UTC)


def fake_pdf(text: str) -> bytes:
    return b"%PDF-1.4\n% " + text.encode("utf-8") + b"\n%%EOF\n"


def _advice(store, when: datetime = HANDED, text: str = "Beratung"):  # type: ignore[no-untyped-def]
    return ar.save_advice_record(
        store, pdf=fake_pdf(text),
        inputs={"client": {"name": NAME, "address": ADDRESS}, "reason": "Herr Rat mag Tee",
                "request": {"activity": "Webshops", "revenue": "180000"},
                "results": [{"id": "nordlicht-it-2026", "gross_annual": "745.40"}]},
        client_name=NAME, client_address=ADDRESS, advice_at=when.isoformat()[:16],
        channel="in-person", adviser="Anna Adler", lang="de", now=when)


def _first_info(store, when: datetime = HANDED):  # type: ignore[no-untyped-def]
    return ar.record_first_information(
        store, client_name=NAME, client_address=ADDRESS, handed_over_at=when.isoformat()[:16],
        how="in-person", profile={"name": "Anna Adler"}, lang="de", pdf=fake_pdf("Erstinfo"),
        now=when)


def test_advice_records_and_receipts_carry_their_retention_dates(db_url: str) -> None:
    with open_store(db_url, daily_backup=False) as store:
        first = _first_info(store)
        record = _advice(store)
        quote = store.save_quote(request(), nordlicht(), client_name=NAME,
                                 client_address=ADDRESS, status="sent").number
        client = store.clients.get_client(NAME)
        assert client.number == "K-000001"  # the first record made the client, numbered
        dates = {r.number: (r.kind, r.retention_until) for r in store.clients.records(NAME)}
        assert dates == {
            first.number: ("first-information", date(2032, 12, 31)),
            record.number: ("advice-record", date(2036, 12, 31)),
            quote: ("quote", date(2032, 12, 31)),
        }
        handed = [(e.action, e.subject) for e in store.clients.audit_entries("K-000001")
                  if e.action == "handed over"]
        assert handed == [("handed over", first.number), ("handed over", record.number)]


def test_export_holds_the_frozen_documents_byte_for_byte(db_url: str, tmp_path: Path) -> None:
    with open_store(db_url, daily_backup=False) as store:
        first = _first_info(store)
        record = _advice(store)
    target = tmp_path / "k.zip"
    out, err = io.StringIO(), io.StringIO()
    assert main(["clients", "export", NAME, "-o", str(target), "--db", db_url], out, err) == 0
    with zipfile.ZipFile(target) as archive:
        assert archive.read(f"advice-records/{record.number}.pdf") == fake_pdf("Beratung")
        assert archive.read(f"first-information/{first.number}.pdf") == fake_pdf("Erstinfo")
        data = json.loads(archive.read("client.json"))
    (advice,) = data["advice_records"]
    assert advice["number"] == record.number and advice["retention_until"] == "2036-12-31"
    assert advice["content_sha256"] == hashlib.sha256(fake_pdf("Beratung")).hexdigest()
    assert advice["inputs"]["reason"] == "Herr Rat mag Tee"
    assert data["first_information"][0]["retention_until"] == "2032-12-31"


def test_deletion_keeps_advice_records_ten_years_and_removes_expired_ones(
        db_url: str) -> None:
    with open_store(db_url, daily_backup=False) as store:
        old = _advice(store, datetime(2015, 5, 4, 10, tzinfo=UTC), "alt")  # until 2025-12-31
        new = _advice(store, HANDED)
        info = _first_info(store)
        draft = store.save_quote(request(), nordlicht(), client_name=NAME,
                                 client_address=ADDRESS).number
        report = store.clients.delete_client(NAME)
        assert set(report.removed) == {old.number, draft}
        assert {r.number for r in report.kept} == {new.number, info.number}
        assert report.kept_until == date(2036, 12, 31)
        with pytest.raises(ar.RecordNotFound):
            ar.get_advice_record(store, old.number)
        assert ar.advice_pdf(store, new.number) == fake_pdf("Beratung")


def test_anonymisation_removes_the_stored_pdfs_and_keeps_their_hash(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(db_url, daily_backup=False) as store:
        record = _advice(store)
        info = _first_info(store)
        store.clients.delete_client(NAME)
    monkeypatch.setenv("PREMIUMCALC_TODAY", "2033-01-01")  # the receipt's date passed, the
    with open_store(db_url, daily_backup=False) as store:  # advice record's not yet
        assert not store.clients.get_client("K-000001").anonymised
        assert ar.advice_pdf(store, record.number) == fake_pdf("Beratung")
    monkeypatch.setenv("PREMIUMCALC_TODAY", "2037-01-01")
    with open_store(db_url, daily_backup=False) as store:
        kept = ar.get_advice_record(store, record.number)
        receipt = ar.get_first_information(store, info.number)
        assert kept.client_name == "anonymised K-000001" and kept.client_address == ""
        assert kept.sha256 == hashlib.sha256(fake_pdf("Beratung")).hexdigest()
        with pytest.raises(Exception, match=record.number):
            ar.advice_pdf(store, record.number)
        text = json.dumps(kept.inputs, ensure_ascii=False)
        for private in ("Beraten", "Ratsweg", "Tee", "Webshops"):
            assert private not in text
        assert kept.inputs["results"] == [{"id": "nordlicht-it-2026",
                                           "gross_annual": "745.40"}]
        assert receipt.client_name == "anonymised K-000001"
        assert receipt.pdf_sha256 == hashlib.sha256(fake_pdf("Erstinfo")).hexdigest()
        assert store.clients.frozen_documents("K-000001") == [(record.number, None),
                                                              (info.number, None)]


def test_advice_list_leaves_out_the_records_of_a_client_kept_only_for_retention(
        db_url: str) -> None:
    """A deleted client's advice records are kept ten years, restricted (Art. 18 GDPR):
    they no longer appear when the records are listed or searched by name."""
    with open_store(db_url, daily_backup=False) as store:
        record = _advice(store)
        other = ar.save_advice_record(
            store, pdf=fake_pdf("other"), inputs={}, client_name="Bleibt AG",
            advice_at=HANDED.isoformat()[:16], channel="telephone", adviser="Anna Adler",
            lang="de", now=HANDED)
        store.clients.delete_client(NAME)
        number = store.clients.get_client(NAME).number
        assert store.clients.get_client(NAME).restricted
    for args in ((), ("--client-name", NAME)):
        out, err = io.StringIO(), io.StringIO()
        assert main(["advice", "list", *args, "--db", db_url], out, err) == 0, err.getvalue()
        assert record.number not in out.getvalue() and NAME not in out.getvalue()
    out, err = io.StringIO(), io.StringIO()
    assert main(["advice", "list", "--db", db_url], out, err) == 0
    assert other.number in out.getvalue()
    # the record itself is kept: shown by its number and on the client's page
    out, err = io.StringIO(), io.StringIO()
    assert main(["advice", "show", record.number, "--db", db_url], out, err) == 0
    with open_store(db_url, daily_backup=False) as store:
        assert record.number in [r.number for r in store.clients.records(number)]


def test_anonymisation_keeps_the_brokers_profile_snapshot_of_a_client_next_door(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A client in the broker's own town shares an address line with the broker: the
    client's address goes, the broker's profile snapshot (not the client's data) stays."""
    broker = {"company": "Beispiel Versicherungsmakler GmbH",
              "address": "Lindenallee 5\n24103 Kiel", "register_number": "D-W6DP-J2OWG-88"}
    with open_store(db_url, daily_backup=False) as store:
        record = ar.save_advice_record(
            store, pdf=fake_pdf("Beratung"),
            inputs={"client": {"name": NAME, "address": ADDRESS}, "profile": broker,
                    "tariffs": [{"id": "nordlicht-it-2026", "version": "2026-01"}]},
            client_name=NAME, client_address=ADDRESS, advice_at=HANDED.isoformat()[:16],
            channel="in-person", adviser="Anna Adler", lang="de", now=HANDED)
        store.clients.delete_client(NAME)
    monkeypatch.setenv("PREMIUMCALC_TODAY", "2037-01-01")
    with open_store(db_url, daily_backup=False) as store:
        kept = ar.get_advice_record(store, record.number)
    assert kept.client_name == "anonymised K-000001"
    assert kept.inputs["client"] == {"name": "anonymised K-000001", "address": ""}
    assert kept.inputs["profile"] == broker
    assert kept.inputs["tariffs"] == [{"id": "nordlicht-it-2026", "version": "2026-01"}]
