"""Speed of the client register at the store level the Clients tab uses.

    .venv/bin/python benchmarks/bench_clients.py [--clients 20000] [--quotes 100000] [--db URL]

With ``--clients`` clients and ``--quotes`` quotes (bulk-inserted rows shaped exactly like
saved ones; every client has a current contract with a request and a main renewal date
within 90 days):

1. the first page of the client list (``list_clients(limit=100)``, with each row's quote
   count): budget 300 ms;
2. a search (by name, number, e-mail and text found nowhere): budget 100 ms each;
3. one client's records with retention dates, and the follow-ups due;
4. the renewal check of every client (each current contract priced with the tariffs valid
   on its renewal date): budget 5 s.

Current contracts share 40 revenues unless ``--distinct`` gives each its own. Each figure
is the median of 5 runs (the renewal check: of 3), printed with its ratio to the budget.
Runs on a fresh SQLite file, and on PostgreSQL when ``--db`` names a server (a schema of its
own there, dropped afterwards).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ["PREMIUMCALC_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-clients-")
os.environ["PREMIUMCALC_CONFIG_DIR"] = tempfile.mkdtemp(prefix="bench-clients-config-")
os.environ.setdefault("PREMIUMCALC_TODAY", "2026-12-01")

import sqlalchemy as sa

from premiumcalc.pricing import build_request
from premiumcalc.quotes import QuoteStore, open_store
from premiumcalc.quotes import schema as s
from premiumcalc.quotes.renewals import renewal_check
from premiumcalc.quotes.store import resolve_url
from premiumcalc.tariffs import load_catalog, load_tariffs

REQUEST = {"tariff": "nordlicht-it-2026", "profession": "software-development",
           "revenue": "180000", "cover": 1000000, "deductible": 500, "claims": 0,
           "modules": ["general-liability", "cyber"], "startup": True, "term": 3,
           "payment": "monthly", "country": "DE", "scenarios": ["lost-client-key"]}
TODAY = date(2026, 12, 1)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def timed(work: Callable[[], Any], runs: int = 5) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def report(label: str, seconds: float, budget: float, extra: str = "") -> None:
    print(f"  {label}: {ms(seconds)} (budget {ms(budget)}, {seconds / budget:.0%} of it)"
          f"{extra}")


def fill(store: QuoteStore, n_clients: int, n_quotes: int, distinct: bool = False) -> None:
    """Bulk-insert clients (each with a current contract) and quotes shaped like saved ones."""
    catalog = load_catalog()
    loaded = load_tariffs().get("nordlicht-it-2026")
    assert loaded is not None
    template = store.save_quote(build_request(REQUEST), loaded, client_name="template",
                                catalog=catalog)
    professions = [p.id for p in catalog.professions]
    start = datetime(2024, 1, 1, tzinfo=UTC)
    engine = store._engine
    request_json = json.dumps(template.request)
    outcome_json = json.dumps(template.outcome, ensure_ascii=False)
    with engine.begin() as conn:
        first_client = int(conn.execute(sa.select(sa.func.max(s.clients.c.id))).scalar_one()) + 1
        rows = []
        for i in range(n_clients):
            number = s.client_number_text(i + 2)
            name = f"Client {i} GmbH"
            address = f"Straße {i % 200}\n{10000 + i % 89999} Stadt"
            email = f"info{i}@client{i}.example"
            stamp = (start + timedelta(minutes=i)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            revenue = 100000 + (i * 10 if distinct else (i % 40) * 10000)
            data = dict(REQUEST, revenue=str(revenue))
            rows.append({
                "id": first_client + i, "name": name, "address": address,
                "created_at": stamp, "updated_at": stamp, "client_number": number,
                "name_key": name.casefold(), "email": email, "phone": f"+49 30 {i:07d}",
                "search_text": s.client_search_text(number, name, address, email, ""),
                "current_insurer": "Alte Versicherung AG",
                "current_premium_cents": 60000 + (i * 37) % 60000,
                "current_limits_json": "{}",
                "current_renewal": (TODAY + timedelta(days=i % 90)).isoformat(),
                "current_request_json": json.dumps(data),
                "follow_up": (TODAY + timedelta(days=i % 30 - 10)).isoformat()
                if i % 7 == 0 else None,
            })
            if len(rows) == 5000:
                conn.execute(s.clients.insert(), rows)
                rows = []
        if rows:
            conn.execute(s.clients.insert(), rows)
        conn.execute(s.client_counter.update().values(last_number=n_clients + 1))
        first_quote = int(conn.execute(sa.select(sa.func.max(s.quotes.c.id))).scalar_one()) + 1
        for base in range(0, n_quotes, 5000):
            quotes, data_rows = [], []
            for i in range(base, min(base + 5000, n_quotes)):
                moment = start + timedelta(minutes=15 * i)
                stamp = moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                number = f"Q-{moment.year}-{i + 1:06d}"
                client = i % n_clients
                name = f"Client {client} GmbH"
                prof = professions[i % len(professions)]
                quotes.append({
                    "id": first_quote + i, "quote_number": number, "created_at": stamp,
                    "updated_at": stamp, "client_id": first_client + client,
                    "client_name": name, "client_key": name.casefold(),
                    "status": "sent" if i % 3 else "draft", "tariff_id": loaded.id,
                    "tariff_version": loaded.version, "tariff_sha256": loaded.sha256,
                    "profession": prof, "outcome_status": "quoted",
                    "gross_annual_cents": 40000 + (i * 37) % 90000, "lang": "en",
                    "search_text": f"{number} {name} {prof}".casefold(),
                    "start_date": stamp[:10],
                })
                data_rows.append({"quote_id": first_quote + i, "request_json": request_json,
                                  "outcome_json": outcome_json, "notes": ""})
            conn.execute(s.quotes.insert(), quotes)
            conn.execute(s.quote_data.insert(), data_rows)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")


def bench(store: QuoteStore, label: str) -> None:
    register = store.clients
    print(f"{label}: {register.count_clients()} clients, {store.count()} quotes")
    cold_start = time.perf_counter()
    register.list_clients(limit=100)
    cold = time.perf_counter() - cold_start
    seconds, rows = timed(lambda: register.list_clients(limit=100))
    report("client list, first 100 rows", seconds, 0.300,
           f"; first call {ms(cold)}; {len(rows)} rows")
    for what, text in (("name", "client 12345 gmbh"), ("number", "K-004711"),
                       ("e-mail", "info777@"), ("nowhere", "no such text anywhere")):
        seconds, rows = timed(lambda text=text: register.list_clients(text, limit=100))
        report(f"search by {what} ({text!r})", seconds, 0.100, f" -> {len(rows)} rows")
    seconds, rows = timed(lambda: register.records("K-004711"))
    report("one client's records with retention dates", seconds, 0.100,
           f" -> {len(rows)} records")
    seconds, rows = timed(lambda: register.follow_ups_due(limit=None))
    report("follow-ups due", seconds, 0.300, f" -> {len(rows)} due")
    installed, catalog = load_tariffs(), load_catalog()
    seconds, rows = timed(lambda: renewal_check(store, installed=installed, catalog=catalog),
                          runs=3)
    report("renewal check of every client", seconds, 5.0, f" -> {len(rows)} listed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--db", default=os.environ.get("PREMIUMCALC_TEST_POSTGRES_URL", ""),
                        help="a PostgreSQL URL to measure there too")
    parser.add_argument("--distinct", action="store_true",
                        help="every current contract a request of its own (another revenue): "
                             "no two renewals are priced alike")
    args = parser.parse_args()
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} "
          f"{os.getloadavg()[2]:.2f} (1, 5, 15 min)")

    folder = Path(tempfile.mkdtemp(prefix="bench-clients-db-"))
    db = folder / "clients.db"
    with open_store(db, daily_backup=False) as store:
        start = time.perf_counter()
        fill(store, args.clients, args.quotes, args.distinct)
        print(f"filled SQLite in {time.perf_counter() - start:.1f} s "
              f"({db.stat().st_size / 1e6:.0f} MB)")
    with open_store(db, daily_backup=False) as store:
        bench(store, "SQLite")
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()

    if args.db:
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        engine = sa.create_engine(resolve_url(args.db))
        with engine.begin() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        sep = "&" if "?" in args.db else "?"
        url = f"{args.db}{sep}options=-csearch_path%3D{schema}"
        try:
            with open_store(url, daily_backup=False) as store:
                fill(store, args.clients, args.quotes, args.distinct)
            with open_store(url, daily_backup=False) as store:
                bench(store, "PostgreSQL")
        finally:
            with engine.begin() as conn:
                conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
            engine.dispose()


if __name__ == "__main__":
    main()
