"""The renewal check: each client's current contract priced again for its main renewal date.

For every client (not restricted) whose current contract has a request and a main renewal
date within the coming days, the request is priced with every installed tariff valid on
that date (the renewal date is the start of cover). A client is listed when a tariff would
cost less than the current premium while meeting every requirement the current contract
meets (a saving), or when a tariff meets requirements of the request that the current
contract does not (more cover). The list is sorted by saving, largest first.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from premiumcalc.clock import today as clock_today
from premiumcalc.pricing.request import InvalidInput, build_request
from premiumcalc.quotes import schema as s
from premiumcalc.quotes.clients import QuoteStore
from premiumcalc.tariffs import Catalog, TariffSet

DEFAULT_WITHIN = 90


@dataclass(frozen=True)
class RenewalOption:
    """One tariff's price for the renewal."""

    tariff_id: str
    version: str
    insurer: str
    gross_annual: Decimal
    requirements_met: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"tariff_id": self.tariff_id, "version": self.version, "insurer": self.insurer,
                "gross_annual": f"{self.gross_annual:.2f}",
                "requirements_met": list(self.requirements_met)}


@dataclass(frozen=True)
class RenewalResult:
    """What the renewal check found for one client."""

    client_number: str
    client_name: str
    renewal: date
    current_insurer: str
    current_premium: Decimal | None
    #: The cheapest quoted tariff that meets every requirement the current contract meets.
    cheapest: RenewalOption | None
    #: Current premium minus the cheapest's (positive: the client would save).
    saving: Decimal | None
    #: The tariff meeting the most requirements the current contract does not (cheapest of
    #: those), and which requirements those are.
    more_cover: RenewalOption | None
    gains: tuple[str, ...]
    problem: str = ""

    @property
    def would_save(self) -> bool:
        return self.saving is not None and self.saving > 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "client_number": self.client_number, "client_name": self.client_name,
            "renewal": self.renewal.isoformat(), "current_insurer": self.current_insurer,
            "current_premium": None if self.current_premium is None
            else f"{self.current_premium:.2f}",
            "cheapest": None if self.cheapest is None else self.cheapest.as_dict(),
            "saving": None if self.saving is None else f"{self.saving:.2f}",
            "more_cover": None if self.more_cover is None else self.more_cover.as_dict(),
            "gains": list(self.gains), "problem": self.problem or None,
        }


@dataclass(frozen=True, slots=True)
class _Due:
    number: str
    name: str
    renewal: str
    insurer: str
    premium_cents: int | None
    limits_json: str
    request_json: str


def _due(store: QuoteStore, first: date, last: date, batch: int = 2000) -> Iterator[_Due]:
    c = s.clients.c
    query = (sa.select(c.client_number, c.name, c.current_renewal, c.current_insurer,
                       c.current_premium_cents, c.current_limits_json, c.current_request_json)
             .where(c.current_renewal >= first.isoformat(),
                    c.current_renewal <= last.isoformat(),
                    c.current_request_json.is_not(None), c.restricted_at.is_(None))
             .order_by(c.client_number))
    with store._read("read the current contracts") as conn:
        result = conn.execution_options(yield_per=batch).execute(query)
        for partition in result.partitions():
            yield from (_Due(*row) for row in partition)


def renewal_check(
    store: QuoteStore,
    *,
    within: int = DEFAULT_WITHIN,
    today: date | None = None,
    installed: TariffSet | None = None,
    catalog: Catalog | None = None,
    everyone: bool = False,
) -> list[RenewalResult]:
    """The clients whose main renewal date falls within ``within`` days from ``today``
    (default: the program's today) and who would save or gain cover, sorted by saving
    (largest first; those who only gain cover after, by renewal date). ``everyone`` lists
    every client checked, also those with nothing to gain and those whose request cannot
    be priced (``problem`` says why)."""
    from premiumcalc.pricing.compare import price_all
    from premiumcalc.pricing.engine import revenue_band
    from premiumcalc.pricing.needs import check_requirements
    from premiumcalc.tariffs import load_catalog, load_tariffs

    if within < 0:
        raise InvalidInput("within", f"{within} days: give 0 or more days")
    first = today or clock_today()
    last = first + timedelta(days=min(within, (date.max - first).days))  # huge: every date
    catalog = catalog or load_catalog()
    installed = installed if installed is not None else load_tariffs()
    valid_cache: dict[str, tuple[list[Any], tuple[tuple[str, str], ...]]] = {}
    # Only the small options are kept (not the outcomes): memory and the garbage collector's
    # work stay flat however many clients are checked.
    priced_cache: dict[tuple[Any, ...], list[RenewalOption]] = {}
    results: list[RenewalResult] = []
    for due in _due(store, first, last):
        renewal = date.fromisoformat(due.renewal)
        current_premium = (None if due.premium_cents is None
                           else (Decimal(int(due.premium_cents)) / 100).quantize(Decimal("0.01")))
        try:
            current_met = set(json.loads(due.limits_json or "{}").get("requirements_met") or ())
        except ValueError:
            current_met = set()
        problem = ""
        try:
            data = json.loads(due.request_json)
            revenue = Decimal(str(data.pop("revenue")))
            data.pop("start", None)
        except (ValueError, TypeError, KeyError, AttributeError, ArithmeticError):
            data, revenue = None, Decimal(0)
        if due.renewal not in valid_cache:
            tariffs = [v.tariff for v in installed.valid_on(renewal)[0]]
            valid_cache[due.renewal] = (tariffs, tuple((t.id, t.version) for t in tariffs))
        tariffs, versions = valid_cache[due.renewal]
        # The revenue is priced only through its band (handbook §4) and the start of cover
        # only chooses the tariff versions: requests alike in the rest are priced once.
        key = None if data is None else (
            versions, tuple(revenue_band(revenue, t.revenue.bands) for t in tariffs),
            json.dumps(data, sort_keys=True))
        priced = None if key is None else priced_cache.get(key)
        if priced is None:
            priced = []
            try:
                full = json.loads(due.request_json)
                full["start"] = due.renewal
                request = build_request(full)
                failures: list[tuple[str, str]] = []
                for outcome in price_all(request, tariffs, catalog, failures):
                    if outcome.premium is None:
                        continue
                    met = tuple(r.id for r in check_requirements(outcome, request.require)
                                if r.met)
                    priced.append(_option(outcome, met))
            except (InvalidInput, ValueError, TypeError, AttributeError) as error:
                problem = str(error) or type(error).__name__
            if not problem and key is not None:
                priced_cache[key] = priced
        cheapest = more = None
        gains: tuple[str, ...] = ()
        for option in priced:  # by gross premium, cheapest first
            if cheapest is None and current_met <= set(option.requirements_met):
                cheapest = option
            extra = tuple(m for m in option.requirements_met if m not in current_met)
            if len(extra) > len(gains):
                more, gains = option, extra
        saving = (None if cheapest is None or current_premium is None
                  else current_premium - cheapest.gross_annual)
        result = RenewalResult(due.number, due.name, renewal, due.insurer, current_premium,
                               cheapest, saving, more, gains, problem)
        if everyone or result.would_save or gains:
            results.append(result)
    results.sort(key=lambda r: (-(r.saving or Decimal(0)) if r.would_save else Decimal(1),
                                r.renewal, r.client_number))
    return results


def _option(outcome: Any, met: tuple[str, ...]) -> RenewalOption:
    return RenewalOption(tariff_id=outcome.tariff.id, version=outcome.tariff.version,
                         insurer=outcome.tariff.insurer, gross_annual=outcome.premium.gross_annual,
                         requirements_met=met)
