"""Tools → Tariffs in the window: importing a tariff file (validated first, never replacing
silently), removing an added one, and the banner for a broken file in the user folder."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from premiumcalc.gui.compare_model import COLUMNS, TARIFF_ROLE
from premiumcalc.gui.i18n import translators
from premiumcalc.gui.main_window import MainWindow
from premiumcalc.gui.tariffs_dialog import TariffsDialog
from premiumcalc.paths import user_tariff_dir
from premiumcalc.pricing import build_request
from premiumcalc.tariffs import load_catalog, load_tariffs

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "hafenkante-tech-2026.toml"
CATALOG = load_catalog()
REQUEST = build_request({
    "tariff": "nordlicht-it-2026", "profession": "software-development", "revenue": "180000",
    "cover": 1000000, "deductible": 500, "modules": ["general-liability", "cyber"],
    "startup": True, "term": 3, "payment": "monthly"})


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """The windows here install German; leave the application's language as it was."""
    yield
    translators.install("en")


class Dialogs:
    """Stand-ins for the message boxes and the file dialog, recording what they were asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.warnings: list[str] = []
        self.infos: list[str] = []
        self.questions: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes
        self.open_file = ""

        def warning(_parent: object, _title: str, text: str, *a: object) -> Any:
            self.warnings.append(text)
            return QMessageBox.StandardButton.Ok

        def information(_parent: object, _title: str, text: str, *a: object) -> Any:
            self.infos.append(text)
            return QMessageBox.StandardButton.Ok

        def question(_parent: object, _title: str, text: str, *a: object) -> Any:
            self.questions.append(text)
            return self.answer

        monkeypatch.setattr(QMessageBox, "warning", warning)
        monkeypatch.setattr(QMessageBox, "information", information)
        monkeypatch.setattr(QMessageBox, "question", question)
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            lambda *a, **k: (self.open_file, "Tariff files (*.toml)"))


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def make_window(qtbot: QtBot, lang: str = "en") -> MainWindow:
    window = MainWindow(load_tariffs(catalog=CATALOG), CATALOG, lang)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.load_request(REQUEST)
    window.tabs.setCurrentIndex(window.market.tab_index)
    return window


def open_dialog(window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                action: Any = None) -> list[TariffsDialog]:
    """Tools → Tariffs with the dialog's event loop replaced by ``action(dialog)``."""
    opened: list[TariffsDialog] = []

    def run(dialog: TariffsDialog) -> int:
        opened.append(dialog)
        if action is not None:
            action(dialog)
        return 0

    monkeypatch.setattr(TariffsDialog, "exec", run)
    window.market.tariffs_action.trigger()
    return opened


def compared_ids(window: MainWindow) -> list[str]:
    tab = window.market.tab
    return sorted(tab.proxy.index(r, 0).data(TARIFF_ROLE)
                  for r in range(tab.proxy.rowCount()))


def broken_copy(tmp_path: Path) -> Path:
    """The docs example with a misspelt key, a text where a date belongs and no insurer."""
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace('insurer = "Hafenkante Versicherung AG"\n', "")
    text = text.replace("valid_from = ", 'valid_from = "soon" # ', 1)
    text = text.replace("minimum_premium", "minimum_premum", 1)
    path = tmp_path / "hafenkante-broken.toml"
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------


def test_the_dialog_lists_every_installed_tariff(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                 dialogs: Dialogs) -> None:
    window = make_window(qtbot)
    opened = open_dialog(window, monkeypatch)
    dialog = opened[0]
    tariffs = load_tariffs(catalog=CATALOG)
    assert dialog.row_texts(0) == [t.tariff.insurer for t in tariffs]
    assert dialog.row_texts(2) == [t.version for t in tariffs]
    assert dialog.row_texts(3) == [t.tariff.valid_from.isoformat() for t in tariffs]
    assert dialog.row_texts(4) == ["bundled", "bundled"]
    assert dialog.row_texts(6) == [t.sha256 for t in tariffs]
    assert dialog.row_texts(5) == [t.path.name for t in tariffs]
    dialog.table.selectRow(0)
    assert not dialog.remove_button.isEnabled()  # bundled tariffs cannot be removed


