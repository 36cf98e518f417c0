"""The "Requirements" group of the request form (handbook §15): the client's needs, one row
each (what, and its amount, months or years), written into the request's ``require``.

A row whose number is missing or not allowed is not taken (the group says why); every other
row is, so the Compare tab always checks what the editor shows as valid.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from premiumcalc.gui.input_marks import WARNING_SIGN, mark_input
from premiumcalc.gui.money_edit import MoneyEdit
from premiumcalc.gui.quote_state import QuoteState
from premiumcalc.gui.requirement_texts import requirement_names
from premiumcalc.pricing.requirement import KINDS, MAXIMUM, Requirement

#: The number a new row starts with, by requirement id (the broker overtypes it).
STARTING_VALUES: dict[str, int] = {
    "pi-limit": 1_000_000, "pi-aggregate": 2_000_000, "gl-limit": 5_000_000,
    "keys-sublimit": 100_000, "cyber-limit": 250_000, "delay-sublimit": 100_000,
    "contractual-penalties": 50_000, "prior-acts-months": 60, "run-off-years": 5,
    "max-deductible": 1_000, "max-gross": 1_000,
}


class RequirementRow(QWidget):
    """One requirement: its id in a combo box, its number, a remove button."""

    sig_changed = Signal()
    sig_remove = Signal(object)

    def __init__(self, lang: str, requirement: Requirement,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(14)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for rid in KINDS:
            self.combo.addItem(rid, rid)
        self.amount_edit = MoneyEdit(lang)
        self.amount_edit.setMaxLength(20)
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.none_label = QLabel("–")
        self.none_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.remove_button = QToolButton()
        for widget in (self.amount_edit, self.none_label):
            widget.setFixedWidth(110)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.amount_edit)
        layout.addWidget(self.none_label)
        layout.addWidget(self.remove_button)
        self.show_requirement(requirement)
        self.combo.currentIndexChanged.connect(self._id_changed)
        self.amount_edit.sig_value_changed.connect(lambda _v: self.sig_changed.emit())
        self.remove_button.clicked.connect(lambda: self.sig_remove.emit(self))
        self.retranslate(lang)

    def requirement_id(self) -> str:
        return str(self.combo.currentData())

    def show_requirement(self, requirement: Requirement) -> None:
        blockers = [QSignalBlocker(w) for w in (self.combo, self.amount_edit)]
        self.combo.setCurrentIndex(self.combo.findData(requirement.id))
        if requirement.kind is not None:
            self.amount_edit.set_value(Decimal(requirement.value or 0))
            self.amount_edit.revalidate()
        del blockers
        self._show_kind()

    def _show_kind(self) -> None:
        kind = KINDS[self.requirement_id()]
        self.amount_edit.setVisible(kind is not None)
        self.none_label.setVisible(kind is None)
        self._name_number()

    def _name_number(self) -> None:
        kind = KINDS[self.requirement_id()]
        names = {"amount": self.tr("Amount in euros"), "months": self.tr("Number of months"),
                 "years": self.tr("Number of years")}
        self.amount_edit.setAccessibleName(names.get(kind or "", ""))

    def _id_changed(self, _index: int) -> None:
        rid = self.requirement_id()
        start = STARTING_VALUES.get(rid)
        if KINDS[rid] is not None and start is not None:
            with QSignalBlocker(self.amount_edit):
                self.amount_edit.set_value(Decimal(start))
                self.amount_edit.revalidate()
        self._show_kind()
        self.sig_changed.emit()

    def requirement(self) -> Requirement | str:
        """The requirement shown, or why it cannot be taken."""
        rid = self.requirement_id()
        kind = KINDS[rid]
        if kind is None:
            return Requirement(rid)
        value = self.amount_edit.value()
        if value is None or value != value.to_integral_value() or value > MAXIMUM:
            if kind == "months":
                return self.tr("enter a whole number of months, e.g. 60")
            if kind == "years":
                return self.tr("enter a whole number of years, e.g. 5")
            example = "5.000.000" if self.amount_edit.language() == "de" else "5,000,000"
            return self.tr("enter a whole amount in euros, e.g. {example}").format(
                example=example)
        return Requirement(rid, int(value))

    def set_taken(self, taken: set[str]) -> None:
        """Ids other rows use are not offered in this row's combo box."""
        model = self.combo.model()
        assert isinstance(model, QStandardItemModel)
        for i in range(self.combo.count()):
            item = model.item(i)
            if item is not None:
                item.setEnabled(self.combo.itemData(i) not in taken)

    def retranslate(self, lang: str) -> None:
        names = requirement_names()
        for i in range(self.combo.count()):
            self.combo.setItemText(i, names[str(self.combo.itemData(i))])
        self.amount_edit.set_language(lang)
        self.remove_button.setText("\u2715")
        self.remove_button.setToolTip(self.tr("Remove"))
        self.remove_button.setAccessibleName(
            self.tr("Remove requirement: {name}").format(name=names[self.requirement_id()]))
        self.combo.setAccessibleName(self.tr("Requirement"))
        self._name_number()


