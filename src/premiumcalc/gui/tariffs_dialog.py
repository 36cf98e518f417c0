"""Tools → Tariffs: the installed tariff files, importing a new one and removing added ones.

An imported file is validated first: an invalid file is reported with every problem (file,
field, line) and nothing is imported. A file with the name or the tariff id of an installed
one is never replaced without asking. Only added files can be removed, after a question.
"Impact on saved quotes…" prices the saved quotes with a new version's file and "Differences…"
compares the selected version with a file (handbook §12).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from premiumcalc.fileio import WriteError
from premiumcalc.gui.file_actions import remember_folder, start_in
from premiumcalc.paths import user_tariff_dir
from premiumcalc.tariffs import Catalog, LoadedTariff, TariffFileError, TariffSet, load_tariffs
from premiumcalc.tariffs.install import ImportPlan, install, is_removable, plan_import, remove_file

if TYPE_CHECKING:
    from premiumcalc.quotes.store import QuoteStore

_PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class TariffsDialog(QDialog):
    """The installed tariffs (insurer, product, version, valid from, file, sha256, source)."""

    sig_tariffs_changed = Signal(object)
    """A file was imported or removed: the newly loaded ``premiumcalc.tariffs.TariffSet``."""

    def __init__(self, tariffs: TariffSet, catalog: Catalog, parent: QWidget | None = None,
                 loader: Callable[[], TariffSet] | None = None,
                 store: QuoteStore | None = None) -> None:
        super().__init__(parent)
        self.tariffs = tariffs
        self.store = store
        """The saved quotes for the impact; None: those of the window (``parent``)."""
        self.catalog = catalog
        self._loader = loader or (lambda: load_tariffs(catalog=catalog))
        self.last_dir = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 7)
        self.table.setTabKeyNavigation(False)  # one Tab stop; arrows move within
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        self.import_button = QPushButton()
        self.remove_button = QPushButton()
        self.impact_button = QPushButton()
        self.diff_button = QPushButton()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.impact_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.diff_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.impact_button.clicked.connect(lambda: self.show_impact())
        self.diff_button.clicked.connect(lambda: self.show_differences())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.resize(1120, 420)
        self.retranslate()

    # -- the list -------------------------------------------------------------------------

    def _source(self, loaded: LoadedTariff) -> str:
        if loaded.bundled:
            return self.tr("bundled")
        if loaded.replaces_bundled:
            return self.tr("added, replaces the bundled one")
        return self.tr("added")

    def fill(self) -> None:
        rows: list[tuple[list[str], Path, str]] = []
        for loaded in self.tariffs:
            t = loaded.tariff
            rows.append(([t.insurer, t.product, t.version, t.valid_from.isoformat(),
                          self._source(loaded), loaded.path.name, loaded.sha256],
                         loaded.path, ""))
        for error in self.tariffs.errors:
            problems = "; ".join(str(p) for p in error.problems)
            rows.append(([problems, "", "", "", self.tr("cannot be loaded"), error.path.name,
                          ""], error.path, "\n".join(str(p) for p in error.problems)))
        self.table.clearSpans()
        self.table.setRowCount(len(rows))
        for r, (cells, path, problem) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_PATH_ROLE, str(path))
                item.setToolTip(str(path) if c == 5 else (problem or text))
                self.table.setItem(r, c, item)
            if problem:
                self.table.setSpan(r, 0, 1, 4)
        self._selection_changed()

    def selected_path(self) -> Path | None:
        items = self.table.selectedItems()
        return Path(items[0].data(_PATH_ROLE)) if items else None

    def _selection_changed(self) -> None:
        path = self.selected_path()
        self.remove_button.setEnabled(path is not None and is_removable(path))
        self.diff_button.setEnabled(self.selected_tariff() is not None)

    def selected_tariff(self) -> LoadedTariff | None:
        """The installed version of the selected row (None for a file that cannot load)."""
        path = self.selected_path()
        return next((t for t in self.tariffs if t.path == path), None)

    def row_texts(self, column: int) -> list[str]:
        items = (self.table.item(r, column) for r in range(self.table.rowCount()))
        return [item.text() if item is not None else "" for item in items]

    # -- import and remove ----------------------------------------------------------------

    def import_file(self, path: str | None = None) -> bool:
        """Ask for a file (unless given), validate it, ask before replacing, copy it."""
        title = self.tr("Import tariff file")
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, title, start_in(folder=self.last_dir),
                self.tr("Tariff files (*.toml);;All files (*)"))
        if not path:
            return False
        source = Path(path)
        self.last_dir = str(source.parent)
        remember_folder(source)
        try:
            plan = plan_import(source, self.tariffs, self.catalog)
        except TariffFileError as exc:
            QMessageBox.warning(self, title, self.tr(
                "{file} is not a valid tariff file, so nothing was imported. Problems found "
                "(file: field: problem):").format(file=source.name)
                + "\n\n" + "\n".join(exc.lines()))
            return False
        if plan.identical:
            QMessageBox.information(self, title, self.tr(
                "This very file is installed already: {file}").format(file=str(plan.target)))
            return False
        question = self._replace_question(plan)
        if question and QMessageBox.question(
                self, title, question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return False
        try:
            install(plan)
        except WriteError as exc:
            QMessageBox.warning(self, title, self.tr("The tariff was not imported: {0}")
                                .format(str(exc)))
            return False
        self._reload()
        return True

    def _replace_question(self, plan: ImportPlan) -> str:
        t = plan.loaded.tariff
        parts = []
        if plan.same_name is not None:
            parts.append(self.tr("The tariff folder already holds a file named {name}.")
                         .format(name=plan.target.name))
        other = plan.same_id
        if other is not None and other.bundled:
            parts.append(self.tr(
                "The tariff {id} is bundled in version {old}; the imported version {new} "
                "replaces it while the file is installed.").format(
                id=t.id, old=other.version, new=t.version))
        elif other is not None and other.path not in (plan.same_name,):
            parts.append(self.tr(
                "The tariff {id} is installed in version {old} from {file}; that file is "
                "removed and version {new} used instead.").format(
                id=t.id, old=other.version, file=str(other.path), new=t.version))
        if not parts:
            return ""
        return " ".join(parts) + "\n\n" + self.tr("Import {file} anyway?").format(
            file=plan.target.name)

    def remove_selected(self) -> bool:
        """Delete the selected added file after asking; bundled tariffs cannot be removed."""
        path = self.selected_path()
        if path is None or not is_removable(path):
            return False
        loaded = next((t for t in self.tariffs if t.path == path), None)
        what = (f"{loaded.tariff.insurer} – {loaded.tariff.product} ({loaded.version})"
                if loaded else path.name)
        text = self.tr("Remove the tariff {what}?\n\nThe file {file} is deleted from the "
                       "tariff folder ({folder}).").format(
            what=what, file=path.name, folder=str(user_tariff_dir()))
        if loaded is not None and loaded.replaces_bundled:
            text += "\n" + self.tr("The bundled version of this tariff is used again.")
        title = self.tr("Remove tariff")
        if QMessageBox.question(self, title, text,
                                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return False
        try:
            remove_file(path)
        except WriteError as exc:
            QMessageBox.warning(self, title, self.tr("The tariff was not removed: {0}")
                                .format(str(exc)))
            return False
        self._reload()
        return True

    # -- impact and differences (handbook §12) ---------------------------------------------

    def quote_store(self) -> QuoteStore | None:
        """The saved quotes: the dialog's own, else those the window has open."""
        if self.store is not None:
            return self.store
        history = getattr(self.parentWidget(), "history_actions", None)
        return getattr(history, "store", None)

    def _ask_file(self, title: str) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            self, title, start_in(folder=self.last_dir),
            self.tr("Tariff files (*.toml);;All files (*)"))
        if not path:
            return None
        self.last_dir = str(Path(path).parent)
        remember_folder(path)
        return Path(path)

    def show_impact(self, path: str | None = None) -> QDialog | None:
        """Ask for the file of a new version (unless given), price the saved quotes with it
        and show what changes; the dialog shown, or None (after saying why)."""
        from premiumcalc.gui.i18n import translators
        from premiumcalc.gui.impact_dialog import ImpactDialog, run_impact
        from premiumcalc.quotes.errors import StoreError
        from premiumcalc.quotes.impact import ImpactInputError, load_new_version

        title = self.tr("Impact on saved quotes")
        store = self.quote_store()
        if store is None:
            QMessageBox.information(self, title, self.tr(
                "The saved quotes are not open, so there is nothing to assess."))
            return None
        source = Path(path) if path else self._ask_file(title)
        if source is None:
            return None
        try:
            target = load_new_version(source, self.tariffs, self.catalog)
            result = run_impact(self, store, target, self.catalog)
        except (ImpactInputError, StoreError) as exc:
            QMessageBox.warning(self, title, str(exc))
            return None
        if result is None:
            return None
        items, summary = result
        dialog = ImpactDialog(target, items, summary, translators.lang, self)
        dialog.exec()
        return dialog

    def show_differences(self, path: str | None = None) -> QDialog | None:
        """Compare the selected installed version with a file (asked for unless given)."""
        from premiumcalc.gui.diff_dialog import DiffDialog
        from premiumcalc.gui.i18n import translators
        from premiumcalc.quotes.impact import file_error_line
        from premiumcalc.tariffs import load_tariff_file

        old = self.selected_tariff()
        if old is None:
            return None
        title = self.tr("Differences")
        source = Path(path) if path else self._ask_file(title)
        if source is None:
            return None
        try:
            new = load_tariff_file(source, catalog=self.catalog)
        except TariffFileError as exc:
            QMessageBox.warning(self, title, file_error_line(exc))
            return None
        dialog = DiffDialog(old, new, translators.lang, self)
        dialog.exec()
        return dialog

    def _reload(self) -> None:
        self.tariffs = self._loader()
        self.fill()
        self.sig_tariffs_changed.emit(self.tariffs)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tariffs"))
        self.intro.setText(self.tr(
            "The tariffs premiumcalc prices with. Add an insurer by importing its tariff file "
            "(see docs/tariff-format.md); it is checked first and copied into {folder}. Only "
            "added files can be removed.").format(folder=str(user_tariff_dir())))
        self.table.setHorizontalHeaderLabels([
            self.tr("Insurer"), self.tr("Product"), self.tr("Version"), self.tr("Valid from"),
            self.tr("Source"), self.tr("File"), self.tr("SHA-256")])
        self.import_button.setText(self.tr("&Import tariff file…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.impact_button.setText(self.tr("Impact on &saved quotes…"))
        self.diff_button.setText(self.tr("&Differences…"))
        self.diff_button.setToolTip(self.tr(
            "Every difference between the selected version and a tariff file"))
        self.fill()
