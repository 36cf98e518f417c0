"""The Clients tab: the client register searched as you type, the follow-ups due, the renewal
check, and a client's page.

The register is read a page at a time (:class:`ClientsModel`); the search runs a short
moment after the last keystroke, not on each one. Restricted clients (kept only for a duty
to keep records) are never listed: the register leaves them out.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from premiumcalc.gui.client_page import ClientPage
from premiumcalc.gui.clients_model import NUMBER_ROLE, ClientsModel, RowsModel, table_view
from premiumcalc.gui.clients_source import (
    ClientDirectory,
    DirectoryError,
    FollowUpRow,
    Renewal,
)
from premiumcalc.gui.start_edit import date_text


def by_saving(renewals: list[Renewal]) -> list[Renewal]:
    """Largest saving first; those without a figure last, by name."""
    return sorted(renewals, key=lambda r: (r.saving is None, -(r.saving or Decimal(0)),
                                           r.name.casefold()))


class ClientsTab(QWidget):
    """The register's lists and, in the same place, one client's page."""

    sig_new_quote = Signal(object)
    """"New quote for this client": carries the client's ``ClientDetails``."""

    sig_open_quote = Signal(str)
    """A client's saved quote (its number) is wanted in the Quote tab."""

    SEARCH_DELAY_MS = 150
    """The pause after the last keystroke before the register is searched."""

    def __init__(self, directory: ClientDirectory, lang: str = "en",
                 today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.lang = lang
        self._today = today
        self._sized = False
        self._stale = {"follow_ups": True, "renewals": True}

        # -- all clients, searched
        self.model = ClientsModel(directory, lang, self)
        self.search = QLineEdit()
        self.search.setObjectName("clientSearch")
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_search)
        self.view = table_view(self.model)
        self.view.setObjectName("clientsTable")
        # the address takes the room the other columns leave
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._open_index)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(lambda: self._open_index(self.view.currentIndex()))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        search_page = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.open_button)
        search_layout = QVBoxLayout(search_page)
        search_layout.addLayout(top)
        search_layout.addWidget(self.view, 1)
        search_layout.addWidget(self.status_label)

        # -- follow-ups due
        self.follow_ups_model: RowsModel[FollowUpRow] = RowsModel([
            (lambda: self.tr("Follow-up"), lambda f: f.due),
            (lambda: self.tr("Client no."), lambda f: f.number),
            (lambda: self.tr("Name"), lambda f: f.name),
            (lambda: self.tr("Quote"), lambda f: f.quote),
            (lambda: self.tr("Note"), lambda f: f.note),
        ], lambda f: f.number, lang, self)
        self.follow_ups_view = table_view(self.follow_ups_model)
        self.follow_ups_view.activated.connect(self._open_index)
        self.follow_ups_label = QLabel()
        self.follow_ups_label.setWordWrap(True)
        follow_page = QWidget()
        follow_layout = QVBoxLayout(follow_page)
        follow_layout.addWidget(self.follow_ups_label)
        follow_layout.addWidget(self.follow_ups_view, 1)

        # -- renewals
        self.renewals_model: RowsModel[Renewal] = RowsModel([
            (lambda: self.tr("Client no."), lambda r: r.number),
            (lambda: self.tr("Name"), lambda r: r.name),
            (lambda: self.tr("Saving per year"), lambda r: r.saving),
            (lambda: self.tr("Current premium"), lambda r: r.current),
            (lambda: self.tr("Best tariff"), lambda r: r.best_tariff),
            (lambda: self.tr("Its premium"), lambda r: r.best),
            (lambda: self.tr("More cover"), lambda r: r.cover_gain),
            (lambda: self.tr("Renewal"), lambda r: r.renewal),
            (lambda: self.tr("Current insurer"), lambda r: r.insurer),
        ], lambda r: r.number, lang, self)
        self.renewals_view = table_view(self.renewals_model)
        self.renewals_view.activated.connect(self._open_index)
        self.renewals_label = QLabel()
        self.renewals_label.setWordWrap(True)
        self.renewals_button = QPushButton()
        self.renewals_button.clicked.connect(self.refresh_renewals)
        renewals_top = QHBoxLayout()
        renewals_top.addWidget(self.renewals_label, 1)
        renewals_top.addWidget(self.renewals_button)
        renewals_page = QWidget()
        renewals_layout = QVBoxLayout(renewals_page)
        renewals_layout.addLayout(renewals_top)
        renewals_layout.addWidget(self.renewals_view, 1)

        self.lists = QTabWidget()
        self.lists.setObjectName("clientLists")
        self.lists.addTab(search_page, "")
        self.lists.addTab(follow_page, "")
        self.lists.addTab(renewals_page, "")
        self.lists.currentChanged.connect(lambda _i: self._load_list())

        self.page = ClientPage(directory, lang, today)
        self.page.sig_back.connect(self.show_list)
        self.page.sig_new_quote.connect(self.sig_new_quote)
        self.page.sig_open_quote.connect(self.sig_open_quote)
        self.page.sig_client_changed.connect(self._client_changed)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.lists)
        self.stack.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()
        self.refresh()

    # -- lists ----------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self.page.today()

    def refresh(self) -> None:
        """Read the register again: the search list now, the others when next shown."""
        self.model.reload()
        self.status_label.setText(self.model.error)
        if not self._sized and self.model.rowCount():
            self._sized = True
            _fit(self.view, {1: 200, 3: 140})
        self._stale = {"follow_ups": True, "renewals": True}
        self._load_list()

    def apply_search(self) -> None:
        """Search now for the text in the field (also done a moment after typing)."""
        self._search_timer.stop()
        self.model.set_search(self.search.text())
        self.status_label.setText(self.model.error)

    def refresh_follow_ups(self) -> None:
        day = self.today()
        try:
            rows = self.directory.follow_ups_due(day)
        except DirectoryError as error:
            self.follow_ups_model.set_rows([])
            self.follow_ups_label.setText(str(error))
            return
        self._stale["follow_ups"] = False
        self.follow_ups_model.set_rows(rows)
        _fit(self.follow_ups_view, {2: 220})
        self.follow_ups_label.setText(
            self.tr("%n client(s) to contact by {date} (double-click to open).", "",
                    len(rows)).format(date=date_text(day, self.lang)))

    def refresh_renewals(self) -> None:
        """The renewal check: every client whose contract a tariff beats, by saving."""
        day = self.today()
        try:
            rows = by_saving(self.directory.renewals(day))
        except DirectoryError as error:
            self.renewals_model.set_rows([])
            self.renewals_label.setText(str(error))
            return
        self._stale["renewals"] = False
        self.renewals_model.set_rows(rows)
        _fit(self.renewals_view, {1: 200, 4: 200, 6: 160})
        self.renewals_label.setText(self.tr(
            "%n client(s) would save or gain cover with an installed tariff, largest saving "
            "first.", "", len(rows)))

    def _load_list(self) -> None:
        index = self.lists.currentIndex()
        if index == 1 and self._stale["follow_ups"]:
            self.refresh_follow_ups()
        elif index == 2 and self._stale["renewals"]:
            self.refresh_renewals()

    # -- the client's page ------------------------------------------------------------------

    def open_client(self, number: str) -> bool:
        """Show the page of client ``number`` (after asking about unsaved edits of the
        client on show)."""
        if self.stack.currentWidget() is self.page and not self.page.may_leave():
            return False
        if not self.page.show_client(number):
            return False
        self.stack.setCurrentWidget(self.page)
        self.page.title.setFocus()
        return True

    def show_list(self) -> None:
        """Back to the lists (after asking about unsaved edits)."""
        if self.stack.currentWidget() is self.page and self.page.details is not None \
                and not self.page.may_leave():
            return
        self.stack.setCurrentWidget(self.lists)
        self.view.setFocus()

    def register_changed(self) -> None:
        """A quote was saved or deleted elsewhere in the window: read the lists again, and
        the client on show unless it has unsaved edits."""
        self.model.reload()
        self._stale = {"follow_ups": True, "renewals": True}
        self._load_list()
        if self.page.details is not None and not self.page.has_changes():
            number = self.page.details.number
            try:
                self.directory.details(number)
            except DirectoryError:
                return  # gone meanwhile: the page stays as it was
            self.page.show_client(number)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            number = index.data(NUMBER_ROLE)
            if number:
                self.open_client(str(number))

    def _client_changed(self, _number: str) -> None:
        self.refresh()

    # -- texts ----------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.lang = lang
        for model in (self.model, self.follow_ups_model, self.renewals_model):
            model.lang = lang
            model.retranslate()
        self.page.set_language(lang)
        self.retranslate()
        if not self._stale["follow_ups"]:
            self.refresh_follow_ups()
        if not self._stale["renewals"]:
            self.refresh_renewals()

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Client number, name or address"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.view.setAccessibleName(self.tr("Clients"))
        self.open_button.setText(self.tr("&Open client"))
        self.lists.setTabText(0, self.tr("All clients"))
        self.lists.setTabText(1, self.tr("Follow-ups due"))
        self.lists.setTabText(2, self.tr("Renewals"))
        self.follow_ups_view.setAccessibleName(self.tr("Follow-ups due"))
        self.renewals_view.setAccessibleName(self.tr("Renewals"))
        self.renewals_button.setText(self.tr("&Check again"))
        if self._stale["renewals"]:
            self.renewals_label.setText(self.tr("The renewal check prices every client's "
                                                "contract with the installed tariffs."))
        for model in (self.model, self.follow_ups_model, self.renewals_model):
            model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _fit(view: QTableView, widest: dict[int, int]) -> None:
    """Columns as wide as their contents, long texts (names, addresses) at most ``widest``
    pixels, so that the figures stay in sight."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for col, width in widest.items():
        header.resizeSection(col, min(header.sectionSize(col), width))
