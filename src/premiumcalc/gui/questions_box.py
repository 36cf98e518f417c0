"""The "Risk questions" group of the request form (handbook §14): one yes/no answer per
question of the catalogue, default no, written into the request's ``yes``."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QWidget

from premiumcalc.gui.quote_state import QuoteState


class QuestionsBox(QGroupBox):
    """Per question its text and a "Yes" check box (unchecked: the client answers no)."""

    def __init__(self, state: QuoteState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("questionsBox")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout = QGridLayout(self)
        layout.addWidget(self.note, 0, 0, 1, 2)
        self.checks: dict[str, QCheckBox] = {}
        self.texts: dict[str, QLabel] = {}
        for row, question in enumerate(state.catalog.questions, start=1):
            text = QLabel()
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            check = QCheckBox()
            check.setObjectName(f"question-{question.id}")
            check.toggled.connect(lambda on, qid=question.id: self._answered(qid, on))
            text.setBuddy(check)
            layout.addWidget(text, row, 0)
            layout.addWidget(check, row, 1, Qt.AlignmentFlag.AlignTop)
            self.checks[question.id] = check
            self.texts[question.id] = text
        layout.setColumnStretch(0, 1)
        state.sig_values_changed.connect(self.refresh)
        self.retranslate()

    def _answered(self, question_id: str, yes: bool) -> None:
        answered = set(self.state.value("yes"))
        if yes:
            answered.add(question_id)
        else:
            answered.discard(question_id)
        # in the catalogue's order, as the core echoes them
        order = [q.id for q in self.state.catalog.questions]
        extra = sorted(answered - set(order))
        self.state.set_value("yes", tuple([q for q in order if q in answered] + extra))

    def refresh(self) -> None:
        answered = set(self.state.value("yes"))
        for question_id, check in self.checks.items():
            if check.isChecked() != (question_id in answered):
                with QSignalBlocker(check):
                    check.setChecked(question_id in answered)

    def retranslate(self) -> None:
        lang = self.state.lang
        self.setTitle(self.tr("Risk questions"))
        self.note.setText(self.tr("Tick “Yes” where the client answers yes (default: no). "
                                  "The answers are the client's disclosure before the "
                                  "contract."))
        for question in self.state.catalog.questions:
            check = self.checks[question.id]
            self.texts[question.id].setText(question.text(lang))
            check.setText(self.tr("Yes"))
            check.setAccessibleName(question.text(lang))
            check.setAccessibleDescription(self.tr("Checked: yes. Unchecked: no."))
        self.refresh()
