"""How the window marks an input it cannot take, and a result that is out of date: colour
and a sign in the text (never colour alone), the same everywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

WARNING_SIGN = "⚠"
"""Put before the label of an invalid input and before an out-of-date notice."""

INVALID_BACKGROUND = "#fde2e1"
INVALID_BORDER = "#b3261e"
NOTICE_STYLE = (f"QLabel {{ background: {INVALID_BACKGROUND}; border: 1px solid "
                f"{INVALID_BORDER}; padding: 4px; color: #5c0f0a; }}")
"""The look of an out-of-date notice over a result."""


def mark_input(widget: QWidget, bad: bool, label: QLabel | None = None,
               label_text: str = "") -> None:
    """Highlight ``widget`` (colour and border) while ``bad``, and put the warning sign before
    ``label``'s text ``label_text`` (which keeps its mnemonic)."""
    if bool(widget.property("marked")) != bad:
        widget.setProperty("marked", bad)
        selector = widget.metaObject().className()
        widget.setStyleSheet(f"{selector} {{ background: {INVALID_BACKGROUND}; border: 2px "
                             f"solid {INVALID_BORDER}; }}" if bad else "")
    if label is not None:
        label.setText(f"{WARNING_SIGN} {label_text}" if bad else label_text)


def make_notice() -> QLabel:
    """A hidden out-of-date notice: plain text, wrapped, styled."""
    from PySide6.QtCore import Qt

    notice = QLabel()
    notice.setObjectName("outdatedNotice")
    notice.setWordWrap(True)
    notice.setTextFormat(Qt.TextFormat.PlainText)
    notice.setStyleSheet(NOTICE_STYLE)
    notice.setVisible(False)
    return notice


def field_title(field: str) -> str:
    """The name of a request field as the form calls it, in the window's language."""
    translate = QCoreApplication.translate
    names = {
        "tariff": translate("FieldNames", "Tariff"),
        "profession": translate("FieldNames", "Profession"),
        "revenue": translate("FieldNames", "Annual revenue"),
        "claims": translate("FieldNames", "Prior claims"),
        "cover": translate("FieldNames", "Cover per claim"),
        "deductible": translate("FieldNames", "Deductible"),
        "start": translate("FieldNames", "Start of cover"),
        "term": translate("FieldNames", "Term"),
        "payment": translate("FieldNames", "Payment"),
        "country": translate("FieldNames", "Country"),
        "modules": translate("FieldNames", "Modules"),
        "module": translate("FieldNames", "Modules"),
        "yes": translate("FieldNames", "Risk questions"),
        "startup": translate("FieldNames", "Start-up"),
        "require": translate("FieldNames", "Requirements of the client"),
        "scenario": translate("FieldNames", "Claim scenarios"),
        "scenarios": translate("FieldNames", "Claim scenarios"),
        "client_name": translate("FieldNames", "Client name"),
        "client_address": translate("FieldNames", "Client address"),
    }
    key = field.split(" ", 1)[0]  # "scenarios lost-client-key": the field is the first word
    return names.get(key, field)
