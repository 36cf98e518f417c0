"""A minimal PySide6 window: the yardstick for the bundle's size and start-up time.

``minimal_app.py --screenshot OUT.png`` shows the window offscreen, grabs it into a PNG and
exits, exactly like ``premiumcalc-gui --screenshot`` does, so both can be timed the same way.
"""

import argparse
import os
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(prog="minimal")
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument("--size", default="1280x860")
    args = parser.parse_args()
    if args.screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("minimal")
    window.setCentralWidget(QLabel("A minimal PySide6 window"))
    if args.screenshot is None:
        window.show()
        return app.exec()
    width, height = (int(x) for x in args.size.split("x"))
    window.resize(width, height)
    window.show()
    for _ in range(3):
        app.processEvents()
    ok = window.grab().save(str(args.screenshot), "PNG")
    window.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
