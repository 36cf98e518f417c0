"""The handbook's figures, rule by rule, for both sample tariffs."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from typing import Any

import pytest

from handbook import NORDLICHT, RHEINAUEN, expected
from premiumcalc.pricing import InvalidInput, build_request, check_request, price
from premiumcalc.pricing.serialize import outcome_dict
from premiumcalc.tariffs import load_catalog, load_tariffs

TARIFFS = load_tariffs(include_user_dir=False)
CATALOG = load_catalog()
#: Part I's figures are those of a start of cover in 2026 (handbook §11): the versions used
#: are the ones valid on this day, whatever the date of the test run.
START = datetime.date(2026, 12, 1)


def quote(**fields: Any) -> dict[str, Any]:
    lang = fields.pop("lang", "en")
    req = build_request(fields)
    loaded = TARIFFS.get(req.tariff, START)
    assert loaded is not None
    check_request(req, loaded.tariff, CATALOG)
    return outcome_dict(price(req, loaded.tariff, CATALOG), sha256=loaded.sha256, lang=lang,
                        catalog=CATALOG)


def nordlicht(**changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = dict(tariff=NORDLICHT, profession="software-development",
                                  revenue="180000", cover=1000000, deductible=500)
    fields.update(changes)
    return fields


def rheinauen(**changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = dict(tariff=RHEINAUEN, profession="web-development",
                                  revenue="400000.01", cover=2000000, deductible=1000)
    fields.update(changes)
    return fields


def check_against_handbook(fields: dict[str, Any]) -> dict[str, Any]:
    got = quote(**fields)
    want = expected(fields)
    assert got["status"] == want["status"]
    assert got["reason_codes"] == want["reason_codes"]
    assert got["premium"] == want["premium"]
    return got


def test_worked_example_nordlicht() -> None:
    with open("tests/data/worked-example.json") as f:
        fields = json.load(f)
    got = quote(**fields)
    p = got["premium"]
    assert got["status"] == "quoted"
    assert [p[k] for k in ("base", "core", "subtotal", "startup_discount", "term_discount",
                           "net_annual", "payment_surcharge", "insurance_tax",
                           "gross_annual")] == [
        "430.00", "490.20", "760.20", "114.03", "64.62", "581.55", "29.08", "116.02", "726.65"]
    assert p["modules"] == {"general-liability": "120.00", "cyber": "150.00"}
    assert p["minimum_applied"] is False
    assert p["instalments"] == ["60.60"] + ["60.55"] * 11
    assert [w["step"] for w in got["worksheet"]] == [
        "base", "core", "module:general-liability", "module:cyber", "subtotal",
        "startup_discount", "term_discount", "net_annual", "payment_surcharge",
        "insurance_tax", "gross_annual"]
    assert got["worksheet"][1]["detail"] == "430.00 × 1.20 × 0.95 × 1.00"
    assert got["scenarios"] == [{
        "id": "lost-client-key", "damage": "1400.00", "covered": True,
        "part": "general-liability", "limit": "100000.00", "deductible": "500.00",
        "payout": "900.00", "hint": None}]
    assert got["tariff"]["id"] == NORDLICHT and got["tariff"]["version"] == "2026-01"
    assert len(got["tariff"]["sha256"]) == 64


def test_second_example_rheinauen_with_scenarios() -> None:
    got = quote(**rheinauen(claims=1, modules=["cyber", "worldwide", "general-liability"],
                            term=3, payment="quarterly", country="AT",
                            scenarios=["lost-own-documents", "missed-deadline"]))
    p = got["premium"]
    assert p["base"] == "980.00" and p["core"] == "1347.89"
    assert p["modules"] == {"general-liability": "0.00", "delay-damages": "0.00",
                            "cyber": "320.00", "worldwide": "404.37"}
    assert [p["subtotal"], p["term_discount"], p["net_annual"], p["payment_surcharge"],
            p["insurance_tax"], p["gross_annual"]] == [
        "2072.26", "207.23", "1865.03", "55.95", "211.31", "2132.29"]
    assert p["instalments"] == ["533.08", "533.07", "533.07", "533.07"]
    assert [w["step"] for w in got["worksheet"]][2:6] == [
        "module:general-liability", "module:delay-damages", "module:cyber", "module:worldwide"]
    lost, missed = got["scenarios"]
    assert (lost["covered"], lost["part"], lost["limit"], lost["deductible"], lost["payout"]) == (
        True, "cyber", "100000.00", "2500.00", "500.00")
    assert (missed["part"], missed["limit"], missed["deductible"], missed["payout"]) == (
        "delay-damages", "100000.00", "1000.00", "24000.00")


@pytest.mark.parametrize(("tariff", "edge", "band_base"), [
    (NORDLICHT, "100000.00", "310.00"), (NORDLICHT, "250000", "430.00"),
    (NORDLICHT, "500000", "620.00"), (NORDLICHT, "1000000", "930.00"),
    (NORDLICHT, "3000000", "1480.00"),
    (RHEINAUEN, "150000", "420.00"), (RHEINAUEN, "400000", "610.00"),
    (RHEINAUEN, "1000000", "980.00"), (RHEINAUEN, "2000000", "1540.00"),
])
def test_revenue_band_edges(tariff: str, edge: str, band_base: str) -> None:
    fields = dict(tariff=tariff, profession="software-development", cover=1000000,
                  deductible=250)
    at_edge = check_against_handbook({**fields, "revenue": edge})
    assert at_edge["premium"]["base"] == band_base
    above = check_against_handbook({**fields, "revenue": str(Decimal(edge) + Decimal("0.01"))})
    if above["status"] == "quoted":
        assert Decimal(above["premium"]["base"]) > Decimal(band_base)
    else:
        assert above["reason_codes"] == ["revenue-referred"]


def test_first_band_of_nordlicht_ends_at_100000() -> None:
    assert quote(**nordlicht(revenue="100000.00"))["premium"]["base"] == "310.00"
    assert quote(**nordlicht(revenue="100000.01"))["premium"]["base"] == "430.00"


def test_revenue_above_limit_is_referred_with_text() -> None:
    got = quote(**nordlicht(revenue="3000000.01"))
    assert got["status"] == "referred" and got["premium"] is None
    assert got["reasons"] == ["revenue above 3,000,000 EUR needs individual underwriting"]
    assert got["worksheet"] == [] and got["scenarios"] == []
    got = quote(**rheinauen(revenue="2000000.01", lang="de"))
    assert got["reason_codes"] == ["revenue-referred"]
    assert "2.000.000" in got["reasons"][0]


def test_minimum_premium_applies_and_is_flagged() -> None:
    got = check_against_handbook(nordlicht(profession="it-training", revenue="50000",
                                           cover=250000, deductible=2500, startup=True, term=3))
    assert got["premium"]["minimum_applied"] is True
    assert got["premium"]["net_annual"] == "250.00"
    got = check_against_handbook(rheinauen(revenue="10000", cover=250000, deductible=2500,
                                           startup=True, term=3))
    assert got["premium"]["net_annual"] == "300.00" and got["premium"]["minimum_applied"]


@pytest.mark.parametrize("payment", ["annual", "semiannual", "quarterly", "monthly"])
@pytest.mark.parametrize("country", ["DE", "AT"])
def test_each_payment_frequency_and_country(payment: str, country: str) -> None:
    for fields in (nordlicht(payment=payment, country=country, modules=["worldwide"]),
                   rheinauen(payment=payment, country=country, modules=["cyber"])):
        got = check_against_handbook(fields)
        p = got["premium"]
        assert len(p["instalments"]) == {"annual": 1, "semiannual": 2, "quarterly": 4,
                                         "monthly": 12}[payment]
        assert sum(Decimal(x) for x in p["instalments"]) == Decimal(p["gross_annual"])


def test_austrian_tax_is_eleven_percent() -> None:
    got = quote(**nordlicht(country="AT"))
    p = got["premium"]
    assert Decimal(p["insurance_tax"]) == (Decimal(p["net_annual"]) * Decimal("0.11")).quantize(
        Decimal("0.01"))
    assert got["worksheet"][-2]["detail"].endswith("× 0.11 (AT)")


@pytest.mark.parametrize("profession", ["medical-device-software", "traffic-control-systems",
                                        "power-plant-control", "securities-trading-systems",
                                        "weapons-systems"])
def test_excluded_professions_are_declined_by_both(profession: str) -> None:
    for fields in (nordlicht(profession=profession), rheinauen(profession=profession)):
        got = check_against_handbook(fields)
        assert got["status"] == "declined"
        assert got["reasons"][0].endswith("is not insured by this tariff")


def test_it_security_referred_by_rheinauen_priced_by_nordlicht() -> None:
    got = check_against_handbook(rheinauen(profession="it-security"))
    assert got["status"] == "referred"
    assert got["reasons"] == ["IT security services need an underwriting questionnaire"]
    got = check_against_handbook(nordlicht(profession="it-security"))
    assert got["status"] == "quoted" and got["premium"]["base"] == "540.00"


def test_cover_5m_declined_by_rheinauen_only() -> None:
    got = quote(**rheinauen(cover=5000000))
    assert got["status"] == "declined"
    assert got["reasons"] == ["cover 5,000,000 EUR is not offered"]
    assert quote(**nordlicht(cover=5000000))["status"] == "quoted"


def test_two_claims_referred_one_claim_loaded() -> None:
    for fields in (nordlicht(claims=2), rheinauen(claims=7)):
        got = check_against_handbook(fields)
        assert got["reason_codes"] == ["claims-referred"]
        assert got["reasons"] == ["two or more claims in 5 years"]
    check_against_handbook(nordlicht(claims=1))
    check_against_handbook(rheinauen(claims=1))


def test_all_reasons_collected_in_order_and_decline_wins() -> None:
    got = quote(**rheinauen(profession="it-security", revenue="9000000", cover=5000000,
                            claims=3))
    assert got["status"] == "declined"
    assert got["reason_codes"] == ["profession-referred", "revenue-referred", "cover-declined",
                                   "claims-referred"]
    got = quote(**nordlicht(revenue="9000000", claims=2, lang="de"))
    assert got["status"] == "referred"
    assert got["reasons"] == ["ein Umsatz über 3.000.000 EUR erfordert eine individuelle "
                              "Risikoprüfung", "zwei oder mehr Vorschäden in 5 Jahren"]


def test_included_modules_cost_nothing_and_selecting_them_changes_nothing() -> None:
    plain = quote(**rheinauen())
    chosen = quote(**rheinauen(modules=["general-liability", "delay-damages"]))
    assert plain["premium"] == chosen["premium"]
    assert plain["premium"]["modules"] == {"general-liability": "0.00", "delay-damages": "0.00"}


def test_module_named_twice_counts_once_and_scenarios_keep_order() -> None:
    once = quote(**nordlicht(modules=["cyber"]))
    twice = quote(**nordlicht(modules=["cyber", "cyber"],
                              scenarios=["typo-in-price", "lost-client-key", "typo-in-price"]))
    assert once["premium"] == twice["premium"]
    assert [s["id"] for s in twice["scenarios"]] == ["typo-in-price", "lost-client-key"]


def test_cyber_minimum_and_worldwide_rate() -> None:
    got = quote(**nordlicht(revenue="2000000", cover=5000000, deductible=0,
                            modules=["cyber", "worldwide"]))
    core = Decimal(got["premium"]["core"])
    assert got["premium"]["modules"]["cyber"] == str((core * Decimal("0.20")).quantize(
        Decimal("0.01")))
    assert Decimal(got["premium"]["modules"]["cyber"]) > Decimal("150.00")


def test_scenario_hint_names_module_and_its_price() -> None:
    got = quote(**nordlicht(modules=["cyber"], startup=True, term=3, payment="monthly",
                            scenarios=["lost-client-key", "us-client-lawsuit",
                                       "unjustified-claim", "coffee-laptop"]))
    key, us, unjust, coffee = got["scenarios"]
    assert key == {"id": "lost-client-key", "damage": "1400.00", "covered": False, "part": None,
                   "limit": None,
                   "deductible": None, "payout": "0.00",
                   "hint": {"module": "general-liability", "price": "120.00"}}
    assert us["hint"] == {"module": "worldwide", "price": "122.55"}
    assert unjust == {"id": "unjustified-claim", "damage": "10000.00", "covered": True,
                      "part": "professional-indemnity", "limit": "1000000.00",
                      "deductible": "500.00", "payout": "0.00", "hint": None}
    assert coffee["hint"]["module"] == "general-liability"


def test_scenarios_payout_and_limits() -> None:
    got = quote(**nordlicht(cover=250000, deductible=2500,
                            modules=["general-liability", "worldwide", "delay-damages"],
                            scenarios=["gdpr-breach", "us-client-lawsuit", "missed-deadline",
                                       "lost-own-documents", "coffee-laptop"]))
    gdpr, us, missed, own, coffee = got["scenarios"]
    assert gdpr["payout"] == "37500.00" and gdpr["limit"] == "250000.00"
    assert us["covered"] and us["part"] == "professional-indemnity" and us["payout"] == "77500.00"
    # delay damages sublimit 250,000 "or the cover, if lower"
    assert missed["limit"] == "250000.00" and missed["payout"] == "22500.00"
    assert own["covered"] is False and own["hint"]["module"] == "cyber"
    assert coffee["limit"] == "3000000.00" and coffee["payout"] == "0.00"  # 1,800 < 2,500


def test_scenarios_empty_unless_quoted() -> None:
    got = quote(**nordlicht(revenue="5000000", scenarios=["typo-in-price"]))
    assert got["scenarios"] == []


@pytest.mark.parametrize(("field", "value"), [
    ("cover", 123), ("deductible", 100), ("term", 2), ("payment", "weekly"),
    ("country", "CH"), ("modules", ["legal"]), ("profession", "astronaut"),
    ("scenarios", ["alien-invasion"]),
])
def test_values_outside_the_tariff_are_invalid_input(field: str, value: Any) -> None:
    with pytest.raises(InvalidInput) as info:
        quote(**nordlicht(**{field: value}))
    assert info.value.field in (field, field.rstrip("s"))
    assert "allowed" in info.value.message


def test_float_revenue_is_refused() -> None:
    with pytest.raises(InvalidInput) as info:
        build_request(nordlicht(revenue=180000.0))
    assert info.value.field == "revenue"