class RequirementsEditor(QGroupBox):
    """The client's requirements: add and remove rows; every valid row goes into the request."""

    def __init__(self, state: QuoteState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("requirementsBox")
        self.rows: list[RequirementRow] = []
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setObjectName("requirementsProblem")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = QPushButton()
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.problem_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        state.sig_values_changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    # -- actions --------------------------------------------------------------------------

    def add_row(self) -> RequirementRow | None:
        """A new row with the first requirement no row has yet (None when all are there)."""
        taken = {row.requirement_id() for row in self.rows}
        free = [rid for rid in KINDS if rid not in taken]
        if not free:
            return None
        rid = free[0]
        row = self._make_row(Requirement(rid, STARTING_VALUES.get(rid)))
        self._commit()
        row.combo.setFocus()
        return row

    def remove_row(self, row: RequirementRow) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._commit()

    # -- internals ------------------------------------------------------------------------

    def _make_row(self, requirement: Requirement) -> RequirementRow:
        row = RequirementRow(self.state.lang, requirement)
        row.sig_changed.connect(self._commit)
        row.sig_remove.connect(self.remove_row)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        return row

    def _shown(self) -> tuple[tuple[Requirement, ...], list[str]]:
        taken: list[Requirement] = []
        problems: list[str] = []
        names = requirement_names()
        for row in self.rows:
            result = row.requirement()
            if isinstance(result, Requirement):
                taken.append(result)
            else:
                problems.append(f"{names[row.requirement_id()]}: {result}")
        return tuple(taken), problems

    def _commit(self) -> None:
        requirements, problems = self._shown()
        self._update_looks(problems)
        self.state.set_value("require", requirements)

    def _update_looks(self, problems: list[str]) -> None:
        ids = [row.requirement_id() for row in self.rows]
        for row in self.rows:
            row.set_taken(set(ids) - {row.requirement_id()})
            # a number that cannot be taken: highlighted, and named with a sign below
            mark_input(row.amount_edit, not isinstance(row.requirement(), Requirement))
        self.empty_label.setVisible(not self.rows)
        self.problem_label.setText("\n".join(f"{WARNING_SIGN} {p}" for p in problems))
        self.problem_label.setVisible(bool(problems))
        self.add_button.setEnabled(len(self.rows) < len(KINDS))

    def refresh(self) -> None:
        """Show the request's requirements (after a load, a new quote ...)."""
        wanted = tuple(self.state.value("require"))
        shown, problems = self._shown()
        if shown == wanted:
            self._update_looks(problems)
            return
        for row in list(self.rows):
            self.rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for requirement in wanted:
            self._make_row(requirement)
        self._update_looks([])

    def retranslate(self) -> None:
        self.setTitle(self.tr("Requirements"))
        self.empty_label.setText(self.tr("No requirements: add what the client needs (e.g. "
                                         "from a project contract); the Compare tab checks "
                                         "every tariff against it."))
        self.add_button.setText(self.tr("Add require&ment"))
        self.add_button.setAccessibleName(self.tr("Add a requirement of the client"))
        for row in self.rows:
            row.retranslate(self.state.lang)
        self._update_looks(self._shown()[1])
