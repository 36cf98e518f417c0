"""Request and tariff in, outcome out: the handbook's pricing steps, exactly.

A pure function: no I/O, no Qt, no global state. Rounding happens only at the steps the
handbook marks round2; instalments are rounded down and the first takes the remainder.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import (
    ROUND_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    localcontext,
)

from premiumcalc.pricing.questions import is_question, question_reasons
from premiumcalc.pricing.request import InvalidInput, QuoteRequest, scenario_damage
from premiumcalc.pricing.request import scenario_id as id_of
from premiumcalc.tariffs.catalog import Catalog
from premiumcalc.tariffs.models import INSTALMENTS, Module, Tariff

CENT = Decimal("0.01")
ZERO = Decimal("0.00")

QUOTED = "quoted"
REFERRED = "referred"
DECLINED = "declined"

_DECLINE_CODES = frozenset({"profession-declined", "cover-declined"})

#: The arithmetic of pricing: Python's default precision and rounding (so every figure is as
#: the handbook computes it), with exponents bounded and every exceptional condition an
#: error, so that no value can make a calculation grow without limit.
PRICING_CONTEXT = Context(
    prec=28,
    rounding=ROUND_HALF_EVEN,
    Emax=99,
    Emin=-99,
    traps=[InvalidOperation, DivisionByZero, Overflow],
)


class PricingError(InvalidInput):
    """A tariff that cannot price a request (its values overflow the pricing arithmetic).

    Concerns that one tariff only: ``tariff_id`` names it, and the message says so.
    """

    def __init__(self, tariff_id: str, reason: str) -> None:
        self.tariff_id = tariff_id
        super().__init__("tariff", f"{tariff_id!r} cannot price this request: {reason}")


def round2(x: Decimal) -> Decimal:
    """The handbook's round2: to the cent, half up."""
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def cents(x: Decimal) -> Decimal:
    """An amount that already has at most two decimals, written with exactly two."""
    return x.quantize(CENT)


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a request is referred or declined: a stable code and its parameters."""

    code: str
    params: tuple[object, ...] = ()


@dataclass(frozen=True, slots=True)
class Step:
    """One row of the rating worksheet: the step, its amount and the operands of its formula."""

    step: str
    amount: Decimal
    args: tuple[object, ...] = ()


@dataclass(frozen=True, slots=True)
class Premium:
    """The premium of a quoted request, step by step, in euros."""

    base: Decimal
    core: Decimal
    modules: dict[str, Decimal]
    subtotal: Decimal
    startup_discount: Decimal
    term_discount: Decimal
    net_annual: Decimal
    minimum_applied: bool
    payment_surcharge: Decimal
    insurance_tax: Decimal
    gross_annual: Decimal
    instalments: tuple[Decimal, ...]


@dataclass(frozen=True, slots=True)
class ScenarioResult:
    """What a claim scenario would pay under the configured cover."""

    id: str
    covered: bool
    part: str | None
    limit: Decimal | None
    deductible: Decimal | None
    payout: Decimal
    hint: tuple[str, Decimal] | None  # (module id, its price) when a module would cover it
    damage: Decimal = Decimal("0.00")  # the catalogue's damage, or the broker's (§16)


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of pricing one request: status, reasons, premium and worksheet."""

    request: QuoteRequest
    tariff: Tariff
    status: str
    reasons: tuple[Reason, ...]
    premium: Premium | None
    worksheet: tuple[Step, ...]
    module_prices: dict[str, Decimal] = field(default_factory=dict)
    risk_class: str | None = None
    band: int | None = None  # 1-based revenue band, None above the last
    scenarios: tuple[ScenarioResult, ...] = ()

    @property
    def reason_codes(self) -> list[str]:
        return [r.code for r in self.reasons]

    @property
    def active_modules(self) -> tuple[str, ...]:
        """Modules that are part of the cover: included ones and selected optional ones."""
        selected = set(self.request.modules)
        return tuple(m.id for m in self.tariff.modules if m.included or m.id in selected)


def instalments(gross: Decimal, n: int) -> tuple[Decimal, ...]:
    """n instalments rounded down to the cent, the first taking the remainder."""
    each = (gross / n).quantize(CENT, rounding=ROUND_DOWN)
    first = gross - each * (n - 1)
    return (first, *([each] * (n - 1)))


def revenue_band(revenue: Decimal, bands: list[Decimal]) -> int | None:
    """The 0-based revenue band of ``revenue`` (None above the last): revenue is priced only
    through it (handbook §4)."""
    for i, upper in enumerate(bands):
        if revenue <= upper:
            return i
    return None


