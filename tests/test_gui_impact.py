"""Tools → Tariffs → Impact on saved quotes and Differences in the window (handbook §12).

The figures come from the handbook: the §8 request prices to 726.65 with Nordlicht 2026-01
and, for a start on 2027-03-01, to 745.40 with 2027-01 (§11): 18.75 more, +2.58 %. The
store is a real SQLite file and, when configured, a schema of its own on PostgreSQL.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from premiumcalc.cli import main
from premiumcalc.gui.diff_dialog import DiffDialog
from premiumcalc.gui.i18n import translators
from premiumcalc.gui.impact_dialog import ImpactDialog
from premiumcalc.gui.main_window import MainWindow
from premiumcalc.gui.tariffs_dialog import TariffsDialog
from premiumcalc.paths import resource
from premiumcalc.pricing import build_request
from premiumcalc.quotes import QuoteStore, open_store
from premiumcalc.tariffs import load_catalog, load_tariffs
from test_quotes_helpers import worked_example
from test_quotes_store import db_url, pg_db, pg_url, store  # noqa: F401  (fixtures)
from test_tariff_impact import _snapshot

CATALOG = load_catalog()
V2026 = resource("tariffs", "nordlicht-it-2026.toml")
V2027 = resource("tariffs", "nordlicht-it-2026-v2027-01.toml")
NBSP = "\u00a0"
#: The §8 request on the command line.
QUOTE = ["quote", "--tariff", "nordlicht-it-2026", "--profession", "software-development",
         "--revenue", "180000", "--cover", "1000000", "--deductible", "500",
         "--module", "general-liability", "--module", "cyber", "--startup", "--term", "3",
         "--payment", "monthly", "--scenario", "lost-client-key"]


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    translators.install("en")


class Dialogs:
    """Stand-ins for the message boxes and file dialogs, recording what they were asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.warnings: list[str] = []
        self.infos: list[str] = []
        self.open_file = ""
        self.save_file = ""
        self.shown: list[QDialog] = []

        def warning(_parent: object, _title: str, text: str, *a: object) -> Any:
            self.warnings.append(text)
            return QMessageBox.StandardButton.Ok

        def information(_parent: object, _title: str, text: str, *a: object) -> Any:
            self.infos.append(text)
            return QMessageBox.StandardButton.Ok

        def shown(dialog: QDialog) -> int:
            self.shown.append(dialog)
            return 0

        monkeypatch.setattr(QMessageBox, "warning", warning)
        monkeypatch.setattr(QMessageBox, "information", information)
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            lambda *a, **k: (self.open_file, "Tariff files (*.toml)"))
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, **k: (self.save_file, "CSV files (*.csv)"))
        monkeypatch.setattr(ImpactDialog, "exec", shown)
        monkeypatch.setattr(DiffDialog, "exec", shown)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def save_quotes(store: QuoteStore, url: str) -> dict[str, str]:  # noqa: F811
    """The §8 request saved for a start on 2027-03-01 while only 2026-01 was installed
    (726.65), the same request saved now on the command line for 2027-05-01 (priced with
    2027-01: 745.40), a referred one (revenue above the last band) and one starting in 2026
    (not affected)."""
    installed = load_tariffs(include_user_dir=False)
    v2026 = installed.get("nordlicht-it-2026", date(2026, 12, 31))
    assert v2026 is not None and v2026.version == "2026-01"

    def old(client: str, start: date, **changes: Any) -> str:
        data = {**worked_example(), "start": start.isoformat(), **changes}
        return store.save_quote(build_request(data), v2026, client_name=client,
                                now=datetime(2026, 11, 2, 12, tzinfo=UTC)).number

    numbers = {"early": old("Anna Früh GmbH", date(2027, 3, 1)),
               "before": old("Bernd Vorher KG", date(2026, 12, 31)),
               "referred": old("Emil Rückfrage GmbH", date(2027, 4, 1), revenue="5000000")}
    code, out, err = _cli(*QUOTE, "--start", "2027-05-01", "--save", "--client-name",
                          "Zora Aktuell AG", "--db", url, "--format", "json")
    assert code == 0, err
    saved = json.loads(out)
    assert saved["premium"]["gross_annual"] == "745.40"  # handbook §11
    numbers["current"] = saved["quote_number"]
    return numbers


