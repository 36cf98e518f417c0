"""Unsaved edits are never dropped silently: before New quote, Reopen, Duplicate and Quit
replace the form, the window asks whether to save them, discard them or cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from premiumcalc.gui.quote_state import QuoteState


class UnsavedGuard(QObject):
    """Knows the form's last saved (or reopened, or new) state and asks before it is left."""

    def __init__(self, state: QuoteState, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self._parent_widget = parent
        self._saved: dict[str, Any] = state.values()
        self.save: Callable[[], bool] | None = None
        """Saves the quote on show (True when it was saved); None while there is no quote
        database, when the question offers only to discard or to cancel."""
        state.sig_quote_number_changed.connect(self._number_changed)

    def mark_saved(self) -> None:
        """What the form shows now is the state to compare with (saved, reopened, new)."""
        self._saved = self.state.values()

    def has_changes(self) -> bool:
        return self.state.values() != self._saved

    def _number_changed(self, number: str) -> None:
        if number:  # saved or reopened under this number
            self.mark_saved()

    def confirm(self) -> bool:
        """True when the form may be replaced: nothing unsaved, or the user saved or
        discarded it; False when the user cancelled (or saving failed, after saying why)."""
        if not self.has_changes():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("The quote on show has changes that are not saved."),
                          QMessageBox.StandardButton.NoButton, self._parent_widget)
        box.setObjectName("unsavedQuestion")
        buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        if self.save is not None:
            buttons |= QMessageBox.StandardButton.Save
            box.setInformativeText(self.tr("Save them as a quote first?"))
        else:
            box.setInformativeText(self.tr("Without a quote database they cannot be saved "
                                           "as a quote. Discard them?"))
        box.setStandardButtons(buttons)
        texts = {QMessageBox.StandardButton.Save: self.tr("&Save quote"),
                 QMessageBox.StandardButton.Discard: self.tr("&Discard changes"),
                 QMessageBox.StandardButton.Cancel: self.tr("Cancel")}
        for which, text in texts.items():
            button = box.button(which)
            if button is not None:
                button.setText(text)
        box.setDefaultButton(QMessageBox.StandardButton.Save if self.save is not None
                             else QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save and self.save is not None:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard
