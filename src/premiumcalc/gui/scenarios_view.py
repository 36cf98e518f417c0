"""Typical claims for the configured cover: covered or not, by which part, and the payout."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QSignalBlocker, Qt, Signal
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

from premiumcalc.gui.input_marks import mark_input
from premiumcalc.gui.money_edit import MoneyEdit
from premiumcalc.gui.quote_state import QuoteState
from premiumcalc.pricing import QUOTED, Outcome, ScenarioResult, scenarios_for
from premiumcalc.pricing.explain import money, scenario_hint_text, scenario_part_text
from premiumcalc.pricing.request import scenario_id


class _ScenarioRow(QFrame):
    def __init__(self, scenario_id: str, lang: str) -> None:
        super().__init__()
        self.scenario_id = scenario_id
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.include = QCheckBox()
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.damage_label = QLabel()
        self.damage_edit = MoneyEdit(lang, revenue=False)
        self.damage_edit.setMaxLength(40)
        self.damage_label.setBuddy(self.damage_edit)
        self.damage_reason = QLabel()
        self.damage_reason.setWordWrap(True)
        self.damage_reason.setTextFormat(Qt.TextFormat.PlainText)
        self.damage_reason.setVisible(False)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.action = QPushButton()
        self.action.setSizePolicy(self.action.sizePolicy().horizontalPolicy(),
                                  self.action.sizePolicy().verticalPolicy())
        layout = QVBoxLayout(self)
        layout.addWidget(self.include)
        layout.addWidget(self.description)
        damage = QHBoxLayout()
        damage.addWidget(self.damage_label)
        damage.addWidget(self.damage_edit)
        damage.addStretch(1)
        layout.addLayout(damage)
        layout.addWidget(self.damage_reason)
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
        self._damage_text = ""
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.rows: dict[str, _ScenarioRow] = {}
        self._damages: dict[str, Decimal] = {}
        """The damage of each scenario as shown: the catalogue's or the broker's own."""
        for scenario in state.catalog.scenarios:
            row = _ScenarioRow(scenario.id, state.lang)
            self._damages[scenario.id] = scenario.damage
            row.damage_edit.set_value(scenario.damage)
            row.include.toggled.connect(lambda on, sid=scenario.id: self._toggle(sid, on))
            row.damage_edit.sig_value_changed.connect(
                lambda value, sid=scenario.id: self._damage_edited(sid, value))
            row.action.clicked.connect(lambda _=False, sid=scenario.id: self._add(sid))
            self.rows[scenario.id] = row
            layout.addWidget(row)
        layout.addStretch(1)
        self.setWidget(body)
        self._results: dict[str, ScenarioResult] = {}
        state.sig_outcome_changed.connect(self.show_outcome)
        state.sig_values_changed.connect(self._show_included)
        state.sig_form_replaced.connect(self._form_replaced)
        self.retranslate()

    def _own_damage(self, scenario_id: str) -> Decimal | None:
        """The broker's damage of a scenario, None while it is the catalogue's."""
        damage = self._damages[scenario_id]
        return None if damage == self.state.catalog.scenario_map[scenario_id].damage \
            else damage

    def _toggle(self, scenario_id: str, on: bool) -> None:
        unreadable = self.rows[scenario_id].damage_edit.value() is None
        self.state.set_scenario(scenario_id, on, self._own_damage(scenario_id),
                                unreadable=on and unreadable)

    def _damage_edited(self, scenario_id: str, value: Decimal | None) -> None:
        """A damage typed: used for the scenario's result (and the quote when it is ticked).
        Text that is no amount is marked; a ticked scenario's then stops the pricing until
        it is corrected, like any other input of the form."""
        self._show_damage_mark(scenario_id)
        chosen = scenario_id in self.state.scenario_damages()
        if value is None:
            if chosen:
                self.state.set_scenario(scenario_id, True, unreadable=True)
            else:
                self.show_outcome(self.state.outcome())
            return
        self._damages[scenario_id] = value
        if chosen:
            self.state.set_scenario(scenario_id, True, self._own_damage(scenario_id))
        else:
            self.show_outcome(self.state.outcome())

    def _show_damage_mark(self, scenario_id: str) -> None:
        row = self.rows[scenario_id]
        bad = row.damage_edit.value() is None
        mark_input(row.damage_edit, bad, row.damage_label, self._damage_text)
        row.damage_reason.setText(row.damage_edit.reason() if bad else "")
        row.damage_reason.setVisible(bad)

    def _add(self, scenario_id: str) -> None:
        result = self._results.get(scenario_id)
        if result is not None and result.hint is not None:
            self.sig_add_module.emit(result.hint[0])
            self.state.add_module(result.hint[0])

    def _show_included(self) -> None:
        chosen = {scenario_id(e): e.partition("=")[1:] for e in self.state.value("scenarios")}
        for sid, row in self.rows.items():
            if row.include.isChecked() != (sid in chosen):
                row.include.blockSignals(True)
                row.include.setChecked(sid in chosen)
                row.include.blockSignals(False)
            if sid in chosen and chosen[sid] != ("=", ""):  # "=": the damage typed is no amount
                sep, amount = chosen[sid]
                self._damages[sid] = Decimal(amount) if sep \
                    else self.state.catalog.scenario_map[sid].damage
                self._show_damage(sid)

    def _show_damage(self, sid: str) -> None:
        row = self.rows[sid]
        if row.damage_edit.value() != self._damages[sid]:
            with QSignalBlocker(row.damage_edit):
                row.damage_edit.set_value(self._damages[sid])
            row.damage_edit.revalidate()

    def _form_replaced(self) -> None:
        """A new or loaded quote: the scenarios it does not include show the catalogue's
        damage again."""
        chosen = self.state.scenario_damages()
        for sid in self.rows:
            if sid not in chosen:
                self._damages[sid] = self.state.catalog.scenario_map[sid].damage
                self._show_damage(sid)
        self.show_outcome(self.state.outcome())

    def damage_entries(self) -> list[str]:
        """Every scenario with its damage as shown, as the request's ``id=AMOUNT`` entries."""
        return [sid if (own := self._own_damage(sid)) is None else f"{sid}={format(own, 'f')}"
                for sid in self.rows]

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
        entries = [e for e in self.damage_entries()
                   if self.rows[scenario_id(e)].damage_edit.value() is not None]
        results = scenarios_for(outcome, entries, catalog) if quoted and outcome else []
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
        self._damage_text = self.tr("&Damage (€):")
        for sid, row in self.rows.items():
            scenario = catalog.scenario_map[sid]
            row.damage_edit.set_language(lang)
            row.damage_label.setText(self._damage_text)
            row.damage_edit.setAccessibleName(
                self.tr("Damage of “{title}” in euros").format(title=scenario.title(lang)))
            row.damage_edit.setToolTip(self.tr(
                "The catalogue's example is {amount}; enter the client's own figure.").format(
                amount=money(scenario.damage, lang)))
            self._show_damage_mark(sid)
            row.include.setText(scenario.title(lang))
            row.include.setAccessibleName(
                self.tr("Include “{title}” in the quote").format(title=scenario.title(lang)))
            row.description.setText(scenario.text(lang))
        self._show_included()
        self.show_outcome(self.state.outcome())
