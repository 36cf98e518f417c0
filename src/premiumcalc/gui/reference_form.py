"""The client's current contract, typed in by hand: the reference row of the comparison."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from premiumcalc.gui.input_marks import mark_input
from premiumcalc.gui.money_edit import MoneyEdit
from premiumcalc.pricing.reference import Reference

AMOUNT_FIELDS = ("gross_annual", "cover", "deductible", "key_limit", "general_liability_limit",
                 "cyber_limit")


class ReferenceForm(QGroupBox):
    """Insurer, annual gross premium, cover, deductible and the key limits of the contract."""

    sig_reference_changed = Signal(object)
    """The entered contract as a ``premiumcalc.pdf.comparison.Reference`` (empty fields are
    ``None``; an amount that cannot be read counts as not entered and is marked)."""

    def __init__(self, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.insurer_edit = QLineEdit()
        self.insurer_edit.setMaxLength(120)
        self.amount_edits: dict[str, MoneyEdit] = {f: MoneyEdit(lang) for f in AMOUNT_FIELDS}
        self.clear_button = QPushButton()
        self.labels: dict[str, QLabel] = {}
        self._texts: dict[str, str] = {}
        grid = QGridLayout(self)
        # insurer (wide) and premium first, then cover, deductible and the limits
        places = {"insurer": (0, 0, 3), "gross_annual": (0, 2, 1), "cover": (1, 0, 1),
                  "deductible": (1, 1, 1), "key_limit": (1, 2, 1),
                  "general_liability_limit": (2, 0, 1), "cyber_limit": (2, 1, 1)}
        fields: list[tuple[str, QWidget]] = [("insurer", self.insurer_edit),
                                             *self.amount_edits.items()]
        for key, widget in fields:
            label = QLabel()
            label.setBuddy(widget)
            self.labels[key] = label
            row, col, span = places[key]
            grid.addWidget(label, row, col * 2)
            grid.addWidget(widget, row, col * 2 + 1, 1, span)
        grid.addWidget(self.clear_button, 2, 4, 1, 2)
        for col in range(3):
            grid.setColumnStretch(col * 2 + 1, 1)
        self.insurer_edit.textChanged.connect(self._changed)
        for edit in self.amount_edits.values():
            edit.textChanged.connect(self._changed)
        self.clear_button.clicked.connect(self.clear)
        self.retranslate()

    def reference(self) -> Reference:
        amounts: dict[str, Decimal | None] = {f: e.value() for f, e in self.amount_edits.items()}
        return Reference(insurer=self.insurer_edit.text().strip(), **amounts)

    def set_reference(self, reference: Reference) -> None:
        self.insurer_edit.setText(reference.insurer)
        for field, edit in self.amount_edits.items():
            edit.set_value(getattr(reference, field))

    def clear(self) -> None:
        self.set_reference(Reference())

    def set_language(self, lang: str) -> None:
        """Show the amounts in the new language's format; the contract stays as entered."""
        for edit in self.amount_edits.values():
            edit.set_language(lang)
        self.retranslate()

    def _changed(self) -> None:
        self._show_marks()
        self.sig_reference_changed.emit(self.reference())

    def _show_marks(self) -> None:
        """An amount that cannot be read: highlighted, a warning sign before its label and
        why in its tooltip."""
        for key, edit in self.amount_edits.items():
            bad = bool(edit.text().strip()) and edit.value() is None
            edit.setToolTip(self.tr("Not an amount: it is left out of the comparison")
                            if bad else "")
            mark_input(edit, bad, self.labels[key], self._texts.get(key, ""))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Client's current contract (reference)"))
        texts = {
            "insurer": self.tr("Insurer:"),
            "gross_annual": self.tr("Gross pre&mium per year (€):"),
            "cover": self.tr("Cover per claim (€):"),
            "deductible": self.tr("Deductible (€):"),
            "key_limit": self.tr("Lost &keys limit (€):"),
            "general_liability_limit": self.tr("&General liability limit (€):"),
            "cyber_limit": self.tr("&Cyber limit (€):"),
        }
        self._texts = texts
        for key, label in self.labels.items():
            label.setText(texts[key])
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(texts[key].replace("&", "").rstrip(":"))
        self.insurer_edit.setPlaceholderText(self.tr("e.g. the insurer on the client's policy"))
        self.clear_button.setText(self.tr("Clear reference"))
        self._show_marks()
