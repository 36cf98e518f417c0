"""A tab page whose contents are made when the page is first shown or first asked for.

Tabs that are not on screen at start (coverage, claim scenarios, the market comparison) do
not have to be built before the window's first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

W = TypeVar("W", bound=QWidget)


class LazyPage(QWidget, Generic[W]):
    """Holds the widget ``make()`` returns, made on first show or first :meth:`content`."""

    def __init__(self, make: Callable[[], W], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._content: W | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def content(self) -> W:
        if self._content is None:
            self._content = self._make()
            self._layout.addWidget(self._content)
            self._content.show()  # now, so that it is up to date when it is first seen
        return self._content

    def built(self) -> W | None:
        """The contents if they were made already, else None."""
        return self._content

    def showEvent(self, event: QShowEvent) -> None:
        self.content()
        super().showEvent(event)
