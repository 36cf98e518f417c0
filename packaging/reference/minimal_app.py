"""A minimal PySide6 window: the yardstick for the window's and the bundle's start-up.

    minimal_app.py [--widgets N] [--screenshot OUT.png] [--report-shown]

With ``--widgets N`` the window holds about N widgets laid out like premiumcalc's first
paint (a form of labels, line edits, combo boxes and check boxes beside tabs with a table
and a text view); without it, one label. ``--screenshot`` shows the window offscreen, grabs
it into a PNG and exits, like ``premiumcalc-gui --screenshot`` (PNG at quality 80, written
whole under its final name: a renamed temporary file). ``--report-shown`` prints
``shown <widgets>`` once the window has been painted, and exits. benchmarks/bench_gui.py runs
this file; benchmarks/bench_packaging.py runs it packaged (packaging/reference/minimal.spec).
"""

import argparse
import os
import sys
from pathlib import Path


def build_window(widgets: int):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QFormLayout,
        QLabel,
        QLineEdit,
        QMainWindow,
        QSplitter,
        QTableWidget,
        QTabWidget,
        QTextBrowser,
        QWidget,
    )

    window = QMainWindow()
    window.setWindowTitle("minimal")
    if widgets <= 0:
        window.setCentralWidget(QLabel("A minimal PySide6 window"))
        return window
    splitter = QSplitter()
    form_host = QWidget()
    form = QFormLayout(form_host)
    tabs = QTabWidget()
    tabs.addTab(QTableWidget(12, 3), "Worksheet")
    tabs.addTab(QTextBrowser(), "Coverage")
    splitter.addWidget(form_host)
    splitter.addWidget(tabs)
    window.setCentralWidget(splitter)
    kinds = (QLabel, QLineEdit, QComboBox, QCheckBox)
    i = 0
    while len(window.findChildren(QWidget)) < widgets:
        widget = kinds[i % 4]()
        if isinstance(widget, QComboBox):
            widget.addItems(["one", "two", "three"])
        elif not isinstance(widget, QLineEdit):
            widget.setText(f"widget {i}")
        form.addRow(f"row {i}", widget)
        i += 1
    return window


def main() -> int:
    parser = argparse.ArgumentParser(prog="minimal")
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument("--size", default="1280x860")
    parser.add_argument("--widgets", type=int, default=0)
    parser.add_argument("--report-shown", action="store_true")
    args = parser.parse_args()
    if args.screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = build_window(args.widgets)
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)
    window.show()
    if args.report_shown:
        app.processEvents()
        window.grab()
        print("shown", len(window.findChildren(QWidget)), flush=True)
        return 0
    if args.screenshot is None:
        return app.exec()
    for _ in range(3):
        app.processEvents()
    temporary = args.screenshot.with_name(args.screenshot.name + ".part")
    ok = window.grab().save(str(temporary), "PNG", 80)
    if ok:
        os.replace(temporary, args.screenshot)
    window.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
