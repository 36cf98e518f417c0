"""Below the History tab's table: the advice records of the selected quote's client (those
made from the quote first, then the client's others) and the first information handed to
the client, each record reprinted exactly as it was handed over."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from premiumcalc.gui.advice_record import channel_names, moment_text
from premiumcalc.gui.file_actions import save_pdf_as
from premiumcalc.quotes.errors import StoreError

if TYPE_CHECKING:
    from premiumcalc.quotes.advice_records import AdviceRecord
    from premiumcalc.quotes.store import QuoteStore

#: The columns of the list.
COLUMNS = ("number", "when", "channel", "adviser", "recommended", "chosen", "version")


class AdviceHistoryPanel(QWidget):
    """The advice records and first-information handovers of one quote's client."""

    def __init__(self, store: QuoteStore, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.quote_number = ""
        self.records: list[AdviceRecord] = []
        self.last_dir = ""
        self.title = QLabel()
        self.title.setObjectName("adviceHistoryTitle")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("adviceRecords")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(150)
        self.first_info = QLabel()
        self.first_info.setObjectName("firstInfoHandovers")
        self.first_info.setWordWrap(True)
        self.first_info.setTextFormat(Qt.TextFormat.PlainText)
        self.reprint_button = QPushButton()
        self.reprint_button.clicked.connect(self.reprint)
        self.table.itemSelectionChanged.connect(self._update_button)
        row = QHBoxLayout()
        row.addWidget(self.first_info, 1)
        row.addWidget(self.reprint_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.retranslate()
        self.show_quote("")

    def show_quote(self, number: str) -> None:
        """List the records of the client of saved quote ``number`` ("" for none)."""
        from premiumcalc.quotes import advice_records as ar

        self.quote_number = number
        self.records = []
        handovers = []
        if number:
            try:
                linked, others = ar.advice_records_of_quote(self.store, number)
                self.records = linked + others
                client_id = ar.client_of_quote(self.store, number)
                if client_id is not None:
                    handovers = ar.list_first_information(self.store, client_id=client_id)
            except StoreError as exc:
                self.first_info.setText(str(exc))
        channels = channel_names()
        self.table.setRowCount(len(self.records))
        for r, record in enumerate(self.records):
            version = ""
            if record.replaced_by:
                version = self.tr("replaced by {0}").format(record.replaced_by)
            elif record.replaces:
                version = self.tr("replaces {0}").format(record.replaces)
            cells = (record.number, moment_text(record.advice_at, self.lang),
                     channels.get(record.channel, record.channel), record.adviser,
                     record.recommended or "–", record.chosen or "–", version)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0 and number in record.quote_numbers:
                    item.setToolTip(self.tr("Made from quote {0}").format(number))
                self.table.setItem(r, c, item)
        if number and handovers:
            self.first_info.setText(self.tr("First information handed over: {0}").format(
                "; ".join(f"{h.number} ({moment_text(h.handed_over_at, self.lang)}, "
                          f"{channels.get(h.how, h.how)})" for h in handovers)))
        elif number:
            self.first_info.setText(self.tr("No first information recorded for this client."))
        else:
            self.first_info.setText("")
        self._update_title()
        self._update_button()

    def refresh(self) -> None:
        self.show_quote(self.quote_number)

    def selected_record(self) -> AdviceRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def reprint(self) -> Path | None:
        """The selected record's PDF exactly as handed over, saved as a file."""
        from premiumcalc.quotes import advice_records as ar

        record = self.selected_record()
        if record is None:
            return None
        title = self.tr("Reprint advice record")
        try:
            data = ar.advice_pdf(self.store, record.number)
        except StoreError as exc:
            QMessageBox.warning(self, title, str(exc))
            return None
        target = save_pdf_as(self, title, self.last_dir, f"{record.number}.pdf", data)
        if target is not None:
            self.last_dir = str(target.parent)
        return target

    def _update_button(self) -> None:
        self.reprint_button.setEnabled(self.selected_record() is not None)

    def _update_title(self) -> None:
        if not self.quote_number:
            self.title.setText(self.tr("Advice records: select a quote to see its client's."))
        elif self.records:
            self.title.setText(self.tr("Advice records of the client of {0}:").format(
                self.quote_number))
        else:
            self.title.setText(self.tr("No advice record for the client of {0} yet.").format(
                self.quote_number))

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("Date and time"), self.tr("Channel"),
            self.tr("Adviser"), self.tr("Recommended"), self.tr("Chosen"),
            self.tr("Version")])
        self.table.setAccessibleName(self.tr("Advice records of the client"))
        self.reprint_button.setText(self.tr("Reprint &record…"))
        self._update_title()
