"""The window's Advice step with three tariffs (the two bundled ones and the docs example),
offscreen: what a change of the request costs the tab once the window is up.

    .venv/bin/python benchmarks/bench_advice_window.py [--runs 30]

1. ``AdviceTab.refresh()``: pricing the three tariffs, the advice, the window's words and
   the preview (budget: 100 ms);
2. ``AdviceTab.draft_pdf()``: the record rendered as a PDF, as Print draft and Hand over do
   (budget: 100 ms).

Median and max over ``--runs`` after one untimed run; the machine's load is printed too, as
figures on a busy machine are noisy.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BUDGET = 0.100


def report(name: str, times: list[float]) -> None:
    median = statistics.median(times)
    print(f"{name}: median {median * 1000:.1f} ms, max {max(times) * 1000:.1f} ms "
          f"(n={len(times)}); budget {BUDGET * 1000:.0f} ms, ratio {median / BUDGET:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["PREMIUMCALC_DATA_DIR"] = str(folder / "data")
        os.environ["PREMIUMCALC_CONFIG_DIR"] = str(folder / "config")
        (folder / "config").mkdir()
        shutil.copy(ROOT / "docs" / "sample-broker-profile.toml",
                    folder / "config" / "broker-profile.toml")

        from PySide6.QtWidgets import QApplication

        from premiumcalc.gui.main_window import MainWindow
        from premiumcalc.pricing import build_request
        from premiumcalc.pricing.requirement import Requirement
        from premiumcalc.tariffs import load_catalog, load_tariffs

        app = QApplication([])
        catalog = load_catalog()
        window = MainWindow(load_tariffs([ROOT / "docs" / "examples"], catalog=catalog),
                            catalog, "de")
        window.resize(1366, 768)
        window.show()
        window.load_request(build_request({
            "tariff": "nordlicht-it-2026", "start": "2026-12-01",
            "profession": "software-development", "revenue": "180000", "cover": 1000000,
            "deductible": 500, "modules": ["general-liability", "cyber", "worldwide"],
            "startup": True, "term": 3, "payment": "monthly", "country": "DE",
            "require": [Requirement("gl-limit", 5000000), Requirement("worldwide")]}),
            "Müller IT-Beratung GmbH", "Hauptstraße 12\n10115 Berlin")
        window.tabs.setCurrentIndex(window.advice.tab_index)
        tab = window.advice.tab
        app.processEvents()
        tariffs = len(tab._outcomes)
        refresh: list[float] = []
        pdf: list[float] = []
        tab.refresh()
        tab.draft_pdf()
        for _ in range(args.runs):
            t0 = time.perf_counter()
            tab.refresh()
            refresh.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            data = tab.draft_pdf()
            pdf.append(time.perf_counter() - t0)
            assert data is not None and data.startswith(b"%PDF")
        print(f"tariffs compared: {tariffs}")
        report("refresh (price, advice, preview)", refresh)
        report("draft PDF", pdf)
        print("load average: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
        window.close()


if __name__ == "__main__":
    main()
