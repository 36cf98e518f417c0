"""Helpers shared by the window's File menu extensions (PDF, comparison, saved quotes)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget


def insert_before_quit(menu: QMenu, quit_action: QAction | None,
                       actions: Sequence[QAction]) -> None:
    """Add a group of actions to ``menu``, separated, before ``quit_action`` when it is in
    the menu, else at the end."""
    before = quit_action
    if before is not None and before in menu.actions():
        separator = menu.insertSeparator(before)
        menu.insertActions(separator, list(actions))
    else:
        menu.addSeparator()
        menu.addActions(list(actions))


_last_folder = ""
"""The folder of the file last opened or saved through a file dialog of the window."""


def documents_folder() -> str:
    """The user's documents folder (the home folder where the system names none)."""
    from PySide6.QtCore import QStandardPaths

    return QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def start_in(filename: str = "", folder: str = "") -> str:
    """Where a file dialog starts: ``folder`` when it exists, else the folder last used,
    else the user's documents folder; with ``filename`` in it when given."""
    base = next((f for f in (folder, _last_folder) if f and Path(f).is_dir()),
                documents_folder())
    return str(Path(base) / filename) if filename else base


def remember_folder(path: str | Path) -> None:
    """A file was chosen at ``path``: the next file dialog starts in its folder."""
    global _last_folder
    _last_folder = str(Path(path).parent)


def save_pdf_as(parent: QWidget | None, title: str, directory: str, filename: str,
                data: bytes) -> Path | None:
    """Ask where to save a PDF (suggesting ``filename`` in ``directory``, adding ``.pdf``
    when missing; an empty ``directory`` is the user's documents folder), write it atomically
    and say so in the status bar of ``parent``'s main window.

    Returns the file written, or None when the user cancelled or writing failed (after
    telling the user why; the target keeps what it had).
    """
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from premiumcalc.fileio import WriteError, atomic_write_bytes

    translate = QCoreApplication.translate
    suggested = start_in(filename, directory)
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, suggested, translate("FileActions", "PDF files (*.pdf)"))
    if not path:
        return None
    target = Path(path)
    remember_folder(target)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    try:
        atomic_write_bytes(target, data)
    except WriteError as exc:
        QMessageBox.warning(parent, title, translate(
            "FileActions", "The PDF was not saved: {0}").format(str(exc)))
        return None
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(translate("FileActions", "Saved {0}").format(str(target)), 5000)
    return target
