"""The quote store on SQLite and on a real PostgreSQL server (same tests for both).

PostgreSQL runs when PREMIUMCALC_TEST_POSTGRES_URL names a server (``bash .ci/postgres.sh``
starts one and prints the URL); each test gets a schema of its own there.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from premiumcalc.cli import main
from premiumcalc.pricing import InvalidInput
from premiumcalc.quotes import QuoteNotFound, QuoteStore, StoreError, open_store, reprint
from premiumcalc.quotes import schema as s
from premiumcalc.quotes.store import resolve_url
from test_quotes_helpers import nordlicht, request, tariffs_in, worked_example, write_nordlicht

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def pg_url() -> str:
    """The PostgreSQL server of the tests: $PREMIUMCALC_TEST_POSTGRES_URL; in CI (CI set)
    without it, the server that .ci/postgres.sh starts. Skipped locally without one."""
    url = os.environ.get("PREMIUMCALC_TEST_POSTGRES_URL", "").strip()
    if url:
        return url
    if not os.environ.get("CI"):
        pytest.skip("no PostgreSQL server configured: set PREMIUMCALC_TEST_POSTGRES_URL "
                    "(bash .ci/postgres.sh starts one and prints it)")
    proc = subprocess.run(["bash", str(ROOT / ".ci" / "postgres.sh")], capture_output=True,
                          text=True, timeout=900, check=False)
    if proc.returncode != 0 or not proc.stdout.strip():
        pytest.fail(f"CI needs PostgreSQL, and .ci/postgres.sh failed:\n{proc.stderr[-3000:]}")
    return proc.stdout.strip().splitlines()[-1]


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[str]:
    """A schema of its own on the PostgreSQL server, dropped afterwards."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(resolve_url(pg_url))
    with engine.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in pg_url else "?"
    try:
        yield f"{pg_url}{sep}options=-csearch_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database: a SQLite file, or a schema of its own on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "quotes.db")
    return str(request.getfixturevalue("pg_db"))


@pytest.fixture
def store(db_url: str) -> Iterator[QuoteStore]:
    with open_store(db_url, daily_backup=False) as opened:
        yield opened


def _cli_json(*args: str) -> dict[str, object]:
    out, err = io.StringIO(), io.StringIO()
    assert main(list(args), out, err) == 0, err.getvalue()
    return dict(json.loads(out.getvalue()))


def _worked_example_args() -> list[str]:
    ex = worked_example()
    args = ["quote", "--tariff", ex["tariff"], "--profession", ex["profession"],
            "--revenue", str(ex["revenue"]), "--cover", str(ex["cover"]),
            "--deductible", str(ex["deductible"]), "--term", str(ex["term"]),
            "--payment", ex["payment"], "--country", ex["country"], "--format", "json"]
    for module in ex["modules"]:
        args += ["--module", module]
    for scenario in ex["scenarios"]:
        args += ["--scenario", scenario]
    if ex["startup"]:
        args.append("--startup")
    return args


# ---------------------------------------------------------------------------------------


def test_saved_quote_keeps_request_outcome_client_and_tariff(store: QuoteStore) -> None:
    loaded = nordlicht()
    saved = store.save_quote(request(), loaded, client_name="  Muster IT GmbH ",
                             client_address="Hafenstraße 1\n20457 Hamburg", lang="de",
                             notes="called on Monday")
    year = datetime.now(UTC).year
    assert saved.number == f"Q-{year}-000001"
    again = store.get(saved.number)
    assert again == saved
    assert again.client_name == "Muster IT GmbH"
    assert again.client_address == "Hafenstraße 1\n20457 Hamburg"
    assert again.status == "draft" and again.notes == "called on Monday"
    assert (again.tariff_id, again.tariff_version, again.tariff_sha256) == (
        "nordlicht-it-2026", loaded.version, loaded.sha256)
    assert again.quote_request() == request()
    assert again.gross_annual == Decimal("726.65")
    # the outcome is exactly what `premiumcalc quote --format json --lang de` prints
    assert again.outcome == _cli_json(*_worked_example_args(), "--lang", "de")
    assert store.tariff_content(loaded.sha256) == loaded.content


def test_numbers_count_up_and_start_again_each_year(store: QuoteStore) -> None:
    loaded = nordlicht()
    numbers = [store.save_quote(request(), loaded, client_name="A",
                                now=datetime(2026, 12, 31, 23, 0, tzinfo=UTC)).number
               for _ in range(3)]
    numbers.append(store.save_quote(request(), loaded, client_name="A",
                                    now=datetime(2027, 1, 1, 8, 0, tzinfo=UTC)).number)
    assert numbers == ["Q-2026-000001", "Q-2026-000002", "Q-2026-000003", "Q-2027-000001"]


def test_client_and_tariff_file_are_stored_once(store: QuoteStore, db_url: str) -> None:
    loaded = nordlicht()
    for _ in range(3):
        store.save_quote(request(), loaded, client_name="Muster", client_address="Kiel")
    store.save_quote(request(), loaded, client_name="Muster", client_address="Lübeck")
    engine = sa.create_engine(resolve_url(db_url))
    with engine.connect() as conn:
        n_clients = conn.execute(sa.select(sa.func.count()).select_from(s.clients)).scalar()
        n_files = conn.execute(sa.select(sa.func.count()).select_from(s.tariff_files)).scalar()
    engine.dispose()
    assert (n_clients, n_files) == (2, 1)


def test_a_request_the_tariff_does_not_allow_is_not_saved(store: QuoteStore) -> None:
    with pytest.raises(InvalidInput, match="cover"):
        store.save_quote(request(cover=1234), nordlicht(), client_name="A")
    with pytest.raises(InvalidInput, match="client name"):
        store.save_quote(request(), nordlicht(), client_name="  ")
    assert store.count() == 0


def test_reprint_is_exact_after_the_tariff_file_changed(store: QuoteStore,
                                                        tmp_path: Path) -> None:
    folder = tmp_path / "tariffs"
    write_nordlicht(folder, version="2026-01")
    saved = store.save_quote(request(), nordlicht(tariffs_in(folder)), client_name="Muster")

    # the insurer publishes a new version: class B gets dearer
    write_nordlicht(folder, version="2026-02", band_b_250k="500")
    now = tariffs_in(folder)
    again = reprint(store, saved.number, installed=now)
    assert again.exact
    assert again.loaded.version == "2026-01"
    assert again.outcome.premium is not None
    assert again.outcome.premium.gross_annual == Decimal("726.65")
    assert again.outcome_dict(saved.lang) == saved.outcome
    assert again.newer is not None and again.newer.version == "2026-02"
    assert again.newer.gross_annual is not None
    assert again.newer.gross_annual > Decimal("726.65")
    text = again.newer_text("en")
    assert text is not None and "2026-02" in text and "726.65" in text
    assert "2026-02" in (again.newer_text("de") or "")


def test_reprint_says_nothing_when_the_tariff_is_unchanged_or_older(store: QuoteStore,
                                                                     tmp_path: Path) -> None:
    folder = tmp_path / "tariffs"
    write_nordlicht(folder, version="2026-03")
    saved = store.save_quote(request(), nordlicht(tariffs_in(folder)), client_name="Muster")
    assert reprint(store, saved.number, installed=tariffs_in(folder)).newer is None
    write_nordlicht(folder, version="2025-12", band_b_250k="999")
    assert reprint(store, saved.number, installed=tariffs_in(folder)).newer is None


def test_search_by_client_number_profession_and_date(store: QuoteStore) -> None:
    loaded = nordlicht()
    day1 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    day2 = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)
    a = store.save_quote(request(), loaded, client_name="Ärztehaus Nord", now=day1)
    b = store.save_quote(request(profession="it-consulting"), loaded,
                         client_name="Baumann Consulting", now=day2)
    c = store.save_quote(request(revenue="90000"), loaded, client_name="Cäsar Web", now=day2)

    def numbers(*args: str, **kwargs: Any) -> list[str]:
        return [q.number for q in store.search(*args, **kwargs)]

    assert numbers(client="ärzte") == [a.number]
    assert numbers("ÄRZTEHAUS") == [a.number]
    assert numbers(b.number) == [b.number]
    assert numbers("000003") == [c.number]
    assert numbers("IT-Beratung") == [b.number]          # German label of it-consulting
    assert numbers("consult") == [b.number]
    assert numbers("2026-03-02") == [a.number]
    assert numbers(date_from=date(2026, 3, 5)) == [c.number, b.number]
    assert numbers(date_to=date(2026, 3, 2)) == [a.number]
    assert numbers("nord 2026-03-02") == [a.number]     # every word must match
    assert numbers("100%") == []                          # LIKE wildcards are literal
    assert numbers("_") == []
    assert store.count("2026-03-05") == 2