def module_price(module: Module, band: int, core: Decimal) -> Decimal:
    """What a module costs for this request, net per year before discounts."""
    if module.included:
        return ZERO
    if module.flat is not None:
        return cents(module.flat[band])
    assert module.rate is not None  # the tariff checks guarantee one kind of price
    price = round2(module.rate * core)
    if module.minimum is not None and price < module.minimum:
        return cents(module.minimum)
    return price


def _eligibility(
    request: QuoteRequest, tariff: Tariff
) -> tuple[list[Reason], str | None, int | None]:
    reasons: list[Reason] = []
    prof = tariff.professions
    pid = request.profession
    risk_class: str | None = None
    if pid in tariff.declined_professions:
        reasons.append(Reason("profession-declined", (pid,)))
    elif pid in prof.referred:
        reasons.append(Reason("profession-referred", (pid,)))
        risk_class = prof.classes.get(pid, prof.default_class)
    elif pid in prof.classes:
        risk_class = prof.classes[pid]
    elif prof.default_class is not None:
        risk_class = prof.default_class
    else:
        reasons.append(Reason("profession-declined", (pid,)))

    bands = tariff.revenue.bands
    band = revenue_band(request.revenue, bands)
    if band is None:
        reasons.append(Reason("revenue-referred", (bands[-1],)))
    if request.cover in tariff.covers.not_offered or request.cover not in tariff.covers.factors:
        reasons.append(Reason("cover-declined", (request.cover,)))
    if request.claims >= len(tariff.claims.factors):
        reasons.append(Reason("claims-referred", (len(tariff.claims.factors),)))
    return reasons, risk_class, band


def status_of(reasons: list[Reason] | tuple[Reason, ...]) -> str:
    """Declined if any reason declines, else referred (handbook §3, §14)."""
    for r in reasons:
        if r.code in _DECLINE_CODES or r.code.endswith("-not-offered"):
            return DECLINED
        if is_question(r.code) and len(r.params) > 1 and r.params[1] == DECLINED:
            return DECLINED
    return REFERRED


def questions_last(reasons: list[Reason]) -> list[Reason]:
    """The reasons with those of risk questions moved behind every other (handbook §14)."""
    return [r for r in reasons if not is_question(r.code)] + [
        r for r in reasons if is_question(r.code)]


def price(request: QuoteRequest, tariff: Tariff, catalog: Catalog | None = None) -> Outcome:
    """Price ``request`` with ``tariff``. The request must have passed ``check_request``.

    ``catalog`` is needed only to evaluate the request's claim scenarios. Computed in
    :data:`PRICING_CONTEXT`; a calculation that leaves it raises :class:`PricingError` for
    this tariff.
    """
    try:
        with localcontext(PRICING_CONTEXT):
            return _price(request, tariff, catalog)
    except ArithmeticError as exc:
        reason = type(exc).__name__ if not str(exc) or "<" in str(exc) else str(exc)
        raise PricingError(tariff.id, f"a calculation is out of range ({reason})") from None


