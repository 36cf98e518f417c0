"""Window speed and memory, compared in one run with a minimal PySide6 window.

    .venv/bin/python benchmarks/bench_gui.py [--runs 7] [--changes 300]

1. Time from starting a fresh Python process to the window being shown (painted once),
   for premiumcalc's window (its real start, ``premiumcalc-gui``) and for a minimal PySide6
   window with about as many widgets (packaging/reference/minimal_app.py --widgets N);
   median of ``--runs`` runs each, interleaved; and the ratio (target: at most 1.5). Beside
   it, the ratio to the bare minimal window (one label, minimal_app.py without --widgets):
   what the widgets cost is in the first ratio, what premiumcalc's own work costs in both.
2. Peak memory (ru_maxrss of each process) and the ratio (target: at most 1.3).
3. From a changed input (also a risk question's answer and a requirement's amount, the
   latter also with the Compare tab shown) to the updated result (premium, worksheet,
   coverage, scenarios redrawn and the events processed): median over ``--changes`` edits
   (target: 16 ms).

Runs offscreen (QT_QPA_PLATFORM=offscreen) with empty user folders; prints its numbers.
The very first start on a machine validates the bundled tariffs and catalogues and keeps them
in the data folder's cache (``premiumcalc.tariffs.validated``); it is measured separately,
with a fresh data folder each time. The compared runs are the starts after it. The package's
byte code is compiled first, as an installation does (PYTHONDONTWRITEBYTECODE would
otherwise make every run compile the sources).
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time

# premiumcalc's own start (premiumcalc-gui --lang de), stopped right after the first paint:
# the step that would attach the PDF and history extras prints and quits instead.
OURS = r"""
import sys
import premiumcalc.gui.app as gui_app
def shown(window):
    from PySide6.QtWidgets import QApplication, QWidget
    window.grab()
    print("shown", len(window.findChildren(QWidget)), flush=True)
    QApplication.instance().quit()
gui_app.attach_extras = shown
sys.exit(gui_app.main(["--lang", "de"]))
"""

# The minimal window (also the packaged yardstick of benchmarks/bench_packaging.py).
MINIMAL_APP = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                           "packaging", "reference", "minimal_app.py")

CHANGES = r"""
import statistics, sys, time
from decimal import Decimal
from PySide6.QtWidgets import QApplication
from premiumcalc.gui.main_window import MainWindow
from premiumcalc.tariffs import load_catalog, load_tariffs
n = int(sys.argv[1])
app = QApplication(sys.argv[:1])
catalog = load_catalog()
window = MainWindow(load_tariffs(catalog=catalog), catalog, "de")
window.resize(1280, 860)
window.show()
app.processEvents()
form = window.form
gross = window.result_panel.gross_annual_label
def timed(action):
    before = gross.text()
    t0 = time.perf_counter()
    action()
    app.processEvents()
    window.repaint()
    elapsed = time.perf_counter() - t0
    return elapsed, gross.text() != before
revenue, payment, module, answer, requirement, compared = [], [], [], [], [], []
form.requirements_box.add_button.click()
row = form.requirements_box.rows[0]
row.combo.setCurrentIndex(row.combo.findData("gl-limit"))
compare = window.market.tab
for i in range(n):
    t, changed = timed(lambda: form.revenue_edit.setText("180.000" if i % 2 == 0 else "90.000"))
    assert changed
    revenue.append(t)
    t, changed = timed(lambda: form.payment_combo.setCurrentIndex(3 if i % 2 == 0 else 0))
    assert changed
    payment.append(t)
    t, changed = timed(lambda: form.module_checks["worldwide"].click())
    assert changed
    module.append(t)
    for _answer in ("yes", "no"):
        t, _ = timed(lambda: form.questions_box.checks["known-circumstances"].click())
        shown = window.result_panel.status_frame.isVisible()
        assert shown == (_answer == "yes") and shown == (window.current_outcome().status
                                                         == "referred")
        answer.append(t)
    t, _ = timed(lambda: row.amount_edit.setText("5.000.000" if i % 2 == 0 else "3.000.000"))
    assert window.current_request().require[0].value == (5000000 if i % 2 == 0 else 3000000)
    requirement.append(t)
