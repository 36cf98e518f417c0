"""Starting the window: the screenshot mode, a machine without a display, a light start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

WORKED_EXAMPLE = {
    "tariff": "nordlicht-it-2026", "profession": "software-development", "revenue": "180000",
    "cover": 1000000, "deductible": 500, "claims": 0, "modules": ["general-liability", "cyber"],
    "startup": True, "term": 3, "payment": "monthly", "country": "DE",
    "scenarios": ["lost-client-key"],
}


def run_gui(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "premiumcalc.gui", *args], capture_output=True,
                          text=True, timeout=120, env=env or dict(os.environ))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_screenshot_writes_a_png_of_the_window(tmp_path: Path, lang: str) -> None:
    request = tmp_path / "request.json"
    request.write_text(json.dumps({**WORKED_EXAMPLE, "client_name": "Muster GmbH"}))
    out = tmp_path / "window.png"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    result = run_gui(["--screenshot", str(out), "--lang", lang, "--request", str(request)], env)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1280, 860)
    assert out.stat().st_size > 20_000


def test_screenshot_with_a_bad_request_file_says_which_field(tmp_path: Path) -> None:
    request = tmp_path / "request.json"
    request.write_text(json.dumps({**WORKED_EXAMPLE, "revenue": "1e5"}))
    result = run_gui(["--screenshot", str(tmp_path / "x.png"), "--request", str(request)])
    assert result.returncode == 2
    assert "revenue" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.png").exists()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="there is always a display")
def test_without_a_display_one_clear_line_instead_of_an_abort() -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run_gui([], env)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert "premiumcalc quote" in lines[0]


def test_start_does_not_load_the_pdf_printing_or_database_layers(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from premiumcalc.gui.app import main\n"
        f"rc = main(['--screenshot', {str(tmp_path / 'w.png')!r}])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('reportlab', 'sqlalchemy', 'psycopg', 'pypdfium2') or m.startswith('premiumcalc.pdf') "
        "or m.startswith('premiumcalc.quotes') or m == 'PySide6.QtPrintSupport')\n"
        "print(rc, heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.stdout.strip() == "0 []", result.stderr


def test_a_long_session_of_edits_does_not_crash_the_window() -> None:
    # PySide6 6.12.0 on Python 3.11 drops references to None/True/False on many calls (so
    # pyproject.toml excludes it); the window must survive far more edits than the few
    # thousand calls that would kill it.
    code = (
        "from premiumcalc.gui.main_window import MainWindow\n"
        "from premiumcalc.tariffs import load_catalog, load_tariffs\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "w = MainWindow(load_tariffs(), load_catalog(), 'de')\n"
        "w.show()\n"
        "for i in range(400):\n"
        "    w.form.revenue_edit.setText('180.000' if i % 2 else '90.000')\n"
        "    w.form.module_checks['worldwide'].click()\n"
        "    app.processEvents()\n"
        "print(w.result_panel.gross_annual_label.text())\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=300, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("€")


def test_screenshot_of_a_request_for_a_missing_tariff_fails_clearly(tmp_path: Path) -> None:
    request = tmp_path / "request.json"
    request.write_text(json.dumps({**WORKED_EXAMPLE, "tariff": "gone-2019"}))
    result = run_gui(["--screenshot", str(tmp_path / "x.png"), "--request", str(request)])
    assert result.returncode == 2
    assert "gone-2019" in result.stderr and "Traceback" not in result.stderr



def test_started_window_offers_pdf_printing_and_saved_quotes(qtbot: QtBot,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from premiumcalc.gui.app import attach_extras
    from premiumcalc.gui.main_window import MainWindow
    from premiumcalc.pricing import build_request
    from premiumcalc.tariffs import load_catalog, load_tariffs

    def no_dialog(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, no_dialog)
    catalog = load_catalog()
    window = MainWindow(load_tariffs(catalog=catalog), catalog, "en")
    qtbot.addWidget(window)
    attach_extras(window)
    shortcuts = {a.shortcut().toString() for a in window.file_menu.actions()}
    assert {"Ctrl+Shift+S", "Ctrl+P", "Ctrl+S"} <= shortcuts
    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert "History" in titles
    window.load_request(build_request(WORKED_EXAMPLE), "Muster Software GmbH", "Hafenstr. 1")
    assert window.history_actions is not None
    saved = window.history_actions.save()
    assert saved is not None and saved.number.startswith("Q-")
    assert window.state.quote_number == saved.number
