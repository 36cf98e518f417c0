"""Speed of the advice record of three tariffs (the two bundled ones and the docs example).

    .venv/bin/python benchmarks/bench_advice.py [--runs 5] [--renders 30]

1. ``premiumcalc advice ... -o record.pdf`` as a whole process, from start to exit (draft,
   German, handbook §15's example with worldwide added): median and max over ``--runs``
   after one untimed run that fills the cache of validated tariff files (budget: 0.6 s).
   For reference, ``premiumcalc compare --pdf`` of the same request is timed the same way
   (the same imports and fonts; on a loaded machine the ratio between the two says more
   than either figure).
2. In the process, what the window would pay once the catalogue and tariffs are loaded:
   pricing the three tariffs, the advice and the PDF rendered to bytes, median and max over
   ``--renders`` (budget: 100 ms), and the first render for reference (fonts registered).

Prints the figures and their ratio to the budget; the machine's load is printed too, as
figures on a busy machine are noisy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROFILE = ROOT / "docs" / "sample-broker-profile.toml"
EXAMPLES = ROOT / "docs" / "examples"
PROCESS_BUDGET = 0.6
RENDER_BUDGET = 0.100

ARGS = ["--profession", "software-development", "--revenue", "180000", "--cover", "1000000",
        "--deductible", "500", "--module", "general-liability", "--module", "cyber",
        "--module", "worldwide", "--startup", "--term", "3", "--payment", "monthly",
        "--start", "2026-12-01", "--require", "gl-limit=5000000", "--require", "worldwide",
        "--tariff-dir", str(EXAMPLES), "--client-name", "Müller IT-Beratung GmbH",
        "--broker-profile", str(PROFILE), "--client-choice", "rheinauen-digital-2026",
        "--lang", "de", "--date", "2026-11-25", "--time", "14:30"]


def report(name: str, times: list[float], budget: float) -> None:
    median = statistics.median(times)
    print(f"{name}: median {median * 1000:.1f} ms, max {max(times) * 1000:.1f} ms "
          f"(n={len(times)}); budget {budget * 1000:.0f} ms, ratio {median / budget:.2f}")


#: For reference, the comparison PDF of the same request (the same imports and fonts).
COMPARE = ["compare", *ARGS[:ARGS.index("--require")], "--tariff-dir", str(EXAMPLES),
           "--client-name", "Müller IT-Beratung GmbH", "--broker-profile", str(PROFILE),
           "--lang", "de", "--date", "2026-11-25"]


def whole_process(runs: int, folder: Path, argv: list[str]) -> list[float]:
    exe = Path(sys.executable).with_name("premiumcalc")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "premiumcalc"]
    times = []
    # one run first, not timed: it fills the cache of validated tariff files, as any earlier
    # start of the program has done on a broker's machine
    subprocess.run([*command, *argv, str(folder / "warm.pdf")], check=True,
                   capture_output=True)
    for i in range(runs):
        out = folder / f"record-{i}.pdf"
        t0 = time.perf_counter()
        subprocess.run([*command, *argv, str(out)], check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return times


def in_process(renders: int) -> tuple[float, list[float]]:
    from premiumcalc.pdf.advice import AdviceDocument, render_advice_record
    from premiumcalc.pdf.profile import load_profile
    from premiumcalc.pricing import build_request
    from premiumcalc.pricing.advice import build_advice
    from premiumcalc.pricing.compare import price_all
    from premiumcalc.tariffs import load_catalog, load_tariffs

    catalog = load_catalog()
    tariffs = load_tariffs([EXAMPLES], catalog=catalog)
    profile = load_profile(PROFILE)
    request = build_request({
        "tariff": "", "start": "2026-12-01", "profession": "software-development",
        "revenue": "180000", "cover": 1000000, "deductible": 500,
        "modules": ["general-liability", "cyber", "worldwide"], "startup": True, "term": 3,
        "payment": "monthly", "require": ["gl-limit=5000000", "worldwide"]})
    valid, _ = tariffs.valid_on(request.start)
    assert len(valid) == 3, [t.id for t in valid]

    def once() -> bytes:
        outcomes = price_all(request, [t.tariff for t in valid], catalog)
        result = build_advice(outcomes, client_choice="rheinauen-digital-2026")
        return render_advice_record(AdviceDocument(
            advice=result, request=request, tariffs=valid, catalog=catalog, profile=profile,
            client_name="Müller IT-Beratung GmbH", date=dt.date(2026, 11, 25),
            time=dt.time(14, 30), lang="de"))

    t0 = time.perf_counter()
    first = once()
    cold = time.perf_counter() - t0
    times = []
    for _ in range(renders):
        t0 = time.perf_counter()
        data = once()
        times.append(time.perf_counter() - t0)
        assert data == first
    return cold, times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--renders", type=int, default=30)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp())
    os.environ["PREMIUMCALC_DATA_DIR"] = str(home / "data")
    os.environ["PREMIUMCALC_CONFIG_DIR"] = str(home / "config")
    os.environ["PREMIUMCALC_TODAY"] = "2026-12-01"
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    report("advice record, whole process",
           whole_process(args.runs, home, ["advice", *ARGS, "-o"]), PROCESS_BUDGET)
    report("for reference: compare --pdf of the same request, whole process",
           whole_process(args.runs, home, [*COMPARE, "--pdf"]), PROCESS_BUDGET)
    cold, warm = in_process(args.renders)
    print(f"in-process render, first (fonts registered, modules imported): "
          f"{cold * 1000:.1f} ms")
    report("in-process render (price 3 tariffs, advice, PDF)", warm, RENDER_BUDGET)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
