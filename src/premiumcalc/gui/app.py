"""``premiumcalc-gui``: start the window, or render it to a PNG with ``--screenshot``.

Only what the first paint needs is imported here; the PDF, the quote store and ReportLab
are imported when a user asks for them.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from premiumcalc.gui.main_window import MainWindow

NO_DISPLAY = (
    "premiumcalc-gui: no display found (DISPLAY/WAYLAND_DISPLAY are not set). Use the command "
    "line instead (premiumcalc quote --help), or set QT_QPA_PLATFORM=offscreen to run the "
    "window without a screen."
)


def has_display(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Whether Qt can open a window here (always on Windows and macOS)."""
    if sys.platform in ("win32", "darwin"):
        return True
    return any(environ.get(k) for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="premiumcalc-gui",
        allow_abbrev=False,
        description="The premiumcalc window: live premium, rating worksheet, coverage and "
        "claim scenarios.",
    )
    parser.add_argument("--screenshot", metavar="OUT.png", type=Path,
                        help="render the window offscreen into a PNG file and exit")
    parser.add_argument("--lang", choices=("de", "en"),
                        help="language of the window (default: the system's)")
    parser.add_argument("--request", metavar="FILE.json", type=Path,
                        help="a request as a JSON object with the batch CSV's fields "
                        "(optionally client_name and client_address)")
    parser.add_argument("--size", metavar="WxH",
                        help="window size, at most the screen's (for --screenshot: default "
                        f"1280x860, at most {MAX_SIZE[0]}x{MAX_SIZE[1]})")
    return parser


MIN_SIZE = (320, 240)
MAX_SIZE = (7680, 4320)
"""Bounds of ``--size`` (an 8K screen at most); the window is also kept within the screen."""


def parse_size(text: str) -> tuple[int, int]:
    """``"1280x860"`` as (1280, 860); ``ValueError`` says what is allowed."""
    import re

    match = re.fullmatch(r"\s*([0-9]{1,6})\s*[xX×]\s*([0-9]{1,6})\s*", text[:40])
    allowed = (f"use WIDTHxHEIGHT in pixels from {MIN_SIZE[0]}x{MIN_SIZE[1]} to "
               f"{MAX_SIZE[0]}x{MAX_SIZE[1]}, e.g. 1280x860")
    shown = repr(text) if len(text) <= 40 else repr(text[:40] + "…")
    if match is None:
        raise ValueError(f"{shown} is not a size; {allowed}")
    width, height = int(match[1]), int(match[2])
    if not (MIN_SIZE[0] <= width <= MAX_SIZE[0] and MIN_SIZE[1] <= height <= MAX_SIZE[1]):
        raise ValueError(f"{width}x{height} is out of range; {allowed}")
    return width, height


