"""One request priced by every installed tariff: the broker's market view."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from premiumcalc.pricing.engine import (
    DECLINED,
    QUOTED,
    REFERRED,
    Outcome,
    PricingError,
    Reason,
    price,
    questions_last,
)
from premiumcalc.pricing.request import (
    InvalidInput,
    QuoteRequest,
    check_against_catalog,
    tariff_mismatches,
)
from premiumcalc.tariffs.catalog import Catalog
from premiumcalc.tariffs.models import KNOWN_MODULES, Tariff

_ORDER = {QUOTED: 0, REFERRED: 1, DECLINED: 2}


def price_with_tariff_limits(request: QuoteRequest, tariff: Tariff, catalog: Catalog) -> Outcome:
    """Price a request that may use values this tariff does not offer (declined then)."""
    mismatches = tariff_mismatches(request, tariff)
    if not mismatches:
        return price(request, tariff, catalog)
    base = price(request.with_changes(
        deductible=request.deductible if request.deductible in tariff.deductibles.factors
        else tariff.deductible_values[0],
        modules=tuple(m for m in request.modules if m in tariff.module_map),
        term=request.term if request.term in tariff.terms.discounts else tariff.term_values[0],
        payment=request.payment if request.payment in tariff.payment.surcharges
        else tariff.payment_values[0],
        country=request.country if request.country in tariff.tax.rates
        else tariff.country_values[0],
        scenarios=(),
    ), tariff, catalog)
    reasons = list(base.reasons)
    codes = {r.code for r in reasons}
    for field, _message in mismatches:
        if field == "cover":
            if "cover-declined" not in codes:
                reasons.append(Reason("cover-declined", (request.cover,)))
            continue
        value: object = getattr(request, field) if field != "module" else ", ".join(
            m for m in request.modules if m not in tariff.module_map
        )
        reasons.append(Reason(f"{field}-not-offered", (value,)))
    return Outcome(request, tariff, DECLINED, tuple(questions_last(reasons)), None, (), {},
                   base.risk_class, base.band)


def sort_key(outcome: Outcome) -> tuple[int, Decimal, str]:
    gross = outcome.premium.gross_annual if outcome.premium else Decimal(0)
    return (_ORDER[outcome.status], gross, outcome.tariff.id)


def price_all(
    request: QuoteRequest, tariffs: Iterable[Tariff], catalog: Catalog,
    failures: list[tuple[str, str]] | None = None,
) -> list[Outcome]:
    """Every tariff's outcome: quoted ones first by gross, then referred, then declined.

    Raises :class:`InvalidInput` for a value that no tariff (or the catalogue) knows. A tariff
    that cannot price the request (:class:`PricingError`) is left out and, with ``failures``,
    reported there as ``(tariff id, reason)``: it never stops the others.
    """
    tariffs = list(tariffs)
    check_against_catalog(request, catalog)
    outcomes: list[Outcome] = []
    for tariff in tariffs:
        try:
            outcomes.append(price_with_tariff_limits(request, tariff, catalog))
        except PricingError as exc:
            if failures is None:
                raise
            failures.append((tariff.id, exc.message))
    if tariffs:
        per_tariff = [tariff_mismatches(request, t) for t in tariffs]
        fields_everywhere = set.intersection(*({f for f, _ in p} for p in per_tariff))
        for field, message in per_tariff[0]:
            if field in fields_everywhere:
                raise InvalidInput(field, message)
    outcomes.sort(key=sort_key)
    return outcomes


# ---------------------------------------------------------------------------------------
# What each tariff offers, side by side, and a cover × deductible matrix for one tariff.

INCLUDED = "included"
OPTIONAL = "optional"
MISSING = "missing"


@dataclass(frozen=True)
class TariffFacts:
    """The cover facts a broker compares, for one tariff and one request."""

    modules: dict[str, str]  # module id -> included / optional / missing
    key_limit: Decimal | None
    general_liability_limit: Decimal | None
    cyber_limit: Decimal | None
    cyber_deductible: Decimal | None
    worldwide: str
    delay_damages_limit: Decimal | None


def tariff_facts(tariff: Tariff, cover: int | None = None) -> TariffFacts:
    """Limits and module availability of ``tariff`` (delay limit capped by ``cover``)."""
    modules = {
        mid: (INCLUDED if m.included else OPTIONAL) if (m := tariff.module_map.get(mid))
        else MISSING
        for mid in KNOWN_MODULES
    }
    gl = tariff.module_map.get("general-liability")
    cyber = tariff.module_map.get("cyber")
    delay = tariff.module_map.get("delay-damages")
    delay_limit = delay.limit if delay is not None else None
    if (delay is not None and delay_limit is not None and delay.limit_capped_by_cover
            and cover is not None and Decimal(cover) < delay_limit):
        delay_limit = Decimal(cover)
    return TariffFacts(
        modules=modules,
        key_limit=gl.key_sublimit if gl is not None else None,
        general_liability_limit=gl.limit if gl is not None else None,
        cyber_limit=cyber.limit if cyber is not None else None,
        cyber_deductible=cyber.deductible if cyber is not None else None,
        worldwide=modules["worldwide"],
        delay_damages_limit=delay_limit,
    )


@dataclass(frozen=True)
class MatrixCell:
    cover: int
    deductible: int
    status: str
    gross_annual: Decimal | None


def premium_matrix(request: QuoteRequest, tariff: Tariff, catalog: Catalog) -> list[list[MatrixCell]]:
    """Annual gross premium for every cover (rows) × deductible (columns) of ``tariff``.

    The rest of the request stays as it is; a cell that is referred or declined has no premium.
    """
    base = replace(request, scenarios=())
    rows: list[list[MatrixCell]] = []
    for cover in tariff.cover_values:
        row = []
        for deductible in tariff.deductible_values:
            req = replace(base, cover=cover, deductible=deductible)
            outcome = price_with_tariff_limits(req, tariff, catalog)
            gross = outcome.premium.gross_annual if outcome.premium else None
            row.append(MatrixCell(cover, deductible, outcome.status, gross))
        rows.append(row)
    return rows
