"""The client's requirements checked against one tariff's outcome, and the recommendation
(handbook §15).

What a tariff offers is taken from its cover for the request (also when the request is not
quoted); a requirement is met only by a quoted outcome. Where selecting a module of the
tariff would meet a requirement, the hint names the module and its price as in §9.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from premiumcalc.pricing.engine import QUOTED, Outcome, cents
from premiumcalc.pricing.requirement import Requirement
from premiumcalc.tariffs.models import Module, Tariff

#: What a tariff that does not state a condition offers.
NOT_STATED = "not-stated"
UNLIMITED = "unlimited"

#: Offered: an amount, a number of months or years, True/False, "unlimited", "not-stated", or
#: None when the part is not in the cover (or, for max-gross, when not quoted).
Offered = Decimal | int | bool | str | None


@dataclass(frozen=True, slots=True)
class RequirementResult:
    """One requirement against one tariff."""

    requirement: Requirement
    offered: Offered
    met: bool
    hint: tuple[str, Decimal] | None  # (module id, its price) when a module would meet it

    @property
    def id(self) -> str:
        return self.requirement.id


# ---------------------------------------------------------------------------------------
# What a tariff's cover gives for a request (handbook §13).


def module_limit(module: Module, cover: int) -> Decimal | None:
    """A module's limit for this cover (delay damages capped by the cover where the tariff
    says so)."""
    if module.limit is None:
        return None
    limit = cents(module.limit)
    if module.limit_capped_by_cover and limit > cover:
        limit = cents(Decimal(cover))
    return limit


def pi_aggregate(tariff: Tariff, cover: int) -> Decimal | str:
    """Annual aggregate of professional indemnity, or "not-stated"."""
    if tariff.cover_terms is None:
        return NOT_STATED
    return cents(tariff.cover_terms.aggregate_factor * cover)


def module_aggregate(module: Module, cover: int) -> Decimal | str:
    """Annual aggregate of a module's part of the cover, or "not-stated"."""
    limit = module_limit(module, cover)
    if module.aggregate_factor is None or limit is None:
        return NOT_STATED
    return cents(module.aggregate_factor * limit)


def contractual_penalties(tariff: Tariff) -> Decimal | str | None:
    """The sublimit for contractual penalties, None when not covered, or "not-stated"."""
    if tariff.cover_terms is None:
        return NOT_STATED
    value = tariff.cover_terms.contractual_penalties
    return None if isinstance(value, str) else cents(value)


def prior_acts_months(tariff: Tariff) -> int | str | None:
    """Months of prior acts; None for unlimited; "not-stated"."""
    if tariff.cover_terms is None:
        return NOT_STATED
    months = tariff.cover_terms.prior_acts_months
    return None if months == UNLIMITED else int(months)


def run_off_years(tariff: Tariff) -> int | str:
    if tariff.cover_terms is None:
        return NOT_STATED
    return tariff.cover_terms.run_off_years


def bodily_injury_deductible(module: Module, chosen: int) -> Decimal | str:
    """General liability's deductible for bodily injury, or "not-stated"."""
    value = module.bodily_injury_deductible
    if value is None:
        return NOT_STATED
    if value == "chosen":
        return cents(Decimal(chosen))
    return cents(Decimal(value))


# ---------------------------------------------------------------------------------------


#: Requirement id -> (module, what of it) for the requirements a module of the tariff meets.
_MODULE_PARTS: dict[str, tuple[str, str]] = {
    "gl-limit": ("general-liability", "limit"),
    "keys-sublimit": ("general-liability", "keys"),
    "cyber-limit": ("cyber", "limit"),
    "delay-sublimit": ("delay-damages", "limit"),
}


def _module_value(module: Module, what: str, cover: int) -> Decimal | None:
    if what == "keys":
        return cents(module.key_sublimit) if module.key_sublimit is not None else None
    return module_limit(module, cover)


def _offered(req: Requirement, outcome: Outcome, active: set[str]) -> Offered:
    tariff = outcome.tariff
    cover = outcome.request.cover
    rid = req.id
    part = _MODULE_PARTS.get(rid)
    if part is not None:
        mid, what = part
        return _module_value(tariff.module_map[mid], what, cover) if mid in active else None
    if rid == "pi-limit":
        return cents(Decimal(cover))
    if rid == "pi-aggregate":
        return pi_aggregate(tariff, cover)
    if rid == "worldwide":
        return "worldwide" in active
    if rid == "contractual-penalties":
        return contractual_penalties(tariff)
    if rid == "prior-acts-months":
        months = prior_acts_months(tariff)
        return UNLIMITED if months is None else months
    if rid == "run-off-years":
        return run_off_years(tariff)
    if rid == "max-deductible":
        return cents(Decimal(outcome.request.deductible))
    if rid == "max-gross":
        return outcome.premium.gross_annual if outcome.premium is not None else None
    raise KeyError(rid)  # pragma: no cover - ids are checked when read


def _satisfies(req: Requirement, offered: Offered) -> bool:
    if req.id == "worldwide":
        return offered is True
    if offered is None or isinstance(offered, bool):
        return False
    if isinstance(offered, str):
        return offered == UNLIMITED  # "not-stated" never meets a requirement
    value = req.value
    assert value is not None
    if req.id == "max-deductible" or req.id == "max-gross":
        return offered <= value
    return offered >= value


def _hint(req: Requirement, outcome: Outcome, active: set[str]) -> tuple[str, Decimal] | None:
    """The module of this tariff whose selection would meet ``req``, with its price."""
    if req.id == "worldwide":
        mid, what = "worldwide", ""
    else:
        part = _MODULE_PARTS.get(req.id)
        if part is None:
            return None
        mid, what = part
    module = outcome.tariff.module_map.get(mid)
    if module is None or mid in active or mid not in outcome.module_prices:
        return None
    if what:
        value = _module_value(module, what, outcome.request.cover)
        if value is None or not _satisfies(req, value):
            return None
    return mid, outcome.module_prices[mid]


def check_requirements(
    outcome: Outcome, requirements: Sequence[Requirement]
) -> list[RequirementResult]:
    """Each requirement, in the order given, against ``outcome``."""
    active = set(outcome.active_modules)
    quoted = outcome.status == QUOTED
    results = []
    for req in requirements:
        offered = _offered(req, outcome, active)
        met = quoted and _satisfies(req, offered)
        hint = None if met else _hint(req, outcome, active)
        results.append(RequirementResult(req, offered, met, hint))
    return results


def meets_all(outcome: Outcome, results: Sequence[RequirementResult]) -> bool:
    return outcome.status == QUOTED and all(r.met for r in results)


def recommended(outcomes: Sequence[Outcome]) -> Outcome | None:
    """The cheapest quoted tariff that meets every requirement of the request (ties by id)."""
    best: Outcome | None = None
    for outcome in outcomes:
        if outcome.premium is None:
            continue
        if not meets_all(outcome, check_requirements(outcome, outcome.request.require)):
            continue
        key = (outcome.premium.gross_annual, outcome.tariff.id)
        if best is None or key < (best.premium.gross_annual, best.tariff.id):  # type: ignore[union-attr]
            best = outcome
    return best
