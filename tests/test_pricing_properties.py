"""Invariants of pricing, checked on many generated requests (hypothesis)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handbook import (
    COVERS,
    DEDUCTIBLES,
    MODULES,
    NORDLICHT,
    PAYMENTS,
    PROFESSIONS,
    RHEINAUEN,
    expected,
)
from premiumcalc.pricing import build_request, price
from premiumcalc.pricing.serialize import outcome_dict
from premiumcalc.tariffs import load_catalog, load_tariffs

TARIFFS = load_tariffs(include_user_dir=False)
CATALOG = load_catalog()
#: Part I's figures (the oracle's tables) are those of a start of cover in 2026 (handbook §11):
#: the versions used are the ones valid on this day, whatever the date of the test run.
START = datetime.date(2026, 12, 1)

#: Handbook §10: the worksheet's rows, in this order; the modules in the order of the
#: tariff's module table (§5, §7), each one present in ``premium.modules``.
MODULE_TABLE_ORDER = {
    NORDLICHT: ["general-liability", "cyber", "worldwide", "delay-damages"],
    RHEINAUEN: ["general-liability", "delay-damages", "cyber", "worldwide"],
}
STEPS_AFTER_MODULES = ["subtotal", "startup_discount", "term_discount", "net_annual",
                       "payment_surcharge", "insurance_tax", "gross_annual"]

revenues = st.one_of(
    st.decimals(min_value=0, max_value=3_500_000, places=2, allow_nan=False,
                allow_infinity=False),
    st.sampled_from([Decimal(x) for x in ("100000", "100000.01", "150000", "150000.01",
                                          "250000", "400000", "400000.01", "2000000",
                                          "2000000.01", "3000000", "3000000.01")]),
)
requests = st.fixed_dictionaries({
    "tariff": st.sampled_from([NORDLICHT, RHEINAUEN]),
    "profession": st.sampled_from(PROFESSIONS),
    "revenue": revenues.map(str),
    "cover": st.sampled_from(COVERS),
    "deductible": st.sampled_from(DEDUCTIBLES),
    "claims": st.integers(min_value=0, max_value=3),
    "modules": st.lists(st.sampled_from(MODULES), max_size=4),
    "startup": st.booleans(),
    "term": st.sampled_from([1, 3]),
    "payment": st.sampled_from(PAYMENTS),
    "country": st.sampled_from(["DE", "AT"]),
})

FAST = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def run(fields: dict[str, Any]) -> dict[str, Any]:
    loaded = TARIFFS.get(fields["tariff"], START)
    assert loaded is not None
    req = build_request(fields)
    return outcome_dict(price(req, loaded.tariff, CATALOG), sha256=loaded.sha256, lang="en",
                        catalog=CATALOG, coverage=False)


def gross(fields: dict[str, Any]) -> Decimal | None:
    p = run(fields)["premium"]
    return None if p is None else Decimal(p["gross_annual"])


@FAST
@given(requests)
def test_matches_the_handbook_reference(fields: dict[str, Any]) -> None:
    got = run(fields)
    want = expected(fields)
    assert (got["status"], got["reason_codes"], got["premium"]) == (
        want["status"], want["reason_codes"], want["premium"])


@FAST
@given(requests)
def test_instalments_add_up_and_gross_is_net_plus_surcharge_plus_tax(fields: dict[str, Any]) -> None:
    p = run(fields)["premium"]
    if p is None:
        return
    assert sum(Decimal(x) for x in p["instalments"]) == Decimal(p["gross_annual"])
    assert max(Decimal(x) for x in p["instalments"]) == Decimal(p["instalments"][0])
    assert Decimal(p["gross_annual"]) == (Decimal(p["net_annual"]) + Decimal(p["payment_surcharge"])
                                          + Decimal(p["insurance_tax"]))


def _amount_strings(obj: Any) -> list[str]:
    if isinstance(obj, dict):
        return [s for k, v in obj.items() if k not in ("sha256", "detail") for s in _amount_strings(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in _amount_strings(v)]
    return [obj] if isinstance(obj, str) and obj[:1].isdigit() else []


@FAST
@given(requests, st.lists(st.sampled_from(sorted(CATALOG.scenario_map)), max_size=4))
def test_every_amount_has_two_decimals(fields: dict[str, Any], scenarios: list[str]) -> None:
    got = run({**fields, "scenarios": scenarios})
    for text in _amount_strings({k: got[k] for k in ("premium", "worksheet", "scenarios",
                                                     "module_prices")}):
        whole, _, frac = text.partition(".")
        assert whole.isdigit() and len(frac) == 2 and frac.isdigit(), text


@FAST
@given(requests)
def test_worksheet_has_the_handbook_steps_in_order_with_the_reference_amounts(
        fields: dict[str, Any]) -> None:
    got = run(fields)
    want = expected(fields)["premium"]
    if want is None:
        assert got["worksheet"] == []
        return
    modules = [m for m in MODULE_TABLE_ORDER[fields["tariff"]] if m in want["modules"]]
    steps = ["base", "core", *(f"module:{m}" for m in modules), *STEPS_AFTER_MODULES]
    amounts = [want["base"], want["core"], *(want["modules"][m] for m in modules),
               *(want[step] for step in STEPS_AFTER_MODULES)]
    assert [(w["step"], w["amount"]) for w in got["worksheet"]] == list(zip(steps, amounts,
                                                                            strict=True))


def _raise(fields: dict[str, Any], key: str, values: list[Any]) -> dict[str, Any] | None:
    i = values.index(fields[key])
    return None if i + 1 >= len(values) else {**fields, key: values[i + 1]}


@FAST
@given(requests)
def test_premium_never_falls_when_risk_rises(fields: dict[str, Any]) -> None:
    before = gross(fields)
    if before is None:
        return
    bigger = [
        _raise(fields, "cover", COVERS),
        {**fields, "claims": fields["claims"] + 1},
        {**fields, "revenue": str(Decimal(fields["revenue"]) + Decimal("50000"))},
        *({**fields, "modules": [*fields["modules"], m]} for m in MODULES),
    ]
    for changed in bigger:
        if changed is None:
            continue
        after = gross(changed)
        if after is not None:
            assert after >= before, changed
