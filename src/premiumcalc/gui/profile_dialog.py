"""Settings: the broker's own details, stored in the profile file the CLI and the PDF read."""

from __future__ import annotations

import shutil
from pathlib import Path

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from premiumcalc.fileio import WriteError
from premiumcalc.gui.file_actions import remember_folder, start_in
from premiumcalc.gui.messages import field_value_text, profile_error_text
from premiumcalc.pdf.profile import (
    BrokerProfile,
    ProfileError,
    default_profile_path,
    load_profile,
    save_profile,
)


class ProfileDialog(QDialog):
    """Edits the broker profile; a broken file is shown, kept aside, and never lost silently.

    The dialog shows the letterhead's fields; the rest of the profile (business-letter
    details, chamber, remuneration, holdings, bank details) is edited in the profile file
    and kept as it is when the dialog saves.
    """

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.path = path or default_profile_path()
        self.setWindowTitle(self.tr("Broker profile"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.name = QLineEdit()
        self.company = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.register_number = QLineEdit()
        self.status = QComboBox()
        self.status.addItem(self.tr("Broker (§ 34d (1) GewO)"), "broker")
        self.status.addItem(self.tr("Tied agent (§ 34d (7) GewO)"), "agent")
        self.logo = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose a logo file"))
        browse.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        form = QFormLayout()
        fields: list[tuple[str, str, QWidget]] = [
            (self.tr("&Name:"), self.tr("Broker name"), self.name),
            (self.tr("&Company:"), self.tr("Company"), self.company),
            (self.tr("&Address:"), self.tr("Address"), self.address),
            (self.tr("&Phone:"), self.tr("Phone"), self.phone),
            (self.tr("&E-mail:"), self.tr("E-mail"), self.email),
            (self.tr("&Register number:"), self.tr("Register number"), self.register_number),
            (self.tr("&Status:"), self.tr("Status"), self.status),
        ]
        for text, name, widget in fields:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        logo_label = QLabel(self.tr("&Logo (PNG or JPEG):"))
        logo_label.setBuddy(self.logo)
        self.logo.setAccessibleName(self.tr("Logo file"))
        form.addRow(logo_label, logo_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._broken = False
        self._loaded = BrokerProfile()
        try:
            profile = load_profile(self.path)
            self.problem.hide()
        except ProfileError as exc:
            self._broken = True
            profile = BrokerProfile()
            message = profile_error_text(exc)
            keep = self.tr("Saving keeps the broken file as {backup}.").format(
                backup=self.path.name + ".broken")
            self.problem.setText(message + "\n" + keep)
        self.set_profile(profile)

    def set_profile(self, profile: BrokerProfile) -> None:
        self._loaded = profile
        if profile.status == "other" and self.status.findData("other") < 0:
            # a status the profile names in its own words: shown as it is, kept on saving
            self.status.addItem(profile.status_text or "other", "other")
        self.name.setText(profile.name)
        self.company.setText(profile.company)
        self.address.setPlainText(profile.address)
        self.phone.setText(profile.phone)
        self.email.setText(profile.email)
        self.register_number.setText(profile.register_number)
        self.status.setCurrentIndex(max(0, self.status.findData(profile.status)))
        self.logo.setText(profile.logo)

    def profile(self) -> BrokerProfile:
        """The profile as edited: the dialog's fields over the loaded profile's others.
        Raises ``pydantic.ValidationError`` for a field that is not allowed."""
        shown = {
            "name": self.name.text(), "company": self.company.text(),
            "address": self.address.toPlainText(), "phone": self.phone.text(),
            "email": self.email.text(), "register_number": self.register_number.text(),
            "status": self.status.currentData(), "logo": self.logo.text(),
        }
        return BrokerProfile.model_validate({**self._loaded.model_dump(), **shown})

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), self.logo.text() or start_in(),
            self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            remember_folder(name)
            self.logo.setText(name)

    def accept(self) -> None:
        try:
            profile = self.profile()
        except ValidationError as exc:
            self.problem.setText(self.tr("The profile could not be saved: {error}")
                                 .format(error=field_value_text(exc)))
            self.problem.show()
            return
        try:
            if self._broken and self.path.exists():
                shutil.copy2(self.path, self.path.with_name(self.path.name + ".broken"))
            save_profile(profile, self.path)
        except (WriteError, OSError) as exc:
            self.problem.setText(self.tr("The profile could not be saved: {error}")
                                 .format(error=exc))
            self.problem.show()
            return
        super().accept()
