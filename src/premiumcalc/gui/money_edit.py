"""A line edit for money that returns a ``Decimal`` or ``None``, never a float."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from premiumcalc.gui.amount_parsing import (
    AmountError,
    AmountProblem,
    allowed_characters,
    parse_amount,
    symbols,
)
from premiumcalc.pricing.explain import grouped


class AmountValidator(QValidator):
    """Blocks characters that never belong to an amount; the rest is checked by parsing."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if not allowed_characters(text, self.lang):
            return QValidator.State.Invalid, text, pos
        try:
            parse_amount(text, self.lang)
        except AmountError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class MoneyEdit(QLineEdit):
    """An amount in the user's language: ``180.000,50`` (German) or ``180,000.50`` (English).

    Characters that cannot be part of an amount are refused as they are typed; text in a
    wrong format stays editable and :meth:`reason` explains what is allowed.
    """

    sig_value_changed = Signal(object)
    """The amount after an edit: a ``Decimal``, or ``None`` while the text is not an amount."""

    sig_reason_changed = Signal(str)
    """Why the text is not accepted, in the window's language; empty when it is."""

    def __init__(self, lang: str = "en", parent: QWidget | None = None, *,
                 revenue: bool = True) -> None:
        super().__init__(parent)
        self._revenue = revenue
        """Whether the amount is the annual revenue (the reasons name it), else any amount."""
        self._lang = lang
        self._validator = AmountValidator(lang, self)
        self.setValidator(self._validator)
        self._value: Decimal | None = None
        self._problem: AmountProblem | None = AmountProblem.EMPTY
        self._rejected = False
        self.textChanged.connect(self._on_text_changed)
        self.inputRejected.connect(self._on_rejected)

    # -- public -------------------------------------------------------------------------

    def value(self) -> Decimal | None:
        return self._value

    def set_value(self, value: Decimal | None) -> None:
        """Show ``value`` formatted for the language (``None`` empties the field)."""
        self.setText("" if value is None else grouped(value, self._lang))

    def reason(self) -> str:
        """Why the current text is not an amount (empty when it is one)."""
        if self._rejected:
            return self._text_for(AmountProblem.CHARACTERS)
        return "" if self._problem is None else self._text_for(self._problem)

    def language(self) -> str:
        return self._lang

    def set_language(self, lang: str) -> None:
        """Switch the number format; a valid amount is shown again in the new format."""
        if lang == self._lang:
            return
        value = self._value
        self._lang = lang
        self._validator.lang = lang
        if value is not None:
            self.set_value(value)
        else:
            self._on_text_changed(self.text())
        self.sig_reason_changed.emit(self.reason())

    # -- internals ----------------------------------------------------------------------

    def _text_for(self, problem: AmountProblem) -> str:
        dec, grp = symbols(self._lang)
        example = "180000, 180.000, 180.000,50" if self._lang == "de" else (
            "180000, 180,000, 180,000.50"
        )
        if problem is AmountProblem.EMPTY:
            if not self._revenue:
                return self.tr("Enter an amount, e.g. {examples}").format(examples=example)
            return self.tr("Enter the annual revenue, e.g. {examples}").format(examples=example)
        if problem is AmountProblem.CHARACTERS:
            return self.tr(
                "Only digits, “{group}” between thousands and “{dec}” before the cents are "
                "allowed (no signs, letters or exponents)"
            ).format(group=grp, dec=dec)
        if problem is AmountProblem.DECIMALS:
            return self.tr("At most two decimals (cents) are allowed")
        if problem is AmountProblem.TOO_LARGE:
            if not self._revenue:
                return self.tr("This amount is too large")
            return self.tr("This amount is too large for an annual revenue")
        return self.tr(
            "Not an amount: use “{group}” only between groups of three digits and “{dec}” "
            "before the cents, e.g. {examples}"
        ).format(group=grp, dec=dec, examples=example)

    def _on_rejected(self) -> None:
        self._rejected = True
        self.sig_reason_changed.emit(self.reason())

    def _on_text_changed(self, text: str) -> None:
        self._rejected = False
        try:
            value: Decimal | None = parse_amount(text, self._lang)
            self._problem = None
        except AmountError as exc:
            value = None
            self._problem = exc.problem
        self.setProperty("invalid", self._problem is not None)
        self._value = value
        self.sig_reason_changed.emit(self.reason())
        self.sig_value_changed.emit(value)

    def revalidate(self) -> None:
        """Check the text again and emit both signals (after a change with signals blocked)."""
        self._on_text_changed(self.text())

    def retranslate(self) -> None:
        self.sig_reason_changed.emit(self.reason())