def _price(request: QuoteRequest, tariff: Tariff, catalog: Catalog | None) -> Outcome:
    reasons, risk_class, band = _eligibility(request, tariff)
    if request.yes:
        chosen = set(request.modules)
        active = [m.id for m in tariff.modules if m.included or m.id in chosen]
        order = [q.id for q in catalog.questions] if catalog is not None else list(request.yes)
        reasons += [Reason(c, p) for c, p in question_reasons(request.yes, tariff, active, order)]
    if reasons:
        return Outcome(request, tariff, status_of(reasons), tuple(reasons), None, (), {},
                       risk_class, band)
    assert risk_class is not None and band is not None

    base = cents(tariff.base_premium[risk_class][band])
    cover_f = tariff.covers.factors[request.cover]
    ded_f = tariff.deductibles.factors[request.deductible]
    claims_f = tariff.claims.factors[request.claims]
    core = round2(base * cover_f * ded_f * claims_f)

    selected = request.modules
    prices: dict[str, Decimal] = {}
    modules: dict[str, Decimal] = {}
    module_steps: list[Step] = []
    for m in tariff.modules:
        p = module_price(m, band, core)
        prices[m.id] = p
        if m.included or m.id in selected:
            modules[m.id] = p
            module_steps.append(Step("module:" + m.id, p, (m, band, core)))

    subtotal = core + sum(modules.values(), ZERO)
    startup_rate = tariff.startup_discount if request.startup else None
    startup_discount = round2(subtotal * startup_rate) if startup_rate is not None else ZERO
    after_startup = subtotal - startup_discount
    term_rate = tariff.terms.discounts[request.term]
    term_discount = round2(after_startup * term_rate)
    discounted = after_startup - term_discount
    minimum = cents(tariff.minimum_premium)
    minimum_applied = discounted < minimum
    net = minimum if minimum_applied else discounted
    surcharge_rate = tariff.payment.surcharges[request.payment]  # type: ignore[index]
    surcharge = round2(net * surcharge_rate)
    tax_rate = tariff.tax.rates[request.country]
    tax = round2((net + surcharge) * tax_rate)
    gross = net + surcharge + tax
    plan = instalments(gross, INSTALMENTS[request.payment])

    premium = Premium(
        base=base,
        core=core,
        modules=modules,
        subtotal=subtotal,
        startup_discount=startup_discount,
        term_discount=term_discount,
        net_annual=net,
        minimum_applied=minimum_applied,
        payment_surcharge=surcharge,
        insurance_tax=tax,
        gross_annual=gross,
        instalments=plan,
    )
    worksheet = (
        Step("base", base, (risk_class, band, tariff.revenue.bands[band], len(tariff.base_premium))),
        Step("core", core, (base, cover_f, ded_f, claims_f)),
        *module_steps,
        Step("subtotal", subtotal, (core, *modules.values())),
        Step("startup_discount", startup_discount, (subtotal, startup_rate)),
        Step("term_discount", term_discount, (after_startup, term_rate, request.term)),
        Step("net_annual", net, (subtotal, startup_discount, term_discount, discounted,
                                 minimum, minimum_applied)),
        Step("payment_surcharge", surcharge, (net, surcharge_rate, request.payment)),
        Step("insurance_tax", tax, (net, surcharge, tax_rate, request.country)),
        Step("gross_annual", gross, (net, surcharge, tax)),
    )
    outcome = Outcome(
        request, tariff, QUOTED, (), premium, worksheet, prices, risk_class, band
    )
    if request.scenarios and catalog is not None:
        outcome = _with_scenarios(outcome, catalog)
    return outcome


def _with_scenarios(outcome: Outcome, catalog: Catalog) -> Outcome:
    results = tuple(
        evaluate_scenario(outcome, sid, catalog) for sid in outcome.request.scenarios
    )
    return replace(outcome, scenarios=results)


def evaluate_scenario(outcome: Outcome, scenario_id: str, catalog: Catalog) -> ScenarioResult:
    """Whether the quoted cover pays for a typical claim, by which part, and how much.

    ``scenario_id`` is a catalogue id, or ``id=AMOUNT`` with the broker's own damage.
    """
    own = scenario_damage(scenario_id)
    sc = catalog.scenario_map[id_of(scenario_id)]
    damage = own if own is not None else sc.damage
    tariff = outcome.tariff
    request = outcome.request
    active = set(outcome.active_modules)
    cover = cents(Decimal(request.cover))
    chosen_deductible = cents(Decimal(request.deductible))

    def not_covered(module_id: str | None) -> ScenarioResult:
        hint = None
        if module_id is not None and module_id in outcome.module_prices:
            hint = (module_id, outcome.module_prices[module_id])
        return ScenarioResult(sc.id, False, None, None, None, ZERO, hint, cents(damage))

    if sc.requires is not None and sc.requires not in active:
        return not_covered(sc.requires)

    if sc.part == "professional-indemnity":
        limit = cover
        deductible = chosen_deductible
    else:
        if sc.part not in active:
            return not_covered(sc.part)
        module = tariff.module_map[sc.part]
        module_limit = module.limit if module.limit is not None else cover
        if sc.limit == "keys" and module.key_sublimit is not None:
            limit = cents(module.key_sublimit)
        elif sc.limit == "cover":
            limit = cover
        else:
            limit = cents(module_limit)
        if module.limit_capped_by_cover and limit > cover:
            limit = cover
        deductible = cents(module.deductible) if module.deductible is not None else chosen_deductible

    payout = ZERO if sc.defence_only else max(ZERO, min(damage, limit) - deductible)
    return ScenarioResult(sc.id, True, sc.part, limit, deductible, cents(payout), None,
                          cents(damage))


def scenarios_for(outcome: Outcome, scenario_ids: list[str], catalog: Catalog) -> list[ScenarioResult]:
    """Scenario results for any scenarios (not only the request's); empty unless quoted."""
    if outcome.status != QUOTED:
        return []
    return [evaluate_scenario(outcome, sid, catalog) for sid in scenario_ids]
