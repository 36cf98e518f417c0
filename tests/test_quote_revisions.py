"""Saving again, the reference contract kept with the quote, umlaut search and the schema
step that brings them (on a store of the previous release and on PostgreSQL)."""

from __future__ import annotations

import io
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from premiumcalc.cli import main
from premiumcalc.pricing.reference import Reference
from premiumcalc.quotes import QuoteStore, open_store
from premiumcalc.quotes.connection import resolve_url
from premiumcalc.quotes.schema import MIGRATIONS, SCHEMA_VERSION, _quote_revisions
from test_quotes_helpers import nordlicht, request
from test_quotes_store import db_url, pg_db, pg_url, store  # noqa: F401 - fixtures

FIXTURE = Path(__file__).parent / "data" / "store-v2.sqlite"


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


# ---------------------------------------------------------------------------------------
# saving a reopened quote


def test_a_reopened_draft_is_saved_in_place_under_its_number(store: QuoteStore) -> None:  # noqa: F811
    first = store.save_quote(request(), nordlicht(), client_name="Müller IT-Beratung GmbH",
                             notes="first call")
    again = store.save_quote(request(revenue="250000"), nordlicht(),
                             client_name="Müller IT-Beratung GmbH", over=first.number)
    assert again.number == first.number
    assert again.replaces is None and again.status == "draft"
    assert again.request["revenue"] == "250000"
    assert again.notes == "first call"  # kept: the window saves no notes of its own
    assert again.created_at == first.created_at
    assert store.count() == 1
    # the next new quote still gets the next number
    other = store.save_quote(request(), nordlicht(), client_name="Schmidt Digital")
    assert other.number[-6:] == "000002"


def test_a_sent_quote_cannot_be_made_a_draft_again(store: QuoteStore, db_url: str) -> None:  # noqa: F811
    """A quote once sent is an offer the broker must keep: marking it a draft again would
    let it be changed in place and deleted at once as a draft never sent."""
    from premiumcalc.quotes.errors import StoreError

    sent = store.save_quote(request(), nordlicht(), client_name="Schmidt Digital")
    store.update(sent.number, status="sent")
    with pytest.raises(StoreError, match="was sent"):
        store.update(sent.number, status="draft")
    assert store.get(sent.number).status == "sent"
    store.update(sent.number, status="accepted")  # the other states stay open
    code, _, err = _cli("quotes", "set", sent.number, "--status", "draft", "--db", db_url)
    assert code == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "was sent" in err
    changed = store.save_quote(request(cover=2000000), nordlicht(),
                               client_name="Schmidt Digital", over=sent.number)
    assert changed.number != sent.number and changed.replaces == sent.number
    assert store.get(sent.number).request["cover"] == 1000000
    report = store.clients.delete_client("Schmidt Digital")
    assert sent.number not in report.removed and changed.number in report.removed


def test_a_quote_kept_only_for_retention_takes_no_change(store: QuoteStore,  # noqa: F811
                                                         db_url: str) -> None:  # noqa: F811
    """A deleted client's sent quotes are kept restricted (Art. 18 GDPR): like the client
    itself, they take no new notes or status."""
    from premiumcalc.quotes.errors import StoreError

    sent = store.save_quote(request(), nordlicht(), client_name="Weg GmbH", status="sent")
    store.clients.delete_client("Weg GmbH")
    with pytest.raises(StoreError, match="restricted"):
        store.update(sent.number, notes="called again")
    with pytest.raises(StoreError, match="restricted"):
        store.update(sent.number, status="accepted")
    kept = store.get(sent.number)
    assert kept.notes == "" and kept.status == "sent"
    code, _, err = _cli("quotes", "set", sent.number, "--notes", "x", "--db", db_url)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "restricted" in err


