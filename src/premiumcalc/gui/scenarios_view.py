"""Typical claims for the configured cover: covered or not, by which part, and the payout."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from premiumcalc.gui.quote_state import QuoteState
from premiumcalc.pricing import QUOTED, Outcome, ScenarioResult, scenarios_for
from premiumcalc.pricing.explain import money, scenario_hint_text, scenario_part_text


class _ScenarioRow(QFrame):
    def __init__(self, scenario_id: str) -> None:
        super().__init__()
        self.scenario_id = scenario_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.include = QCheckBox()
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.action = QPushButton()
        self.action.setSizePolicy(self.action.sizePolicy().horizontalPolicy(),
                                  self.action.sizePolicy().verticalPolicy())
        layout = QVBoxLayout(self)
        layout.addWidget(self.include)
        layout.addWidget(self.description)
        layout.addWidget(self.result)
        actions = QHBoxLayout()
        actions.addWidget(self.action)
        actions.addStretch(1)
        layout.addLayout(actions)


class ScenariosView(QScrollArea):
    """One row per claim scenario of the catalogue; ticked ones go into the quote."""

    sig_add_module = Signal(str)
    """The user asked to add a module (its id) that would cover an uncovered scenario."""

    def __init__(self, state: QuoteState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.rows: dict[str, _ScenarioRow] = {}
        for scenario in state.catalog.scenarios:
            row = _ScenarioRow(scenario.id)
            row.include.toggled.connect(lambda on, sid=scenario.id: self._toggle(sid, on))
            row.action.clicked.connect(lambda _=False, sid=scenario.id: self._add(sid))
            self.rows[scenario.id] = row
            layout.addWidget(row)
        layout.addStretch(1)
        self.setWidget(body)
        self._results: dict[str, ScenarioResult] = {}
        state.sig_outcome_changed.connect(self.show_outcome)
        state.sig_values_changed.connect(self._show_included)
        self.retranslate()

    def _toggle(self, scenario_id: str, on: bool) -> None:
        self.state.set_chosen("scenarios", scenario_id, on)

    def _add(self, scenario_id: str) -> None:
        result = self._results.get(scenario_id)
        if result is not None and result.hint is not None:
            self.sig_add_module.emit(result.hint[0])
            self.state.add_module(result.hint[0])

    def _show_included(self) -> None:
        chosen = set(self.state.value("scenarios"))
        for sid, row in self.rows.items():
            if row.include.isChecked() != (sid in chosen):
                row.include.blockSignals(True)
                row.include.setChecked(sid in chosen)
                row.include.blockSignals(False)

    def result_text(self, scenario_id: str) -> str:
        return self.rows[scenario_id].result.text()

    def show_outcome(self, outcome: Outcome | None) -> None:
        lang = self.state.lang
        catalog = self.state.catalog
        quoted = outcome is not None and outcome.status == QUOTED
        self.note.setText(
            self.tr("What the cover configured on the left pays for typical claims. Ticked "
                    "scenarios are included in the quote.") if quoted else
            self.tr("Claim scenarios are evaluated once the request can be quoted."))
        results = scenarios_for(outcome, list(self.rows), catalog) if quoted and outcome else []
        self._results = {r.id: r for r in results}
        for sid, row in self.rows.items():
            result = self._results.get(sid)
            if result is None:
                row.result.setText("–")
                row.action.hide()
                continue
            damage = money(result.damage, lang)
            if result.covered:
                assert result.limit is not None and result.deductible is not None
                text = self.tr("✓ Covered by {part}: damage {damage}, limit {limit}, deductible "
                               "{deductible}, estimated payout {payout}").format(
                    part=scenario_part_text(result, lang, catalog), damage=damage,
                    limit=money(result.limit, lang), deductible=money(result.deductible, lang),
                    payout=money(result.payout, lang))
            else:
                text = self.tr("✗ Not covered: damage {damage}, payout {payout}").format(
                    damage=damage, payout=money(result.payout, lang))
            row.result.setText(text)
            hint = scenario_hint_text(result, lang, catalog)
            if hint:
                row.action.setText(hint[:1].upper() + hint[1:])
                row.action.setAccessibleName(hint)
            row.action.setVisible(bool(hint))

    def retranslate(self) -> None:
        lang = self.state.lang
        catalog = self.state.catalog
        self.setAccessibleName(self.tr("Claim scenarios"))
        for sid, row in self.rows.items():
            scenario = catalog.scenario_map[sid]
            row.include.setText(scenario.title(lang))
            row.include.setAccessibleName(
                self.tr("Include “{title}” in the quote").format(title=scenario.title(lang)))
            row.description.setText(scenario.text(lang))
        self._show_included()
        self.show_outcome(self.state.outcome())
