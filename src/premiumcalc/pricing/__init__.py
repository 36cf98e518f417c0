"""Pricing: request -> outcome, rating worksheet, coverage scope and claim scenarios.

No Qt and no I/O: everything here is a function of a request, a tariff and the catalogues.
"""

from premiumcalc.pricing.engine import (
    DECLINED,
    QUOTED,
    REFERRED,
    Outcome,
    Premium,
    PricingError,
    Reason,
    ScenarioResult,
    Step,
    evaluate_scenario,
    instalments,
    price,
    round2,
    scenarios_for,
)
from premiumcalc.pricing.request import (
    InvalidInput,
    QuoteRequest,
    build_request,
    check_request,
    parse_revenue,
    request_from_strings,
)

__all__ = [
    "DECLINED",
    "QUOTED",
    "REFERRED",
    "InvalidInput",
    "Outcome",
    "Premium",
    "PricingError",
    "QuoteRequest",
    "Reason",
    "ScenarioResult",
    "Step",
    "build_request",
    "check_request",
    "evaluate_scenario",
    "instalments",
    "parse_revenue",
    "price",
    "request_from_strings",
    "round2",
    "scenarios_for",
]
