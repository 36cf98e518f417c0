"""The Compare tab: the request on show priced by every installed tariff, side by side.

A table (one row per tariff, plus the client's current contract as a marked reference row),
sortable by any column; the cheapest quoted tariff highlighted; one click takes a tariff into
the quote; below, the cover × deductible matrix of the tariff picked in the table. The tab
prices only while it is visible: a hidden tab catches up when it is shown.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from premiumcalc.gui.compare_model import (
    COLUMNS,
    RECOMMENDED_MARK,
    TARIFF_ROLE,
    CompareModel,
    CompareSortProxy,
)
from premiumcalc.gui.input_marks import WARNING_SIGN, field_title, make_notice
from premiumcalc.gui.matrix_view import MatrixView
from premiumcalc.gui.quote_state import QuoteState
from premiumcalc.gui.reference_form import ReferenceForm
from premiumcalc.gui.start_edit import date_text, period_text
from premiumcalc.pricing import InvalidInput, Outcome, QuoteRequest
from premiumcalc.pricing.compare import price_all
from premiumcalc.pricing.explain import money
from premiumcalc.pricing.reference import Reference


class CompareTab(QWidget):
    """Every installed tariff for the current request, the reference row and the matrix."""

    sig_use_tariff = Signal(str)
    """The user wants this tariff (its id) in the quote tab."""

    sig_use_cell = Signal(str, int, int)
    """The user wants a matrix cell in the quote: tariff id, cover and deductible."""

    sig_save_pdf = Signal()
    """The user asked to save the comparison as a PDF."""

    def __init__(self, state: QuoteState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._dirty = True
        self._problem = ""
        self.unavailable: list[str] = []
        """Ids of the tariffs with no version valid on the request's start."""
        self._matrix_key: object = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gaps = QLabel()
        self.gaps.setObjectName("requirementGaps")
        self.gaps.setWordWrap(True)
        self.gaps.setTextFormat(Qt.TextFormat.PlainText)
        self.gaps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reference_form = ReferenceForm(state.lang)
        self.model = CompareModel(state.catalog, state.lang, self)
        self.proxy = CompareSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 250)
        requirements = COLUMNS.index("requirements")
        header.setSectionResizeMode(requirements, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(requirements, 300)
        header.setSortIndicator(COLUMNS.index("gross"), Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.use_button = QPushButton()
        self.pdf_button = QPushButton()
        self.export_button = QPushButton()
        self.export_button.setObjectName("compareExport")
        self.last_dir = ""
        self.matrix = MatrixView(state.catalog)
        self.matrix.set_tariffs(state.tariffs, state.value("tariff"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.pdf_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.summary)
        upper_layout.addWidget(self.view, 1)
        upper_layout.addWidget(self.gaps)
        upper_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("compareSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.matrix)
        self.outdated = make_notice()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.outdated)
        layout.addWidget(self.reference_form)
        layout.addWidget(self.splitter, 1)
        # a narrow window scrolls the tab instead of growing to its minimum width
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.view.doubleClicked.connect(self._double_clicked)
        self.view.installEventFilter(self)
        self.use_button.clicked.connect(self.use_selected)
        self.pdf_button.clicked.connect(self.sig_save_pdf)
        self.export_button.clicked.connect(lambda: self.export_table())
        selection = self.view.selectionModel()
        selection.currentRowChanged.connect(self._row_changed)
        self._syncing = False
        self.reference_form.set_reference(state.reference())
        self.reference_form.sig_reference_changed.connect(self._reference_typed)
        state.sig_reference_changed.connect(self._reference_of_quote)
        self.matrix.sig_tariff_changed.connect(self._matrix_tariff_picked)
        self.matrix.sig_cell_chosen.connect(self.sig_use_cell)
        state.sig_outcome_changed.connect(lambda _o: self._changed())
        state.sig_language_changed.connect(self._language_changed)
        state.sig_tariffs_changed.connect(self._tariffs_changed)
        state.sig_invalid.connect(self._invalid)
        self.retranslate()

    # -- reading ------------------------------------------------------------------------

    def reference(self) -> Reference:
        return self.reference_form.reference()

    def outcomes(self) -> list[Outcome]:
        """The outcomes on show, cheapest quoted first (as the core orders them)."""
        return list(self.model.outcomes)

    def request(self) -> QuoteRequest | None:
        outcome = self.state.outcome()
        return outcome.request if outcome is not None else None

    def selected_tariff(self) -> str:
        index = self.view.currentIndex()
        return str(index.data(TARIFF_ROLE) or "") if index.isValid() else ""

    def select_tariff(self, tariff_id: str) -> None:
        row = self.model.row_of(tariff_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    # -- updating -------------------------------------------------------------------------

    def _changed(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Price the request with every tariff and redraw the table and the matrix."""
        self._dirty = False
        request = self.request()
        lang = self.state.lang
        outcomes: list[Outcome] = []
        self._problem = ""
        self.unavailable = []
        if request is not None:
            # each tariff's version valid on the start; the others are listed (handbook §11)
            valid, missing = self.state.tariffs.valid_on(request.start)
            self.unavailable = [tid for tid, _reason in missing]
            try:
                outcomes = price_all(request, (t.tariff for t in valid), self.state.catalog)
            except InvalidInput as exc:
                self._problem = f"{exc.field}: {exc.message}"
        selected = self.selected_tariff()
        reference = self.reference()
        self.model.set_outcomes(outcomes, reference, lang)
        self.view.setColumnHidden(COLUMNS.index("difference"), reference.gross_annual is None)
        self.view.setColumnHidden(COLUMNS.index("requirements"),
                                  request is None or not request.require)
        if selected:
            self.select_tariff(selected)
        else:
            self.matrix.select_tariff(self.state.value("tariff"))
        # the client's requirements do not change a premium: the matrix stays as it is
        matrix_key = (lang, self.matrix.tariff_id(),
                      dataclasses.replace(request, require=()) if request else None)
        if matrix_key != self._matrix_key:
            self._matrix_key = matrix_key
            self.matrix.show_matrix(request, lang)
        self._show_summary(request, outcomes)
        self._show_gaps(request, outcomes)
        self._show_outdated()

    def _show_outdated(self) -> None:
        """While an input of the form is invalid the comparison is of the last valid
        request: greyed, under a notice naming the input to correct."""
        problem = self.state.problem()
        outdated = problem is not None and self.request() is not None
        if problem is not None:
            self.outdated.setText(WARNING_SIGN + " " + self.tr(
                "Out of date: this comparison is of the last valid request. Correct the "
                "highlighted input “{field}” in the form to compare the current one.").format(
                field=field_title(problem[0])))
            self.outdated.setAccessibleName(self.outdated.text())
        self.outdated.setVisible(outdated)
        self.view.setEnabled(not outdated)
        self.matrix.table.setEnabled(not outdated)

    def _show_summary(self, request: QuoteRequest | None, outcomes: list[Outcome]) -> None:
        lang = self.state.lang
        if request is None:
            self.summary.setText(self.tr("Enter a valid request in the form to compare the "
                                         "tariffs."))
            return
        if self._problem:
            self.summary.setText(self.tr("The tariffs cannot be compared: {0}")
                                 .format(self._problem))
            return
        lines = [self.tr("Tariffs compared for the request on show: {0}.").format(len(outcomes))]
        best = self.model.cheapest()
        if best is not None and best.premium is not None:
            lines.append(self.tr("Cheapest quoted: {insurer} – {product}, {gross} a year.")
                         .format(insurer=best.tariff.insurer, product=best.tariff.product,
                                 gross=money(best.premium.gross_annual, lang)))
        else:
            lines.append(self.tr("No tariff quotes this request; see the reasons."))
        if request.require and outcomes:
            chosen = self.model.recommended
            if chosen is not None and chosen.premium is not None:
                lines.append(self.tr("{mark} Recommended for the client's requirements: "
                                     "{insurer} – {product}, {gross} a year.")
                             .format(mark=RECOMMENDED_MARK, insurer=chosen.tariff.insurer,
                                     product=chosen.tariff.product,
                                     gross=money(chosen.premium.gross_annual, lang)))
            else:
                lines.append(self.tr("No quoted tariff meets every requirement; the "
                                     "Requirements column lists the gaps."))
        for tariff_id in self.unavailable:
            lines.append(self.no_version_text(tariff_id, request))
        if problem := self.state.problem():
            lines.append(self.tr("The form has an invalid input ({0}); the comparison shows the "
                                 "last valid request.").format(problem[0]))
        self.summary.setText(" ".join(lines))

    def no_version_text(self, tariff_id: str, request: QuoteRequest) -> str:
        """“Not priced: ... has no version valid for a start on ... (versions ...).”"""
        lang = self.state.lang
        versions = self.state.tariffs.versions.get(tariff_id, [])
        name = f"{versions[0].tariff.insurer} – {versions[0].tariff.product}" if versions \
            else tariff_id
        return self.tr("Not priced: {tariff} has no version valid for a start on {start} "
                       "({versions}).").format(
            tariff=name, start=date_text(request.start, lang),
            versions=", ".join(period_text(v, lang) for v in versions))

    def _show_gaps(self, request: QuoteRequest | None, outcomes: list[Outcome]) -> None:
        """Per tariff, whether it meets the client's requirements, else each gap with the
        module that closes it and what that costs (the table's column, in full)."""
        if request is None or not request.require or not outcomes:
            self.gaps.setVisible(False)
            return
        lines = [self.tr("Requirements of the client:")]
        for row in range(self.proxy.rowCount()):
            tariff_id = str(self.proxy.index(row, 0).data(TARIFF_ROLE) or "")
            source = self.model.row_of(tariff_id) if tariff_id else -1
            if source < 0:
                continue
            name = self.model.text(source, "tariff")
            lines.append(f"{name}: {self.model.full_text(source, 'requirements')}")
        self.gaps.setText("\n".join(lines))
        self.gaps.setVisible(True)

    def _reference_typed(self, reference: Reference) -> None:
        if not self._syncing:
            self.state.set_reference(reference)
        self._changed()

    def _reference_of_quote(self, reference: Reference) -> None:
        """The quote's contract changed (reopened, a new quote): show it in the form."""
        if self.reference_form.reference() == reference:
            return
        self._syncing = True
        try:
            self.reference_form.set_reference(reference)
        finally:
            self._syncing = False
        self._changed()

    def _invalid(self, _field: str, _message: str) -> None:
        self._changed()

    def _tariffs_changed(self) -> None:
        self._matrix_key = None
        self.matrix.set_tariffs(self.state.tariffs, self.matrix.tariff_id()
                                or self.state.value("tariff"))
        self._changed()

    def _language_changed(self, lang: str) -> None:
        self.reference_form.set_language(lang)
        self.model.retranslate()
        self.retranslate()
        self._changed()

    # -- actions --------------------------------------------------------------------------

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        tariff_id = str(current.data(TARIFF_ROLE) or "") if current.isValid() else ""
        self.use_button.setEnabled(bool(tariff_id))
        if tariff_id:
            self.matrix.select_tariff(tariff_id)

    def _matrix_tariff_picked(self, tariff_id: str) -> None:
        if self.selected_tariff() != tariff_id:
            self.select_tariff(tariff_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Return on a tariff row takes it into the quote."""
        if (watched is self.view and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.selected_tariff()):
            self.use_selected()
            return True
        return super().eventFilter(watched, event)

    def _double_clicked(self, index: QModelIndex) -> None:
        tariff_id = str(index.data(TARIFF_ROLE) or "")
        if tariff_id:
            self.sig_use_tariff.emit(tariff_id)

    def use_selected(self) -> None:
        tariff_id = self.selected_tariff()
        if tariff_id:
            self.sig_use_tariff.emit(tariff_id)

    def export_table(self) -> Path | None:
        """Ask for a file and write the table as shown (Excel workbook or CSV); the file,
        or None when cancelled or not written (after saying why)."""
        from premiumcalc.fileio import WriteError
        from premiumcalc.gui.compare_export import write_comparison
        from premiumcalc.gui.table_export import ask_table_file

        self.refresh()
        title = self.tr("Export comparison")
        chosen = ask_table_file(self, title, "comparison", self.last_dir)
        if chosen is None:
            return None
        target, fmt = chosen
        hidden = {c for i, c in enumerate(COLUMNS) if self.view.isColumnHidden(i)}
        try:
            write_comparison(target, fmt, self.proxy, self.model, hidden)
        except WriteError as exc:
            QMessageBox.warning(self, title,
                                self.tr("The comparison was not exported: {0}").format(str(exc)))
            return None
        self.last_dir = str(target.parent)
        return target

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("E&xport (Excel, CSV)…"))
        self.export_button.setToolTip(self.tr("Write the table as an Excel workbook or a CSV "
                                              "file"))
        self.use_button.setText(self.tr("Use in &quote"))
        self.use_button.setToolTip(self.tr("Show the selected tariff in the Quote tab "
                                           "(or double-click its row, or press Enter)"))
        self.use_button.setEnabled(bool(self.selected_tariff()))
        self.pdf_button.setText(self.tr("Save comparison as PDF…"))
        self.view.setAccessibleName(self.tr("Tariffs side by side"))
        self.matrix.retranslate()
        self.reference_form.retranslate()
        self._show_summary(self.request(), self.model.outcomes)
