"""Speed of the Clients tab with a large client register.

    .venv/bin/python benchmarks/bench_clients_window.py [--clients 20000] [--quotes 100000]
                                                       [--db POSTGRESQL_URL]

With ``--clients`` clients and ``--quotes`` saved quotes (bulk-inserted rows shaped exactly
like saved ones, the quotes spread over the clients), on a fresh SQLite file and, with
``--db`` (or PREMIUMCALC_TEST_POSTGRES_URL), on PostgreSQL too:

1. the time from creating the Clients tab to its first rows painted (budget 300 ms);
2. the time a search takes from the search firing to the rows painted, for a client number,
   a name, a city, an e-mail address and text found nowhere (budget 100 ms each);
3. what a keystroke in the search field costs (the search itself runs a short pause after
   the last key, not on each one);
4. the time to open a client's page (details, every record with its retention date and the
   client's audit log).

Each figure is the median of ``--runs`` runs, printed with its ratio to the budget. Runs
offscreen with an empty user folder; the machine's load (``uptime``) is printed alongside.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PREMIUMCALC_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-clients-window-")

from premiumcalc.pricing import build_request
from premiumcalc.quotes import QuoteStore, open_store
from premiumcalc.tariffs import load_catalog, load_tariffs

REQUEST = {"tariff": "nordlicht-it-2026", "profession": "software-development",
           "revenue": "180000", "cover": 1000000, "deductible": 500, "claims": 0,
           "modules": ["general-liability", "cyber"], "startup": True, "term": 3,
           "payment": "monthly", "country": "DE", "scenarios": ["lost-client-key"]}
CITIES = ("Hamburg", "Kiel", "Lübeck", "Berlin", "München", "Köln", "Leipzig", "Bremen")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def verdict(seconds: float, budget_ms: float) -> str:
    ratio = seconds * 1000 / budget_ms
    return f"{ms(seconds)} (budget {budget_ms:.0f} ms, ratio {ratio:.2f})"


def fill(store: QuoteStore, n_clients: int, n_quotes: int) -> None:
    """Bulk-insert clients and quotes shaped like saved ones."""
    import sqlalchemy as sa

    from premiumcalc.quotes import schema as s

    catalog = load_catalog()
    loaded = load_tariffs().get("nordlicht-it-2026")
    assert loaded is not None
    template = store.save_quote(build_request(REQUEST), loaded, client_name="Vorlage GmbH",
                                catalog=catalog)
    professions = [p.id for p in catalog.professions]
    start = datetime(2024, 1, 1, tzinfo=UTC)
    stamp0 = start.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    engine = store._engine
    with engine.begin() as conn:
        first_client = int(conn.execute(sa.select(sa.func.max(s.clients.c.id))).scalar_one())
        clients = []
        for i in range(1, n_clients):
            serial = first_client + i
            number = s.client_number_text(serial)
            name = f"Kunde {i:05d} IT GmbH"
            address = f"Weg {i % 300 + 1}\n{20000 + i % 9000} {CITIES[i % len(CITIES)]}"
            email = f"info@kunde{i:05d}.de"
            clients.append({
                "id": serial, "name": name, "address": address, "created_at": stamp0,
                "updated_at": stamp0, "client_number": number, "name_key": name.casefold(),
                "email": email, "phone": f"040 {i:06d}",
                "search_text": s.client_search_text(number, name, address, email,
                                                    f"040 {i:06d}"),
                "current_insurer": "Alte Hanse" if i % 3 else "",
                "current_premium_cents": 90000 + (i * 37) % 90000 if i % 3 else None,
                "current_renewal": f"2027-{i % 12 + 1:02d}-01" if i % 3 else None,
                "follow_up": f"2026-{i % 12 + 1:02d}-15" if i % 7 == 0 else None,
            })
        for base in range(0, len(clients), 5000):
            conn.execute(s.clients.insert(), clients[base:base + 5000])
        conn.execute(s.client_counter.update().values(last_number=first_client + n_clients - 1))
        first_id = int(conn.execute(sa.select(sa.func.max(s.quotes.c.id))).scalar_one()) + 1
        request_json = json.dumps(template.request)
        outcome_json = json.dumps(template.outcome, ensure_ascii=False)
        for base in range(0, n_quotes, 5000):
            quotes, data = [], []
            for i in range(base, min(base + 5000, n_quotes)):
                moment = start + timedelta(minutes=15 * i)
                stamp = moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                number = f"Q-{moment.year}-{i + 1:06d}"
                c = clients[i % len(clients)]
                prof = professions[i % len(professions)]
                label = catalog.profession_map[prof]
                quotes.append({
                    "id": first_id + i, "quote_number": number, "created_at": stamp,
                    "updated_at": stamp, "client_id": c["id"], "client_name": c["name"],
                    "client_key": c["name_key"], "status": ("draft", "sent")[i % 2],
                    "tariff_id": loaded.id, "tariff_version": loaded.version,
                    "tariff_sha256": loaded.sha256, "profession": prof,
                    "outcome_status": "quoted", "gross_annual_cents": 40000 + (i * 37) % 90000,
                    "lang": "de",
                    "search_text": " ".join((number, c["name"], prof, label.en, label.de,
                                             loaded.id, stamp[:10],
                                             f"{moment:%d.%m.%Y}")).casefold(),
                    "start_date": moment.date().isoformat(),
                })
                data.append({"quote_id": first_id + i, "request_json": request_json,
                             "outcome_json": outcome_json, "notes": ""})
            conn.execute(s.quotes.insert(), quotes)
            conn.execute(s.quote_data.insert(), data)


def median(action: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def bench_window(store: QuoteStore, label: str, runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from premiumcalc.gui.clients_store import StoreDirectory
    from premiumcalc.gui.clients_tab import ClientsTab

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    tariffs, catalog = load_tariffs(), load_catalog()
    n = store.clients.count_clients()
    print(f"-- {label}: {n} clients, {store.count()} quotes")

    def first_rows() -> None:
        tab = ClientsTab(StoreDirectory(store, tariffs, catalog, "de"), "de")
        tab.resize(880, 640)
        tab.show()
        app.processEvents()
        tab.grab()
        assert tab.model.rowCount() > 0
        tab.close()
        tab.deleteLater()
        app.processEvents()

    first, times = median(first_rows, runs)
    print(f"clients tab: first rows painted after {verdict(first, 300)}; "
          f"first run {ms(times[0])}")

    tab = ClientsTab(StoreDirectory(store, tariffs, catalog, "de"), "de")
    tab.resize(880, 640)
    tab.show()
    app.processEvents()
    some = store.clients.list_clients(offset=n // 2, limit=1)[0]
    searches = {"client number": some.number, "name": some.name[:11],
                "city": "lübeck", "e-mail": some.email, "nowhere": "keine solche firma"}
    for what, text in searches.items():
        tab.search.blockSignals(True)
        tab.search.setText(text)
        tab.search.blockSignals(False)

        def searched() -> None:
            tab.apply_search()
            app.processEvents()
            tab.grab()

        took, _ = median(searched, runs)
        print(f"search by {what} ({text!r}): {verdict(took, 100)} -> "
              f"{tab.model.rowCount()} rows shown")

    tab.search.clear()
    tab.apply_search()
    app.processEvents()

    def keystroke() -> None:
        tab.search.insert("x")
        app.processEvents()

    key, _ = median(keystroke, runs)
    print(f"one keystroke in the search field: {ms(key)} (the search runs "
          f"{tab.SEARCH_DELAY_MS} ms after the last key)")
    tab.search.clear()
    tab.apply_search()

    def open_page() -> None:
        tab.open_client(some.number)
        app.processEvents()
        tab.grab()
        tab.show_list()

    opened, _ = median(open_page, runs)
    records = tab.page.records_model.rowCount()
    print(f"open a client's page ({records} records): {ms(opened)}")

    def scroll() -> None:
        tab.model.reload()
        while tab.model.canFetchMore() and tab.model.rowCount() < 1000:
            tab.model.fetchMore()
        app.processEvents()

    scrolled, _ = median(scroll, runs)
    print(f"scroll through the first 1000 clients (10 pages): {ms(scrolled)}")
    tab.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20_000)
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", default=os.environ.get("PREMIUMCALC_TEST_POSTGRES_URL", ""),
                        help="a PostgreSQL URL to measure there too (its tables must be empty "
                             "or absent: use a database or schema of its own)")
    args = parser.parse_args()
    print("load:", os.getloadavg())

    folder = Path(tempfile.mkdtemp(prefix="bench-clients-window-db-"))
    db = folder / "clients.db"
    with open_store(db, daily_backup=False) as store:
        start = time.perf_counter()
        fill(store, args.clients, args.quotes)
        print(f"filled SQLite in {time.perf_counter() - start:.1f} s "
              f"({db.stat().st_size / 1e6:.0f} MB)")
    with open_store(db, daily_backup=False) as store:
        bench_window(store, "SQLite", args.runs)
    if args.db:
        with open_store(args.db, daily_backup=False) as store:
            if store.count() == 0:
                start = time.perf_counter()
                fill(store, args.clients, args.quotes)
                print(f"filled PostgreSQL in {time.perf_counter() - start:.1f} s")
            bench_window(store, "PostgreSQL", args.runs)
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    print("load:", os.getloadavg())


if __name__ == "__main__":
    main()