def tariffs_dialog(qtbot: QtBot, store: QuoteStore | None) -> TariffsDialog:  # noqa: F811
    dialog = TariffsDialog(load_tariffs(catalog=CATALOG), CATALOG, store=store)
    qtbot.addWidget(dialog)
    return dialog


def summary_texts(dialog: ImpactDialog) -> dict[str, str]:
    """The summary as shown: caption → value, top to bottom."""
    values = (dialog.count_label, dialog.rising_label, dialog.falling_label,
              dialog.unchanged_label, dialog.status_label, dialog.total_label)
    return {caption.text(): value.text()
            for caption, value in zip(dialog.captions, values, strict=True)}


def row_of(dialog: ImpactDialog, number: str) -> dict[str, str]:
    from premiumcalc.quotes.impact import COLUMNS

    r = dialog.row_texts("number").index(number)
    return {c: dialog.row_texts(c)[r] for c in COLUMNS}


# ---------------------------------------------------------------------------------------


def test_the_impact_shows_the_summary_and_the_affected_quotes_in_german(
        qtbot: QtBot, store: QuoteStore, db_url: str, dialogs: Dialogs) -> None:  # noqa: F811
    numbers = save_quotes(store, db_url)
    before = _snapshot(db_url)
    translators.install("de")
    tariffs = tariffs_dialog(qtbot, store)
    dialogs.open_file = str(V2027)
    qtbot.mouseClick(tariffs.impact_button, Qt.MouseButton.LeftButton)
    assert dialogs.warnings == []
    (impact,) = dialogs.shown
    assert isinstance(impact, ImpactDialog)
    qtbot.addWidget(impact)
    assert _snapshot(db_url) == before  # nothing saved changed

    assert "2027-01" in impact.heading.text() and "01.01.2027" in impact.heading.text()
    assert summary_texts(impact) == {
        "Betroffene gespeicherte Angebote:": "3", "Steigend:": "1", "Sinkend:": "0",
        "Unverändert:": "1", "Nicht beide Male angeboten:": "1",
        "Differenz gesamt:": f"+18,75{NBSP}€"}
    # Only the quotes starting in 2027 (from 2027-01-01), by quote number.
    assert impact.row_texts("number") == sorted(
        [numbers["early"], numbers["referred"], numbers["current"]])
    early = row_of(impact, numbers["early"])
    assert early["client"] == "Anna Früh GmbH"
    assert early["start"] == "01.03.2027"
    assert (early["old_status"], early["new_status"]) == ("angeboten", "angeboten")
    assert early["old_gross"] == f"726,65{NBSP}€"
    assert early["new_gross"] == f"745,40{NBSP}€"
    assert early["difference"] == f"+18,75{NBSP}€"
    assert early["percent"] == f"+2,58{NBSP}%"
    assert early["changed_steps"].startswith("base: 430.00 → 447.20; core: 490.20 → 509.81")
    current = row_of(impact, numbers["current"])
    assert (current["old_gross"], current["new_gross"], current["difference"]) == (
        f"745,40{NBSP}€", f"745,40{NBSP}€", f"0,00{NBSP}€")
    referred = row_of(impact, numbers["referred"])
    assert (referred["old_status"], referred["new_status"]) == ("zur Prüfung", "zur Prüfung")
    assert (referred["old_gross"], referred["difference"], referred["percent"]) == (
        "–", "–", "–")
    assert [impact.model.headerData(c, Qt.Orientation.Horizontal) for c in (0, 7)] == [
        "Nummer", "Differenz"]


