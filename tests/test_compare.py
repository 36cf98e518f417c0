"""The market view: every tariff for one request, their cover facts, and the price matrix."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from premiumcalc.pricing import InvalidInput, build_request, price
from premiumcalc.pricing.compare import premium_matrix, price_all, tariff_facts
from premiumcalc.tariffs import load_catalog, load_tariffs

CATALOG = load_catalog()
EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"


def request(**changes: object):  # type: ignore[no-untyped-def]
    fields: dict[str, object] = dict(profession="software-development", revenue="180000",
                                     cover=1000000, deductible=500,
                                     modules=["general-liability", "cyber"], startup=True,
                                     term=3, payment="monthly")
    fields.update(changes)
    return build_request(fields)


def test_worked_example_compared_cheapest_first() -> None:
    tariffs = load_tariffs(include_user_dir=False)
    outcomes = price_all(request(), (t.tariff for t in tariffs), CATALOG)
    by_id = {o.tariff.id: o for o in outcomes}
    assert by_id["nordlicht-it-2026"].premium.gross_annual == Decimal("726.65")  # type: ignore[union-attr]
    grosses = [o.premium.gross_annual for o in outcomes if o.premium]
    assert grosses == sorted(grosses) and len(grosses) == 2


def test_declined_tariff_sorts_last() -> None:
    tariffs = load_tariffs(include_user_dir=False)
    outcomes = price_all(request(cover=5000000), (t.tariff for t in tariffs), CATALOG)
    assert [(o.tariff.id, o.status) for o in outcomes] == [
        ("nordlicht-it-2026", "quoted"), ("rheinauen-digital-2026", "declined")]


def test_value_no_tariff_knows_is_invalid() -> None:
    tariffs = load_tariffs(include_user_dir=False)
    with pytest.raises(InvalidInput) as info:
        price_all(request(deductible=333), (t.tariff for t in tariffs), CATALOG)
    assert info.value.field == "deductible"


def test_facts_show_included_optional_and_missing_modules() -> None:
    tariffs = load_tariffs([EXAMPLES], include_user_dir=False)
    rheinauen = tariff_facts(tariffs.get("rheinauen-digital-2026").tariff, 1000000)  # type: ignore[union-attr]
    assert rheinauen.modules["general-liability"] == "included"
    assert rheinauen.modules["cyber"] == "optional"
    assert rheinauen.key_limit == Decimal("50000")
    assert rheinauen.cyber_deductible == Decimal("2500")
    hafenkante = tariff_facts(tariffs.get("hafenkante-tech-2026").tariff, 1000000)  # type: ignore[union-attr]
    assert hafenkante.worldwide == "missing"
    nordlicht = tariff_facts(tariffs.get("nordlicht-it-2026").tariff, 250000)  # type: ignore[union-attr]
    assert nordlicht.delay_damages_limit == Decimal(250000)
    assert tariff_facts(tariffs.get("nordlicht-it-2026").tariff, 5000000).delay_damages_limit == Decimal(  # type: ignore[union-attr]
        "250000")


def test_matrix_cells_equal_single_quotes() -> None:
    tariffs = load_tariffs(include_user_dir=False)
    for loaded in tariffs:
        req = request(tariff=loaded.id)
        matrix = premium_matrix(req, loaded.tariff, CATALOG)
        assert len(matrix) == len(loaded.tariff.cover_values)
        assert all(len(row) == len(loaded.tariff.deductible_values) for row in matrix)
        for row in matrix:
            for cell in row:
                single = price(req.with_changes(cover=cell.cover, deductible=cell.deductible),
                               loaded.tariff, CATALOG)
                assert cell.status == single.status
                assert cell.gross_annual == (single.premium.gross_annual if single.premium
                                             else None)
    rheinauen = tariffs.get("rheinauen-digital-2026")
    matrix = premium_matrix(request(), rheinauen.tariff, CATALOG)  # type: ignore[union-attr]
    assert all(cell.status == "declined" for cell in matrix[-1])  # 5,000,000 not offered
