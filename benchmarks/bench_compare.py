"""Speed of the Compare tab with three tariffs (the two bundled ones and the docs example).

    .venv/bin/python benchmarks/bench_compare.py [--changes 300]

1. From a changed input in the form to the updated Compare tab (every tariff priced, the
   table, the summary and the 6 × 5 premium matrix redrawn, events processed): median and
   max over ``--changes`` edits of each kind (target: median <= 16 ms).
2. The 6 × 5 matrix alone: picking another tariff for it, priced and redrawn (target:
   median <= 30 ms).
3. For reference, the same input changes while the Compare tab is hidden (it waits until it
   is shown, so the quote tab pays nothing for it).

Runs offscreen (QT_QPA_PLATFORM=offscreen) with empty user folders; prints its numbers.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=300)
    args = parser.parse_args()
    home = tempfile.mkdtemp()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["PREMIUMCALC_DATA_DIR"] = os.path.join(home, "data")
    os.environ["PREMIUMCALC_CONFIG_DIR"] = os.path.join(home, "config")

    from PySide6.QtWidgets import QApplication

    from premiumcalc.gui.main_window import MainWindow
    from premiumcalc.pricing import build_request
    from premiumcalc.tariffs import load_catalog, load_tariffs

    app = QApplication(sys.argv[:1])
    catalog = load_catalog()
    tariffs = load_tariffs([ROOT / "docs" / "examples"], catalog=catalog)
    assert len(tariffs) == 3, tariffs.ids()
    window = MainWindow(tariffs, catalog, "de")
    window.resize(1280, 860)
    window.show()
    window.load_request(build_request({
        "tariff": "nordlicht-it-2026", "profession": "software-development",
        "revenue": "180000", "cover": 1000000, "deductible": 500,
        "modules": ["general-liability", "cyber"], "startup": True, "term": 3,
        "payment": "monthly"}))
    market = window.market  # type: ignore[attr-defined]
    tab = market.tab
    form = window.form
    app.processEvents()

    def timed(action: Callable[[], None], shown: Callable[[], str]) -> float:
        before = shown()
        t0 = time.perf_counter()
        action()
        app.processEvents()
        window.repaint()
        elapsed = time.perf_counter() - t0
        if shown() == before:
            raise SystemExit("benchmark: the change did not show")
        return elapsed

    def gross_cell() -> str:
        return "|".join(str(tab.proxy.index(r, 2).data()) for r in range(tab.proxy.rowCount()))

    def matrix_cell() -> str:
        item = tab.matrix.table.item(0, 0)
        return f"{tab.matrix.tariff_id()}:{item.text() if item else ''}"

    def edits(label: str) -> list[tuple[str, list[float]]]:
        revenue, deductible, module = [], [], []
        for i in range(args.changes):
            text, index = ("90.000", 3) if i % 2 == 0 else ("180.000", 2)
            revenue.append(timed(partial(form.revenue_edit.setText, text), window_text))
            deductible.append(timed(partial(form.deductible_combo.setCurrentIndex, index),
                                    window_text))
            module.append(timed(lambda: form.module_checks["delay-damages"].click(),
                                window_text))
        return [(f"{label}, revenue typed", revenue), (f"{label}, deductible chosen", deductible),
                (f"{label}, module ticked", module)]

    window.tabs.setCurrentIndex(market.tab_index)
    app.processEvents()

    def window_text() -> str:
        return gross_cell() if tab.isVisible() else window.result_panel.gross_annual_label.text()

    visible = edits("Compare tab shown")
    matrix = []
    ids = tariffs.ids()

    def next_tariff() -> None:
        current = ids.index(tab.matrix.tariff_id())
        tab.matrix.select_tariff(ids[(current + 1) % len(ids)])

    for _ in range(args.changes):
        matrix.append(timed(next_tariff, matrix_cell))
    window.tabs.setCurrentIndex(0)
    app.processEvents()
    hidden = edits("Compare tab hidden")

    rows = tab.matrix.table.rowCount(), tab.matrix.table.columnCount()
    print(f"tariffs: {len(tariffs)}; matrix {rows[0]} × {rows[1]}; {args.changes} changes each")
    for name, values in visible:
        print(f"input change to updated Compare tab, {name}: median "
              f"{statistics.median(values) * 1000:.2f} ms, max {max(values) * 1000:.2f} ms "
              f"(target median <= 16 ms)")
    print(f"matrix of another tariff priced and drawn: median "
          f"{statistics.median(matrix) * 1000:.2f} ms, max {max(matrix) * 1000:.2f} ms "
          f"(target median <= 30 ms)")
    for name, values in hidden:
        print(f"input change to updated quote, {name}: median "
              f"{statistics.median(values) * 1000:.2f} ms, max {max(values) * 1000:.2f} ms")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