def test_sorting_by_difference_orders_by_amount_and_csv_export_reads_back(
        qtbot: QtBot, tmp_path: Path, dialogs: Dialogs) -> None:
    db = str(tmp_path / "quotes.db")
    with open_store(db, daily_backup=False) as opened:
        numbers = save_quotes(opened, db)
        tariffs = tariffs_dialog(qtbot, opened)
        impact = tariffs.show_impact(str(V2027))
    assert isinstance(impact, ImpactDialog)
    qtbot.addWidget(impact)
    column = impact.row_texts("number")
    assert len(column) == 3
    header = impact.table.horizontalHeader()
    # A click on the header of "Difference": the smallest first, the referred one (none) on top.
    diff_col = 7
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(diff_col) + 5, 5))
    order = impact.row_texts("difference")
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        order.reverse()
    assert order == ["–", "€0.00", "+€18.75"]
    impact.table.sortByColumn(diff_col, Qt.SortOrder.DescendingOrder)
    assert impact.row_texts("number") == [numbers["early"], numbers["current"],
                                          numbers["referred"]]
    # Sorting by client sorts by name, not by number.
    impact.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert impact.row_texts("client") == ["Anna Früh GmbH", "Emil Rückfrage GmbH",
                                          "Zora Aktuell AG"]

    # Export CSV…: the file the command line writes, in the report's order whatever the sort.
    dialogs.save_file = str(tmp_path / "impact.csv")
    qtbot.mouseClick(impact.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.warnings == []
    written = (tmp_path / "impact.csv").read_bytes()
    rows = list(csv.DictReader(io.StringIO(written.decode("utf-8"), newline="")))
    assert [r["number"] for r in rows] == sorted(numbers[k] for k in
                                                 ("early", "referred", "current"))
    early = next(r for r in rows if r["number"] == numbers["early"])
    assert early["client"] == "Anna Früh GmbH"
    assert early["start"] == "2027-03-01"
    assert (early["old_status"], early["new_status"]) == ("quoted", "quoted")
    assert (early["old_gross"], early["new_gross"]) == ("726.65", "745.40")
    assert (early["difference"], early["percent"]) == ("18.75", "2.58")
    assert early["changed_steps"].split("; ")[0] == "base: 430.00 → 447.20"
    assert early["changed_steps"].split("; ")[-1] == "gross_annual: 726.65 → 745.40"
    referred = next(r for r in rows if r["number"] == numbers["referred"])
    assert (referred["old_gross"], referred["difference"], referred["changed_steps"]) == (
        "", "", "")
    code, _out, err = _cli("tariffs", "impact", str(V2027), "--db", db, "--format", "csv",
                          "-o", str(tmp_path / "cli.csv"))
    assert code == 0, err
    assert written == (tmp_path / "cli.csv").read_bytes()


def test_tools_tariffs_in_the_window_assesses_the_windows_saved_quotes(
        qtbot: QtBot, tmp_path: Path, dialogs: Dialogs,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(tmp_path / "quotes.db", daily_backup=False) as opened:
        numbers = save_quotes(opened, str(tmp_path / "quotes.db"))
        window = MainWindow(load_tariffs(catalog=CATALOG), CATALOG, "en")
        qtbot.addWidget(window)
        window.open_history(opened)
        opened_dialogs: list[TariffsDialog] = []

        def run(dialog: TariffsDialog) -> int:
            opened_dialogs.append(dialog)
            dialogs.open_file = str(V2027)
            dialog.impact_button.click()
            return 0

        monkeypatch.setattr(TariffsDialog, "exec", run)
        window.market.tariffs_action.trigger()
    assert len(opened_dialogs) == 1
    (impact,) = dialogs.shown
    assert isinstance(impact, ImpactDialog)
    assert numbers["early"] in impact.row_texts("number")
    assert impact.total_label.text() == "+€18.75"


def test_no_quotes_in_the_period_and_no_store(qtbot: QtBot, tmp_path: Path,
                                              dialogs: Dialogs) -> None:
    with open_store(tmp_path / "quotes.db", daily_backup=False) as opened:
        tariffs = tariffs_dialog(qtbot, opened)
        impact = tariffs.show_impact(str(V2027))
    assert isinstance(impact, ImpactDialog)
    assert impact.row_texts("number") == []
    assert impact.count_label.text() == "0"
    assert not impact.empty_label.isHidden()
    assert "No saved quote of nordlicht-it-2026" in impact.empty_label.text()
    assert not impact.export_button.isEnabled()

    without = tariffs_dialog(qtbot, None)
    assert without.show_impact(str(V2027)) is None
    assert len(dialogs.infos) == 1 and "not open" in dialogs.infos[0]


def test_bad_files_show_the_command_lines_line(qtbot: QtBot, tmp_path: Path,
                                               dialogs: Dialogs) -> None:
    db = tmp_path / "quotes.db"
    # Another version starting with 2027-01: both would be valid in 2027 (overlap).
    clash = tmp_path / "clash.toml"
    clash.write_text(V2027.read_text("utf-8").replace('version = "2027-01"',
                                                      'version = "2027-02"'), "utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text('format = 1\nid = "x"\n', "utf-8")
    failing = tmp_path / "failing.toml"
    failing.write_text(V2027.read_text("utf-8").replace('gross_annual = "745.40"',
                                                        'gross_annual = "745.41"'), "utf-8")
    with open_store(db, daily_backup=False) as opened:
        tariffs = tariffs_dialog(qtbot, opened)
        for path, word in ((clash, "overlap"), (broken, "broken.toml"), (failing, "check"),
                           (tmp_path / "missing.toml", "missing.toml")):
            dialogs.warnings.clear()
            assert tariffs.show_impact(str(path)) is None
            (shown,) = dialogs.warnings
            assert word in shown
            code, _out, err = _cli("tariffs", "impact", str(path), "--db", str(db))
            assert code == 2
            assert err == f"premiumcalc: error: {shown}\n"
    assert dialogs.shown == []


def test_differences_of_the_two_nordlicht_versions(qtbot: QtBot, tmp_path: Path,
                                                   dialogs: Dialogs) -> None:
    tariffs = tariffs_dialog(qtbot, None)
    tariffs.fill()
    assert not tariffs.diff_button.isEnabled()  # nothing selected
    row = tariffs.row_texts(2).index("2026-01")
    tariffs.table.selectRow(row)
    assert tariffs.diff_button.isEnabled()
    dialogs.open_file = str(V2027)
    qtbot.mouseClick(tariffs.diff_button, Qt.MouseButton.LeftButton)
    (diff,) = dialogs.shown
    assert isinstance(diff, DiffDialog)
    qtbot.addWidget(diff)
    texts = diff.column_texts(3)
    base = [t for t in texts if t.startswith("base ")]
    assert len(base) == 15
    assert "base B band 2: 430.00 → 447.20" in base
    assert "base A band 1: 240.00 → 249.60" in base
    assert "base C band 5: 1860.00 → 1934.40" in base
    r = texts.index("base B band 2: 430.00 → 447.20")
    assert [diff.column_texts(c)[r] for c in range(3)] == ["base_premium.B[1]", "430.00",
                                                           "447.20"]
    assert "version: 2026-01 → 2027-01" in texts
    assert diff.heading.text() == (
        "Differences from nordlicht-it-2026.toml (version 2026-01) to "
        f"nordlicht-it-2026-v2027-01.toml (version 2027-01): {len(texts)}")

    # A broken file: the command line's line; nothing shown.
    broken = tmp_path / "broken.toml"
    broken.write_text('format = 1\nid = "x"\n', "utf-8")
    dialogs.shown.clear()
    assert tariffs.show_differences(str(broken)) is None
    (shown,) = dialogs.warnings
    code, _out, err = _cli("tariffs", "diff", str(V2026), str(broken))
    assert code == 2 and err == f"premiumcalc: error: {shown}\n"
    assert dialogs.shown == []


def test_differences_in_german(qtbot: QtBot, dialogs: Dialogs) -> None:
    translators.install("de")
    tariffs = tariffs_dialog(qtbot, None)
    tariffs.fill()
    assert tariffs.diff_button.text() == "&Unterschiede …"
    row = tariffs.row_texts(2).index("2026-01")
    tariffs.table.selectRow(row)
    diff = tariffs.show_differences(str(V2027))
    assert isinstance(diff, DiffDialog)
    assert "Grundbeitrag B Band 2: 430,00 → 447,20" in diff.column_texts(3)
    header = diff.table.horizontalHeaderItem(3)
    assert header is not None and header.text() == "Änderung"