window.tabs.setCurrentIndex(window.market.tab_index)
app.processEvents()
compared_revenue = []
for i in range(n):
    before = compare.gaps.text()
    t, _ = timed(lambda: row.amount_edit.setText("5.000.000" if i % 2 == 0 else "3.000.000"))
    assert compare.gaps.text() != before
    compared.append(t)
    before = compare.summary.text()
    t, _ = timed(lambda: form.revenue_edit.setText("180.000" if i % 2 == 0 else "90.000"))
    assert compare.summary.text() != before
    compared_revenue.append(t)
for name, values in (("revenue typed", revenue), ("payment chosen", payment),
                     ("module ticked", module), ("risk question answered", answer),
                     ("requirement typed", requirement),
                     ("requirement typed, Compare tab shown", compared),
                     ("revenue typed, Compare tab shown", compared_revenue)):
    print(name, statistics.median(values) * 1000, max(values) * 1000)
"""


def _env(home: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PREMIUMCALC_DATA_DIR"] = os.path.join(home, "data")
    env["PREMIUMCALC_CONFIG_DIR"] = os.path.join(home, "config")
    return env


def _start(argv: list[str], env: dict[str, str]) -> tuple[float, int, int]:
    """(seconds to "shown", widgets, peak memory in KiB) of one fresh Python process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *argv], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if not line.startswith("shown") or proc.returncode != 0:
        raise SystemExit(f"benchmark child failed: {line!r}, exit {proc.returncode}")
    return elapsed, int(line.split()[1]), usage.ru_maxrss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--changes", type=int, default=300)
    args = parser.parse_args()
    import premiumcalc

    compileall.compile_dir(os.path.dirname(premiumcalc.__file__), quiet=1)
    ours = ["-c", OURS]
    first = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as fresh:
            first.append(_start(ours, _env(fresh))[0])
    with tempfile.TemporaryDirectory() as home:
        env = _env(home)
        _start(ours, env)  # the first start in this data folder; warms the file cache
        _, widgets, _ = _start(ours, env)
        minimal = [MINIMAL_APP, "--widgets", str(widgets), "--report-shown"]
        bare = [MINIMAL_APP, "--report-shown"]
        _start(minimal, env)
        _start(bare, env)
        ours_t, ours_m, mini_t, mini_m, bare_t = [], [], [], [], []
        mini_widgets = bare_widgets = 0
        for _ in range(args.runs):
            t, _, m = _start(ours, env)
            ours_t.append(t)
            ours_m.append(m)
            t, mini_widgets, m = _start(minimal, env)
            mini_t.append(t)
            mini_m.append(m)
            t, bare_widgets, _ = _start(bare, env)
            bare_t.append(t)
        result = subprocess.run([sys.executable, "-c", CHANGES, str(args.changes)],
                                capture_output=True, text=True, env=env, check=True)

    ours_s, mini_s, bare_s = (statistics.median(t) for t in (ours_t, mini_t, bare_t))
    ours_mb, mini_mb = max(ours_m) / 1024, max(mini_m) / 1024
    print(f"widgets: premiumcalc {widgets}, minimal {mini_widgets}, bare minimal {bare_widgets}")
    print(f"first start with an empty data folder (validates tariffs, median of 3): "
          f"{statistics.median(first) * 1000:.0f} ms")
    print(f"time to shown window (median of {args.runs}): premiumcalc {ours_s * 1000:.0f} ms, "
          f"minimal {mini_s * 1000:.0f} ms, ratio {ours_s / mini_s:.2f} (target <= 1.5); "
          f"bare minimal (one label) {bare_s * 1000:.0f} ms, ratio {ours_s / bare_s:.2f}")
    print(f"peak memory (max ru_maxrss): premiumcalc {ours_mb:.1f} MiB, minimal "
          f"{mini_mb:.1f} MiB, ratio {ours_mb / mini_mb:.2f} (target <= 1.3)")
    for line in result.stdout.splitlines():
        name, median, worst = line.rsplit(" ", 2)
        print(f"input change to updated result, {name}: median {float(median):.2f} ms, "
              f"max {float(worst):.2f} ms (target median <= 16 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
