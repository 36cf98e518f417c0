"""The market view: every tariff for one request, their cover facts, and the price matrix."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from handbook import COVERS, DEDUCTIBLES, NORDLICHT, RHEINAUEN, expected
from premiumcalc.pricing import InvalidInput, QuoteRequest, build_request
from premiumcalc.pricing.compare import premium_matrix, price_all, tariff_facts
from premiumcalc.tariffs import LoadedTariff, load_catalog, load_tariffs
from premiumcalc.tariffs.models import Tariff

CATALOG = load_catalog()
EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"
#: Part I's figures are those of a start of cover in 2026 (handbook §11): the versions used
#: are the ones valid on this day, whatever the date of the test run.
START = datetime.date(2026, 12, 1)
FIELDS: dict[str, Any] = dict(profession="software-development", revenue="180000",
                              cover=1000000, deductible=500,
                              modules=["general-liability", "cyber"], startup=True,
                              term=3, payment="monthly")


def request(**changes: object) -> QuoteRequest:
    return build_request({**FIELDS, **changes})


def bundled_of_2026() -> list[Tariff]:
    valid, unavailable = load_tariffs(include_user_dir=False).valid_on(START)
    assert unavailable == []
    return [t.tariff for t in valid]


def installed(tariff_id: str, *extra: Path) -> LoadedTariff:
    loaded = load_tariffs(list(extra), include_user_dir=False).get(tariff_id, START)
    assert loaded is not None
    return loaded


def test_worked_example_compared_cheapest_first() -> None:
    outcomes = price_all(request(), bundled_of_2026(), CATALOG)
    # handbook §8 and §15: Nordlicht 726.65, Rheinauen 841.76
    assert [(o.tariff.id, o.status, o.premium and o.premium.gross_annual) for o in outcomes] == [
        (NORDLICHT, "quoted", Decimal("726.65")), (RHEINAUEN, "quoted", Decimal("841.76"))]


def test_declined_tariff_sorts_last() -> None:
    outcomes = price_all(request(cover=5000000), bundled_of_2026(), CATALOG)
    assert [(o.tariff.id, o.status) for o in outcomes] == [
        ("nordlicht-it-2026", "quoted"), ("rheinauen-digital-2026", "declined")]


def test_value_no_tariff_knows_is_invalid() -> None:
    with pytest.raises(InvalidInput) as info:
        price_all(request(deductible=333), bundled_of_2026(), CATALOG)
    assert info.value.field == "deductible"


def test_facts_show_included_optional_and_missing_modules() -> None:
    rheinauen = tariff_facts(installed(RHEINAUEN).tariff, 1000000)
    assert rheinauen.modules["general-liability"] == "included"
    assert rheinauen.modules["cyber"] == "optional"
    assert rheinauen.key_limit == Decimal("50000")
    assert rheinauen.cyber_deductible == Decimal("2500")
    hafenkante = tariff_facts(installed("hafenkante-tech-2026", EXAMPLES).tariff, 1000000)
    assert hafenkante.worldwide == "missing"
    nordlicht = installed(NORDLICHT).tariff
    assert tariff_facts(nordlicht, 250000).delay_damages_limit == Decimal(250000)
    assert tariff_facts(nordlicht, 5000000).delay_damages_limit == Decimal("250000")


@pytest.mark.parametrize("tariff_id", [NORDLICHT, RHEINAUEN])
def test_matrix_cells_are_the_handbook_premiums(tariff_id: str) -> None:
    matrix = premium_matrix(request(tariff=tariff_id), installed(tariff_id).tariff, CATALOG)
    got = [[(c.cover, c.deductible, c.status, c.gross_annual) for c in row] for row in matrix]
    want = []
    for cover in COVERS:
        row = []
        for deductible in DEDUCTIBLES:
            ref = expected({**FIELDS, "tariff": tariff_id, "cover": cover,
                            "deductible": deductible})
            gross = ref["premium"] and Decimal(ref["premium"]["gross_annual"])
            row.append((cover, deductible, ref["status"], gross))
        want.append(row)
    assert got == want
    if tariff_id == RHEINAUEN:  # 5,000,000 is not offered (§7); §15: 841.76 for the request
        assert {c.status for c in matrix[-1]} == {"declined"}
        assert matrix[2][2].gross_annual == Decimal("841.76")
