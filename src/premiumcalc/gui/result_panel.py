"""The premium at a glance: gross per instalment and per year, net, surcharge, tax, status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from premiumcalc.gui.formatting import percent
from premiumcalc.gui.input_marks import WARNING_SIGN, field_title, make_notice
from premiumcalc.gui.quote_state import QuoteState
from premiumcalc.gui.start_edit import date_text, period_text
from premiumcalc.pricing import DECLINED, QUOTED, Outcome
from premiumcalc.pricing.explain import money, reason_texts


def _label(selectable: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ResultPanel(QWidget):
    """Redraws on every outcome of the state; shows referrals and declines as information."""

    def __init__(self, state: QuoteState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.tariff_label = _label()
        self.client_label = _label()
        self.client_label.setObjectName("clientLabel")

        self.status_frame = QFrame()
        self.status_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.status_frame.setObjectName("statusFrame")
        self.status_title = _label()
        font = self.status_title.font()
        font.setBold(True)
        self.status_title.setFont(font)
        self.reasons_label = _label()
        status_layout = QVBoxLayout(self.status_frame)
        status_layout.addWidget(self.status_title)
        status_layout.addWidget(self.reasons_label)

        self.premium_frame = QWidget()
        self.instalment_caption = _label(False)
        self.instalment_label = _label()
        big = self.instalment_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setBold(True)
        self.instalment_label.setFont(big)
        self.instalment_plan = _label()
        self.gross_caption = _label(False)
        self.gross_annual_label = _label()
        medium = self.gross_annual_label.font()
        medium.setPointSizeF(medium.pointSizeF() * 1.3)
        medium.setBold(True)
        self.gross_annual_label.setFont(medium)
        self.net_caption, self.net_label = _label(False), _label()
        self.surcharge_caption, self.surcharge_label = _label(False), _label()
        self.tax_caption, self.tax_label = _label(False), _label()
        self.minimum_label = _label()
        grid = QGridLayout(self.premium_frame)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.instalment_caption, 0, 0)
        grid.addWidget(self.gross_caption, 0, 1)
        grid.addWidget(self.instalment_label, 1, 0)
        grid.addWidget(self.gross_annual_label, 1, 1)
        grid.addWidget(self.instalment_plan, 2, 0, 1, 2)
        rows = ((self.net_caption, self.net_label), (self.surcharge_caption, self.surcharge_label),
                (self.tax_caption, self.tax_label))
        for i, (caption, value) in enumerate(rows, start=3):
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(caption, i, 0)
            grid.addWidget(value, i, 1)
        grid.addWidget(self.minimum_label, 6, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.outdated = make_notice()
        layout = QVBoxLayout(self)
        layout.addWidget(self.outdated)
        layout.addWidget(self.client_label)
        layout.addWidget(self.tariff_label)
        layout.addWidget(self.status_frame)
        layout.addWidget(self.premium_frame)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        state.sig_outcome_changed.connect(self.show_outcome)
        state.sig_values_changed.connect(self._show_client)
        state.sig_invalid.connect(lambda _field, _message: self._show_outdated())
        self.show_outcome(state.outcome())

    def _show_outdated(self) -> None:
        """While an input is invalid the figures on show are those of the last valid one:
        greyed, under a notice naming the input to correct."""
        problem = self.state.problem()
        outdated = problem is not None and self.state.outcome() is not None
        if problem is not None:
            self.outdated.setText(WARNING_SIGN + " " + self.tr(
                "Out of date: the figures below are for the last valid input. Correct the "
                "highlighted input “{field}” to see the current premium.").format(
                field=field_title(problem[0])))
            self.outdated.setAccessibleName(self.outdated.text())
        self.outdated.setVisible(outdated)
        for part in (self.premium_frame, self.status_frame, self.tariff_label):
            part.setEnabled(not outdated)

    def _show_client(self) -> None:
        name = " ".join(str(self.state.value("client_name")).split())
        self.client_label.setText(self.tr("Quote for {name}").format(name=name) if name else "")
        self.client_label.setVisible(bool(name))

    def show_outcome(self, outcome: Outcome | None) -> None:
        lang = self.state.lang
        self._show_client()
        self._show_outdated()
        if outcome is None:
            self.tariff_label.setText(self.tr("No tariff could be loaded."))
            self.status_frame.hide()
            self.premium_frame.hide()
            return
        t = outcome.tariff
        loaded = self.state.tariffs.get(t.id, outcome.request.start)
        version = period_text(loaded, lang) if loaded is not None and loaded.version == \
            t.version else t.version
        self.tariff_label.setText(
            self.tr("{insurer} · {product} · tariff version {version} · start of cover {start}")
            .format(insurer=t.insurer, product=t.product, version=version,
                    start=date_text(outcome.request.start, lang)))
        if outcome.status != QUOTED:
            if outcome.status == DECLINED:
                title = self.tr("Not insurable in this tariff")
            else:
                title = self.tr("Referred: the insurer's underwriters decide on this request")
            self.status_title.setText(title)
            self.reasons_label.setText(
                "\n".join("• " + text[:1].upper() + text[1:]
                          for text in reason_texts(outcome, lang, self.state.catalog)))
            self.status_frame.setAccessibleName(title)
            self.status_frame.show()
            self.premium_frame.hide()
            return
        self.status_frame.hide()
        p = outcome.premium
        assert p is not None
        req = outcome.request
        n = len(p.instalments)
        captions = {1: self.tr("Once a year"), 2: self.tr("First half-yearly instalment"),
                    4: self.tr("First quarterly instalment"), 12: self.tr("First monthly instalment")}
        self.instalment_caption.setText(captions.get(n, self.tr("First instalment")))
        self.instalment_label.setText(money(p.instalments[0], lang))
        if n > 1:
            self.instalment_plan.setText(
                self.tr("then {count} × {amount}").format(count=n - 1,
                                                         amount=money(p.instalments[1], lang)))
        self.instalment_plan.setVisible(n > 1)
        self.gross_caption.setText(self.tr("Gross premium per year"))
        self.gross_annual_label.setText(money(p.gross_annual, lang))
        self.net_caption.setText(self.tr("Net premium per year"))
        self.net_label.setText(money(p.net_annual, lang))
        rate = t.payment.surcharges[req.payment]  # type: ignore[index]
        self.surcharge_caption.setText(
            self.tr("Payment surcharge ({rate})").format(rate=percent(rate, lang)))
        self.surcharge_label.setText(money(p.payment_surcharge, lang))
        tax_rate = t.tax.rates[req.country]
        self.tax_caption.setText(
            self.tr("Insurance tax ({rate}, {country})").format(rate=percent(tax_rate, lang),
                                                                 country=req.country))
        self.tax_label.setText(money(p.insurance_tax, lang))
        self.minimum_label.setText(self.tr("The tariff's minimum premium applies."))
        self.minimum_label.setVisible(p.minimum_applied)
        self.gross_annual_label.setAccessibleName(self.tr("Gross premium per year"))
        self.instalment_label.setAccessibleName(self.instalment_caption.text())
        self.premium_frame.show()

    def retranslate(self) -> None:
        self.show_outcome(self.state.outcome())
