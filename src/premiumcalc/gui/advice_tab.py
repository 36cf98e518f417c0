"""The Advice step, after Compare: the advice record (§§ 60–62 VVG) as it will be handed over.

It shows the recommendation generated from the comparison with its reasons, lets the broker
recommend another tariff (only with a reason in words), records the client's decision (with
the broker's warning when the chosen tariff misses a requirement), the channel, the
adviser, the date and time and whether the advice was given orally first, and previews the
record. "Print draft" writes it as a draft PDF; "Hand over" freezes it in the quote store
under a number of its own with its content hash, after which the tab shows it as handed
over. A change after that is handed over as a new version naming the record it replaces.

The tab computes nothing itself: the comparison is :func:`premiumcalc.pricing.compare
.price_all`, the record :func:`premiumcalc.gui.advice_record.build_record`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from premiumcalc.gui.advice_record import (
    CHANNELS,
    CLIENT_UNDECIDED,
    FOLLOWS,
    GENERATED,
    AdviceDraft,
    AdviceInputs,
    build_record,
    channel_names,
    moment_text,
    preview_html,
    source_names,
    when_of,
)
from premiumcalc.gui.file_actions import save_pdf_as
from premiumcalc.gui.quote_state import QuoteState
from premiumcalc.pricing import InvalidInput, Outcome
from premiumcalc.pricing.advice import SOURCES
from premiumcalc.pricing.compare import price_all
from premiumcalc.pricing.reference import Reference

if TYPE_CHECKING:
    from premiumcalc.pdf.profile import BrokerProfile
    from premiumcalc.quotes.advice_records import AdviceRecord
    from premiumcalc.quotes.store import QuoteStore


class AdviceTab(QWidget):
    """The advice record of the request on show, before and after it is handed over."""

    sig_handed_over = Signal(object)
    """A record was frozen in the store: the ``premiumcalc.quotes.advice_records
    .AdviceRecord``."""

    def __init__(self, state: QuoteState, store: QuoteStore | None = None,
                 reference: Callable[[], Reference] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.store = store
        self._reference = reference
        """The client's current contract (the Compare tab's reference row), if known."""
        self._dirty = True
        self._outcomes: list[Outcome] = []
        self._problem = ""
        self.draft: AdviceDraft | None = None
        """The record as it would be handed over now (None: nothing to advise on)."""
        self.handed: AdviceRecord | None = None
        """The record last handed over from this tab (frozen in the store)."""
        self._editing_after_handover = False
        self.last_dir = ""

        self.summary = QLabel()
        self.summary.setObjectName("adviceSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        # where each requirement comes from (broker duties §2): one combo box per requirement
        self.sources_box = QGroupBox()
        self.sources_box.setObjectName("requirementSources")
        self.sources_form = QFormLayout(self.sources_box)
        self.source_combos: dict[str, QComboBox] = {}
        """Requirement id -> the combo box of where it comes from."""
        self._source_labels: dict[str, QLabel] = {}
        self._forget_sources = False
        self.sources_box.setVisible(False)

        # the generated recommendation and its reasons
        self.generated_box = QGroupBox()
        self.generated = QLabel()
        self.generated.setObjectName("generatedRecommendation")
        self.generated.setWordWrap(True)
        self.generated.setTextFormat(Qt.TextFormat.PlainText)
        self.generated.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.generated_box).addWidget(self.generated)

        # the broker's own recommendation
        self.own_box = QGroupBox()
        self.own = QComboBox()
        self.own.setObjectName("ownRecommendation")
        self.own_reason = QPlainTextEdit()
        self.own_reason.setObjectName("ownReason")
        self.own_reason.setTabChangesFocus(True)
        self.own_reason.setFixedHeight(58)
        self.own_problem = QLabel()
        self.own_problem.setObjectName("ownReasonProblem")
        self.own_problem.setWordWrap(True)
        self.own_problem.setStyleSheet("color: #b00020;")
        self.own_label = QLabel()
        self.own_label.setBuddy(self.own)
        self.own_reason_label = QLabel()
        self.own_reason_label.setBuddy(self.own_reason)
        own_form = QFormLayout(self.own_box)
        own_form.addRow(self.own_label, self.own)
        own_form.addRow(self.own_reason_label, self.own_reason)
        own_form.addRow(self.own_problem)

        # the client's decision
        self.client_box = QGroupBox()
        self.choice = QComboBox()
        self.choice.setObjectName("clientChoice")
        self.choice_label = QLabel()
        self.choice_label.setBuddy(self.choice)
        self.warning = QLabel()
        self.warning.setObjectName("choiceWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("color: #8a4b00; font-weight: bold;")
        client_form = QFormLayout(self.client_box)
        client_form.addRow(self.choice_label, self.choice)
        client_form.addRow(self.warning)

        # how, who and when
        self.meta_box = QGroupBox()
        self.channel = QComboBox()
        self.channel.setObjectName("adviceChannel")
        for channel in CHANNELS:
            self.channel.addItem("", channel)
        self.adviser = QComboBox()
        self.adviser.setObjectName("adviceAdviser")
        self.adviser.setEditable(True)
        self.when = QDateTimeEdit()
        self.when.setObjectName("adviceWhen")
        self.when.setCalendarPopup(True)
        self.when.setDateTime(QDateTime.currentDateTime())
        self.oral_first = QCheckBox()
        self.oral_first.setObjectName("oralFirst")
        self.oral_hint = QLabel()
        self.oral_hint.setWordWrap(True)
        self.oral_hint.setStyleSheet("color: palette(placeholder-text);")
        self.channel_label = QLabel()
        self.channel_label.setBuddy(self.channel)
        self.adviser_label = QLabel()
        self.adviser_label.setBuddy(self.adviser)
        self.when_label = QLabel()
        self.when_label.setBuddy(self.when)
        meta_form = QFormLayout(self.meta_box)
        meta_form.addRow(self.channel_label, self.channel)
        meta_form.addRow(self.adviser_label, self.adviser)
        meta_form.addRow(self.when_label, self.when)
        meta_form.addRow(self.oral_first)
        meta_form.addRow(self.oral_hint)
        for combo in (self.own, self.choice, self.channel, self.adviser):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)

        # preview and actions
        self.preview = QTextBrowser()
        self.preview.setObjectName("advicePreview")
        self.preview.setOpenLinks(False)
        self.status = QLabel()
        self.status.setObjectName("adviceStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.draft_button = QPushButton()
        self.hand_over_button = QPushButton()
        self.hand_over_button.setObjectName("handOver")
        self.change_button = QPushButton()
        self.reprint_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_button)
        buttons.addStretch(1)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.hand_over_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        for widget in (self.summary, self.sources_box, self.generated_box, self.own_box,
                       self.client_box, self.meta_box):
            left_layout.addWidget(widget)
        left_layout.addStretch(1)
        left_scroll = QScrollArea()
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setWidget(left)
        left_scroll.setMinimumWidth(300)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        self.preview_label = QLabel()
        self.preview_label.setBuddy(self.preview)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("adviceSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left_scroll)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(self.splitter, 1)
        outer.addWidget(self.status)
        outer.addLayout(buttons)

        self.own.currentIndexChanged.connect(lambda _i: self._inputs_changed())
        self.own_reason.textChanged.connect(self._inputs_changed)
        self.choice.currentIndexChanged.connect(lambda _i: self._inputs_changed())
        self.channel.currentIndexChanged.connect(lambda _i: self._inputs_changed())
        self.adviser.currentTextChanged.connect(lambda _t: self._inputs_changed())
        self.when.dateTimeChanged.connect(lambda _d: self._inputs_changed())
        self.oral_first.toggled.connect(lambda _b: self._inputs_changed())
        self.draft_button.clicked.connect(self.print_draft)
        self.hand_over_button.clicked.connect(self.hand_over)
        self.change_button.clicked.connect(self.start_change)
        self.reprint_button.clicked.connect(self.reprint)
        state.sig_outcome_changed.connect(lambda _o: self._changed())
        state.sig_values_changed.connect(self._changed)
        state.sig_form_replaced.connect(self._form_replaced)
        state.sig_tariffs_changed.connect(self._changed)
        state.sig_language_changed.connect(lambda _lang: self.retranslate())
        self._fill_advisers()
        self.retranslate()

    # -- the store --------------------------------------------------------------------------

    def set_store(self, store: QuoteStore | None) -> None:
        self.store = store
        self._update_buttons()

    # -- updating -------------------------------------------------------------------------

    def _changed(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def _form_replaced(self) -> None:
        """A new quote or another request loaded: its requirements come from the client's
        wish until chosen otherwise."""
        self._forget_sources = True
        self._changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fill_advisers()  # the profile may have changed meanwhile
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Price the request with every tariff valid on its start and show the record."""
        self._dirty = False
        outcome = self.state.outcome()
        request = outcome.request if outcome is not None else None
        self._outcomes = []
        self._problem = ""
        if request is not None:
            valid, _missing = self.state.tariffs.valid_on(request.start)
            try:
                self._outcomes = price_all(request, (t.tariff for t in valid),
                                           self.state.catalog)
            except InvalidInput as exc:
                self._problem = f"{exc.field}: {exc.message}"
        if self.handed is not None and not self._editing_after_handover \
                and not self._same_request():
            if self._same_client():
                # the advice changed after the hand-over: handing over again makes a new
                # version that replaces the one handed over
                self._editing_after_handover = True
            else:
                self.handed = None
        self._fill_choices()
        self._fill_sources()
        self._show()

    def _same_client(self) -> bool:
        handed = self.handed
        name, address = self.state.client()
        return handed is not None and (handed.client_name, handed.client_address) == (
            " ".join(name.split()), address.strip())

    def _same_request(self) -> bool:
        handed = self.handed
        outcome = self.state.outcome()
        return (handed is not None and outcome is not None and self._same_client()
                and handed.inputs.get("request") == outcome.request.as_json())

    def _fill_advisers(self) -> None:
        from premiumcalc.pdf.offer import default_adviser
        from premiumcalc.pdf.profile import ProfileError, load_profile

        try:
            profile = load_profile()
        except ProfileError:
            return
        names = list(dict.fromkeys(x for x in (profile.name, *profile.advisers) if x))
        current = self.adviser.currentText()
        self.adviser.blockSignals(True)
        self.adviser.clear()
        self.adviser.addItems(names)
        self.adviser.setCurrentText(current or default_adviser(profile))
        self.adviser.blockSignals(False)

    def _fill_choices(self) -> None:
        """The tariffs the broker may recommend instead and the client may choose (the
        quoted ones), keeping what was picked where it is still there."""
        from premiumcalc.pricing.advice import build_advice
        from premiumcalc.pricing.explain import money

        lang = self.state.lang
        quoted = [o for o in self._outcomes if o.premium is not None]
        generated = build_advice(self._outcomes).generated.tariff_id if self._outcomes \
            else None
        own, choice = self.own.currentData(), self.choice.currentData()

        insurers = [o.tariff.insurer for o in quoted]

        def label(o: Outcome) -> str:
            """The insurer and the premium (with the product where an insurer has two)."""
            assert o.premium is not None
            name = o.tariff.insurer if insurers.count(o.tariff.insurer) == 1 \
                else f"{o.tariff.insurer} – {o.tariff.product}"
            return f"{name} ({money(o.premium.gross_annual, lang)})"

        for combo in (self.own, self.choice):
            combo.blockSignals(True)
            combo.clear()
        names = {o.tariff.id: label(o) for o in quoted}
        self.own.addItem(self.tr("As generated: {0}").format(names[generated]) if generated
                         else self.tr("No recommendation"), GENERATED)
        for o in quoted:
            if o.tariff.id != generated:
                self.own.addItem(self.tr("Instead: {0}").format(names[o.tariff.id]),
                                 o.tariff.id)
        self.choice.addItem(self.tr("Not decided yet"), CLIENT_UNDECIDED)
        self.choice.addItem(self.tr("Follows the recommendation"), FOLLOWS)
        for o in quoted:
            self.choice.addItem(self.tr("Chooses {0}").format(names[o.tariff.id]),
                                o.tariff.id)
        for combo, data in ((self.own, own), (self.choice, choice)):
            index = combo.findData(data)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _fill_sources(self) -> None:
        """One combo box per requirement of the request, keeping what was chosen for a
        requirement that is still there (a new one is the client's wish)."""
        outcome = self.state.outcome()
        ids = [r.id for r in outcome.request.require] if outcome is not None else []
        if ids == list(self.source_combos) and not self._forget_sources:
            self._name_sources()
            return
        chosen = {} if self._forget_sources else {
            rid: str(combo.currentData()) for rid, combo in self.source_combos.items()}
        self._forget_sources = False
        while self.sources_form.rowCount():
            self.sources_form.removeRow(0)
        self.source_combos, self._source_labels = {}, {}
        for rid in ids:
            combo = QComboBox()
            combo.setObjectName(f"requirementSource-{rid}")
            for source in SOURCES:
                combo.addItem("", source)
            combo.setCurrentIndex(max(combo.findData(chosen.get(rid, "client")), 0))
            combo.currentIndexChanged.connect(lambda _i: self._inputs_changed())
            label = QLabel()
            label.setWordWrap(True)
            label.setBuddy(combo)
            self.source_combos[rid], self._source_labels[rid] = combo, label
            self.sources_form.addRow(label, combo)
        self.sources_box.setVisible(bool(ids))
        self._name_sources()
        self._update_buttons()

    def _name_sources(self) -> None:
        from premiumcalc.gui.requirement_texts import required_text, short_names

        outcome = self.state.outcome()
        requirements = {r.id: r for r in outcome.request.require} if outcome else {}
        short, names = short_names(), source_names()
        for rid, combo in self.source_combos.items():
            requirement = requirements.get(rid)
            text = short.get(rid, rid)
            if requirement is not None:
                text = f"{text} {required_text(requirement, self.state.lang)}".strip()
            self._source_labels[rid].setText(text + ":")
            combo.setAccessibleName(self.tr("Where it comes from: {0}").format(text))
            for i in range(combo.count()):
                combo.setItemText(i, names[str(combo.itemData(i))])

    def set_source(self, requirement_id: str, source: str) -> None:
        """Choose where a requirement of the request comes from (``SOURCES``)."""
        combo = self.source_combos[requirement_id]
        combo.setCurrentIndex(combo.findData(source))

    def _inputs(self) -> AdviceInputs:
        return AdviceInputs(
            own=str(self.own.currentData() or GENERATED),
            own_reason=self.own_reason.toPlainText().strip(),
            choice=str(self.choice.currentData() or CLIENT_UNDECIDED),
            channel=str(self.channel.currentData() or CHANNELS[0]),
            adviser=" ".join(self.adviser.currentText().split()),
            when=when_of(self.when),
            oral_first=self.oral_first.isChecked(),
            sources={rid: str(combo.currentData())
                     for rid, combo in self.source_combos.items()},
        )

    def _inputs_changed(self) -> None:
        if self.handed is not None and not self._editing_after_handover:
            return
        self._show()

    def _show(self) -> None:
        """Build the record from the comparison and the inputs and show it."""
        outcome = self.state.outcome()
        if outcome is None or not self._outcomes:
            self.draft = None
            self.summary.setText(self._problem or self.tr(
                "Enter a valid request in the form: the advice rests on its comparison."))
            self.generated.setText("")
            self.warning.setVisible(False)
            self.own_problem.setVisible(False)
            self.preview.setHtml("")
            self._update_buttons()
            return
        name, address = self.state.client()
        self.draft = build_record(self._outcomes, self._inputs(), lang=self.state.lang,
                                  catalog=self.state.catalog, client_name=name,
                                  client_address=address, tariffs=self.state.tariffs,
                                  quote_number=self.state.quote_number,
                                  reference=self._reference() if self._reference else None)
        d = self.draft
        self.summary.setText(self.tr("Advice for {client}: {n} tariffs compared for a start "
                                     "of cover on {start}.").format(
            client=" ".join(name.split()) or self.tr("(no client name yet)"),
            n=len(self._outcomes), start=d.start_text))
        self.generated.setText("\n".join([d.generated_text, *d.generated_reasons]))
        self.own_reason_label.setText(self.tr("Rea&son (required):") if d.own_needs_reason
                                      else self.tr("Rea&son:"))
        self.own_problem.setText(d.own_problem)
        self.own_problem.setVisible(bool(d.own_problem))
        self.warning.setText(d.choice_warning)
        self.warning.setVisible(bool(d.choice_warning))
        self.preview.setHtml(preview_html(d))
        self._update_buttons()

    def _update_buttons(self) -> None:
        frozen = self.handed is not None and not self._editing_after_handover
        for widget in (self.own, self.own_reason, self.choice, self.channel, self.adviser,
                       self.when, self.oral_first, *self.source_combos.values()):
            widget.setEnabled(not frozen)
        ready = self.draft is not None and not self.draft.own_problem
        no_client = self.draft is not None and not self.draft.client_name
        self.draft_button.setEnabled(self.draft is not None and not frozen)
        self.hand_over_button.setEnabled(ready and not frozen and not no_client
                                         and self.store is not None)
        self.change_button.setVisible(frozen)
        self.reprint_button.setVisible(self.handed is not None)
        self.reprint_button.setEnabled(self.handed is not None and self.store is not None)
        if self.handed is not None:
            h = self.handed
            if frozen:
                text = self.tr("Handed over as {number} on {when} ({channel}); content "
                               "SHA-256 {sha}. It is frozen: a change is handed over as a new "
                               "version.").format(
                    number=h.number, when=moment_text(h.advice_at, self.state.lang),
                    channel=channel_names().get(h.channel, h.channel), sha=h.sha256)
            else:
                text = self.tr("Changing {number}: handing over makes a new version that "
                               "replaces it.").format(number=h.number)
            if h.replaces:
                text += " " + self.tr("It replaces {0}.").format(h.replaces)
        elif self.store is None:
            text = self.tr("Hand over needs the quote database, which is not open.")
        elif no_client:
            text = self.tr("Enter the client's name in the form to hand the record over.")
        else:
            text = self.tr("Not handed over yet: this is a draft.")
        self.status.setText(text)

    # -- actions --------------------------------------------------------------------------

    def _profile(self, title: str) -> BrokerProfile | None:
        from premiumcalc.pdf.profile import ProfileError, load_profile

        try:
            return load_profile()
        except ProfileError as exc:
            QMessageBox.warning(self, title, self.tr(
                "The broker profile cannot be read:\n{0}\n\nCorrect it under Tools → Broker "
                "profile.").format(str(exc)))
            return None

    def draft_pdf(self) -> bytes | None:
        """The record as it stands, marked as a draft (None after saying why not)."""
        from premiumcalc.gui.advice_record import render_pdf

        title = self.tr("Print draft")
        if self.draft is None or self.draft.advice is None:
            return None
        profile = self._profile(title)
        if profile is None:
            return None
        try:
            return render_pdf(self.draft, profile)
        except Exception as exc:  # the window must survive whatever goes wrong in rendering
            QMessageBox.warning(self, title, self.tr("The PDF could not be made: {0}")
                                .format(str(exc)))
            return None

    def print_draft(self) -> Path | None:
        """Print draft: the record as it stands, marked as a draft, saved as a PDF file."""
        data = self.draft_pdf()
        if data is None or self.draft is None:
            return None
        target = save_pdf_as(self, self.tr("Print draft"), self.last_dir,
                             self.draft.filename(draft=True), data)
        if target is not None:
            self.last_dir = str(target.parent)
        return target

    def hand_over(self) -> AdviceRecord | None:
        """Freeze the record in the store: a new number, the PDF and its hash; a record
        changed after a handover replaces the one handed over before."""
        import dataclasses

        from premiumcalc.gui.advice_record import advice_document
        from premiumcalc.pdf.advice import (
            advice_record_missing,
            record_inputs,
            render_advice_record,
        )
        from premiumcalc.quotes import advice_records as ar
        from premiumcalc.quotes.errors import StoreError

        title = self.tr("Hand over")
        d = self.draft
        if d is None or d.advice is None or self.store is None or d.own_problem \
                or not d.client_name:
            return None
        profile = self._profile(title)
        if profile is None:
            return None
        missing = advice_record_missing(profile)
        if missing:
            QMessageBox.warning(self, title, self.tr(
                "The broker profile lacks what a handed-over record names: {0}\n\nComplete "
                "it under Tools → Broker profile; a draft can be printed meanwhile.").format(
                "; ".join(missing)))
            return None
        replaces = self.handed.number if self.handed is not None else None
        doc = advice_document(d, profile, replaces=replaces)
        try:
            record = ar.save_advice_record(
                self.store,
                pdf=lambda number: render_advice_record(dataclasses.replace(doc,
                                                                            number=number)),
                inputs=record_inputs(doc), client_name=d.client_name,
                client_address=d.client_address, advice_at=d.when, channel=d.channel,
                adviser=d.adviser, oral_first=d.oral_first, lang=d.lang,
                start_date=d.start, recommended=d.final_recommendation,
                chosen=d.chosen, quote_numbers=d.quote_numbers, replaces=replaces)
        except (StoreError, InvalidInput) as exc:
            QMessageBox.warning(self, title, self.tr("The advice record was not handed over: "
                                                     "{0}").format(str(exc)))
            return None
        self.handed = record
        self._editing_after_handover = False
        self._update_buttons()
        self.sig_handed_over.emit(record)
        return record

    def start_change(self) -> None:
        """Edit the handed-over record: handing it over again makes a new version."""
        if self.handed is None:
            return
        self._editing_after_handover = True
        self._fill_choices()
        self._show()

    def reprint(self) -> Path | None:
        """The handed-over record exactly as stored, saved as a PDF file."""
        from premiumcalc.quotes import advice_records as ar
        from premiumcalc.quotes.errors import StoreError

        if self.handed is None or self.store is None:
            return None
        title = self.tr("Reprint")
        try:
            data = ar.advice_pdf(self.store, self.handed.number)
        except StoreError as exc:
            QMessageBox.warning(self, title, str(exc))
            return None
        target = save_pdf_as(self, title, self.last_dir, f"{self.handed.number}.pdf", data)
        if target is not None:
            self.last_dir = str(target.parent)
        return target

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.generated_box.setTitle(self.tr("Recommendation from the comparison"))
        self.own_box.setTitle(self.tr("Your recommendation"))
        self.own_label.setText(self.tr("Reco&mmend:"))
        self.own_reason_label.setText(self.tr("Rea&son:"))
        self.own.setAccessibleName(self.tr("Your recommendation"))
        self.own_reason.setAccessibleName(self.tr("Reason for your recommendation"))
        self.own_reason.setPlaceholderText(self.tr("Why you recommend this tariff, in words"))
        self.client_box.setTitle(self.tr("The client's decision"))
        self.choice_label.setText(self.tr("&Client:"))
        self.choice.setAccessibleName(self.tr("The client's decision"))
        self.sources_box.setTitle(self.tr("Where the requirements come from"))
        self._name_sources()
        self.meta_box.setTitle(self.tr("Advice given"))
        self.channel_label.setText(self.tr("Cha&nnel:"))
        self.adviser_label.setText(self.tr("Advis&er:"))
        self.when_label.setText(self.tr("&Date and time:"))
        self.oral_first.setText(self.tr("Given &orally first"))
        self.oral_hint.setText(self.tr("At the client's wish or with provisional cover: the "
                                       "record then follows in text form right after the "
                                       "contract is concluded (§ 62 (2) VVG)."))
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm" if self.state.lang == "de"
                                   else "yyyy-MM-dd HH:mm")
        names = channel_names()
        for i in range(self.channel.count()):
            self.channel.setItemText(i, names[str(self.channel.itemData(i))])
        self.preview_label.setText(self.tr("Previe&w of the record"))
        self.preview.setAccessibleName(self.tr("Preview of the advice record"))
        self.draft_button.setText(self.tr("&Print draft…"))
        self.draft_button.setToolTip(self.tr("Save the record as a draft PDF, to read it "
                                             "through before handing it over"))
        self.hand_over_button.setText(self.tr("Hand ove&r"))
        self.hand_over_button.setToolTip(self.tr("Freeze the record in the quote database "
                                                 "under a number of its own"))
        self.change_button.setText(self.tr("Chan&ge (new version)"))
        self.reprint_button.setText(self.tr("Repr&int…"))
        self._dirty = True
        if self.isVisible():
            self._fill_choices()
            self.refresh()
        else:
            self._update_buttons()


__all__ = ["AdviceTab"]
