"""Speed of the quote store and the History tab.

    .venv/bin/python benchmarks/bench_quotes.py [--quotes 100000] [--saves 200] [--db URL]

1. Saving one quote (pricing, outcome JSON, a new number, one transaction with fsync):
   median and 95th percentile over ``--saves`` saves into a fresh SQLite file (target
   20 ms), and into PostgreSQL when ``--db`` or PREMIUMCALC_TEST_POSTGRES_URL names one.
2. With ``--quotes`` saved quotes (bulk-inserted rows shaped exactly like saved ones): the
   time from creating the History tab to its first rows shown (target 300 ms), and the
   time a search takes to answer, for a client, a quote number, a profession, a date and
   text found nowhere (target 100 ms each; median of 5 runs).

Runs offscreen with an empty user folder; prints its numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PREMIUMCALC_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-quotes-")

from premiumcalc.pricing import build_request
from premiumcalc.quotes import QuoteStore, open_store
from premiumcalc.tariffs import load_catalog, load_tariffs

REQUEST = {"tariff": "nordlicht-it-2026", "profession": "software-development",
           "revenue": "180000", "cover": 1000000, "deductible": 500, "claims": 0,
           "modules": ["general-liability", "cyber"], "startup": True, "term": 3,
           "payment": "monthly", "country": "DE", "scenarios": ["lost-client-key"]}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def bench_save(store: QuoteStore, n: int, label: str) -> None:
    catalog = load_catalog()
    loaded = load_tariffs().get("nordlicht-it-2026")
    assert loaded is not None
    request = build_request(REQUEST)
    store.save_quote(request, loaded, client_name="warm-up", catalog=catalog)
    times = []
    for i in range(n):
        start = time.perf_counter()
        store.save_quote(request, loaded, client_name=f"Client {i}", catalog=catalog)
        times.append(time.perf_counter() - start)
    times.sort()
    print(f"save one quote ({label}): median {ms(statistics.median(times))}, "
          f"95th percentile {ms(times[int(len(times) * 0.95)])} over {n} saves "
          f"(target 20 ms)")


def fill(store: QuoteStore, n: int) -> None:
    """Bulk-insert ``n`` quotes shaped like saved ones (varied clients, professions, dates)."""
    import sqlalchemy as sa

    from premiumcalc.quotes import schema as s

    catalog = load_catalog()
    loaded = load_tariffs().get("nordlicht-it-2026")
    assert loaded is not None
    template = store.save_quote(build_request(REQUEST), loaded, client_name="template",
                                catalog=catalog)
    professions = [p.id for p in catalog.professions]
    start = datetime(2024, 1, 1, tzinfo=UTC)
    engine = store._engine
    with engine.begin() as conn:
        client_id = conn.execute(sa.select(s.clients.c.id)).scalar_one()
        first_id = int(conn.execute(sa.select(sa.func.max(s.quotes.c.id))).scalar_one()) + 1
        request_json = json.dumps(template.request)
        outcome_json = json.dumps(template.outcome, ensure_ascii=False)
        batch = 5000
        for base in range(0, n, batch):
            quotes, data = [], []
            for i in range(base, min(base + batch, n)):
                moment = start + timedelta(minutes=15 * i)
                stamp = moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                number = f"Q-{moment.year}-{i + 1:06d}"
                name = f"Client {i % 9973} GmbH"
                prof = professions[i % len(professions)]
                label = catalog.profession_map[prof]
                quotes.append({
                    "id": first_id + i, "quote_number": number, "created_at": stamp,
                    "updated_at": stamp, "client_id": client_id, "client_name": name,
                    "client_key": name.casefold(), "status": "draft",
                    "tariff_id": loaded.id, "tariff_version": loaded.version,
                    "tariff_sha256": loaded.sha256, "profession": prof,
                    "outcome_status": "quoted", "gross_annual_cents": 40000 + (i * 37) % 90000,
                    "lang": "en",
                    "search_text": " ".join((number, name, prof, label.en, label.de, loaded.id,
                                             stamp[:10], f"{moment:%d.%m.%Y}")).casefold(),
                })
                data.append({"quote_id": first_id + i, "request_json": request_json,
                             "outcome_json": outcome_json, "notes": ""})
            conn.execute(s.quotes.insert(), quotes)
            conn.execute(s.quote_data.insert(), data)


def bench_history(store: QuoteStore) -> None:
    from PySide6.QtWidgets import QApplication

    from premiumcalc.gui.history_tab import HistoryTab

    app = QApplication.instance() or QApplication(sys.argv[:1])
    catalog = load_catalog()
    firsts = []
    tab = None
    for _ in range(5):
        start = time.perf_counter()
        tab = HistoryTab(store, catalog, "de")
        tab.resize(1100, 700)
        tab.show()
        app.processEvents()
        tab.grab()
        firsts.append(time.perf_counter() - start)
        assert tab.model.rowCount() > 0
        tab.close()
        tab.deleteLater()
        app.processEvents()
    print(f"history: first rows shown after {ms(statistics.median(firsts))} "
          f"(median of 5, first {ms(firsts[0])}; target 300 ms)")

    tab = HistoryTab(store, catalog, "de")
    tab.show()
    app.processEvents()
    some = store.search(offset=54321, limit=1)[0]
    searches = {
        "client": "client 4711 gmbh",
        "quote number": some.number,
        "profession": "IT-Sicherheit",
        "date": some.created_at[:10],
        "nowhere": "no such text anywhere",
    }
    for label, text in searches.items():
        times = []
        for _ in range(5):
            start = time.perf_counter()
            tab.search.setText(text)
            tab.apply_search()
            app.processEvents()
            times.append(time.perf_counter() - start)
        print(f"history search by {label} ({text!r}): {ms(statistics.median(times))} "
              f"-> {tab.model.rowCount()} rows shown (target 100 ms)")
    tab.search.setText("")
    tab.apply_search()
    start = time.perf_counter()
    tab.view.horizontalHeader().setSortIndicator(2, tab.view.horizontalHeader().sortIndicatorOrder())
    app.processEvents()
    print(f"history sort by client: {ms(time.perf_counter() - start)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--db", default=os.environ.get("PREMIUMCALC_TEST_POSTGRES_URL", ""),
                        help="a PostgreSQL URL to measure saving there too")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-quotes-db-"))
    with open_store(folder / "save.db", daily_backup=False) as store:
        bench_save(store, args.saves, "SQLite")
    if args.db:
        with open_store(args.db, daily_backup=False) as store:
            bench_save(store, args.saves, "PostgreSQL")

    db = folder / "history.db"
    with open_store(db, daily_backup=False) as store:
        start = time.perf_counter()
        fill(store, args.quotes)
        size = db.stat().st_size / 1e6
        print(f"filled {store.count()} quotes in {time.perf_counter() - start:.1f} s "
              f"({size:.0f} MB)")
    with open_store(db, daily_backup=False) as store:
        bench_history(store)
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()


if __name__ == "__main__":
    main()
