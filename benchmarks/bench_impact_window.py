"""Tools → Tariffs → Impact on saved quotes in the window over many saved quotes (SQLite).

Measures, offscreen, the time from choosing the file to the filled dialog (loading the new
version, the stream through the store, the table model and the dialog), the longest gap
between two looks at the window's events while it runs (the window must not freeze), and the
peak RSS of the process. The window keeps the affected quotes for its table, so its memory
grows with their number (the command line's does not)::

    python benchmarks/bench_impact_window.py [--quotes 20000]

The store and the new version are those of ``bench_impact.py``.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["PREMIUMCALC_DATA_DIR"] = str(folder / "data")
        os.environ["PREMIUMCALC_CONFIG_DIR"] = str(folder / "config")

        from PySide6.QtWidgets import QApplication

        from bench_impact import corrected_file, make_store
        from premiumcalc.gui import impact_dialog
        from premiumcalc.gui.impact_dialog import ImpactDialog
        from premiumcalc.gui.tariffs_dialog import TariffsDialog
        from premiumcalc.quotes import open_store
        from premiumcalc.tariffs import load_catalog, load_tariffs

        app = QApplication([])
        db = folder / "quotes.db"
        make_store(db, args.quotes)
        new = corrected_file(folder)
        catalog = load_catalog()
        gaps: list[float] = []
        last = [time.perf_counter()]
        process = impact_dialog.QApplication.processEvents

        def timed_process_events(*a: object) -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            process(*a)  # type: ignore[call-overload]
            last[0] = time.perf_counter()

        impact_dialog.QApplication.processEvents = timed_process_events  # type: ignore[method-assign]
        ImpactDialog.exec = lambda self: 0  # type: ignore[method-assign]
        with open_store(db, daily_backup=False) as store:
            dialog = TariffsDialog(load_tariffs(catalog=catalog), catalog, store=store)
            start = time.perf_counter()
            last[0] = start
            shown = dialog.show_impact(str(new))
            seconds = time.perf_counter() - start
        assert isinstance(shown, ImpactDialog)
        rows = shown.model.rowCount()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"window impact, {args.quotes:>7,} saved quotes ({rows:,} rows): {seconds:5.2f} s "
              f"to the filled dialog, longest gap between event looks "
              f"{max(gaps, default=seconds) * 1000:5.0f} ms, peak RSS {rss:6.1f} MiB")
        app.quit()


if __name__ == "__main__":
    main()
