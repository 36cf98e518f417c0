"""A tariff that cannot price a request is reported for that tariff only (a comparison never
stops because of one tariff)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from premiumcalc.pricing import build_request
from premiumcalc.pricing.compare import price_all
from premiumcalc.pricing.engine import PricingError
from premiumcalc.tariffs import load_catalog, load_tariffs


def test_one_tariff_out_of_range_leaves_the_others_priced() -> None:
    catalog = load_catalog()
    tariffs = load_tariffs(include_user_dir=False)
    day = dt.date(2026, 12, 1)
    nordlicht = tariffs.get("nordlicht-it-2026", day)
    rheinauen = tariffs.get("rheinauen-digital-2026", day)
    assert nordlicht is not None and rheinauen is not None
    # built in code, past the file checks: a factor no file may state
    broken = replace(nordlicht.tariff, id="broken",
                     covers=replace(nordlicht.tariff.covers,
                                    factors={**nordlicht.tariff.covers.factors,
                                             1000000: Decimal("1e400")}))
    request = build_request({"profession": "software-development", "revenue": "180000",
                             "cover": 1000000, "deductible": 500, "start": "2026-12-01"})
    failures: list[tuple[str, str]] = []
    outcomes = price_all(request, [broken, rheinauen.tariff], catalog, failures)
    assert [o.tariff.id for o in outcomes] == ["rheinauen-digital-2026"]
    assert outcomes[0].premium is not None
    # Rheinauen band 2: round2(610 × 1.00 × 0.97 × 1.00) = 591.70 net, + 19 % tax 112.42
    assert outcomes[0].premium.gross_annual == Decimal("704.12")
    assert [f[0] for f in failures] == ["broken"]
    assert "cannot price this request" in failures[0][1]
    with pytest.raises(PricingError):
        price_all(request, [broken], catalog)
