"""Helpers shared by the window's File menu extensions (PDF, comparison, saved quotes)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def insert_before_quit(window: Any, actions: Sequence[QAction]) -> None:
    """Add a group of actions to ``window.file_menu``, separated, before Quit when there is
    a ``quit_action``, else at the end."""
    menu = window.file_menu
    before = getattr(window, "quit_action", None)
    if before is not None and before in menu.actions():
        separator = menu.insertSeparator(before)
        menu.insertActions(separator, list(actions))
    else:
        menu.addSeparator()
        menu.addActions(list(actions))


def save_pdf_as(window: Any, title: str, directory: str, filename: str,
                data: bytes) -> Path | None:
    """Ask where to save a PDF (suggesting ``filename`` in ``directory``, adding ``.pdf``
    when missing; an empty ``directory`` is the user's documents folder), write it atomically
    and say so in the window's status bar.

    Returns the file written, or None when the user cancelled or writing failed (after
    telling the user why; the target keeps what it had).
    """
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from premiumcalc.fileio import WriteError, atomic_write_bytes

    translate = QCoreApplication.translate
    parent = window if isinstance(window, QWidget) else None
    directory = directory or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(directory) / filename) if directory else filename
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, suggested, translate("FileActions", "PDF files (*.pdf)"))
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    try:
        atomic_write_bytes(target, data)
    except WriteError as exc:
        QMessageBox.warning(parent, title, translate(
            "FileActions", "The PDF was not saved: {0}").format(str(exc)))
        return None
    status = getattr(window, "statusBar", None)
    if callable(status):
        status().showMessage(translate("FileActions", "Saved {0}").format(str(target)), 5000)
    return target
