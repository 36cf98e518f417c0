"""File → Hand over first information: the broker's first information (§ 15 VersVermV) made
from the broker profile, recorded in the quote store as handed to a client (when, how) with
the PDF, and offered for saving or printing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from premiumcalc.gui.advice_record import when_of
from premiumcalc.pricing import InvalidInput
from premiumcalc.quotes.errors import StoreError

if TYPE_CHECKING:
    from premiumcalc.quotes.advice_records import FirstInfoHandover
    from premiumcalc.quotes.store import QuoteStore

#: How a first information can be handed over (as the store records it).
WAYS = ("in-person", "post", "email")


class FirstInfoDialog(QDialog):
    """Asks to whom, how and when the first information was handed; OK records it."""

    def __init__(self, store: QuoteStore, lang: str, client_name: str = "",
                 client_address: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.handover: FirstInfoHandover | None = None
        self.pdf: bytes = b""
        self.setWindowTitle(self.tr("Hand over first information"))
        self.name = QLineEdit(" ".join(client_name.split()))
        self.address = QPlainTextEdit(client_address)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(70)
        self.how = QComboBox()
        for way, text in zip(WAYS, (self.tr("In person"), self.tr("Post"),
                                    self.tr("E-mail")), strict=True):
            self.how.addItem(text, way)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        intro = QLabel(self.tr("The first information (§ 15 VersVermV) is made from your broker "
                               "profile and recorded as handed to this client, with the PDF."))
        intro.setWordWrap(True)
        form = QFormLayout()
        for text, name, widget in (
                (self.tr("&Client:"), self.tr("Client's name"), self.name),
                (self.tr("&Address:"), self.tr("Client's address"), self.address),
                (self.tr("&Handed over:"), self.tr("How it was handed over"), self.how),
                (self.tr("&Date and time:"), self.tr("When it was handed over"), self.when)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def record(self) -> FirstInfoHandover | None:
        """Make the document and record the handover; a problem is shown and nothing is
        recorded."""
        from premiumcalc.pdf.duties import IncompleteProfile, render_first_information
        from premiumcalc.pdf.profile import ProfileError, load_profile
        from premiumcalc.quotes import advice_records as ar

        title = self.tr("First information not recorded")
        moment = when_of(self.when)
        try:
            profile = load_profile()
            data = render_first_information(profile, lang=self.lang, date=moment.date())
            saved = ar.record_first_information(
                self.store, client_name=self.name.text(),
                client_address=self.address.toPlainText(), handed_over_at=moment,
                how=str(self.how.currentData()), profile=profile.model_dump(mode="json"),
                lang=self.lang, pdf=data)
        except IncompleteProfile as exc:
            QMessageBox.warning(self, title, self.tr(
                "The broker profile lacks what a first information needs: {0}\n\nComplete it "
                "under Tools → Broker profile (or in the profile file).").format(
                "; ".join(exc.missing)))
            return None
        except ProfileError as exc:
            QMessageBox.warning(self, title, str(exc))
            return None
        except (InvalidInput, StoreError) as exc:
            QMessageBox.warning(self, title, str(exc))
            return None
        self.handover, self.pdf = saved, data
        self.accept()
        return saved
