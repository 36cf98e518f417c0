"""The Compare tab as a broker uses it: every tariff side by side for the request on show,
sorting, the reference row, the premium matrix and taking a tariff into the quote."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from premiumcalc.gui.compare_model import CHEAPEST_BRUSH, COLUMNS, REFERENCE_BRUSH, SORT_ROLE
from premiumcalc.gui.compare_tab import CompareTab
from premiumcalc.gui.formatting import whole_money
from premiumcalc.gui.i18n import translators
from premiumcalc.gui.main_window import MainWindow
from premiumcalc.pricing import build_request, price
from premiumcalc.pricing.explain import money, reason_texts
from premiumcalc.tariffs import load_catalog, load_tariffs

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"
WORKED_EXAMPLE: dict[str, Any] = {
    "tariff": "nordlicht-it-2026", "profession": "software-development", "revenue": "180000",
    "cover": 1000000, "deductible": 500, "claims": 0,
    "modules": ["general-liability", "cyber"], "startup": True, "term": 3,
    "payment": "monthly", "country": "DE", "scenarios": ["lost-client-key"],
}
CATALOG = load_catalog()
NORDLICHT, RHEINAUEN, HAFENKANTE = ("nordlicht-it-2026", "rheinauen-digital-2026",
                                    "hafenkante-tech-2026")


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """The windows here install German; leave the application's language as it was."""
    yield
    translators.install("en")


def worked_example(**changes: Any):  # type: ignore[no-untyped-def]
    data = dict(WORKED_EXAMPLE, **changes)
    return build_request(data)


def make_window(qtbot: Any, lang: str = "en", extra: tuple[Path, ...] = ()) -> MainWindow:
    window = MainWindow(load_tariffs(extra, catalog=CATALOG), CATALOG, lang)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.load_request(worked_example())
    window.tabs.setCurrentIndex(window.market.tab_index)
    return window


def tab_of(window: MainWindow) -> CompareTab:
    return window.market.tab


def column(tab: CompareTab, name: str) -> list[str]:
    """The texts of one column in the order shown (after sorting)."""
    c = COLUMNS.index(name)
    return [tab.proxy.index(r, c).data() for r in range(tab.proxy.rowCount())]


def row_of(tab: CompareTab, tariff_id: str) -> int:
    ids = [tab.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
           for r in range(tab.proxy.rowCount())]
    return ids.index(tariff_id)


def cell(tab: CompareTab, tariff_id: str, name: str, role: int = Qt.ItemDataRole.DisplayRole
         ) -> Any:
    return tab.proxy.index(row_of(tab, tariff_id), COLUMNS.index(name)).data(role)


def own_gross(tariff_id: str, lang: str, **changes: Any) -> str:
    """A tariff's own single quote for the request, formatted for ``lang``."""
    request = worked_example(**changes)
    loaded = load_tariffs([EXAMPLES], include_user_dir=False).get(tariff_id)
    assert loaded is not None
    outcome = price(request, loaded.tariff, CATALOG)
    assert outcome.premium is not None
    return money(outcome.premium.gross_annual, lang)


# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "de"])
def test_worked_example_shows_both_bundled_tariffs_with_their_own_figures(
        qtbot: Any, lang: str) -> None:
    window = make_window(qtbot, lang)
    tab = tab_of(window)
    assert tab.proxy.rowCount() == 2
    nordlicht = "€726.65" if lang == "en" else "726,65\u00a0€"
    assert cell(tab, NORDLICHT, "gross") == nordlicht
    assert cell(tab, RHEINAUEN, "gross") == own_gross(RHEINAUEN, lang)
    # the cheapest quoted tariff is highlighted and named as such
    assert cell(tab, NORDLICHT, "gross", Qt.ItemDataRole.BackgroundRole) == CHEAPEST_BRUSH
    assert cell(tab, RHEINAUEN, "gross", Qt.ItemDataRole.BackgroundRole) is None
    assert ("cheapest" if lang == "en" else "günstigster") in cell(tab, NORDLICHT, "status")
    assert "726" in tab.summary.text() and "Nordlicht" in tab.summary.text()
    # cover facts come from each tariff: Rheinauen includes general liability
    assert cell(tab, RHEINAUEN, "keys") == whole_money(50000, lang)
    assert ("included" if lang == "en" else "enthalten") in cell(tab, RHEINAUEN,
                                                                 "general-liability")


def test_rheinauen_declined_at_five_million_cover_with_its_reason(qtbot: Any) -> None:
    window = make_window(qtbot, "en")
    tab = tab_of(window)
    combo = window.form.cover_combo
    combo.setCurrentIndex(combo.findData(5000000))
    assert cell(tab, RHEINAUEN, "status") == "Declined"
    assert cell(tab, RHEINAUEN, "gross") == "–"
    assert "cover 5,000,000 EUR is not offered" in cell(tab, RHEINAUEN, "reasons")
    assert "5,000,000" in cell(tab, RHEINAUEN, "status", Qt.ItemDataRole.ToolTipRole)
    assert cell(tab, NORDLICHT, "gross") == own_gross(NORDLICHT, "en", cover=5000000)
    assert column(tab, "tariff")[-1].startswith("Rheinauen")  # declined sorts last


