"""``premiumcalc tariffs impact`` over 1,000 and 100,000 saved quotes on SQLite.

The target (issue 14): the whole process at most 5 s for 100,000 saved quotes, with memory
flat (the peak RSS with 100,000 quotes about that with 1,000). Run after compiling the byte
code once, as an installed program has it::

    python -m compileall -q src
    python benchmarks/bench_impact.py [--quotes 100000] [--distinct 60 3000] [--runs 5]

The quotes are made fast: ``--distinct`` different requests (60 and 3,000 by default, one
case each) are saved through the store's own save path, then copied row by row (new
numbers, new clients' names) in one transaction. Each case runs ``--runs`` times; it prints
the median and the best wall time, the ratio of the median to the 5 s budget and the load
average of the machine (the figures mean little on a busy one).
The new version is a corrected version 2026-01 of Nordlicht with the base premiums of
version 2027-01 (handbook §11), so every quote saved today lies in its period and changes.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import sqlalchemy as sa  # noqa: E402

from premiumcalc.pricing.request import build_request  # noqa: E402
from premiumcalc.quotes import open_store  # noqa: E402
from premiumcalc.quotes import schema as s  # noqa: E402
from premiumcalc.tariffs import load_tariffs  # noqa: E402

#: The whole process with 100,000 saved quotes (issue 14), in seconds.
BUDGET = 5.0

OLD_BASE = ('A = ["240", "330", "480", "720", "1150"]\n'
            'B = ["310", "430", "620", "930", "1480"]\n'
            'C = ["390", "540", "780", "1170", "1860"]\n')
NEW_BASE = ('A = ["249.60", "343.20", "499.20", "748.80", "1196.00"]\n'
            'B = ["322.40", "447.20", "644.80", "967.20", "1539.20"]\n'
            'C = ["405.60", "561.60", "811.20", "1216.80", "1934.40"]\n')


def corrected_file(folder: Path) -> Path:
    """Nordlicht 2026-01 with the 2027-01 base premiums and without its own checks."""
    text = (ROOT / "resources" / "tariffs" / "nordlicht-it-2026.toml").read_text("utf-8")
    assert OLD_BASE in text
    text = text.replace(OLD_BASE, NEW_BASE)
    text = text[:text.index("[[checks]]")] + text[text.index("[[modules]]"):]
    path = folder / "nordlicht-corrected.toml"
    path.write_text(text, "utf-8")
    return path


def make_store(db: Path, count: int, distinct: int = 60) -> None:
    """``count`` saved quotes made of ``distinct`` different requests (each priced and saved
    through the store), copied with other revenues in the same band."""
    import random

    loaded = load_tariffs(include_user_dir=False).get("nordlicht-it-2026")
    assert loaded is not None
    professions = ["software-development", "it-consulting", "web-development", "ux-design",
                   "it-security", "system-administration", "it-training", "data-analytics",
                   "erp-consulting", "online-marketing"]
    revenues = ["60000", "180000", "400000", "800000", "2500000"]
    modules = [[], ["cyber"], ["general-liability", "cyber"], ["worldwide"],
               ["general-liability"], ["delay-damages", "cyber"]]
    combos = list(itertools.product(professions, revenues, modules))
    rng = random.Random(7)
    templates = []
    with open_store(db, daily_backup=False) as store:
        for i in range(distinct):
            prof, rev, mods = combos[i % len(combos)]
            request = build_request({
                "tariff": "nordlicht-it-2026", "profession": prof, "revenue": rev,
                "cover": rng.choice([250000, 500000, 1000000, 2000000, 3000000]),
                "deductible": rng.choice([0, 250, 500, 1000, 2500]), "modules": mods,
                "claims": rng.choice([0, 0, 0, 1]), "startup": rng.random() < 0.2,
                "term": rng.choice([1, 3]),
                "payment": rng.choice(["annual", "semiannual", "quarterly", "monthly"]),
                "country": rng.choice(["DE", "DE", "AT"])})
            templates.append(store.save_quote(request, loaded, client_name=f"Muster {i}"))
        engine = sa.create_engine(f"sqlite:///{db}")
    q, d = s.quotes.c, s.quote_data.c
    with engine.begin() as conn:
        rows = conn.execute(sa.select(s.quotes, d.request_json, d.outcome_json)
                            .join(s.quote_data, d.quote_id == q.id)).mappings().all()
        last = conn.execute(sa.select(sa.func.max(q.id))).scalar_one()
        client = rows[0]["client_id"]
        serial = max(int(r["quote_number"][-6:]) for r in rows)  # numbers carry on
        quotes, data = [], []
        for i in range(len(rows), count):
            row = rows[i % len(rows)]
            qid = last + 1 + i
            number = f"Q-2026-{serial + i + 1 - len(rows):06d}"
            quotes.append({**{k: row[k] for k in row
                              if k not in ("request_json", "outcome_json")},
                           "id": qid, "quote_number": number, "client_id": client,
                           "client_name": f"Client {i + 1}", "client_key": f"client {i + 1}"})
            # Every copy asks for another revenue in the same band: the same premium (the
            # base goes by band), so the saved outcome stays right, but no two requests are
            # alike.
            revenue = json.loads(row["request_json"])["revenue"]
            request_json = row["request_json"].replace(
                f'"revenue": "{revenue}"', f'"revenue": "{Decimal(revenue) + Decimal(i) / 100}"')
            data.append({"quote_id": qid, "request_json": request_json,
                         "outcome_json": row["outcome_json"], "notes": ""})
            if len(quotes) == 10_000:
                conn.execute(s.quotes.insert(), quotes)
                conn.execute(s.quote_data.insert(), data)
                quotes, data = [], []
        if quotes:
            conn.execute(s.quotes.insert(), quotes)
            conn.execute(s.quote_data.insert(), data)
        conn.execute(s.quote_counter.update().values(last_number=serial + count - len(rows)))
    engine.dispose()


def measure(count: int, folder: Path, distinct: int = 60,
            runs: int = 3) -> list[tuple[float, float, float]]:
    """Wall time, CPU time (user + system) and peak RSS (MiB) of the whole process, one
    triple per run."""
    db = folder / f"quotes-{count}-{distinct}.db"
    make_store(db, count, distinct)
    new = corrected_file(folder)
    out = folder / f"impact-{count}.json"
    code = (
        "import resource, subprocess, sys, time;"
        "t = time.perf_counter();"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True);"
        "e = time.perf_counter() - t;"
        "sys.stderr.write(p.stderr);"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN);"
        "print(e, u.ru_utime + u.ru_stime, u.ru_maxrss, p.returncode)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"),
           "PREMIUMCALC_DATA_DIR": str(folder / "data"),
           "PREMIUMCALC_CONFIG_DIR": str(folder / "config")}
    results = []
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, "-c", code, sys.executable, "-m", "premiumcalc", "tariffs",
             "impact", str(new), "--db", str(db), "--format", "json", "-o", str(out)],
            capture_output=True, text=True, check=True, env=env)
        seconds, cpu, rss_kib, rc = proc.stdout.split()
        if rc != "0":
            raise SystemExit(proc.stderr)
        results.append((float(seconds), float(cpu), int(rss_kib) / 1024))
    assert f'"count": {count}' in out.read_text("utf-8")[:2000]
    db.unlink()  # half a gigabyte with 100,000 quotes
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--distinct", type=int, nargs="+", default=[60, 3000],
                        help="different requests among the saved quotes, one case each "
                             "(default 60 3000); the others are copies with another revenue "
                             "in the same band")
    parser.add_argument("--runs", type=int, default=3, help="runs of each case (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for distinct in args.distinct:
            for count in (1_000, args.quotes):
                different = min(distinct, count)
                results = measure(count, folder, different, args.runs)
                median = statistics.median(r[0] for r in results)
                cpu = statistics.median(r[1] for r in results)
                rss = max(r[2] for r in results)
                load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
                print(f"tariffs impact, {count:>7,} saved quotes ({different:>5,} different "
                      f"requests): median {median:5.2f} s whole process (best "
                      f"{min(r[0] for r in results):5.2f} s, {cpu:5.2f} s CPU, "
                      f"{median / BUDGET:4.2f} of the {BUDGET:g} s budget), peak RSS "
                      f"{rss:6.1f} MiB; load {load}", flush=True)


if __name__ == "__main__":
    main()
