"""The About box: version, installed tariff versions and licences."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

import premiumcalc
from premiumcalc.tariffs import TariffSet

LICENCES = (
    "premiumcalc: MIT · Qt {qt} / Qt for Python: LGPL-3.0 · pydantic: MIT · "
    "Babel: BSD-3-Clause · platformdirs: MIT · ReportLab: BSD"
)


def about_html(tariffs: TariffSet) -> str:
    translate = QCoreApplication.translate
    line = translate("About", "{insurer} – {product}: version {version}, valid from {date}")
    intro = translate(
        "About", "Offline premium calculator for professional indemnity insurance of IT "
        "professionals.")
    installed = translate("About", "Installed tariffs")
    licences = translate("About", "Licences")
    fictional = translate("About", "The sample tariffs are fictional and belong to no real insurer.")
    rows = "".join(
        "<li>" + escape(line.format(insurer=t.tariff.insurer, product=t.tariff.product,
                                    version=t.tariff.version,
                                    date=t.tariff.valid_from.isoformat())) + "</li>"
        for t in tariffs
    )
    return (
        f"<h3>premiumcalc {escape(premiumcalc.__version__)}</h3><p>{escape(intro)}</p>"
        f"<p><b>{escape(installed)}</b></p><ul>{rows}</ul>"
        f"<p><b>{escape(licences)}</b><br>{escape(LICENCES.format(qt=qVersion()))}</p>"
        f"<p>{escape(fictional)}</p>"
    )


def show_about(parent: QWidget, tariffs: TariffSet) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About premiumcalc"),
                      about_html(tariffs))
