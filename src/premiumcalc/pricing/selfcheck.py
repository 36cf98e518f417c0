"""A tariff file's own checks (``[[checks]]``): requests with the results the insurer
publishes, priced with the file itself.

A file whose checks fail is refused by ``tariffs check``, by the import and by the loader
(for added files), each mismatch listed with the rating worksheet that produced it.
"""

from __future__ import annotations

from typing import Any

from premiumcalc.pricing.engine import price
from premiumcalc.pricing.explain import step_detail
from premiumcalc.pricing.request import InvalidInput, build_request, check_request
from premiumcalc.pricing.serialize import amount
from premiumcalc.tariffs.catalog import Catalog
from premiumcalc.tariffs.models import Tariff


def check_failures(tariff: Tariff, catalog: Catalog) -> list[tuple[str, str]]:
    """(field, message) for every check of ``tariff`` that does not come out as stated."""
    failures: list[tuple[str, str]] = []
    for i, check in enumerate(tariff.checks):
        where = f"checks[{i}]"
        data: dict[str, Any] = {**check.request, "tariff": tariff.id}
        if "start" in _request_fields():
            data["start"] = check.start
        try:
            request = build_request(data)
            check_request(request, tariff, catalog)
        except InvalidInput as exc:
            failures.append((f"{where}.request", f"not a valid request: {exc}"))
            continue
        outcome = price(request, tariff, catalog)
        got_gross = outcome.premium.gross_annual if outcome.premium is not None else None
        if check.status is not None and outcome.status != check.status:
            failures.append((where, f"expected status {check.status}, got {outcome.status}"
                                    f"{_reasons(outcome.reason_codes)}"))
        elif check.gross_annual is not None and got_gross != check.gross_annual:
            got = amount(got_gross) if got_gross is not None else outcome.status
            worksheet = "; ".join(
                f"{s.step} {step_detail(s, 'en')} = {amount(s.amount)}"
                for s in outcome.worksheet)
            failures.append((where, f"expected gross_annual {amount(check.gross_annual)}, got "
                                    f"{got}{_reasons(outcome.reason_codes)}"
                                    + (f" (worksheet: {worksheet})" if worksheet else "")))
    return failures


def _reasons(codes: list[str]) -> str:
    return f" ({', '.join(codes)})" if codes else ""


def _request_fields() -> frozenset[str]:
    from dataclasses import fields

    from premiumcalc.pricing.request import QuoteRequest

    return frozenset(f.name for f in fields(QuoteRequest))
