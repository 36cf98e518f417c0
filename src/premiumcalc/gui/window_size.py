"""The size of the first window: as designed where the screen has room, else the screen's
available area (without the task bar), so that no part of the window starts off-screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 860)
"""The window's size on a screen with room for it (device-independent pixels)."""

FRAME = QSize(16, 48)
"""Room left for the window manager's frame and title bar around the window's contents."""


def first_size(available: QRect, preferred: QSize = PREFERRED) -> QSize:
    """The window's contents size on a screen whose available area is ``available``: the
    preferred size, never larger than the area less the frame."""
    return QSize(max(1, min(preferred.width(), available.width() - FRAME.width())),
                 max(1, min(preferred.height(), available.height() - FRAME.height())))


def first_position(available: QRect, size: QSize) -> QPoint:
    """Where the window's frame starts so that the window is centred in ``available``."""
    return QPoint(available.x() + max(0, (available.width() - size.width()
                                          - FRAME.width()) // 2),
                  available.y() + max(0, (available.height() - size.height()
                                          - FRAME.height()) // 2))


def fit_to_screen(window: QWidget, preferred: QSize = PREFERRED) -> None:
    """Size and centre ``window`` within its screen's available area."""
    screen = window.screen()
    if screen is None:
        window.resize(preferred)
        return
    available = screen.availableGeometry()
    size = first_size(available, preferred)
    window.resize(size)
    window.move(first_position(available, size))
