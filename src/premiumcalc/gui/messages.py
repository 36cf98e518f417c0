"""The window's words for problems the core reports in English: a damaged quote database
that was set aside, and a broker profile that cannot be read."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from pydantic import ValidationError

    from premiumcalc.pdf.profile import ProfileError
    from premiumcalc.quotes.errors import CorruptionNotice


def corruption_text(notice: CorruptionNotice) -> str:
    """What happened to a damaged quote database, in the window's language."""
    return QCoreApplication.translate(
        "Messages", "The quote database {path} could not be read ({reason}). It was kept as "
        "{kept} in the same folder and a new, empty database was started. Earlier copies "
        "are in {backups}.").format(path=str(notice.path), reason=notice.reason,
                                    kept=notice.moved_to.name,
                                    backups=str(notice.path.parent / "backups"))


def profile_error_text(error: ProfileError) -> str:
    """Why the broker profile cannot be read, in the window's language (the reason the
    system or the checks give stays as they give it)."""
    translate = QCoreApplication.translate
    path = str(error.path) if error.path is not None else ""
    if error.kind == "unreadable":
        return translate("Messages", "The broker profile {path} cannot be read: {reason}.") \
            .format(path=path, reason=error.detail)
    if error.kind == "toml":
        where = re.search(r"line (\d+), column (\d+)", error.detail)
        if where is not None:
            return translate("Messages", "The broker profile {path} is not a valid profile "
                             "file: there is a mistake at line {line}, column {column}.") \
                .format(path=path, line=where[1], column=where[2])
        return translate("Messages", "The broker profile {path} is not a valid profile "
                         "file.").format(path=path)
    if error.kind == "field":
        if not error.detail:
            return translate("Messages", "The broker profile {path} has a field “{field}” "
                             "that a profile does not have (check the spelling).") \
                .format(path=path, field=error.field)
        return translate("Messages", "The broker profile {path} has a value in the field "
                         "“{field}” that is not allowed: {reason}").format(
            path=path, field=error.field, reason=error.detail)
    return str(error)


def field_value_text(error: ValidationError) -> str:
    """The first field of the broker profile whose value is not allowed, and why."""
    first = error.errors()[0]
    field = ".".join(str(p) for p in first["loc"])
    reason = str(first["msg"]).removeprefix("Value error, ")
    return QCoreApplication.translate(
        "Messages", "The field “{field}” has a value that is not allowed: {reason}").format(
        field=field, reason=reason)
