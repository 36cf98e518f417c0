"""The request form: every input of a quote, written into the :class:`QuoteState`."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from premiumcalc.gui.formatting import whole_money
from premiumcalc.gui.input_marks import WARNING_SIGN, field_title, mark_input
from premiumcalc.gui.keyboard import assign, taken
from premiumcalc.gui.limits import (
    MAX_ADDRESS_LINE,
    MAX_ADDRESS_LINES,
    MAX_PROFESSION,
    address_problem,
)
from premiumcalc.gui.money_edit import MoneyEdit
from premiumcalc.gui.questions_box import QuestionsBox
from premiumcalc.gui.quote_state import QuoteState
from premiumcalc.gui.requirements_editor import RequirementsEditor
from premiumcalc.gui.start_edit import StartEdit
from premiumcalc.pricing import Outcome
from premiumcalc.pricing.explain import money
from premiumcalc.pricing.request import MAX_CLIENT_NAME
from premiumcalc.tariffs import KNOWN_MODULES


def _select_data(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    if index >= 0 and index != combo.currentIndex():
        combo.setCurrentIndex(index)


class RequestForm(QWidget):
    """Tariff, business, cover, modules, contract and client, in the keyboard's order."""

    def __init__(self, state: QuoteState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._label_texts: dict[str, str] = {}
        self._box_titles: dict[str, str] = {}
        self.mnemonics_elsewhere: set[str] = set()
        """Mnemonic letters of the window (menus, tabs) the module checkboxes avoid."""
        self._build()
        self._fill_options()
        self.retranslate()
        self.refresh()
        self._connect()
        state.sig_values_changed.connect(self.refresh)
        state.sig_outcome_changed.connect(self._show_module_prices)
        state.sig_language_changed.connect(lambda _lang: self.retranslate())
        state.sig_invalid.connect(lambda _field, _message: self.show_marks())
        state.sig_outcome_changed.connect(lambda _outcome: self.show_marks())
        self._show_module_prices(state.outcome())

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.tariff_combo = QComboBox()
        self.profession_combo = QComboBox()
        self.profession_combo.setEditable(True)
        self.profession_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.profession_combo.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        profession_line = self.profession_combo.lineEdit()
        assert profession_line is not None
        profession_line.setMaxLength(MAX_PROFESSION)
        self.revenue_edit = MoneyEdit(self.state.lang)
        self.revenue_edit.setMaxLength(40)  # "999.999.999.999,99" is the largest amount
        self.revenue_reason = QLabel()
        self.revenue_reason.setWordWrap(True)
        self.revenue_reason.setObjectName("revenueReason")
        self.revenue_reason.setTextFormat(Qt.TextFormat.PlainText)
        self.startup_check = QCheckBox()
        self.claims_spin = QSpinBox()
        self.claims_spin.setRange(0, 99)
        self.cover_combo = QComboBox()
        self.deductible_combo = QComboBox()
        self.module_checks: dict[str, QCheckBox] = {}
        self.module_prices: dict[str, QLabel] = {}
        for module_id in KNOWN_MODULES:
            self.module_checks[module_id] = QCheckBox()
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.module_prices[module_id] = label
        self.start_edit = StartEdit(self.state)
        self.term_combo = QComboBox()
        self.payment_combo = QComboBox()
        self.country_combo = QComboBox()
        self.client_name_edit = QLineEdit()
        self.client_name_edit.setMaxLength(MAX_CLIENT_NAME)
        self.client_address_edit = QPlainTextEdit()
        self.client_address_edit.setTabChangesFocus(True)
        self.client_address_edit.setFixedHeight(
            self.client_address_edit.fontMetrics().lineSpacing() * 4 + 12
        )
        self._address_text = ""  # the last address within the limits
        self.address_reason = QLabel()
        self.address_reason.setWordWrap(True)
        self.address_reason.setObjectName("addressReason")
        self.address_reason.setTextFormat(Qt.TextFormat.PlainText)
        self.address_reason.setVisible(False)
        for combo in (self.tariff_combo, self.profession_combo, self.cover_combo,
                      self.deductible_combo, self.term_combo, self.payment_combo,
                      self.country_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self.labels: dict[str, QLabel] = {}

        def form(box: QGroupBox, rows: list[tuple[str, QWidget]]) -> QFormLayout:
            layout = QFormLayout(box)
            layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for key, widget in rows:
                label = QLabel()
                label.setBuddy(widget)
                self.labels[key] = label
                layout.addRow(label, widget)
            return layout

        self.tariff_box = QGroupBox()
        form(self.tariff_box, [("tariff", self.tariff_combo)]).setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapAllRows)
        self.business_box = QGroupBox()
        revenue_box = QWidget()
        revenue_layout = QVBoxLayout(revenue_box)
        revenue_layout.setContentsMargins(0, 0, 0, 0)
        revenue_layout.addWidget(self.revenue_edit)
        revenue_layout.addWidget(self.revenue_reason)
        business = form(self.business_box, [("profession", self.profession_combo),
                                            ("revenue", revenue_box)])
        self.labels["revenue"].setBuddy(self.revenue_edit)
        business.addRow(self.startup_check)
        label = QLabel()
        label.setBuddy(self.claims_spin)
        self.labels["claims"] = label
        business.addRow(label, self.claims_spin)
        self.cover_box = QGroupBox()
        form(self.cover_box, [("cover", self.cover_combo), ("deductible", self.deductible_combo)])
        self.modules_box = QGroupBox()
        grid = QGridLayout(self.modules_box)
        for row, module_id in enumerate(KNOWN_MODULES):
            grid.addWidget(self.module_checks[module_id], row, 0)
            grid.addWidget(self.module_prices[module_id], row, 1)
        grid.setColumnStretch(0, 1)
        self.contract_box = QGroupBox()
        form(self.contract_box, [("start", self.start_edit), ("term", self.term_combo),
                                 ("payment", self.payment_combo), ("country", self.country_combo)])
        self.labels["start"].setBuddy(self.start_edit.date_edit)
        self.questions_box = QuestionsBox(self.state)
        self.requirements_box = RequirementsEditor(self.state)
        self.client_box = QGroupBox()
        address_box = QWidget()
        address_layout = QVBoxLayout(address_box)
        address_layout.setContentsMargins(0, 0, 0, 0)
        address_layout.addWidget(self.client_address_edit)
        address_layout.addWidget(self.address_reason)
        form(self.client_box, [("client_name", self.client_name_edit),
                               ("client_address", address_box)])
        self.labels["client_address"].setBuddy(self.client_address_edit)

        outer = QVBoxLayout(self)
        for box in (self.tariff_box, self.business_box, self.cover_box, self.modules_box,
                    self.contract_box, self.questions_box, self.requirements_box,
                    self.client_box):
            outer.addWidget(box)
        outer.addStretch(1)
        chain = [self.tariff_combo, self.profession_combo, self.revenue_edit, self.startup_check,
                 self.claims_spin, self.cover_combo, self.deductible_combo,
                 *self.module_checks.values(), self.start_edit.date_edit, self.term_combo,
                 self.payment_combo, self.country_combo, *self.questions_box.checks.values(),
                 self.client_name_edit, self.client_address_edit]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def field_widgets(self) -> dict[str, QWidget]:
        """The input (or group) of each request field the form has."""
        return {"tariff": self.tariff_combo, "profession": self.profession_combo,
                "revenue": self.revenue_edit, "startup": self.startup_check,
                "claims": self.claims_spin, "cover": self.cover_combo,
                "deductible": self.deductible_combo, "modules": self.modules_box,
                "start": self.start_edit.date_edit, "term": self.term_combo,
                "payment": self.payment_combo, "country": self.country_combo,
                "yes": self.questions_box, "require": self.requirements_box,
                "client_name": self.client_name_edit,
                "client_address": self.client_address_edit}

    def show_marks(self) -> None:
        """Highlight the input the request cannot be priced with (colour, and the warning
        sign before its label), and its problem as its tooltip; unmark the others."""
        problem = self.state.problem()
        field, message = problem if problem is not None else ("", "")
        for key, widget in self.field_widgets().items():
            bad = key == field or (field == "module" and key == "modules")
            label = self.labels.get(key)
            mark_input(widget, bad, label, self._label_texts.get(key, ""))
            if isinstance(widget, QGroupBox):
                title = self._box_titles.get(key, widget.title())
                widget.setTitle(f"{WARNING_SIGN} {title}" if bad else title)
            if key != "revenue":  # the revenue shows its reason under the field
                widget.setToolTip(f"{field_title(field)}: {message}" if bad else "")

    def inputs(self) -> list[QWidget]:
        """Every input of the form, in tab order."""
        return [self.tariff_combo, self.profession_combo, self.revenue_edit, self.startup_check,
                self.claims_spin, self.cover_combo, self.deductible_combo,
                *self.module_checks.values(), self.start_edit.date_edit, self.term_combo,
                self.payment_combo, self.country_combo, *self.questions_box.checks.values(),
                self.client_name_edit, self.client_address_edit]

    def _connect(self) -> None:
        s = self.state
        self.tariff_combo.currentIndexChanged.connect(
            lambda _i: s.set_value("tariff", self.tariff_combo.currentData()))
        self.profession_combo.activated.connect(self._profession_chosen)
        self.profession_combo.currentIndexChanged.connect(self._profession_chosen)
        line = self.profession_combo.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._profession_typed)
        self.revenue_edit.sig_value_changed.connect(self._revenue_changed)
        self.revenue_edit.sig_reason_changed.connect(self._show_reason)
        self.startup_check.toggled.connect(lambda on: s.set_value("startup", on))
        self.claims_spin.valueChanged.connect(lambda n: s.set_value("claims", n))
        for key, combo in (("cover", self.cover_combo), ("deductible", self.deductible_combo),
                           ("term", self.term_combo), ("payment", self.payment_combo),
                           ("country", self.country_combo)):
            combo.currentIndexChanged.connect(
                lambda _i, key=key, combo=combo: self._combo_changed(key, combo))
        for module_id, check in self.module_checks.items():
            check.toggled.connect(lambda on, m=module_id: self._module_toggled(m, on))
        self.client_name_edit.textChanged.connect(lambda t: s.set_value("client_name", t))
        self.client_address_edit.textChanged.connect(self._address_edited)

    # -- from the widgets to the state ----------------------------------------------------

    def _combo_changed(self, key: str, combo: QComboBox) -> None:
        data = combo.currentData()
        if data is not None:
            self.state.set_value(key, data)

    def _profession_chosen(self, _index: int) -> None:
        data = self.profession_combo.currentData()
        if data is not None:
            self.state.set_value("profession", data)

    def _profession_typed(self) -> None:
        """Typed text picks the profession it names; anything else shows the chosen one again."""
        combo = self.profession_combo
        index = combo.findText(combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            combo.setCurrentIndex(index)
        combo.setEditText(combo.itemText(combo.currentIndex()))

    def _address_edited(self) -> None:
        """Take the address, or refuse an edit that makes it too long (and say why)."""
        edit = self.client_address_edit
        text = edit.toPlainText()
        if address_problem(text) is None:
            self._address_text = text
            self.address_reason.setVisible(False)
            self.state.set_value("client_address", text)
            return
        position = edit.textCursor().position() - (len(text) - len(self._address_text))
        with QSignalBlocker(edit):
            edit.setPlainText(self._address_text)
        cursor = edit.textCursor()
        cursor.setPosition(max(0, min(position, len(self._address_text))))
        edit.setTextCursor(cursor)
        self.address_reason.setText(self.tr(
            "The address has room for at most {lines} lines of at most {chars} characters; "
            "the last change was not taken.").format(lines=MAX_ADDRESS_LINES,
                                                      chars=MAX_ADDRESS_LINE))
        self.address_reason.setVisible(True)

    def _show_reason(self, reason: str) -> None:
        self.revenue_reason.setText(reason)
        self.revenue_reason.setVisible(bool(reason))

    def _revenue_changed(self, value: Decimal | None) -> None:
        self.state.set_value("revenue", value)

    def _module_toggled(self, module_id: str, on: bool) -> None:
        self.state.set_chosen("modules", module_id, on)

    # -- from the state to the widgets ----------------------------------------------------

    def _fill_options(self) -> None:
        """Option lists that depend on the language and the tariff."""
        lang = self.state.lang
        tariff = self.state.tariff()
        blockers = [QSignalBlocker(w) for w in (
            self.tariff_combo, self.profession_combo, self.cover_combo, self.deductible_combo,
            self.term_combo, self.payment_combo, self.country_combo)]
        self.tariff_combo.clear()
        start = self.state.start()
        for tariff_id in self.state.tariffs.ids():
            loaded = self.state.tariffs.get(tariff_id, start) or self.state.tariffs.get(tariff_id)
            if loaded is None:
                continue
            t = loaded.tariff
            text = f"{t.insurer} – {t.product} ({t.version})"
            self.tariff_combo.addItem(text, t.id)
            self.tariff_combo.setItemData(self.tariff_combo.count() - 1, text,
                                          Qt.ItemDataRole.ToolTipRole)
        self.profession_combo.clear()
        for prof in sorted(self.state.catalog.professions, key=lambda p: p.label(lang).lower()):
            self.profession_combo.addItem(prof.label(lang), prof.id)
        self.cover_combo.clear()
        self.deductible_combo.clear()
        self.term_combo.clear()
        self.payment_combo.clear()
        self.country_combo.clear()
        if tariff is not None:
            for cover in tariff.cover_values:
                self.cover_combo.addItem(whole_money(cover, lang), cover)
            for ded in tariff.deductible_values:
                text = whole_money(ded, lang) if ded else self.tr("none (0 €)")
                self.deductible_combo.addItem(text, ded)
            for term in tariff.term_values:
                text = self.tr("1 year") if term == 1 else self.tr("%n years", "", term)
                self.term_combo.addItem(text, term)
            payment_names = {"annual": self.tr("Annually"), "semiannual": self.tr("Half-yearly"),
                             "quarterly": self.tr("Quarterly"), "monthly": self.tr("Monthly")}
            for payment in tariff.payment_values:
                self.payment_combo.addItem(payment_names.get(payment, payment), payment)
            country_names = {"DE": self.tr("Germany"), "AT": self.tr("Austria")}
            for country in tariff.country_values:
                name = country_names.get(country)
                self.country_combo.addItem(f"{name} ({country})" if name else country, country)
        del blockers
        self._options_for = self._options_key()

    def _options_key(self) -> tuple[str, ...]:
        """What the option lists depend on: the language and the tariff versions on show."""
        start = self.state.start()
        versions = tuple(loaded.version for tid in self.state.tariffs.ids()
                         if (loaded := self.state.tariffs.get(tid, start)) is not None)
        tariff = self.state.tariff()
        return (self.state.lang, tariff.id if tariff else "", tariff.version if tariff else "",
                *versions)

    def refresh(self) -> None:
        """Show the state's values (after a load, a tariff change or a scenario action)."""
        tariff = self.state.tariff()
        if self._options_for != self._options_key():
            self._fill_options()
        v = self.state.values()
        widgets: list[QWidget] = [
            self.tariff_combo, self.profession_combo, self.cover_combo, self.deductible_combo,
            self.term_combo, self.payment_combo, self.country_combo, self.startup_check,
            self.claims_spin, self.client_name_edit, self.client_address_edit,
            *self.module_checks.values()]
        blockers = [QSignalBlocker(w) for w in widgets]
        _select_data(self.tariff_combo, v["tariff"])
        _select_data(self.profession_combo, v["profession"])
        for key, combo in (("cover", self.cover_combo), ("deductible", self.deductible_combo),
                           ("term", self.term_combo), ("payment", self.payment_combo),
                           ("country", self.country_combo)):
            _select_data(combo, v[key])
        self.startup_check.setChecked(bool(v["startup"]))
        self.claims_spin.setValue(int(v["claims"]))
        if self.client_name_edit.text() != v["client_name"]:
            self.client_name_edit.setText(v["client_name"])
            self.client_name_edit.setCursorPosition(0)
        if self.client_address_edit.toPlainText() != v["client_address"]:
            self.client_address_edit.setPlainText(v["client_address"])
        self._address_text = v["client_address"]
        for module_id, check in self.module_checks.items():
            module = tariff.module_map.get(module_id) if tariff else None
            check.setVisible(module is not None)
            self.module_prices[module_id].setVisible(module is not None)
            check.setEnabled(module is not None and not module.included)
            check.setChecked(module is not None and (module.included
                                                     or module_id in v["modules"]))
        del blockers
        if v["revenue"] is not None and self.revenue_edit.value() != v["revenue"]:
            with QSignalBlocker(self.revenue_edit):
                self.revenue_edit.set_value(v["revenue"])
            self.revenue_edit.revalidate()

    def _show_module_prices(self, outcome: Outcome | None) -> None:
        lang = self.state.lang
        tariff = self.state.tariff()
        for module_id, label in self.module_prices.items():
            module = tariff.module_map.get(module_id) if tariff else None
            amount = outcome.module_prices.get(module_id) if outcome is not None else None
            if module is not None and module.included:
                text = self.tr("included")
            elif amount is not None:
                text = "+" + money(amount, lang)
            else:
                text = "–"
            label.setText(text)
            title = self.state.catalog.module_title(module_id, lang)
            check = self.module_checks[module_id]
            check.setAccessibleName(title)
            check.setAccessibleDescription(
                self.tr("Price for this request: {price} a year (net, before discounts)")
                .format(price=text))
            label.setAccessibleName(self.tr("Price of {module}").format(module=title))

    def assign_module_mnemonics(self) -> None:
        """Each module checkbox its own mnemonic: none of the form's labels' nor of
        :attr:`mnemonics_elsewhere` where a letter is left, else one unique among them."""
        lang = self.state.lang
        titles = [self.state.catalog.module_title(m, lang).replace("&", "&&")
                  for m in self.module_checks]
        avoid = taken([label.text() for label in self.labels.values()]
                      + [self.startup_check.text()]) | self.mnemonics_elsewhere
        for check, text in zip(self.module_checks.values(), assign(titles, avoid), strict=True):
            check.setText(text)

    def retranslate(self) -> None:
        lang = self.state.lang
        self.revenue_edit.set_language(lang)
        self._fill_options()
        self.tariff_box.setTitle(self.tr("Tariff"))
        self.business_box.setTitle(self.tr("Business"))
        self.cover_box.setTitle(self.tr("Cover"))
        self.modules_box.setTitle(self.tr("Modules (price a year, net before discounts)"))
        self.contract_box.setTitle(self.tr("Contract"))
        self.client_box.setTitle(self.tr("Client"))
        self.questions_box.retranslate()
        self.start_edit.retranslate()
        self.requirements_box.retranslate()
        texts = {
            "tariff": self.tr("Tar&iff:"), "profession": self.tr("&Profession:"),
            "revenue": self.tr("Annual &revenue (€):"), "claims": self.tr("Prior c&laims (5 years):"),
            "cover": self.tr("C&over per claim:"), "deductible": self.tr("&Deductible:"),
            "start": self.tr("Start of &cover:"), "term": self.tr("T&erm:"),
            "payment": self.tr("Pa&yment:"),
            "country": self.tr("Co&untry:"), "client_name": self.tr("Client &name:"),
            "client_address": self.tr("Client &address:"),
        }
        names = {
            "tariff": self.tr("Tariff"), "profession": self.tr("Profession"),
            "revenue": self.tr("Annual revenue in euros"),
            "claims": self.tr("Prior claims in the last 5 years"),
            "cover": self.tr("Cover per claim"), "deductible": self.tr("Deductible per claim"),
            "start": self.tr("Start of cover"), "term": self.tr("Contract term"),
            "payment": self.tr("Payment frequency"),
            "country": self.tr("Country"), "client_name": self.tr("Client name"),
            "client_address": self.tr("Client address"),
        }
        widgets = {"tariff": self.tariff_combo, "profession": self.profession_combo,
                   "revenue": self.revenue_edit, "claims": self.claims_spin,
                   "cover": self.cover_combo, "deductible": self.deductible_combo,
                   "start": self.start_edit.date_edit, "term": self.term_combo,
                   "payment": self.payment_combo,
                   "country": self.country_combo, "client_name": self.client_name_edit,
                   "client_address": self.client_address_edit}
        self._label_texts = texts
        for key, label in self.labels.items():
            label.setText(texts[key])
            widgets[key].setAccessibleName(names[key])
        self._box_titles = {"modules": self.modules_box.title(),
                            "yes": self.questions_box.title(),
                            "require": self.requirements_box.title()}
        self.startup_check.setText(self.tr("&Start-up (founded less than 24 months ago)"))
        self.startup_check.setAccessibleName(self.tr("Start-up"))
        self.revenue_edit.setPlaceholderText(
            "180.000,50" if lang == "de" else "180,000.50")
        self.revenue_reason.setAccessibleName(self.tr("Revenue problem"))
        self.address_reason.setAccessibleName(self.tr("Address problem"))
        self.client_name_edit.setPlaceholderText(self.tr("Name of the client or company"))
        self.assign_module_mnemonics()
        self._show_reason(self.revenue_edit.reason())
        self.refresh()
        self._show_module_prices(self.state.outcome())
        self.show_marks()
