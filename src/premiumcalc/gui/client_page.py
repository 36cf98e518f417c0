"""A client's page: the client's details and current contract (editable), every record kept
of the client with its retention date, the client's audit log, and the client's actions
(new quote, export, delete)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from premiumcalc.gui.clients_model import RowsModel, action_text, table_view
from premiumcalc.gui.clients_source import (
    CONTRACT_AMOUNTS,
    AuditEntry,
    ChangedElsewhere,
    ClientChanges,
    ClientDetails,
    ClientDirectory,
    ClientRecord,
    Contract,
    Deletion,
    DirectoryError,
    LegalHoldRefusal,
)
from premiumcalc.gui.money_edit import MoneyEdit
from premiumcalc.gui.start_edit import date_text


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class OptionalDate(QWidget):
    """A date that may be left out: a check box and a date field with a calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def set_value(self, day: dt.date | None, fallback: dt.date) -> None:
        self.check.setChecked(day is not None)
        self.edit.setDate(_qdate(day or fallback))

    def set_language(self, lang: str) -> None:
        self.edit.setDisplayFormat("dd.MM.yyyy" if lang == "de" else "yyyy-MM-dd")


def kind_text(kind: str) -> str:
    """The kind of a client's record in words."""
    from PySide6.QtCore import QCoreApplication

    texts = {
        "quote": QCoreApplication.translate("ClientPage", "Quote"),
        "comparison": QCoreApplication.translate("ClientPage", "Comparison"),
        "advice-record": QCoreApplication.translate("ClientPage", "Advice record"),
        "first-information": QCoreApplication.translate("ClientPage",
                                                        "First-information receipt"),
    }
    return texts.get(kind, kind)


