"""The start of cover (handbook §11): a date field with a calendar, written into the
request's ``start``. The window prices with each tariff's version valid on that day; when the
chosen tariff has none, the field says so and names the versions with their periods."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QVBoxLayout, QWidget

from premiumcalc.gui.quote_state import QuoteState
from premiumcalc.pricing.request import FIRST_START, LAST_START
from premiumcalc.tariffs import LoadedTariff


def date_text(day: dt.date, lang: str) -> str:
    """``01.03.2027`` in German, ``2027-03-01`` in English."""
    return day.strftime("%d.%m.%Y") if lang == "de" else day.isoformat()


def period_text(loaded: LoadedTariff, lang: str) -> str:
    """A version's effective period in words: “2026-02 from 01.02.2026” or “... to ...”."""
    start, until = loaded.period
    if until is None:
        return QCoreApplication.translate("StartEdit", "{version} from {start}").format(
            version=loaded.version, start=date_text(start, lang))
    return QCoreApplication.translate("StartEdit", "{version} from {start} to {until}").format(
        version=loaded.version, start=date_text(start, lang), until=date_text(until, lang))


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class StartEdit(QWidget):
    """The date field and, below it, why the chosen tariff cannot price that start."""

    def __init__(self, state: QuoteState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("startEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDateRange(_qdate(FIRST_START), _qdate(LAST_START))
        self.reason = QLabel()
        self.reason.setObjectName("startReason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit)
        layout.addWidget(self.reason)
        self.setFocusProxy(self.date_edit)
        self.date_edit.dateChanged.connect(self._changed)
        state.sig_values_changed.connect(self.refresh)
        state.sig_outcome_changed.connect(lambda _o: self._show_reason())
        state.sig_invalid.connect(lambda _f, _m: self._show_reason())
        self.retranslate()

    def _changed(self, date: QDate) -> None:
        self.state.set_value("start", dt.date(date.year(), date.month(), date.day()))

    def refresh(self) -> None:
        start = self.state.value("start")
        if isinstance(start, dt.date) and self.date_edit.date() != _qdate(start):
            with QSignalBlocker(self.date_edit):
                self.date_edit.setDate(_qdate(start))
        self._show_reason()

    def _show_reason(self) -> None:
        text = self.no_version_text()
        self.reason.setText(text)
        self.reason.setVisible(bool(text))

    def no_version_text(self) -> str:
        """Why the chosen tariff cannot price the start, or "" when it can."""
        start = self.state.value("start")
        tariff_id = self.state.value("tariff")
        versions = self.state.tariffs.versions.get(tariff_id, [])
        if not isinstance(start, dt.date) or not versions \
                or self.state.tariffs.get(tariff_id, start) is not None:
            return ""
        lang = self.state.lang
        return self.tr("This tariff has no version valid for a start on {start} ({versions}).") \
            .format(start=date_text(start, lang),
                    versions=", ".join(period_text(v, lang) for v in versions))

    def retranslate(self) -> None:
        lang = self.state.lang
        self.date_edit.setDisplayFormat("dd.MM.yyyy" if lang == "de" else "yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Start of cover"))
        self.reason.setAccessibleName(self.tr("Start of cover problem"))
        self.refresh()
