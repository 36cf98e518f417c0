"""The coverage scope: what is covered up to which limit and deductible, and what is not."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QWidget

from premiumcalc.gui.quote_state import QuoteState
from premiumcalc.pricing import Outcome
from premiumcalc.pricing.explain import coverage_scope, money

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
            if item.note:
                facts.append(item.note)
            parts.append(
                f"<p><b>✓ {escape(item.title)}</b><br>{escape(item.text)}<br>"
                f"<i>{escape(' · '.join(facts))}</i></p>"
            )
        parts.append(f"<h3>{escape(not_covered)}</h3><ul>")
        parts.extend(f"<li>{escape(text)}</li>" for text in scope.not_covered)
        parts.append("</ul>")
        self.setHtml("".join(parts))

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Coverage scope"))
        self.show_outcome(self.state.outcome())