def _say(line: str) -> None:
    if sys.stderr is not None:  # a GUI script on Windows has no stderr
        print(line, file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up makes many long-lived objects and no garbage: Python's cycle collector would
    # scan them again and again. It is off until the window is shown (then the start-up's
    # objects are frozen out of later collections), which keeps the window start within its
    # budget (packaging/README.md). gc is the standard library's public interface for this.
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    size: tuple[int, int] | None = None
    if args.size is not None:
        try:
            size = parse_size(args.size)
        except ValueError as exc:
            _say(f"premiumcalc-gui: --size: {exc}")
            return 2
    if args.screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif not has_display():
        _say(NO_DISPLAY)
        return 2

    from premiumcalc.pricing import InvalidInput
    from premiumcalc.tariffs import CatalogError

    request = None
    client: dict[str, str] = {}
    problem = ""
    if args.request is not None:
        from premiumcalc.gui.request_file import read_request_file

        try:
            request, client = read_request_file(args.request)
        except InvalidInput as exc:
            # a screenshot of another quote than asked for is no use; the window opens with
            # a new quote and says why
            _say(f"premiumcalc-gui: {exc}")
            if args.screenshot is not None:
                return 2
            problem = str(exc)
    try:
        return _run(args, size, request, client, problem)
    except CatalogError as exc:
        _say(f"premiumcalc-gui: the installation is broken: {exc}")
        return 1


def _run(args: argparse.Namespace, size: tuple[int, int] | None, request: object,
         client: dict[str, str], problem: str) -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from premiumcalc.gui.gui_settings import open_settings
    from premiumcalc.gui.i18n import system_language
    from premiumcalc.gui.main_window import MainWindow
    from premiumcalc.paths import resource
    from premiumcalc.pricing import InvalidInput, QuoteRequest
    from premiumcalc.tariffs import load_catalog, load_tariffs

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("premiumcalc")
    app.setOrganizationName("premiumcalc")
    QApplication.setDesktopFileName("premiumcalc")  # Wayland matches window and menu entry
    QApplication.setWindowIcon(QIcon(str(resource("icons", "premiumcalc.svg"))))
    catalog = load_catalog()
    tariffs = load_tariffs(catalog=catalog)
    screenshot = args.screenshot is not None
    settings = None if screenshot else open_settings()
    lang = args.lang
    if lang is None and settings is not None:
        saved = settings.value("window/language")
        lang = saved if saved in ("de", "en") else None
    lang = lang or system_language()
    window = MainWindow(tariffs, catalog, lang, settings)
    if isinstance(request, QuoteRequest):
        try:
            window.load_request(request, client.get("client_name"),
                                client.get("client_address"))
        except InvalidInput as exc:
            _say(f"premiumcalc-gui: {exc}")
            if screenshot:
                return 2
            problem = str(exc)
    if screenshot:
        return _screenshot(app, window, args.screenshot, size or (1280, 860))
    if size is not None:
        available = window.screen().availableGeometry()
        window.resize(min(size[0], available.width()), min(size[1], available.height()))
    window.show()
    # The quote store is not needed for the first paint: it is opened right after the
    # window is shown.
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: _first_paint_done(window))
    if problem:
        _request_not_loaded(window, problem)
    return app.exec()


def _request_not_loaded(window: MainWindow, problem: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    translate = QCoreApplication.translate
    QMessageBox.warning(window, translate("App", "The request file was not loaded"),
                        problem + "\n\n" + translate(
                            "App", "The window shows a new quote instead."))


def _first_paint_done(window: MainWindow) -> None:
    gc.freeze()
    gc.enable()
    attach_extras(window)


def attach_extras(window: MainWindow) -> None:
    """Open the quote database and give the window its saved quotes (Save quote, the History
    tab); without a database the window still prices, prints and saves PDFs."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from premiumcalc.quotes import StoreError, open_store

    try:
        store = open_store()
    except StoreError as exc:
        translate = QCoreApplication.translate
        QMessageBox.warning(
            window, translate("App", "Saved quotes unavailable"),
            translate("App", "Saved quotes cannot be opened; quotes can still be priced, printed "
                      "and saved as PDF.") + "\n\n" + str(exc))
        return
    window.open_history(store)


def save_png(image: object, out: Path) -> bool:
    """Write ``image`` (a QImage) as a PNG file, whole or not at all."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    from premiumcalc.fileio import WriteError, atomic_write_bytes

    assert isinstance(image, QImage)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Lossless like every PNG; 80 picks a fast zlib level that also gives smaller files here.
    if not image.save(buffer, "PNG", 80):  # type: ignore[call-overload]
        return False
    try:
        atomic_write_bytes(out, bytes(data.data()))
    except WriteError:
        return False
    return True


def _screenshot(app: object, window: object, out: Path, size: tuple[int, int]) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    assert isinstance(app, QApplication) and isinstance(window, QMainWindow)
    window.resize(*size)
    window.show()
    for _ in range(3):
        app.processEvents()
    if not save_png(window.grab().toImage(), out):
        _say(f"premiumcalc-gui: cannot write the screenshot {out}")
        return 1
    window.close()
    return 0