def test_sorting_by_any_column_money_by_amount(qtbot: Any) -> None:
    window = make_window(qtbot, "en", (EXAMPLES,))
    tab = tab_of(window)
    assert tab.proxy.rowCount() == 3
    header = tab.view.horizontalHeader()
    gross = COLUMNS.index("gross")
    keys = COLUMNS.index("keys")

    tab.view.sortByColumn(gross, Qt.SortOrder.DescendingOrder)
    amounts = [Decimal(t.strip("€").replace(",", "")) for t in column(tab, "gross")]
    assert amounts == sorted(amounts, reverse=True)
    # lost-keys limits €100,000, €50,000, €25,000: as text "€100,000" would come first
    header.sectionClicked.emit(keys)
    tab.view.sortByColumn(keys, Qt.SortOrder.AscendingOrder)
    assert column(tab, "keys") == ["€25,000", "€50,000", "€100,000"]
    tab.view.sortByColumn(COLUMNS.index("tariff"), Qt.SortOrder.AscendingOrder)
    assert [t.split(" ")[0] for t in column(tab, "tariff")] == ["Hafenkante", "Nordlicht",
                                                                "Rheinauen"]


def test_compare_tab_first_opened_after_changes_shows_the_current_request(qtbot: Any) -> None:
    window = MainWindow(load_tariffs(catalog=CATALOG), CATALOG, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.load_request(worked_example())
    window.set_language("de")
    window.form.revenue_edit.setText("90.000")
    window.tabs.setCurrentIndex(window.market.tab_index)
    tab = tab_of(window)
    assert window.tabs.currentWidget().isAncestorOf(tab) and tab.isVisible()
    assert cell(tab, NORDLICHT, "gross") == own_gross(NORDLICHT, "de", revenue="90000")
    assert window.tabs.tabText(window.market.tab_index) == "Vergleich"


def test_reference_row_stays_on_top_and_survives_a_language_switch(qtbot: Any) -> None:
    window = make_window(qtbot, "en")
    tab = tab_of(window)
    form = tab.reference_form
    form.insurer_edit.setText("Elbufer Versicherung AG")
    form.amount_edits["gross_annual"].setText("912.40")
    form.amount_edits["key_limit"].setText("20,000")
    assert tab.proxy.rowCount() == 3
    first = tab.proxy.index(0, 0)
    assert first.data() == "Elbufer Versicherung AG (current contract)"
    assert first.data(Qt.ItemDataRole.BackgroundRole) == REFERENCE_BRUSH
    assert column(tab, "gross")[0] == "€912.40"
    assert cell(tab, NORDLICHT, "difference") == "\u2212€185.75"
    assert not tab.view.isColumnHidden(COLUMNS.index("difference"))
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        tab.view.sortByColumn(COLUMNS.index("gross"), order)
        assert column(tab, "status")[0] == "Current contract"

    window.set_language("de")
    assert form.insurer_edit.text() == "Elbufer Versicherung AG"
    assert form.amount_edits["gross_annual"].text() == "912,40"
    assert column(tab, "tariff")[0] == "Elbufer Versicherung AG (bestehender Vertrag)"
    assert column(tab, "gross")[0] == "912,40\u00a0€"
    assert column(tab, "keys")[0] == "20.000\u00a0€"
    assert cell(tab, NORDLICHT, "difference") == "\u2212185,75\u00a0€"
    assert cell(tab, RHEINAUEN, "difference").startswith("\u2212")

    form.clear_button.click()
    assert tab.proxy.rowCount() == 2
    assert tab.view.isColumnHidden(COLUMNS.index("difference"))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_matrix_cells_equal_single_quotes(qtbot: Any, lang: str) -> None:
    window = make_window(qtbot, lang, (EXAMPLES,))
    tab = tab_of(window)
    matrix = tab.matrix
    request = worked_example()
    tariffs = load_tariffs([EXAMPLES], include_user_dir=False)
    for loaded in tariffs:
        tab.select_tariff(loaded.id)
        assert matrix.tariff_id() == loaded.id
        t = loaded.tariff
        assert matrix.table.rowCount() == len(t.cover_values) == 6
        assert matrix.table.columnCount() == len(t.deductible_values) == 5
        header = matrix.table.verticalHeaderItem(2)
        assert header is not None and header.text() == whole_money(t.cover_values[2], lang)
        for r, cover in enumerate(t.cover_values):
            for c, deductible in enumerate(t.deductible_values):
                single = price(request.with_changes(cover=cover, deductible=deductible,
                                                    tariff=loaded.id, scenarios=()), t, CATALOG)
                item = matrix.table.item(r, c)
                assert item is not None
                if single.premium is not None:
                    assert item.text() == money(single.premium.gross_annual, lang)
                else:
                    assert item.text() in ("declined", "referred", "abgelehnt", "zur Prüfung")
    # Hafenkante does not offer 250,000 cover: that row is marked declined
    tab.select_tariff(HAFENKANTE)
    first = matrix.table.item(0, 0)
    assert first is not None and first.text() == ("declined" if lang == "en" else "abgelehnt")
    # the cell of the request on show is marked, and a higher deductible says what it saves
    current = matrix.table.item(2, 2)
    assert current is not None and current.font().bold()
    cheaper = matrix.table.item(2, 4)
    assert cheaper is not None
    assert ("less" if lang == "en" else "weniger") in cheaper.toolTip()


def test_one_click_takes_a_tariff_into_the_quote(qtbot: Any) -> None:
    window = make_window(qtbot, "en")
    tab = tab_of(window)
    tab.select_tariff(RHEINAUEN)
    assert tab.use_button.isEnabled()
    tab.use_button.click()
    assert window.tabs.currentIndex() == 0
    assert window.form.tariff_combo.currentData() == RHEINAUEN
    assert window.result_panel.gross_annual_label.text() == own_gross(RHEINAUEN, "en")

    window.tabs.setCurrentIndex(window.market.tab_index)
    index = tab.proxy.index(row_of(tab, NORDLICHT), COLUMNS.index("gross"))
    tab.view.doubleClicked.emit(index)
    assert window.tabs.currentIndex() == 0
    assert window.form.tariff_combo.currentData() == NORDLICHT

    window.tabs.setCurrentIndex(window.market.tab_index)
    tab.select_tariff(RHEINAUEN)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == 0
    assert window.form.tariff_combo.currentData() == RHEINAUEN


def test_hidden_tab_catches_up_when_shown(qtbot: Any) -> None:
    window = make_window(qtbot, "en")
    tab = tab_of(window)
    window.tabs.setCurrentIndex(0)
    combo = window.form.cover_combo
    combo.setCurrentIndex(combo.findData(5000000))
    window.tabs.setCurrentIndex(window.market.tab_index)
    assert cell(tab, RHEINAUEN, "status") == "Declined"


def test_invalid_input_keeps_the_last_comparison_and_says_so(qtbot: Any) -> None:
    window = make_window(qtbot, "en")
    tab = tab_of(window)
    window.form.revenue_edit.setText("12x")
    window.form.revenue_edit.setText("")
    assert cell(tab, NORDLICHT, "gross") == "€726.65"
    assert "invalid input" in tab.summary.text()


def test_declined_reasons_come_from_the_core(qtbot: Any) -> None:
    window = make_window(qtbot, "de")
    tab = tab_of(window)
    window.load_request(worked_example(cover=5000000))
    loaded = load_tariffs(include_user_dir=False).get(RHEINAUEN)
    assert loaded is not None
    from premiumcalc.pricing.compare import price_with_tariff_limits

    outcome = price_with_tariff_limits(worked_example(cover=5000000), loaded.tariff, CATALOG)
    assert cell(tab, RHEINAUEN, "reasons") == "; ".join(reason_texts(outcome, "de", CATALOG))
    assert cell(tab, RHEINAUEN, "status") == "Abgelehnt"


def test_sort_keys_of_money_are_amounts(qtbot: Any) -> None:
    window = make_window(qtbot, "en")
    tab = tab_of(window)
    key = tab.proxy.index(row_of(tab, NORDLICHT), COLUMNS.index("gross")).data(SORT_ROLE)
    assert key == (0, Decimal("726.65"))


def test_file_menu_saves_the_comparison_pdf(qtbot: Any, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from premiumcalc.pdf.profile import BrokerProfile, save_profile

    save_profile(BrokerProfile(name="Jana Beispiel", company="Beispiel Versicherungsmakler GmbH",
                               register_number="D-ABCD-EFGHI-12"))
    window = make_window(qtbot, "de", (EXAMPLES,))
    window.form.client_name_edit.setText("Müller & Söhne GmbH")
    tab = tab_of(window)
    tab.reference_form.insurer_edit.setText("Elbufer Versicherung AG")
    tab.reference_form.amount_edits["gross_annual"].setText("912,40")
    suggested: list[str] = []

    def get_save_file_name(_parent: object, _caption: str, name: str, filters: str
                           ) -> tuple[str, str]:
        suggested.append(name)
        return str(tmp_path / "vergleich"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    market = window.market
    assert market.pdf_action in window.file_menu.actions()
    assert window.file_menu.actions().index(market.pdf_action) < \
        window.file_menu.actions().index(window.quit_action)
    market.pdf_action.trigger()
    assert Path(suggested[0]).name.startswith("Marktvergleich-")
    assert Path(suggested[0]).name.endswith("-Müller-Söhne-GmbH.pdf")
    data = (tmp_path / "vergleich.pdf").read_bytes()
    text = " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(io.BytesIO(data)).pages).replace("\u00a0", " ")
    for tariff_id in (NORDLICHT, RHEINAUEN, HAFENKANTE):
        assert own_gross(tariff_id, "de").replace("\u00a0", " ") in text
    assert "Elbufer Versicherung AG" in text and "912,40 €" in text
    assert "Beispiel Versicherungsmakler GmbH" in text
