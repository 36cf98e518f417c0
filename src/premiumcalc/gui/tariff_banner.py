"""A non-blocking banner above the window naming tariff files that could not be loaded.

Every other tariff keeps working; the banner offers the Tariffs dialog and can be closed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from premiumcalc.tariffs import TariffFileError

MAX_FILES = 3
"""Files named in the banner; the Tariffs dialog lists them all."""


class TariffBanner(QFrame):
    """Shows the broken tariff files (file, field and problem) until closed or fixed."""

    sig_manage = Signal()
    """The user wants to open the Tariffs dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tariffBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#tariffBanner { background: #fff4ce; border: 1px solid #e0c36c; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.manage_button = QPushButton()
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.manage_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.manage_button.clicked.connect(self.sig_manage)
        self.close_button.clicked.connect(self.dismiss)
        self._errors: list[TariffFileError] = []
        self._dismissed: set[str] = set()
        self.hide()
        self.retranslate()

    def text(self) -> str:
        return self.label.text()

    def set_errors(self, errors: Sequence[TariffFileError]) -> None:
        """Show these broken files (hidden when there are none or all were dismissed)."""
        self._errors = list(errors)
        self.retranslate()

    def dismiss(self) -> None:
        """Hide the banner until another file breaks."""
        self._dismissed = {str(e) for e in self._errors}
        self.hide()

    def retranslate(self) -> None:
        self.manage_button.setText(self.tr("Tariffs…"))
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        if not self._errors:
            self.label.clear()
            self.hide()
            return
        lines = []
        for error in self._errors[:MAX_FILES]:
            line = error.lines()[0] if error.problems else str(error.path)
            if len(error.problems) > 1:
                line += " " + self.tr("(and {0} more problems: see Tariffs…)").format(
                    len(error.problems) - 1)
            lines.append(line)
        if len(self._errors) > MAX_FILES:
            lines.append(self.tr("… and {0} more files").format(len(self._errors) - MAX_FILES))
        self.label.setText(
            self.tr("%n tariff file(s) could not be loaded; the other tariffs work:", "",
                    len(self._errors)) + "\n" + "\n".join(lines))
        self.label.setToolTip("\n".join(line for e in self._errors for line in e.lines()))
        self.setAccessibleName(self.label.text())
        self.setVisible(not {str(e) for e in self._errors} <= self._dismissed)