def test_a_sent_quote_is_frozen_and_a_change_gets_a_number_that_replaces_it(
        store: QuoteStore, db_url: str) -> None:  # noqa: F811
    sent = store.save_quote(request(), nordlicht(), client_name="Schmidt Digital")
    store.update(sent.number, status="sent")
    changed = store.save_quote(request(cover=2000000), nordlicht(),
                               client_name="Schmidt Digital", over=sent.number)
    assert changed.number != sent.number
    assert changed.replaces == sent.number and changed.status == "draft"
    frozen = store.get(sent.number)
    assert frozen.status == "sent" and frozen.request["cover"] == 1000000
    assert frozen.gross_annual == Decimal("726.65")  # the handbook's worked example
    # saving the new draft again changes it in place: no third number
    third = store.save_quote(request(cover=2000000, deductible=1000), nordlicht(),
                             client_name="Schmidt Digital", over=changed.number)
    assert third.number == changed.number and third.replaces == sent.number
    assert store.count() == 2
    code, out, err = _cli("quotes", "show", changed.number, "--db", db_url)
    assert code == 0, err
    assert f"replaces {sent.number}" in out
    code, out, err = _cli("quotes", "show", sent.number, "--db", db_url)
    assert code == 0 and "replaces Q-" not in out.splitlines()[0]


def test_a_deleted_draft_is_not_saved_over(store: QuoteStore) -> None:  # noqa: F811
    draft = store.save_quote(request(), nordlicht(), client_name="Alt GmbH")
    store.delete([draft.number])
    again = store.save_quote(request(), nordlicht(), client_name="Alt GmbH",
                             over=draft.number)
    assert again.number != draft.number and again.replaces == draft.number
    assert store.get(draft.number, include_deleted=True).request == draft.request


def test_the_reference_contract_is_saved_with_the_quote(store: QuoteStore) -> None:  # noqa: F811
    reference = Reference(insurer="Alte Versicherung AG", gross_annual=Decimal("812.40"),
                          cover=Decimal("1000000"), key_limit=Decimal("20000"))
    saved = store.save_quote(request(), nordlicht(), client_name="Müller IT-Beratung GmbH",
                             reference=reference)
    assert store.get(saved.number).reference == reference
    bare = store.save_quote(request(), nordlicht(), client_name="Schmidt Digital",
                            reference=Reference())
    assert store.get(bare.number).reference is None
    # saving the draft again without a contract drops it
    again = store.save_quote(request(), nordlicht(), client_name="Müller IT-Beratung GmbH",
                             over=saved.number)
    assert again.reference is None


# ---------------------------------------------------------------------------------------
# umlauts and ß in the search


@pytest.mark.parametrize("term", ["mull", "muller", "mueller", "Müller", "MÜLL", "beratung"])
def test_search_folds_umlauts(store: QuoteStore, term: str) -> None:  # noqa: F811
    mueller = store.save_quote(request(), nordlicht(), client_name="Müller IT-Beratung GmbH")
    store.save_quote(request(), nordlicht(), client_name="Schmidt Digital")
    assert [r.number for r in store.search(term)] == [mueller.number]


@pytest.mark.parametrize("term", ["strasse", "straße", "STRASSE"])
def test_search_folds_sharp_s(store: QuoteStore, term: str) -> None:  # noqa: F811
    found = store.save_quote(request(), nordlicht(), client_name="Straßen-IT GmbH")
    store.save_quote(request(), nordlicht(), client_name="Schmidt Digital")
    assert [r.number for r in store.search(term)] == [found.number]


def test_the_command_line_search_folds_too(db_url: str) -> None:  # noqa: F811
    with open_store(db_url, daily_backup=False) as opened:
        number = opened.save_quote(request(), nordlicht(),
                                   client_name="Müller IT-Beratung GmbH").number
    code, out, _ = _cli("quotes", "list", "--search", "mueller", "--db", db_url)
    assert code == 0 and number in out


# ---------------------------------------------------------------------------------------
# the schema step on stores of the previous release