def test_sort_and_pages(store: QuoteStore) -> None:
    loaded = nordlicht()
    revenues = ["50000", "300000", "120000", "800000", "200000"]
    for i, revenue in enumerate(revenues):
        store.save_quote(request(revenue=revenue, startup=False), loaded,
                         client_name=f"Client {'EDCBA'[i]}")
    by_gross = store.search(sort="gross", descending=False)
    grosses = [q.gross_annual for q in by_gross]
    amounts = [g for g in grosses if g is not None]
    assert amounts == grosses and amounts == sorted(amounts)
    assert [q.client_name for q in store.search(sort="client", descending=False)] == [
        "Client A", "Client B", "Client C", "Client D", "Client E"]
    pages = [store.search(sort="number", descending=False, offset=o, limit=2)
             for o in (0, 2, 4)]
    assert [len(p) for p in pages] == [2, 2, 1]
    assert [q.number for p in pages for q in p] == sorted(q.number for q in by_gross)
    with pytest.raises(StoreError, match="sort"):
        store.search(sort="revenue")


def test_status_and_notes_change_but_the_price_does_not(store: QuoteStore) -> None:
    saved = store.save_quote(request(), nordlicht(), client_name="Muster")
    changed = store.update(saved.number, status="sent", notes="mailed as PDF")
    assert (changed.status, changed.notes) == ("sent", "mailed as PDF")
    assert changed.outcome == saved.outcome and changed.created_at == saved.created_at
    assert changed.updated_at >= saved.updated_at
    assert [q.number for q in store.search(status="sent")] == [saved.number]
    with pytest.raises(StoreError, match="status 'lost'"):
        store.update(saved.number, status="lost")
    with pytest.raises(QuoteNotFound):
        store.update("Q-1999-000001", status="sent")


def test_delete_and_undo(store: QuoteStore) -> None:
    loaded = nordlicht()
    a = store.save_quote(request(), loaded, client_name="A")
    b = store.save_quote(request(), loaded, client_name="B")
    assert store.delete([a.number]) == 1
    assert [q.number for q in store.search()] == [b.number]
    with pytest.raises(QuoteNotFound):
        store.get(a.number)
    assert store.undelete([a.number]) == 1
    assert store.get(a.number) == a
    assert store.count() == 2


# ---------------------------------------------------------------------------------------
# Several writers, and a writer killed in the middle


_WORKER = """
import json, sys
from premiumcalc.pricing import build_request
from premiumcalc.quotes import open_store
from premiumcalc.tariffs import load_tariffs

url, count, name = sys.argv[1], int(sys.argv[2]), sys.argv[3]
req = build_request(json.loads(sys.argv[4]))
loaded = load_tariffs().get(req.tariff)
store = open_store(url, daily_backup=False)
i = 0
while count < 0 or i < count:
    saved = store.save_quote(req, loaded, client_name=f"{name} {i}")
    print(saved.number, flush=True)
    i += 1
"""


def _worker(url: str, count: int, name: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _WORKER, url, str(count), name, json.dumps(worked_example())],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_several_processes_saving_at_once_get_distinct_numbers(store: QuoteStore,
                                                               db_url: str) -> None:
    workers = [_worker(db_url, 15, f"desk{i}") for i in range(3)]
    printed: list[str] = []
    for w in workers:
        out, err = w.communicate(timeout=120)
        assert w.returncode == 0, err
        printed += out.split()
    year = datetime.now(UTC).year
    assert sorted(printed) == [f"Q-{year}-{n:06d}" for n in range(1, 46)]
    saved = store.search(limit=None)
    assert sorted(q.number for q in saved) == sorted(printed)
    assert len({q.client_name for q in saved}) == 45
    assert store.integrity() == []


def test_a_process_killed_while_saving_leaves_the_database_consistent(
        store: QuoteStore, db_url: str) -> None:
    worker = _worker(db_url, -1, "loop")
    assert worker.stdout is not None
    seen = [worker.stdout.readline() for _ in range(8)]
    assert all(line.startswith("Q-") for line in seen), worker.stderr
    time.sleep(0.05)
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL

    with open_store(db_url, daily_backup=False) as after:
        assert after.integrity() == []
        count = after.count()
        assert count >= 8
        for q in after.search(limit=None):  # every saved quote reads back whole
            assert after.get(q.number).outcome["status"] == "quoted"
        nxt = after.save_quote(request(), nordlicht(), client_name="after the crash")
        assert nxt.number.endswith(f"-{count + 1:06d}")
