"""Outcomes as plain data for JSON and CSV: amounts as strings with exactly two decimals."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from premiumcalc.pricing.engine import Outcome, ScenarioResult, cents
from premiumcalc.pricing.explain import coverage_scope, reason_texts, step_detail
from premiumcalc.tariffs.catalog import Catalog


def amount(value: Decimal | None) -> str | None:
    """``"1234.50"``: two decimals, no grouping; None stays None."""
    if value is None:
        return None
    return format(cents(value), "f")


def premium_dict(outcome: Outcome) -> dict[str, Any] | None:
    p = outcome.premium
    if p is None:
        return None
    return {
        "base": amount(p.base),
        "core": amount(p.core),
        "modules": {k: amount(v) for k, v in p.modules.items()},
        "subtotal": amount(p.subtotal),
        "startup_discount": amount(p.startup_discount),
        "term_discount": amount(p.term_discount),
        "net_annual": amount(p.net_annual),
        "minimum_applied": p.minimum_applied,
        "payment_surcharge": amount(p.payment_surcharge),
        "insurance_tax": amount(p.insurance_tax),
        "gross_annual": amount(p.gross_annual),
        "instalments": [amount(x) for x in p.instalments],
    }


def scenario_dict(result: ScenarioResult) -> dict[str, Any]:
    return {
        "id": result.id,
        "covered": result.covered,
        "part": result.part,
        "limit": amount(result.limit),
        "deductible": amount(result.deductible),
        "payout": amount(result.payout),
        "hint": None
        if result.hint is None
        else {"module": result.hint[0], "price": amount(result.hint[1])},
    }


def coverage_dict(outcome: Outcome, lang: str, catalog: Catalog) -> dict[str, Any]:
    scope = coverage_scope(outcome, lang, catalog)
    return {
        "covered": [
            {
                "part": item.part,
                "title": item.title,
                "text": item.text,
                "limit": amount(item.limit),
                "deductible": amount(item.deductible),
                "sublimits": {label: amount(v) for label, v in item.sublimits},
                "note": item.note,
            }
            for item in scope.covered
        ],
        "not_covered": list(scope.not_covered),
    }


def outcome_dict(
    outcome: Outcome,
    *,
    sha256: str,
    lang: str,
    catalog: Catalog,
    coverage: bool = True,
) -> dict[str, Any]:
    """The JSON object of ``premiumcalc quote --format json``."""
    tariff = outcome.tariff
    data: dict[str, Any] = {
        "status": outcome.status,
        "reason_codes": outcome.reason_codes,
        "reasons": reason_texts(outcome, lang, catalog),
        "tariff": {"id": tariff.id, "version": tariff.version, "sha256": sha256},
        "premium": premium_dict(outcome),
        "worksheet": [
            {"step": s.step, "detail": step_detail(s, lang), "amount": amount(s.amount)}
            for s in outcome.worksheet
        ],
        "scenarios": [scenario_dict(r) for r in outcome.scenarios],
        "module_prices": {k: amount(v) for k, v in outcome.module_prices.items()},
    }
    if coverage:
        data["coverage"] = coverage_dict(outcome, lang, catalog)
    return data