def test_a_store_of_the_previous_release_is_migrated_and_found_by_umlauts(
        tmp_path: Path) -> None:
    copy = tmp_path / "quotes.db"
    shutil.copyfile(FIXTURE, copy)
    engine = sa.create_engine(f"sqlite:///{copy}")
    with engine.connect() as conn:
        before = {r.quote_number: tuple(r) for r in conn.exec_driver_sql(
            "SELECT quote_number, created_at, updated_at, client_name, status, "
            "gross_annual_cents, deleted_at FROM quotes")}
        documents = list(conn.exec_driver_sql(
            "SELECT quote_id, request_json, outcome_json, notes FROM quote_data "
            "ORDER BY quote_id"))
    engine.dispose()
    with open_store(copy, daily_backup=False) as opened:
        muellers = ["Q-2026-000001", "Q-2026-000002"]
        assert sorted(r.number for r in opened.search("mueller")) == muellers
        assert sorted(r.number for r in opened.search("muller")) == muellers
        assert sorted(r.number for r in opened.search("Müll")) == muellers
        assert opened.search("mueller schmidt") == []
        first = opened.get("Q-2026-000001")
        assert first.replaces is None and first.reference is None
        # a draft of the previous release is changed in place, a sent one replaced
        again = opened.save_quote(request(), nordlicht(), client_name=first.client_name,
                                  over="Q-2026-000001")
        assert again.number == "Q-2026-000001"
        new = opened.save_quote(request(), nordlicht(), client_name="Schmidt Digital",
                                over="Q-2026-000002")
        assert new.replaces == "Q-2026-000002"
        assert new.number not in before  # never a number issued before
    engine = sa.create_engine(f"sqlite:///{copy}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT version FROM schema_version").scalar() == SCHEMA_VERSION
        after = {r.quote_number: tuple(r) for r in conn.exec_driver_sql(
            "SELECT quote_number, created_at, updated_at, client_name, status, "
            "gross_annual_cents, deleted_at FROM quotes")}
        kept = list(conn.exec_driver_sql(
            "SELECT quote_id, request_json, outcome_json, notes FROM quote_data "
            "WHERE quote_id IN (2, 3, 4) ORDER BY quote_id"))
    engine.dispose()
    for number in ("Q-2026-000002", "Q-2026-000003", "Q-2026-000004"):
        assert after[number] == before[number]
    assert kept == [d for d in documents if d[0] in (2, 3, 4)]


def _as_previous_release(url: str) -> None:
    """Turn a store into one of the previous schema: no replaces, no reference, search text
    in lower case as it was built then."""
    engine = sa.create_engine(resolve_url(url))
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE quotes DROP COLUMN replaces")
        conn.exec_driver_sql("ALTER TABLE quote_data DROP COLUMN reference_json")
        conn.exec_driver_sql("UPDATE quotes SET search_text = 'q-2026-000001 müller "
                             "it-beratung gmbh software-development'")
        conn.execute(sa.text("UPDATE schema_version SET version = :v"),
                     {"v": MIGRATIONS.index(_quote_revisions)})
    engine.dispose()


def test_the_step_on_postgresql(pg_db: str) -> None:  # noqa: F811
    with open_store(pg_db, daily_backup=False) as opened:
        saved = opened.save_quote(request(), nordlicht(), client_name="Müller IT-Beratung GmbH")
    _as_previous_release(pg_db)
    with open_store(pg_db, daily_backup=False) as opened:
        assert [r.number for r in opened.search("mueller")] == [saved.number]
        assert [r.number for r in opened.search("mull")] == [saved.number]
        again = opened.get(saved.number)
        assert again.outcome == saved.outcome and again.replaces is None
        opened.update(saved.number, status="sent")
        new = opened.save_quote(request(), nordlicht(), client_name="Müller IT-Beratung GmbH",
                                over=saved.number,
                                reference=Reference(insurer="Alt AG",
                                                    gross_annual=Decimal("800.00")))
        assert new.replaces == saved.number and new.reference is not None
    engine = sa.create_engine(resolve_url(pg_db))
    with engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT version FROM schema_version").scalar() == SCHEMA_VERSION
    engine.dispose()
