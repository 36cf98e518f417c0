"""The coverage scope: what is covered up to which limit and deductible, and what is not."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QTextBrowser, QWidget

from premiumcalc.gui.quote_state import QuoteState
from premiumcalc.gui.requirement_texts import amount_text, months_text, not_stated, years_text
from premiumcalc.pricing import Outcome
from premiumcalc.pricing.explain import coverage_scope, money
from premiumcalc.pricing.needs import (
    bodily_injury_deductible,
    contractual_penalties,
    module_aggregate,
    pi_aggregate,
    prior_acts_months,
    run_off_years,
)

_HTML_SPECIAL = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def escape(text: str) -> str:
    """Text for the coverage HTML: ``&``, ``<``, ``>`` and ``"`` as entities."""
    return text.translate(_HTML_SPECIAL)


class CoverageView(QTextBrowser):
    def __init__(self, state: QuoteState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setOpenLinks(False)
        state.sig_outcome_changed.connect(self.show_outcome)
        self.retranslate()

    def show_outcome(self, outcome: Outcome | None) -> None:
        if outcome is None:
            self.setHtml("")
            return
        lang = self.state.lang
        scope = coverage_scope(outcome, lang, self.state.catalog)
        covered = self.tr("Covered")
        not_covered = self.tr("Not covered")
        tariff = outcome.tariff
        cover = outcome.request.cover
        parts = [f"<h3>{escape(covered)}</h3>"]
        for item in scope.covered:
            facts = []
            if item.limit is not None:
                facts.append(self.tr("limit {amount}").format(amount=money(item.limit, lang)))
            else:
                facts.append(self.tr("within the cover per claim"))
            if item.deductible is not None:
                facts.append(self.tr("deductible {amount}")
                             .format(amount=money(item.deductible, lang)))
            for label, amount in item.sublimits:
                facts.append(f"{label}: {money(amount, lang)}")
            module = tariff.module_map.get(item.part)
            if module is None or item.part == "worldwide":  # worldwide extends PI
                aggregate = pi_aggregate(tariff, cover)
            else:
                aggregate = module_aggregate(module, cover)
            facts.append(self.tr("annual aggregate {amount}").format(
                amount=self._stated(aggregate)))
            if item.part == "professional-indemnity":
                penalties = contractual_penalties(tariff)
                facts.append(self.tr("contractual penalties (confidentiality and data "
                                     "protection) {amount}").format(
                    amount=self.tr("not covered") if penalties is None
                    else self._stated(penalties)))
            if item.part == "general-liability" and module is not None:
                facts.append(self.tr("deductible for bodily injury {amount}").format(
                    amount=self._stated(bodily_injury_deductible(
                        module, outcome.request.deductible))))
            if item.note:
                facts.append(item.note)
            parts.append(
                f"<p><b>✓ {escape(item.title)}</b><br>{escape(item.text)}<br>"
                f"<i>{escape(' · '.join(facts))}</i></p>"
            )
        parts.append(self._terms_html(outcome))
        parts.append(f"<h3>{escape(not_covered)}</h3><ul>")
        parts.extend(f"<li>{escape(text)}</li>" for text in scope.not_covered)
        parts.append("</ul>")
        self.setHtml("".join(parts))

    def _stated(self, value: Decimal | str) -> str:
        if isinstance(value, str):
            return not_stated()
        if value == 0:
            return self.tr("none")
        return amount_text(value, self.state.lang)

    def _terms_html(self, outcome: Outcome) -> str:
        """The conditions, prior acts and run-off (handbook §13)."""
        tariff = outcome.tariff
        months = prior_acts_months(tariff)
        if months is None:
            prior = self.tr("unlimited")
        elif isinstance(months, int):
            prior = months_text(months)
        else:
            prior = not_stated()
        years = run_off_years(tariff)
        rows = [
            (self.tr("Conditions"), tariff.conditions or not_stated()),
            (self.tr("Prior acts (breaches before the start, unknown at the start)"), prior),
            (self.tr("Run-off after the contract ends"),
             years_text(years) if isinstance(years, int) else not_stated()),
        ]
        if tariff.insurer_address:
            rows.append((self.tr("Insurer"), ", ".join(tariff.insurer_address)))
        cells = "".join(f"<tr><td>{escape(k)}:&nbsp;</td><td><b>{escape(v)}</b></td></tr>"
                        for k, v in rows)
        title = self.tr("Terms")
        return f"<h3>{escape(title)}</h3><table>{cells}</table>"

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Coverage scope"))
        self.show_outcome(self.state.outcome())
