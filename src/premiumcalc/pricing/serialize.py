"""Outcomes as plain data for JSON and CSV: amounts as strings with exactly two decimals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

from premiumcalc.pricing.engine import Outcome, ScenarioResult, cents
from premiumcalc.pricing.explain import coverage_scope, reason_texts, step_detail
from premiumcalc.pricing.needs import (
    NOT_STATED,
    RequirementResult,
    bodily_injury_deductible,
    check_requirements,
    contractual_penalties,
    meets_all,
    module_aggregate,
    pi_aggregate,
    prior_acts_months,
    run_off_years,
)
from premiumcalc.tariffs.catalog import Catalog
from premiumcalc.tariffs.wording import PRICING


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
        "damage": amount(result.damage),
        "covered": result.covered,
        "part": result.part,
        "limit": amount(result.limit),
        "deductible": amount(result.deductible),
        "payout": amount(result.payout),
        "hint": None
        if result.hint is None
        else {"module": result.hint[0], "price": amount(result.hint[1])},
    }


#: The wording (``resources/catalog/texts/pricing.toml``) of each sublimit's label.
SUBLIMIT_TEXTS = {"keys": "key-sublimit", "contractual-penalties": "contractual-penalties-sublimit"}


def _stated(value: Decimal | str | None) -> str | None:
    return value if isinstance(value, str) else amount(value)


def coverage_dict(outcome: Outcome, lang: str, catalog: Catalog) -> dict[str, Any]:
    scope = coverage_scope(outcome, lang, catalog)
    tariff = outcome.tariff
    cover = outcome.request.cover
    label = {k: PRICING(text, lang) for k, text in SUBLIMIT_TEXTS.items()}
    covered = []
    for item in scope.covered:
        module = tariff.module_map.get(item.part)
        sublimits = []
        if item.part == "professional-indemnity" or module is None:
            aggregate = pi_aggregate(tariff, cover)
            penalties = contractual_penalties(tariff)
            if item.part == "professional-indemnity" and not isinstance(penalties, str) \
                    and penalties is not None:
                sublimits.append({"id": "contractual-penalties",
                                  "label": label["contractual-penalties"],
                                  "amount": amount(penalties)})
        elif item.part == "worldwide":
            aggregate = pi_aggregate(tariff, cover)  # extends professional indemnity
        else:
            aggregate = module_aggregate(module, cover)
            if module.key_sublimit is not None:
                sublimits.append({"id": "keys", "label": label["keys"],
                                  "amount": amount(module.key_sublimit)})
        entry: dict[str, Any] = {
            "part": item.part,
            "title": item.title,
            "text": item.text,
            "limit": amount(item.limit),
            "deductible": amount(item.deductible),
            "annual_aggregate": _stated(aggregate),
            "sublimits": sublimits,
            "note": item.note,
        }
        if item.part == "general-liability" and module is not None:
            entry["deductible_bodily_injury"] = _stated(
                bodily_injury_deductible(module, outcome.request.deductible))
        covered.append(entry)
    months = prior_acts_months(tariff)
    return {
        "covered": covered,
        "not_covered": list(scope.not_covered),
        "conditions": tariff.conditions if tariff.conditions is not None else NOT_STATED,
        "prior_acts_months": months,
        "run_off_years": run_off_years(tariff),
    }


def requirement_dict(result: RequirementResult) -> dict[str, Any]:
    """``{"id", "required", "offered", "met", "hint"}`` of handbook §15."""
    req = result.requirement
    offered = result.offered
    if isinstance(offered, Decimal):
        shown: Any = amount(offered)
    else:
        shown = offered
    if req.kind == "amount":
        required: Any = amount(Decimal(req.value or 0))
    else:
        required = req.value
    return {
        "id": req.id,
        "required": required,
        "offered": shown,
        "met": result.met,
        "hint": None if result.hint is None
        else {"module": result.hint[0], "price": amount(result.hint[1])},
    }


def yes_ids(outcome: Outcome, catalog: Catalog) -> list[str]:
    """The questions answered yes, in the catalogue's order."""
    order = [q.id for q in catalog.questions]
    return [q for q in order if q in outcome.request.yes] + [
        q for q in outcome.request.yes if q not in order]


def outcome_dict(
    outcome: Outcome,
    *,
    sha256: str,
    lang: str,
    catalog: Catalog,
    coverage: bool = True,
    valid_until: dt.date | Literal["own"] | None = "own",
) -> dict[str, Any]:
    """The JSON object of ``premiumcalc quote --format json``.

    ``valid_until`` is the last day of the tariff version among the installed versions of its
    id (handbook §11); by default the file's own ``valid_until``.
    """
    tariff = outcome.tariff
    until = tariff.valid_until if valid_until == "own" else valid_until
    data: dict[str, Any] = {
        "start": outcome.request.start.isoformat(),
        "status": outcome.status,
        "reason_codes": outcome.reason_codes,
        "reasons": reason_texts(outcome, lang, catalog),
        "tariff": {"id": tariff.id, "version": tariff.version, "sha256": sha256,
                   "valid_from": tariff.valid_from.isoformat(),
                   "valid_until": until.isoformat() if until is not None else None},
        "yes": yes_ids(outcome, catalog),
        "premium": premium_dict(outcome),
        "worksheet": [
            {"step": s.step, "detail": step_detail(s, lang), "amount": amount(s.amount)}
            for s in outcome.worksheet
        ],
        "scenarios": [scenario_dict(r) for r in outcome.scenarios],
        "module_prices": {k: amount(v) for k, v in outcome.module_prices.items()},
    }
    results = check_requirements(outcome, outcome.request.require)
    data["requirements"] = [requirement_dict(r) for r in results]
    data["meets_all"] = meets_all(outcome, results)
    if coverage:
        data["coverage"] = coverage_dict(outcome, lang, catalog)
    return data
