"""Speed of the core: pricing in-process, the batch command and the CLI start-up.

Budgets (issue: core): pricing one request <= 50 µs median without scenarios; batch of
10,000 rows <= 2 s wall including start-up, memory flat in the number of rows;
`premiumcalc quote` start-up <= 0.3 s. Run: .venv/bin/python benchmarks/bench_core.py
(``--only startup`` measures the start-up alone). Compile the byte code first
(``python -m compileall -q src``), as an installation does.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from premiumcalc.pricing import build_request, price
from premiumcalc.pricing.serialize import outcome_dict
from premiumcalc.tariffs import load_catalog, load_tariffs

ROOT = Path(__file__).resolve().parents[1]
WORKED = json.loads((ROOT / "tests" / "data" / "worked-example.json").read_text())
QUOTE_ARGS = [
    "quote", "--tariff", "nordlicht-it-2026", "--profession", "software-development",
    "--revenue", "180000", "--cover", "1000000", "--deductible", "500", "--module",
    "general-liability", "--module", "cyber", "--startup", "--term", "3", "--payment",
    "monthly", "--country", "DE", "--format", "json",
]
HEADER = ("tariff,profession,revenue,cover,deductible,claims,modules,startup,term,payment,"
          "country,scenarios")


def bench_pricing() -> None:
    tariffs = load_tariffs(include_user_dir=False)
    catalog = load_catalog()
    request = build_request({**WORKED, "scenarios": []})
    tariff = tariffs.get(request.tariff).tariff  # type: ignore[union-attr]
    for _ in range(2000):
        price(request, tariff, catalog)
    samples = []
    for _ in range(50):
        n = 1000
        t0 = time.perf_counter()
        for _ in range(n):
            price(request, tariff, catalog)
        samples.append((time.perf_counter() - t0) / n)
    med = statistics.median(samples) * 1e6
    print(f"pricing one request (price()): median {med:.1f} µs "
          f"({1e6 / med:,.0f} quotes/s on one core; budget 50 µs)")
    samples = []
    for _ in range(20):
        n = 200
        t0 = time.perf_counter()
        for _ in range(n):
            o = price(request, tariff, catalog)
            outcome_dict(o, sha256="x", lang="en", catalog=catalog, coverage=False)
        samples.append((time.perf_counter() - t0) / n)
    print(f"pricing + JSON-ready dict: median {statistics.median(samples) * 1e6:.1f} µs")

    # Part II: answers to the risk questions and the client's requirements (handbook §14,
    # §15). A "yes" that the selected worldwide module makes harmless keeps the whole pricing
    # path; the requirements are checked against the outcome as compare does.
    from premiumcalc.pricing.needs import check_requirements, meets_all

    full = build_request({**WORKED, "scenarios": [],
                          "modules": [*WORKED["modules"], "worldwide"],
                          "yes": ["us-canada-business"],
                          "require": ["gl-limit=5000000", "worldwide", "pi-aggregate=2000000",
                                      "prior-acts-months=60", "max-gross=2000"]})
    assert price(full, tariff, catalog).status == "quoted"
    samples = []
    for _ in range(50):
        n = 1000
        t0 = time.perf_counter()
        for _ in range(n):
            o = price(full, tariff, catalog)
            meets_all(o, check_requirements(o, full.require))
        samples.append((time.perf_counter() - t0) / n)
    med = statistics.median(samples) * 1e6
    print(f"pricing with risk questions and 5 requirements checked: median {med:.1f} µs "
          f"(budget 50 µs)")


def run_timed(args: list[str]) -> tuple[float, int]:
    """Wall time of a subprocess and its peak memory (KiB)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "premiumcalc", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    assert os.waitstatus_to_exitcode(status) in (0, 2)
    return elapsed, usage.ru_maxrss


def bench_batch() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for n in (1_000, 10_000, 50_000):
            src = Path(tmp) / f"in{n}.csv"
            with src.open("w") as f:
                f.write(HEADER + "\n")
                for i in range(n):
                    tariff = "nordlicht-it-2026" if i % 2 else "rheinauen-digital-2026"
                    f.write(f"{tariff},software-development,{100000 + i},1000000,500,0,"
                            f"\"general-liability;cyber\",true,3,monthly,DE,lost-client-key\n")
            times = [run_timed(["batch", str(src), "-o", str(Path(tmp) / "out.jsonl")])
                     for _ in range(3)]
            results[n] = (statistics.median(t for t, _ in times), max(m for _, m in times))
        for n, (t, mem) in results.items():
            print(f"batch of {n:>6,} rows: {t:.2f} s wall incl. start-up, peak RSS "
                  f"{mem / 1024:.0f} MiB" + ("  (budget 2 s)" if n == 10_000 else ""))


def bench_startup() -> None:
    times = sorted(run_timed(QUOTE_ARGS)[0] for _ in range(15))
    base = sorted(
        run_timed_python(["-c", "pass"]) for _ in range(15)
    )
    print(f"premiumcalc quote start-up (whole command): median {statistics.median(times):.3f} s "
          f"(bare python: {statistics.median(base):.3f} s; budget 0.3 s)")
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys; from premiumcalc.cli import main; "
         "main(" + repr(QUOTE_ARGS) + ", open('/dev/null','w'));"
         "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"],
        capture_output=True, text=True, check=True).stdout.split()
    heavy = [m for m in loaded if m in ("PySide6", "reportlab", "sqlalchemy", "pypdfium2")]
    print(f"heavy modules imported by `quote`: {heavy or 'none'}")


def run_timed_python(args: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True)
    return time.perf_counter() - t0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=("pricing", "startup", "batch"))
    only = parser.parse_args().only
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.processor() or ''}"
          f" Python {platform.python_version()}; load {os.getloadavg()[0]:.2f}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"peak RSS of this process before: {rss} MiB")
    for name, bench in (("pricing", bench_pricing), ("startup", bench_startup),
                        ("batch", bench_batch)):
        if only in (None, name):
            bench()