def test_an_invalid_file_shows_every_error_and_imports_nothing(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs, tmp_path: Path) -> None:
    window = make_window(qtbot)
    before = compared_ids(window)
    dialogs.open_file = str(broken_copy(tmp_path))
    results: list[bool] = []
    open_dialog(window, monkeypatch, lambda d: results.append(d.import_file()))
    assert results == [False]
    assert len(dialogs.warnings) == 1
    message = dialogs.warnings[0]
    assert "hafenkante-broken.toml" in message
    for field in ("insurer: missing key", "valid_from", "minimum_premum: unknown key",
                  "minimum_premium: missing key"):
        assert field in message
    assert "(line " in message
    assert not user_tariff_dir().exists() or not any(user_tariff_dir().iterdir())
    assert compared_ids(window) == before
    assert window.form.tariff_combo.count() == 2


def test_importing_the_docs_example_adds_a_third_tariff(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    window = make_window(qtbot)
    dialogs.open_file = str(EXAMPLE)
    dialogs.answer = QMessageBox.StandardButton.No  # a question would refuse the import
    open_dialog(window, monkeypatch, lambda d: d.import_file())
    assert dialogs.warnings == [] and dialogs.questions == []
    copy = user_tariff_dir() / EXAMPLE.name
    assert copy.read_bytes() == EXAMPLE.read_bytes()
    assert [p.name for p in user_tariff_dir().iterdir()] == [EXAMPLE.name]  # no temp left
    assert compared_ids(window) == ["hafenkante-tech-2026", "nordlicht-it-2026",
                                    "rheinauen-digital-2026"]
    assert window.form.tariff_combo.findData("hafenkante-tech-2026") >= 0
    assert window.current_outcome() is not None
    tab = window.market.tab
    grosses = [tab.proxy.index(r, COLUMNS.index("gross")).data()
               for r in range(tab.proxy.rowCount())]
    assert all(g.startswith("€") for g in grosses)
    # the dialog lists it as added, with its file's sha256
    opened = open_dialog(window, monkeypatch)
    assert "added" in opened[0].row_texts(4)
    assert hashlib.sha256(EXAMPLE.read_bytes()).hexdigest() in opened[0].row_texts(6)


def test_the_same_file_name_asks_before_replacing(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs, tmp_path: Path) -> None:
    window = make_window(qtbot)
    dialogs.open_file = str(EXAMPLE)
    open_dialog(window, monkeypatch, lambda d: d.import_file())
    # the very same file again: nothing to do, said so
    open_dialog(window, monkeypatch, lambda d: d.import_file())
    assert len(dialogs.infos) == 1 and dialogs.questions == []
    # a newer version under the same name: asked; "No" keeps the installed file
    newer = tmp_path / EXAMPLE.name
    newer.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        'version = "2026-03"', 'version = "2026-07"'), encoding="utf-8")
    dialogs.open_file = str(newer)
    dialogs.answer = QMessageBox.StandardButton.No
    open_dialog(window, monkeypatch, lambda d: d.import_file())
    assert len(dialogs.questions) == 1 and EXAMPLE.name in dialogs.questions[0]
    installed = user_tariff_dir() / EXAMPLE.name
    assert installed.read_bytes() == EXAMPLE.read_bytes()
    dialogs.answer = QMessageBox.StandardButton.Yes
    open_dialog(window, monkeypatch, lambda d: d.import_file())
    assert installed.read_bytes() == newer.read_bytes()
    hafenkante = window.state.tariffs.get("hafenkante-tech-2026")
    assert hafenkante is not None and hafenkante.version == "2026-07"


def test_the_same_tariff_id_in_another_file_asks_and_replaces_it(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs, tmp_path: Path) -> None:
    window = make_window(qtbot)
    dialogs.open_file = str(EXAMPLE)
    open_dialog(window, monkeypatch, lambda d: d.import_file())
    renamed = tmp_path / "hafenkante-2026-07.toml"
    renamed.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        'version = "2026-03"', 'version = "2026-07"'), encoding="utf-8")
    dialogs.open_file = str(renamed)
    open_dialog(window, monkeypatch, lambda d: d.import_file())
    assert len(dialogs.questions) == 1
    assert "hafenkante-tech-2026" in dialogs.questions[0] and "2026-03" in dialogs.questions[0]
    assert sorted(p.name for p in user_tariff_dir().iterdir()) == ["hafenkante-2026-07.toml"]
    assert window.banner.isHidden()  # no "two files with one id" error
    assert len(compared_ids(window)) == 3


