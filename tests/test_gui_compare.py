"""The Compare tab as a broker uses it: every tariff side by side for the request on show,
sorting, the reference row, the premium matrix and taking a tariff into the quote."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from handbook import expected
from premiumcalc.gui.compare_model import CHEAPEST_BRUSH, COLUMNS, REFERENCE_BRUSH, SORT_ROLE
from premiumcalc.gui.compare_tab import CompareTab
from premiumcalc.gui.i18n import translators
from premiumcalc.gui.main_window import MainWindow
from premiumcalc.pricing import QuoteRequest, build_request
from premiumcalc.tariffs import load_catalog, load_tariffs

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"
#: The handbook's §8 request. Its start of cover is today, which the tests take to be
#: 2026-12-01 (conftest): Nordlicht's version 2026-01, whose tables the reference holds.
WORKED_EXAMPLE: dict[str, Any] = {
    "tariff": "nordlicht-it-2026", "profession": "software-development", "revenue": "180000",
    "cover": 1000000, "deductible": 500, "claims": 0,
    "modules": ["general-liability", "cyber"], "startup": True, "term": 3,
    "payment": "monthly", "country": "DE", "scenarios": ["lost-client-key"],
}
CATALOG = load_catalog()
NORDLICHT, RHEINAUEN, HAFENKANTE = ("nordlicht-it-2026", "rheinauen-digital-2026",
                                    "hafenkante-tech-2026")

#: Hafenkante (docs/examples/hafenkante-tech-2026.toml) has no reference; two of its matrix
#: cells for the worked example, by hand from its file: software-development is class "build",
#: revenue 180,000 band 2 (base 520), general-liability band 2 110.00, cyber 0.25 × core at
#: least 190.00, start-up 20 %, term 3 8 %, monthly 6 %, DE 19 %.
#: cover 1,000,000, deductible 500: core 520 × 1.25 × 1.00 = 650.00; cyber max(162.50, 190.00);
#:   subtotal 950.00; start-up 190.00; term round2(760.00 × 0.08) = 60.80; net 699.20;
#:   monthly round2(41.952) = 41.95; tax round2(741.15 × 0.19) = 140.82; gross 881.97.
#: cover 2,000,000, deductible 2,500: core 520 × 1.55 × 0.85 = 685.10; cyber max(171.28, 190.00);
#:   subtotal 985.10; start-up 197.02; term round2(788.08 × 0.08) = 63.05; net 725.03;
#:   monthly round2(43.5018) = 43.50; tax round2(768.53 × 0.19) = 146.02; gross 914.55.
HAFENKANTE_GROSS = {(1000000, 500): "881.97", (2000000, 2500): "914.55"}


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """The windows here install German; leave the application's language as it was."""
    yield
    translators.install("en")


def worked_example(**changes: Any) -> QuoteRequest:
    data = dict(WORKED_EXAMPLE, **changes)
    return build_request(data)


def make_window(qtbot: QtBot, lang: str = "en", extra: tuple[Path, ...] = ()) -> MainWindow:
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


def shown_money(amount: str, lang: str) -> str:
    """``"1234.50"`` as the handbook (§1) shows it: ``€1,234.50`` or ``1.234,50 €``."""
    whole, cents = amount.split(".")
    grouped = f"{int(whole):,}"
    if lang == "en":
        return f"€{grouped}.{cents}"
    return f"{grouped.replace(',', '.')},{cents}\u00a0€"


def reference_gross(tariff_id: str, **changes: Any) -> str | None:
    """The handbook reference's gross premium for the worked example with ``changes``, or
    None when the tariff does not quote it."""
    premium = expected({**WORKED_EXAMPLE, "tariff": tariff_id, **changes})["premium"]
    return None if premium is None else str(premium["gross_annual"])


def handbook_gross(tariff_id: str, lang: str, **changes: Any) -> str:
    gross = reference_gross(tariff_id, **changes)
    assert gross is not None
    return shown_money(gross, lang)


# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "de"])
def test_worked_example_shows_both_bundled_tariffs_with_their_own_figures(
        qtbot: QtBot, lang: str) -> None:
    window = make_window(qtbot, lang)
    tab = tab_of(window)
    assert tab.proxy.rowCount() == 2
    nordlicht = "€726.65" if lang == "en" else "726,65\u00a0€"
    assert cell(tab, NORDLICHT, "gross") == nordlicht
    # handbook §15: the §8 request with Rheinauen is quoted 841.76
    rheinauen = "€841.76" if lang == "en" else "841,76\u00a0€"
    assert cell(tab, RHEINAUEN, "gross") == rheinauen == handbook_gross(RHEINAUEN, lang)
    # the cheapest quoted tariff is highlighted and named as such
    assert cell(tab, NORDLICHT, "gross", Qt.ItemDataRole.BackgroundRole) == CHEAPEST_BRUSH
    assert cell(tab, RHEINAUEN, "gross", Qt.ItemDataRole.BackgroundRole) is None
    assert ("cheapest" if lang == "en" else "günstigster") in cell(tab, NORDLICHT, "status")
    assert "726" in tab.summary.text() and "Nordlicht" in tab.summary.text()
    # cover facts come from each tariff: Rheinauen includes general liability
    assert cell(tab, RHEINAUEN, "keys") == ("€50,000" if lang == "en" else "50.000\u00a0€")
    assert ("included" if lang == "en" else "enthalten") in cell(tab, RHEINAUEN,
                                                                 "general-liability")


