"""What the window keeps between starts, and the broker profile dialog."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from premiumcalc.gui.gui_settings import open_settings
from premiumcalc.gui.main_window import MainWindow
from premiumcalc.gui.profile_dialog import ProfileDialog
from premiumcalc.paths import user_config_dir
from premiumcalc.pdf.profile import default_profile_path, load_profile
from premiumcalc.tariffs import load_catalog, load_tariffs


def open_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow(load_tariffs(), load_catalog(), "en", open_settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def outcome_status(window: MainWindow) -> str:
    outcome = window.current_outcome()
    assert outcome is not None
    return outcome.status


def test_settings_live_in_the_user_config_folder() -> None:
    assert Path(open_settings().fileName()).parent == user_config_dir()


def test_request_geometry_and_splitters_are_restored_after_a_restart(qtbot: QtBot) -> None:
    first = open_window(qtbot)
    form = first.form
    form.tariff_combo.setCurrentIndex(form.tariff_combo.findData("rheinauen-digital-2026"))
    form.revenue_edit.setText("250,000.50")
    form.client_name_edit.setText("Nordwind IT GmbH")
    form.module_checks["cyber"].click()
    form.payment_combo.setCurrentIndex(form.payment_combo.findData("quarterly"))
    first.details.setCurrentIndex(2)
    first.resize(780, 560)  # inside the offscreen screen (800 × 600)
    first.splitter.setSizes([330, 440])
    sizes = first.splitter.sizes()
    gross = first.result_panel.gross_annual_label.text()
    first.close()

    second = open_window(qtbot)
    assert second.form.tariff_combo.currentData() == "rheinauen-digital-2026"
    assert second.form.revenue_edit.text() == "250,000.50"
    assert second.form.client_name_edit.text() == "Nordwind IT GmbH"
    assert second.form.module_checks["cyber"].isChecked()
    assert second.form.payment_combo.currentData() == "quarterly"
    assert second.details.currentIndex() == 2
    assert (second.width(), second.height()) == (780, 560)
    assert second.splitter.sizes() == sizes
    assert second.result_panel.gross_annual_label.text() == gross


def test_a_damaged_settings_file_does_not_stop_the_window(qtbot: QtBot) -> None:
    settings = open_settings()
    settings.setValue("quote/last", '{"revenue": "-5", "cover": "lots", "modules": 3}')
    settings.setValue("window/geometry", "not a geometry")
    settings.sync()
    window = open_window(qtbot)
    assert outcome_status(window) == "quoted"


def test_broker_profile_is_saved_for_the_cli_and_the_pdf(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(logo), "")))
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("Erika Muster")
    dialog.company.setText("Muster Assekuranzmakler GmbH")
    dialog.address.setPlainText("Hafenstraße 1\n20457 Hamburg")
    dialog.register_number.setText("D-ABCD-EFGHI-12")
    dialog.status.setCurrentIndex(dialog.status.findData("agent"))
    dialog._choose_logo()
    dialog.accept()
    profile = load_profile()
    assert profile.name == "Erika Muster"
    assert profile.address == "Hafenstraße 1\n20457 Hamburg"
    assert profile.status == "agent"
    assert profile.logo == str(logo)


def test_a_broken_profile_is_shown_and_kept_when_saving(qtbot: QtBot) -> None:
    path = default_profile_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[broker\nname = ", encoding="utf-8")
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.problem.isVisible()
    assert "broker-profile.toml" in dialog.problem.text()
    dialog.name.setText("Neu")
    dialog.accept()
    assert load_profile().name == "Neu"
    assert path.with_name(path.name + ".broken").read_text(encoding="utf-8") == "[broker\nname = "


def test_a_saved_request_beyond_the_limits_falls_back_to_the_defaults(qtbot: QtBot) -> None:
    settings = open_settings()
    settings.setValue("quote/last", json.dumps({
        "revenue": "1000000000000", "claims": 100, "term": 10**40, "cover": "9" * 5000,
        "client_name": "N" * 1_000_000, "client_address": "\n".join(["A"] * 5),
        "payment": "quarterly", "startup": "ja",
    }))
    settings.sync()
    window = open_window(qtbot)
    state = window.state
    assert state.value("revenue") == Decimal("100000")  # the window's default
    assert (state.value("claims"), state.value("term"), state.value("cover")) == (0, 1, 1000000)
    assert state.value("client_name") == "" and state.value("client_address") == ""
    assert state.value("payment") == "quarterly" and state.value("startup") is True
    assert outcome_status(window) == "quoted"


def test_a_saved_request_at_the_limits_is_restored(qtbot: QtBot) -> None:
    settings = open_settings()
    settings.setValue("quote/last", json.dumps({
        "revenue": "999999999999.99", "claims": 99, "client_name": "N" * 120,
    }))
    settings.sync()
    window = open_window(qtbot)
    assert window.state.value("revenue") == Decimal("999999999999.99")
    assert window.state.value("claims") == 99
    assert window.state.value("client_name") == "N" * 120
    assert window.form.revenue_edit.text() == "999,999,999,999.99"
    assert outcome_status(window) == "referred"


def test_the_client_name_field_takes_at_most_120_characters(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    window.form.client_name_edit.setText("N" * 500)
    assert window.form.client_name_edit.text() == "N" * 120
    assert window.state.value("client_name") == "N" * 120


def test_profile_dialog_keeps_the_fields_it_does_not_show(qtbot) -> None:  # type: ignore[no-untyped-def]
    path = default_profile_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '[broker]\nname = "Erika Muster"\ncompany = "Muster Assekuranz"\nlegal_form = "GmbH"\n'
        'status = "other"\nstatus_text = "Versicherungsberater (§ 34d Abs. 2 GewO)"\n'
        'chamber = "Handelskammer Hamburg"\nremuneration = "fee"\n'
        'holdings_in_insurers = []\nadvisers = ["Erika Muster", "Tom Probe"]\n'
        'iban = "DE89370400440532013000"\n', encoding="utf-8")
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    assert dialog.status.currentText() == "Versicherungsberater (§ 34d Abs. 2 GewO)"
    dialog.phone.setText("040 123")
    dialog.accept()
    profile = load_profile()
    assert profile.phone == "040 123" and profile.legal_form == "GmbH"
    assert profile.status == "other"
    assert profile.status_text == "Versicherungsberater (§ 34d Abs. 2 GewO)"
    assert profile.chamber == "Handelskammer Hamburg" and profile.remuneration == "fee"
    assert profile.holdings_in_insurers == () and profile.insurer_holdings_in_broker is None
    assert profile.advisers == ("Erika Muster", "Tom Probe")
    assert profile.iban == "DE89 3704 0044 0532 0130 00"


def test_profile_dialog_refuses_a_bad_register_number_naming_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.company.setText("Muster GmbH")
    dialog.register_number.setText("D-12")
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "register_number" in dialog.problem.text()
    assert "D-XXXX-XXXXX-XX" in dialog.problem.text()
    assert not default_profile_path().exists()