class ClientPage(QWidget):
    """One client of the register, for reading and editing."""

    sig_back = Signal()
    """The user wants the list of clients again."""

    sig_new_quote = Signal(object)
    """"New quote for this client": carries the client's ``ClientDetails``."""

    sig_open_quote = Signal(str)
    """The user wants this saved quote (its number) in the Quote tab."""

    sig_client_changed = Signal(str)
    """The client (its number) was saved or deleted: lists showing it read it again."""

    def __init__(self, directory: ClientDirectory, lang: str = "en",
                 today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.lang = lang
        self._today = today
        self.details: ClientDetails | None = None

        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.sig_back)
        self.title = QLabel()
        self.title.setObjectName("clientTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.title.setWordWrap(True)  # a long name wraps instead of widening the window
        self.new_quote_button = QPushButton()
        self.new_quote_button.clicked.connect(self.new_quote)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.new_quote_button)
        top.addWidget(self.export_button)
        top.addWidget(self.delete_button)

        self.address = QLabel()
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        self.standing = QLabel()
        self.standing.setObjectName("clientStanding")
        self.standing.setTextFormat(Qt.TextFormat.PlainText)
        self.standing.setWordWrap(True)

        # -- the editable part
        self.email_edit = QLineEdit()
        self.email_edit.setMaxLength(200)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(60)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(60)
        self.notes_edit.setMaximumHeight(80)
        self.follow_up = OptionalDate()
        self.hold_check = QCheckBox()
        self.follow_up_note = QLineEdit()
        self.follow_up_note.setMaxLength(500)
        self.contact_box = QGroupBox()
        self.contact_form = QFormLayout(self.contact_box)
        self.contact_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # on a laptop's width a label goes above its field rather than off the side
        self.contact_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.contact_form.addRow(QLabel(), self.email_edit)
        self.contact_form.addRow(QLabel(), self.phone_edit)
        self.contact_form.addRow(QLabel(), self.follow_up)
        self.contact_form.addRow(QLabel(), self.follow_up_note)
        self.contact_form.addRow(QLabel(), self.notes_edit)
        self.contact_form.addRow(QLabel(), self.hold_check)

        self.insurer_edit = QLineEdit()
        self.insurer_edit.setMaxLength(120)
        self.amount_edits: dict[str, MoneyEdit] = {f: MoneyEdit(lang) for f in CONTRACT_AMOUNTS}
        self.renewal = OptionalDate()
        self.contract_box = QGroupBox()
        self.contract_form = QFormLayout(self.contract_box)
        self.contract_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # on a laptop's width a label goes above its field rather than off the side
        self.contract_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.contract_form.addRow(QLabel(), self.insurer_edit)
        for edit in self.amount_edits.values():
            self.contract_form.addRow(QLabel(), edit)
        self.contract_form.addRow(QLabel(), self.renewal)
        self.request_label = QLabel()
        self.request_label.setObjectName("contractRequest")
        self.request_label.setWordWrap(True)
        self.request_label.setTextFormat(Qt.TextFormat.PlainText)
        self.contract_form.addRow(QLabel(), self.request_label)

        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton()
        self.discard_button.clicked.connect(self.reload)
        edit_buttons = QHBoxLayout()
        edit_buttons.addStretch(1)
        edit_buttons.addWidget(self.discard_button)
        edit_buttons.addWidget(self.save_button)

        # -- what is kept of the client
        self.records_model: RowsModel[ClientRecord] = RowsModel([
            (lambda: self.tr("Record"), lambda r: kind_text(r.kind)),
            (lambda: self.tr("Number"), lambda r: r.reference),
            (lambda: self.tr("Date"), lambda r: r.day),
            (lambda: self.tr("Status"), self._status_text),
            (lambda: self.tr("Gross per year"), lambda r: r.gross_annual),
            (lambda: self.tr("Kept until"), self._kept_text),
            (lambda: self.tr("Details"), lambda r: r.summary),
        ], lambda r: r.reference, lang, self)
        self.records_view = table_view(self.records_model)
        self.records_view.activated.connect(lambda index: self.open_quote(index.row()))
        self.records_view.selectionModel().selectionChanged.connect(
            lambda *_args: self._update_record_buttons())
        self.open_quote_button = QPushButton()
        self.open_quote_button.clicked.connect(lambda: self.open_quote())
        self.use_request_button = QPushButton()
        self.use_request_button.clicked.connect(self.use_quote_request)
        record_buttons = QHBoxLayout()
        record_buttons.setContentsMargins(0, 0, 0, 0)
        record_buttons.addWidget(self.open_quote_button)
        record_buttons.addWidget(self.use_request_button)
        record_buttons.addStretch(1)
        records_page = QWidget()
        records_layout = QVBoxLayout(records_page)
        records_layout.setContentsMargins(4, 4, 4, 4)
        records_layout.addWidget(self.records_view, 1)
        records_layout.addLayout(record_buttons)
        self.audit_model: RowsModel[AuditEntry] = RowsModel([
            (lambda: self.tr("When"), lambda e: e.when),
            (lambda: self.tr("Who"), lambda e: e.who),
            (lambda: self.tr("What"), lambda e: action_text(e.action)),
            (lambda: self.tr("Details"), lambda e: e.detail),
        ], lambda e: e.client, lang, self)
        self.audit_view = table_view(self.audit_model)
        self.kept = QTabWidget()
        self.kept.setObjectName("clientRecords")
        self.kept.addTab(records_page, "")
        self.kept.addTab(self.audit_view, "")

        editor = QWidget()
        boxes = QHBoxLayout()
        boxes.addWidget(self.contact_box, 1, Qt.AlignmentFlag.AlignTop)
        boxes.addWidget(self.contract_box, 1, Qt.AlignmentFlag.AlignTop)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.address)
        editor_layout.addWidget(self.standing)
        editor_layout.addLayout(boxes)
        editor_layout.addLayout(edit_buttons)
        editor_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(editor)
        self._editor = editor

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("clientSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.kept)
        self.splitter.setStretchFactor(1, 1)
        self._split = False

        self.status_label = QLabel()
        self.status_label.setObjectName("clientStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_label)
        self.set_language(lang)

    # -- showing --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split:  # the fields in full, the records below them
            self._split = True
            editor = self._editor.sizeHint().height() + 2
            self.splitter.setSizes([editor, max(120, self.splitter.height() - editor)])

    def today(self) -> dt.date:
        if self._today is not None:
            return self._today
        from premiumcalc.clock import today

        return today()

    def show_client(self, number: str) -> bool:
        """Read the client ``number`` and show it; False (after saying why) when it cannot
        be read."""
        try:
            details = self.directory.details(number)
            audit = self.directory.audit(number)
        except DirectoryError as error:
            QMessageBox.warning(self, self.tr("The client cannot be shown"), str(error))
            return False
        self._show(details, audit)
        self.status_label.clear()
        return True

    def reload(self) -> None:
        """Discard changes: show the client as the register has it now."""
        if self.details is not None:
            self.show_client(self.details.number)

    def _show(self, details: ClientDetails, audit: list[AuditEntry]) -> None:
        self.details = details
        self.title.setText(f"{details.number} · {details.name}")
        self.address.setText(details.address)
        self.address.setVisible(bool(details.address))
        self.email_edit.setText(details.email)
        self.phone_edit.setText(details.phone)
        self.notes_edit.setPlainText(details.notes)
        today = self.today()
        self.follow_up.set_value(details.follow_up, today)
        self.hold_check.setChecked(details.legal_hold)
        self.follow_up_note.setText(details.follow_up_note)
        contract = details.contract
        self.insurer_edit.setText(contract.insurer)
        for name, edit in self.amount_edits.items():
            edit.set_value(getattr(contract, name))
        self.renewal.set_value(contract.renewal, today)
        editable = not details.restricted  # a restricted client takes only a legal hold
        for widget in (self.email_edit, self.phone_edit, self.follow_up, self.follow_up_note,
                       self.notes_edit, self.contract_box):
            widget.setEnabled(editable)
        self.new_quote_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.records_model.set_rows(details.records)
        self._update_record_buttons()
        self.audit_model.set_rows(audit)
        self.retranslate()
        for view in (self.records_view, self.audit_view):
            view.resizeColumnsToContents()
        self._show_standing()

    def _show_standing(self) -> None:
        details = self.details
        if details is None:
            self.standing.clear()
            return
        lines = []
        if details.legal_hold:
            lines.append(self.tr("Legal hold: nothing of this client is deleted or "
                                 "anonymised."))
        if details.restricted:
            lines.append(self.tr("Restricted: kept only for the duty to keep records; not "
                                 "shown in searches, follow-ups or renewals."))
        if details.keep_until is not None:
            lines.append(self.tr("Records kept until {date}.").format(
                date=date_text(details.keep_until, self.lang)))
        self.standing.setText("\n".join(lines))
        self.standing.setVisible(bool(lines))

    def selected_record(self) -> ClientRecord | None:
        rows = self.records_view.selectionModel().selectedRows()
        index = rows[0] if rows else self.records_view.currentIndex()
        return self.records_model.row(index.row()) if index.isValid() else None

    def _update_record_buttons(self) -> None:
        record = self.selected_record()
        quote = record is not None and record.kind == "quote" and not record.in_bin
        self.open_quote_button.setEnabled(quote)
        editable = self.details is not None and not self.details.restricted
        self.use_request_button.setEnabled(quote and editable)

    def _show_request(self) -> None:
        details = self.details
        if details is not None and details.request_quote:
            text = self.tr("that of {quote}").format(quote=details.request_quote)
        elif details is not None and details.request is not None:
            text = self.tr("on record")
        else:
            text = self.tr("none yet")
        self.request_label.setText(text)
        self.request_label.setToolTip(self.tr(
            "The request the renewal check prices for the main renewal date: select one of "
            "the client's quotes below, then “Use for the renewal check”."))

    def _status_text(self, record: ClientRecord) -> str:
        texts = {"draft": self.tr("draft"), "sent": self.tr("sent"),
                 "accepted": self.tr("accepted"), "declined": self.tr("declined"),
                 "handed over": self.tr("handed over")}
        text = texts.get(record.status, record.status)
        return self.tr("{status} (in the bin)").format(status=text) if record.in_bin else text

    def _kept_text(self, record: ClientRecord) -> object:
        return record.keep_until if record.keep_until is not None else self.tr(
            "no duty to keep")

    # -- editing --------------------------------------------------------------------------

    def has_changes(self) -> bool:
        """Whether the fields differ from the client as shown (edits not saved yet)."""
        details = self.details
        if details is None:
            return False
        now = self.changes()
        return (now.email, now.phone, now.notes, now.follow_up, now.follow_up_note,
                now.legal_hold, now.contract) != (
            details.email, details.phone, details.notes, details.follow_up,
            details.follow_up_note, details.legal_hold, details.contract) or any(
            edit.text().strip() and edit.value() is None for edit in self.amount_edits.values())

    def may_leave(self) -> bool:
        """True when the page may show something else: no unsaved edits, or the user
        chose to discard them."""
        if not self.has_changes() or self.details is None:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Discard your changes to client {number}?").format(
                number=self.details.number))
        return answer == QMessageBox.StandardButton.Yes

    def changes(self) -> ClientChanges:
        """What the page's fields hold now."""
        amounts = {name: edit.value() for name, edit in self.amount_edits.items()}
        contract = Contract(insurer=self.insurer_edit.text().strip(), renewal=self.renewal.value(),
                            **amounts)
        return ClientChanges(email=self.email_edit.text().strip(),
                             phone=self.phone_edit.text().strip(),
                             notes=self.notes_edit.toPlainText().strip(), contract=contract,
                             follow_up=self.follow_up.value(),
                             follow_up_note=self.follow_up_note.text().strip(),
                             legal_hold=self.hold_check.isChecked())

    def save(self) -> bool:
        """Save the edits; another desk's change meanwhile is shown and nothing is saved."""
        if self.details is None:
            return False
        title = self.tr("The client was not saved")
        for name, edit in self.amount_edits.items():
            if edit.text().strip() and edit.value() is None:
                field = edit.accessibleName() or name
                QMessageBox.warning(self, title, self.tr(
                    "{field}: “{text}” is not an amount; enter it like {example} or leave it "
                    "empty.").format(field=field, text=edit.text(),
                                     example="1.500,00" if self.lang == "de" else "1,500.00"))
                edit.setFocus()
                return False
        try:
            details = self.directory.save(self.details.number, self.changes(),
                                          self.details.version)
            audit = self.directory.audit(details.number)
        except ChangedElsewhere as error:
            QMessageBox.warning(self, title, self.tr(
                "{error}\n\nYour changes are still in the form: press Discard changes to see "
                "the client as saved now, then enter them again.").format(error=error))
            return False
        except DirectoryError as error:
            QMessageBox.warning(self, title, str(error))
            return False
        self._show(details, audit)
        self.status_label.setText(self.tr("Client {number} saved.").format(
            number=details.number))
        self.sig_client_changed.emit(details.number)
        return True

    # -- actions --------------------------------------------------------------------------

    def open_quote(self, row: int = -1) -> None:
        """Show the saved quote of ``row`` (default: the selected one) in the Quote tab
        (or double-click it, or press Enter on it)."""
        record = self.records_model.row(row) if row >= 0 else self.selected_record()
        if record is not None and record.kind == "quote" and not record.in_bin:
            self.sig_open_quote.emit(record.reference)

    def use_quote_request(self) -> bool:
        """The selected quote's request becomes the current contract's (the renewal check
        prices it for the main renewal date)."""
        record = self.selected_record()
        if self.details is None or record is None or record.kind != "quote":
            return False
        try:
            details = self.directory.use_quote_request(self.details.number, record.reference,
                                                       self.details.version)
            audit = self.directory.audit(details.number)
        except DirectoryError as error:
            QMessageBox.warning(self, self.tr("The client was not saved"), str(error))
            return False
        self._show(details, audit)
        self.status_label.setText(self.tr("The renewal check now prices the request of "
                                          "{quote}.").format(quote=record.reference))
        self.sig_client_changed.emit(details.number)
        return True

    def new_quote(self) -> None:
        if self.details is not None:
            self.sig_new_quote.emit(self.details)

    def export(self) -> Path | None:
        """Export client…: every record and document of the client into one archive."""
        if self.details is None:
            return None
        number = self.details.number
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export client"), str(Path.home() / f"{number}.zip"),
            self.tr("Archives (*.zip)"))
        if not name:
            return None
        try:
            written = self.directory.export(number, Path(name))
            audit = self.directory.audit(number)
        except DirectoryError as error:
            QMessageBox.warning(self, self.tr("The client was not exported"), str(error))
            return None
        self.audit_model.set_rows(audit)
        self.status_label.setText(self.tr("Client {number} exported to {file}.").format(
            number=number, file=str(written)))
        return written

    def delete(self) -> Deletion | None:
        """Delete client…: after a confirmation, remove what no duty keeps and show what
        stays until when; a legal hold refuses."""
        if self.details is None:
            return None
        details = self.details
        title = self.tr("Delete client")
        if details.legal_hold:
            QMessageBox.warning(self, title, self.hold_text(details.number))
            return None
        question = self.tr(
            "Delete client {number} ({name})?\n\nRecords that no duty keeps are removed at "
            "once; the others are kept, restricted, until their retention date and then "
            "anonymised. This cannot be undone.").format(number=details.number,
                                                         name=details.name)
        answer = QMessageBox.question(self, title, question)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            deletion = self.directory.delete(details.number)
        except LegalHoldRefusal as error:
            QMessageBox.warning(self, title, f"{self.hold_text(details.number)}\n\n{error}")
            return None
        except DirectoryError as error:
            QMessageBox.warning(self, self.tr("The client was not deleted"), str(error))
            return None
        report = self.deletion_text(details.number, deletion)
        self.status_label.setText(report)
        QMessageBox.information(self, title, report)
        self.sig_client_changed.emit(details.number)
        if deletion.kept:
            self.show_client(details.number)
            self.status_label.setText(report)
        else:
            self.details = None
            self.sig_back.emit()
        return deletion

    def hold_text(self, number: str) -> str:
        return self.tr("Client {number} is under a legal hold: nothing of it may be deleted "
                       "until the hold is lifted.").format(number=number)

    def deletion_text(self, number: str, deletion: Deletion) -> str:
        """What a delete did, in words: removed, and kept until when."""
        lines = [self.tr("Client {number} deleted.").format(number=number)]
        if deletion.removed:
            lines.append(self.tr("Removed now: {records}.").format(
                records=", ".join(deletion.removed)))
        if deletion.kept:
            lines.append(self.tr("Kept, restricted, because a duty to keep records applies:"))
            for record, until in deletion.kept:
                lines.append("  " + (self.tr("{record} until {date}").format(
                    record=record, date=date_text(until, self.lang)) if until else record))
            lines.append(self.tr("They are anonymised when their retention date has passed."))
        else:
            lines.append(self.tr("Nothing of the client is kept."))
        return "\n".join(lines)

    # -- texts ----------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.lang = lang
        for edit in self.amount_edits.values():
            edit.set_language(lang)
        for optional in (self.follow_up, self.renewal):
            optional.set_language(lang)
        for model in (self.records_model, self.audit_model):
            model.lang = lang
            model.retranslate()
        self.retranslate()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← &All clients"))
        self.new_quote_button.setText(self.tr("&New quote for this client"))
        self.export_button.setText(self.tr("E&xport client…"))
        self.delete_button.setText(self.tr("&Delete client…"))
        self.contact_box.setTitle(self.tr("Contact and follow-up"))
        self.contract_box.setTitle(self.tr("Current contract"))
        contact_labels = (self.tr("E-&mail:"), self.tr("&Phone:"), self.tr("&Follow-up on:"),
                          self.tr("Follow-up no&te:"), self.tr("N&otes:"),
                          self.tr("Legal hold:"))
        fields = (self.email_edit, self.phone_edit, self.follow_up, self.follow_up_note,
                  self.notes_edit, self.hold_check)
        for text, widget in zip(contact_labels, fields, strict=True):
            _label(self.contact_form, widget, text)
        self.hold_check.setText(self.tr("keep everything (no deletion)"))
        self.follow_up.check.setText(self.tr("on"))
        self.renewal.check.setText(self.tr("on"))
        contract_texts = {
            "gross_annual": self.tr("Gross premium per year (€):"),
            "cover": self.tr("Cover per claim (€):"),
            "deductible": self.tr("Deductible (€):"),
            "key_limit": self.tr("Lost keys limit (€):"),
            "general_liability_limit": self.tr("General liability limit (€):"),
            "cyber_limit": self.tr("Cyber limit (€):"),
        }
        _label(self.contract_form, self.insurer_edit, self.tr("&Insurer:"))
        for name, edit in self.amount_edits.items():
            _label(self.contract_form, edit, contract_texts[name])
        _label(self.contract_form, self.renewal, self.tr("&Renewal date:"))
        self.open_quote_button.setText(self.tr("Open &quote"))
        self.use_request_button.setText(self.tr("Use for the renewal chec&k"))
        self.use_request_button.setToolTip(self.tr(
            "The selected quote's request becomes the current contract's: the renewal check "
            "prices it with every tariff for the main renewal date"))
        _label(self.contract_form, self.request_label,
               self.tr("Request for the renewal check:"))
        self._show_request()
        self.save_button.setText(self.tr("&Save changes"))
        self.discard_button.setText(self.tr("Discard changes"))
        self.kept.setTabText(0, self.tr("Records (%n)", "", self.records_model.rowCount()))
        self.kept.setTabText(1, self.tr("Audit log"))
        self.records_view.setAccessibleName(self.tr("Records of the client"))
        self.audit_view.setAccessibleName(self.tr("Audit log of the client"))
        self._show_standing()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _label(form: QFormLayout, field: QWidget, text: str) -> None:
    label = form.labelForField(field)
    if isinstance(label, QLabel):
        label.setText(text)
        label.setBuddy(field)
    field.setAccessibleName(text.replace("&", "").rstrip(":"))