def test_rheinauen_declined_at_five_million_cover_with_its_reason(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    tab = tab_of(window)
    combo = window.form.cover_combo
    combo.setCurrentIndex(combo.findData(5000000))
    assert cell(tab, RHEINAUEN, "status") == "Declined"
    assert cell(tab, RHEINAUEN, "gross") == "–"
    assert "cover 5,000,000 EUR is not offered" in cell(tab, RHEINAUEN, "reasons")
    assert "5,000,000" in cell(tab, RHEINAUEN, "status", Qt.ItemDataRole.ToolTipRole)
    assert cell(tab, NORDLICHT, "gross") == handbook_gross(NORDLICHT, "en", cover=5000000)
    assert column(tab, "tariff")[-1].startswith("Rheinauen")  # declined sorts last


def test_sorting_by_any_column_money_by_amount(qtbot: QtBot) -> None:
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


def test_compare_tab_first_opened_after_changes_shows_the_current_request(qtbot: QtBot) -> None:
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
    assert cell(tab, NORDLICHT, "gross") == handbook_gross(NORDLICHT, "de", revenue="90000")
    assert window.tabs.tabText(window.market.tab_index).replace("&", "") == "Vergleich"


def test_reference_row_stays_on_top_and_survives_a_language_switch(qtbot: QtBot) -> None:
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


COVERS = [250000, 500000, 1000000, 2000000, 3000000, 5000000]
DEDUCTIBLES = [0, 250, 500, 1000, 2500]


def matrix_texts(tab: CompareTab, tariff_id: str) -> dict[tuple[int, int], str]:
    """The premium matrix of one tariff as shown: {(cover, deductible): text}."""
    matrix = tab.matrix
    tab.select_tariff(tariff_id)
    assert matrix.tariff_id() == tariff_id
    table = matrix.table
    assert (table.rowCount(), table.columnCount()) == (len(COVERS), len(DEDUCTIBLES))
    texts = {}
    for r, cover in enumerate(COVERS):
        for c, deductible in enumerate(DEDUCTIBLES):
            item = table.item(r, c)
            assert item is not None
            texts[cover, deductible] = item.text()
    return texts


@pytest.mark.parametrize("lang", ["en", "de"])
def test_matrix_cells_are_the_handbook_premiums(qtbot: QtBot, lang: str) -> None:
    window = make_window(qtbot, lang, (EXAMPLES,))
    tab = tab_of(window)
    declined = "declined" if lang == "en" else "abgelehnt"
    for tariff_id in (NORDLICHT, RHEINAUEN):
        texts = matrix_texts(tab, tariff_id)
        header = tab.matrix.table.verticalHeaderItem(2)
        assert header is not None and header.text() == (
            "€1,000,000" if lang == "en" else "1.000.000\u00a0€")
        for (cover, deductible), text in texts.items():
            gross = reference_gross(tariff_id, cover=cover, deductible=deductible)
            assert text == (declined if gross is None else shown_money(gross, lang)), (
                tariff_id, cover, deductible)
    # Rheinauen does not offer 5,000,000 cover (§7): that row is declined, the others priced
    rheinauen = matrix_texts(tab, RHEINAUEN)
    assert [rheinauen[5000000, d] for d in DEDUCTIBLES] == [declined] * 5
    assert rheinauen[1000000, 500] == shown_money("841.76", lang)  # handbook §15
    # Hafenkante: two cells computed by hand, and 250,000 and 5,000,000 not offered
    hafenkante = matrix_texts(tab, HAFENKANTE)
    for (cover, deductible), gross in HAFENKANTE_GROSS.items():
        assert hafenkante[cover, deductible] == shown_money(gross, lang)
    assert {hafenkante[c, d] for c in (250000, 5000000) for d in DEDUCTIBLES} == {declined}
    matrix = tab.matrix
    # the cell of the request on show is marked, and a higher deductible says what it saves
    current = matrix.table.item(2, 2)
    assert current is not None and current.font().bold()
    cheaper = matrix.table.item(2, 4)
    assert cheaper is not None
    assert ("less" if lang == "en" else "weniger") in cheaper.toolTip()


def test_one_click_takes_a_tariff_into_the_quote(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    tab = tab_of(window)
    tab.select_tariff(RHEINAUEN)
    assert tab.use_button.isEnabled()
    tab.use_button.click()
    assert window.tabs.currentIndex() == 0
    assert window.form.tariff_combo.currentData() == RHEINAUEN
    assert window.result_panel.gross_annual_label.text() == handbook_gross(RHEINAUEN, "en")

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


def test_hidden_tab_catches_up_when_shown(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    tab = tab_of(window)
    window.tabs.setCurrentIndex(0)
    combo = window.form.cover_combo
    combo.setCurrentIndex(combo.findData(5000000))
    window.tabs.setCurrentIndex(window.market.tab_index)
    assert cell(tab, RHEINAUEN, "status") == "Declined"


def test_invalid_input_keeps_the_last_comparison_and_says_so(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    tab = tab_of(window)
    window.form.revenue_edit.setText("12x")
    window.form.revenue_edit.setText("")
    assert cell(tab, NORDLICHT, "gross") == "€726.65"
    assert "invalid input" in tab.summary.text()


def test_declined_reason_is_the_tariffs_text_in_german(qtbot: QtBot) -> None:
    window = make_window(qtbot, "de")
    tab = tab_of(window)
    window.load_request(worked_example(cover=5000000))
    assert cell(tab, RHEINAUEN, "reasons") == "Deckungssumme 5.000.000 EUR wird nicht angeboten"
    assert cell(tab, RHEINAUEN, "status") == "Abgelehnt"


def test_sort_keys_of_money_are_amounts(qtbot: QtBot) -> None:
    window = make_window(qtbot, "en")
    tab = tab_of(window)
    key = tab.proxy.index(row_of(tab, NORDLICHT), COLUMNS.index("gross")).data(SORT_ROLE)
    assert key == (0, Decimal("726.65"))


def test_file_menu_saves_the_comparison_pdf(qtbot: QtBot, tmp_path: Path,
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
    for gross in ("726,65 €", "841,76 €", "881,97 €"):  # Hafenkante: HAFENKANTE_GROSS
        assert gross in text
    assert "Elbufer Versicherung AG" in text and "912,40 €" in text
    assert "Beispiel Versicherungsmakler GmbH" in text