def test_a_file_with_a_bundled_id_asks_first(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs, tmp_path: Path) -> None:
    window = make_window(qtbot)
    bundled = load_tariffs(include_user_dir=False).get("nordlicht-it-2026")
    assert bundled is not None
    mine = tmp_path / "nordlicht-own.toml"
    mine.write_bytes(bundled.content.replace(b'version = "2026-01"', b'version = "2026-09"'))
    dialogs.open_file = str(mine)
    dialogs.answer = QMessageBox.StandardButton.No
    open_dialog(window, monkeypatch, lambda d: d.import_file())
    assert "bundled" in dialogs.questions[0]
    assert not (user_tariff_dir() / mine.name).exists()


def test_removing_an_added_tariff_asks_and_deletes_only_that_file(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    window = make_window(qtbot)
    dialogs.open_file = str(EXAMPLE)
    open_dialog(window, monkeypatch, lambda d: d.import_file())
    assert len(compared_ids(window)) == 3

    def remove(dialog: TariffsDialog, answer: QMessageBox.StandardButton) -> None:
        dialogs.answer = answer
        row = dialog.row_texts(4).index("added")
        dialog.table.selectRow(row)
        assert dialog.remove_button.isEnabled()
        dialog.remove_selected()

    open_dialog(window, monkeypatch, lambda d: remove(d, QMessageBox.StandardButton.No))
    assert (user_tariff_dir() / EXAMPLE.name).exists()
    open_dialog(window, monkeypatch, lambda d: remove(d, QMessageBox.StandardButton.Yes))
    assert len(dialogs.questions) == 2 and EXAMPLE.name in dialogs.questions[1]
    assert not (user_tariff_dir() / EXAMPLE.name).exists()
    assert EXAMPLE.exists()
    assert compared_ids(window) == ["nordlicht-it-2026", "rheinauen-digital-2026"]
    assert window.form.tariff_combo.count() == 2


def test_choosing_the_imported_tariff_and_removing_it_falls_back(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs) -> None:
    window = make_window(qtbot)
    dialogs.open_file = str(EXAMPLE)
    open_dialog(window, monkeypatch, lambda d: d.import_file())
    window.market.use_tariff("hafenkante-tech-2026")
    assert window.form.tariff_combo.currentData() == "hafenkante-tech-2026"

    def remove(dialog: TariffsDialog) -> None:
        dialog.table.selectRow(dialog.row_texts(4).index("added"))
        dialog.remove_selected()

    open_dialog(window, monkeypatch, remove)
    assert window.form.tariff_combo.currentData() in ("nordlicht-it-2026",
                                                      "rheinauen-digital-2026")
    outcome = window.current_outcome()
    assert outcome is not None and outcome.tariff.id != "hafenkante-tech-2026"


def test_a_broken_user_file_shows_a_banner_and_the_rest_works(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialogs: Dialogs, tmp_path: Path) -> None:
    folder = user_tariff_dir()
    folder.mkdir(parents=True)
    broken = folder / "kaputt.toml"
    broken.write_bytes(broken_copy(tmp_path).read_bytes())
    window = make_window(qtbot, "de")
    banner = window.banner
    assert banner.isVisible()
    assert "kaputt.toml" in banner.text() and "insurer: missing key" in banner.text()
    assert dialogs.warnings == []  # not a blocking message
    assert compared_ids(window) == ["nordlicht-it-2026", "rheinauen-digital-2026"]
    assert window.current_outcome() is not None
    window.set_language("en")
    assert "could not be loaded" in banner.text()

    # the banner leads to the dialog, which lists the file and can remove it
    def remove(dialog: TariffsDialog) -> None:
        row = dialog.row_texts(4).index("cannot be loaded")
        assert "insurer: missing key" in dialog.row_texts(0)[row]
        assert dialog.row_texts(5)[row] == "kaputt.toml"
        dialog.table.selectRow(row)
        dialog.remove_selected()

    def exec_removing(dialog: TariffsDialog) -> int:
        remove(dialog)
        return 0

    monkeypatch.setattr(TariffsDialog, "exec", exec_removing)
    banner.manage_button.click()
    assert not broken.exists()
    assert banner.isHidden()


def test_the_banner_can_be_closed(qtbot: QtBot, dialogs: Dialogs) -> None:
    folder = user_tariff_dir()
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text("id = [", encoding="utf-8")
    window = make_window(qtbot)
    assert window.banner.isVisible()
    window.banner.close_button.click()
    assert window.banner.isHidden()
    window.set_language("de")
    assert window.banner.isHidden()
