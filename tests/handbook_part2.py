"""An independent reference of the tariff handbook's Part II (§11-§16), written from the
handbook's text and tables (not from the tariff files or the program), used as a test oracle.

It extends :mod:`handbook` (Part I): the tariff version chosen by the start of cover, the risk
questions, the coverage facts, the client's requirements, the recommended tariff and the
claim scenarios with the broker's own damage.
"""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal as D
from typing import Any

import handbook
from handbook import NORDLICHT, RHEINAUEN, r2, s

QUESTIONS = ["known-circumstances", "us-canada-business", "insurance-refused", "insolvency"]

#: §11: the versions of each tariff id, (version, valid_from, effective last day or None).
VERSIONS: dict[str, list[tuple[str, dt.date, dt.date | None]]] = {
    NORDLICHT: [("2026-01", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
                ("2027-01", dt.date(2027, 1, 1), None)],
    RHEINAUEN: [("2026-02", dt.date(2026, 2, 1), None)],
}

#: §14: what a "yes" means per tariff: (effect, English reason).
QUESTION_RULES: dict[str, dict[str, tuple[str, str]]] = {
    NORDLICHT: {
        "known-circumstances": ("referred",
                                "known circumstances must be assessed by an underwriter"),
        "us-canada-business": ("referred",
                               "business in the USA or Canada needs the worldwide module"),
        "insurance-refused": ("referred", "a previous refusal or cancellation must be assessed"),
        "insolvency": ("declined", "insolvency is not insured"),
    },
    RHEINAUEN: {
        "known-circumstances": ("referred",
                                "known circumstances must be assessed by an underwriter"),
        "us-canada-business": ("declined", "business in the USA or Canada is not insured"),
        "insurance-refused": ("declined", "a previous refusal or cancellation is not insured"),
        "insolvency": ("declined", "insolvency is not insured"),
    },
}

#: §5, §7 and §13: the coverage facts of each tariff.
FACTS: dict[str, dict[str, Any]] = {
    NORDLICHT: {
        "pi_aggregate_factor": 2, "gl_limit": D(3000000), "gl_aggregate": D(6000000),
        "keys": D(100000), "cyber_limit": D(250000), "cyber_deductible": D(1000),
        "delay_sublimit": D(250000), "penalties": D(50000), "prior_acts": None,
        "run_off": 5, "gl_bodily_deductible_is_chosen": False,
        "conditions": "AVB IT-Haftpflicht Professional, Stand 01/2026",
    },
    RHEINAUEN: {
        "pi_aggregate_factor": 3, "gl_limit": D(5000000), "gl_aggregate": D(10000000),
        "keys": D(50000), "cyber_limit": D(100000), "cyber_deductible": D(2500),
        "delay_sublimit": D(100000), "penalties": None, "prior_acts": 60,
        "run_off": 3, "gl_bodily_deductible_is_chosen": True,
        "conditions": "Bedingungen Digital Pro Haftpflicht, Fassung 02/2026",
    },
}

#: §9: scenario id -> (catalogue damage, part of the cover).
SCENARIOS: dict[str, tuple[D, str]] = {
    "lost-client-key": (D(1400), "keys"),
    "typo-in-price": (D(14000), "professional-indemnity"),
    "lost-own-documents": (D(3000), "cyber"),
    "missed-deadline": (D(25000), "delay-damages"),
    "copyright-image": (D(2500), "professional-indemnity"),
    "gdpr-breach": (D(40000), "professional-indemnity"),
    "coffee-laptop": (D(1800), "general-liability"),
    "us-client-lawsuit": (D(80000), "worldwide"),
    "unjustified-claim": (D(10000), "unjustified"),
    "employee-error": (D(20000), "professional-indemnity"),
}

REQUIREMENT_IDS = ["pi-limit", "pi-aggregate", "gl-limit", "keys-sublimit", "cyber-limit",
                   "delay-sublimit", "worldwide", "contractual-penalties", "prior-acts-months",
                   "run-off-years", "max-deductible", "max-gross"]
#: requirements whose N counts months or years, not euros (§15).
COUNTED = {"prior-acts-months", "run-off-years"}

# §16 limits
MAX_REVENUE = D("999999999999.99")
MAX_CLAIMS = 99
MAX_N = 10**12
MAX_DAMAGE = D(10**12)


def version_for(tariff: str, start: dt.date) -> tuple[str, dt.date, dt.date | None] | None:
    """§11: the version whose effective period contains ``start``, or None."""
    for version in VERSIONS[tariff]:
        _, since, until = version
        if since <= start and (until is None or start <= until):
            return version
    return None


def _tables(tariff: str, version: str) -> dict[str, Any]:
    """Part I's tables of ``tariff``; Nordlicht 2027-01 with each base cell × 1.04 (§11)."""
    t: dict[str, Any] = copy.deepcopy(dict(handbook.TARIFFS[tariff]))
    if tariff == NORDLICHT and version == "2027-01":
        t["base"] = {cls: [r2(D(cell) * D("1.04")) for cell in row]
                     for cls, row in t["base"].items()}
    return t


def part1(req: dict[str, Any], version: str) -> dict[str, Any]:
    """Part I's outcome of ``req`` priced with ``version`` of its tariff."""
    saved = handbook.TARIFFS[req["tariff"]]
    handbook.TARIFFS[req["tariff"]] = _tables(req["tariff"], version)
    try:
        return handbook.expected(req)
    finally:
        handbook.TARIFFS[req["tariff"]] = saved


def module_price(req: dict[str, Any], version: str, module: str) -> str | None:
    """The module's amount as it would appear in ``premium.modules`` for ``req`` (§9), or None
    when the request cannot be priced (Part I refers or declines it)."""
    with_module = dict(req, modules=sorted({*req.get("modules", []), module}))
    outcome = part1(with_module, version)
    if outcome["premium"] is None:
        return None
    return str(outcome["premium"]["modules"][module])


def in_cover(req: dict[str, Any], module: str) -> bool:
    """Whether ``module`` is part of the cover: selected, or included by the tariff."""
    tariff: dict[str, Any] = dict(handbook.TARIFFS[req["tariff"]])
    return module in req.get("modules", []) or module in tariff["included"]


def coverage_facts(req: dict[str, Any]) -> dict[str, Any]:
    """§13: the facts the coverage states for ``req`` (None = part not in the cover)."""
    f = FACTS[req["tariff"]]
    cover = D(req["cover"])
    chosen = D(req["deductible"])
    gl = in_cover(req, "general-liability")
    cyber = in_cover(req, "cyber")
    delay = in_cover(req, "delay-damages")
    delay_limit = min(f["delay_sublimit"], cover)
    return {
        "pi_limit": cover,
        "pi_aggregate": cover * f["pi_aggregate_factor"],
        "gl_limit": f["gl_limit"] if gl else None,
        "gl_aggregate": f["gl_aggregate"] if gl else None,
        "keys": f["keys"] if gl else None,
        "gl_bodily_deductible": (chosen if f["gl_bodily_deductible_is_chosen"] else D(0))
        if gl else None,
        "cyber_limit": f["cyber_limit"] if cyber else None,
        "cyber_aggregate": f["cyber_limit"] if cyber else None,
        "cyber_deductible": f["cyber_deductible"] if cyber else None,
        "delay_sublimit": delay_limit if delay else None,
        "delay_aggregate": delay_limit if delay else None,
        "worldwide": "worldwide" in req.get("modules", []),
        "penalties": f["penalties"],
        "prior_acts_months": f["prior_acts"],
        "run_off_years": f["run_off"],
        "conditions": f["conditions"],
        "deductible": chosen,
    }


def _amount(x: D | None) -> str | None:
    return None if x is None else s(x)


def requirement(req: dict[str, Any], version: str, rid: str, n: int | None,
                quoted: bool, gross: str | None) -> dict[str, Any]:
    """§15: one entry of ``requirements``."""
    facts = coverage_facts(req)
    required: Any = None if rid == "worldwide" else (n if rid in COUNTED else s(D(n or 0)))
    need = D(n) if n is not None else None

    def at_least(value: D | None) -> tuple[Any, bool]:
        assert need is not None
        return _amount(value), value is not None and value >= need

    offered: Any
    fulfilled: bool
    module: str | None = None  # the module that would give the part
    if rid == "pi-limit":
        offered, fulfilled = at_least(facts["pi_limit"])
    elif rid == "pi-aggregate":
        offered, fulfilled = at_least(facts["pi_aggregate"])
    elif rid == "gl-limit":
        offered, fulfilled = at_least(facts["gl_limit"])
        module = "general-liability"
    elif rid == "keys-sublimit":
        offered, fulfilled = at_least(facts["keys"])
        module = "general-liability"
    elif rid == "cyber-limit":
        offered, fulfilled = at_least(facts["cyber_limit"])
        module = "cyber"
    elif rid == "delay-sublimit":
        offered, fulfilled = at_least(facts["delay_sublimit"])
        module = "delay-damages"
    elif rid == "worldwide":
        offered = fulfilled = facts["worldwide"]
        module = "worldwide"
    elif rid == "contractual-penalties":
        offered, fulfilled = at_least(facts["penalties"])
    elif rid == "prior-acts-months":
        months = facts["prior_acts_months"]
        offered = "unlimited" if months is None else months
        fulfilled = months is None or months >= (n or 0)
    elif rid == "run-off-years":
        offered = facts["run_off_years"]
        fulfilled = offered >= (n or 0)
    elif rid == "max-deductible":
        offered = s(facts["deductible"])
        fulfilled = facts["deductible"] <= (need or 0)
    elif rid == "max-gross":
        offered = gross if quoted else None
        fulfilled = quoted and gross is not None and D(gross) <= (need or 0)
    else:  # pragma: no cover - the oracle knows every id of §15
        raise ValueError(rid)
    met = quoted and fulfilled
    hint = None
    if (quoted and not met and module is not None
            and not in_cover(req, module)):
        with_module = dict(req, modules=[*req.get("modules", []), module])
        would = requirement(with_module, version, rid, n, True, None)
        if would["met"]:
            hint = {"module": module, "price": module_price(req, version, module)}
    return {"id": rid, "required": required, "offered": offered, "met": met, "hint": hint}


def scenario(req: dict[str, Any], version: str, sid: str, damage: D | None) -> dict[str, Any]:
    """§9 and §16: one evaluated scenario (only for quoted outcomes)."""
    catalogue, part = SCENARIOS[sid]
    amount = catalogue if damage is None else damage
    facts = coverage_facts(req)
    chosen = D(req["deductible"])
    limit: D | None
    deductible: D | None = chosen
    name: str | None
    module: str | None = None
    if part == "professional-indemnity":
        name, limit = part, facts["pi_limit"]
    elif part == "unjustified":
        name, limit = "professional-indemnity", facts["pi_limit"]
    elif part == "worldwide":
        name, limit, module = "professional-indemnity", facts["pi_limit"], "worldwide"
        if not facts["worldwide"]:
            name = limit = None
    elif part == "keys":
        name, limit, module = "general-liability", facts["keys"], "general-liability"
    elif part == "general-liability":
        name, limit, module = part, facts["gl_limit"], "general-liability"
    elif part == "cyber":
        name, limit, module = part, facts["cyber_limit"], "cyber"
        deductible = facts["cyber_deductible"]
    else:
        name, limit, module = part, facts["delay_sublimit"], "delay-damages"
    if limit is None:
        hint = None
        if module is not None:
            hint = {"module": module, "price": module_price(req, version, module)}
        return {"id": sid, "covered": False, "part": None, "limit": None, "deductible": None,
                "payout": "0.00", "hint": hint, "damage": s(amount)}
    assert deductible is not None
    payout = D(0) if part == "unjustified" else max(D(0), min(amount, limit) - deductible)
    return {"id": sid, "covered": True, "part": name, "limit": s(limit),
            "deductible": s(deductible), "payout": s(payout), "hint": None, "damage": s(amount)}


def expected(req: dict[str, Any]) -> dict[str, Any]:
    """The outcome the handbook prescribes for ``req`` (Part I's fields plus ``start``,
    ``yes``, ``requirements`` and ``scenarios``), or ``{"unavailable": True, ...}`` when no
    version of its tariff is valid on the start.

    ``req`` has Part I's keys plus ``start`` (a date), ``yes`` (question ids),
    ``require`` (a list of (id, N or None)) and ``scenarios`` (a list of (id, damage or
    None)).
    """
    start = req["start"]
    chosen = version_for(req["tariff"], start)
    if chosen is None:
        return {"unavailable": True, "versions": VERSIONS[req["tariff"]]}
    version, since, until = chosen
    outcome = part1(req, version)
    codes = list(outcome["reason_codes"])
    declined = outcome["status"] == "declined"
    rules = QUESTION_RULES[req["tariff"]]
    yes = [q for q in QUESTIONS if q in req.get("yes", [])]
    reasons = []
    for q in yes:
        effect, text = rules[q]
        if (q == "us-canada-business" and req["tariff"] == NORDLICHT
                and "worldwide" in req.get("modules", [])):
            continue
        codes.append(f"question-{q}")
        reasons.append(text)
        declined = declined or effect == "declined"
    status = "declined" if declined else ("referred" if codes else "quoted")
    premium = outcome["premium"] if status == "quoted" else None
    quoted = premium is not None
    gross = premium["gross_annual"] if premium else None
    requirements = [requirement(req, version, rid, n, quoted, gross)
                    for rid, n in req.get("require", [])]
    scenarios = ([scenario(req, version, sid, damage) for sid, damage in req.get("scenarios", [])]
                 if quoted else [])
    return {
        "unavailable": False,
        "start": start.isoformat(),
        "version": version,
        "valid_from": since.isoformat(),
        "valid_until": None if until is None else until.isoformat(),
        "status": status,
        "reason_codes": codes,
        "question_reasons": reasons,
        "yes": yes,
        "premium": premium,
        "requirements": requirements,
        "meets_all": quoted and all(r["met"] for r in requirements),
        "scenarios": scenarios,
        "coverage": coverage_facts(req),
    }


def expected_compare(req: dict[str, Any]) -> dict[str, Any]:
    """§10, §11 and §15: the order of ``results``, ``unavailable`` and ``recommended``."""
    outcomes = {}
    unavailable = []
    for tariff in sorted(VERSIONS):
        one = expected(dict(req, tariff=tariff))
        if one["unavailable"]:
            unavailable.append(tariff)
        else:
            outcomes[tariff] = one
    rank = {"quoted": 0, "referred": 1, "declined": 2}

    def key(tariff: str) -> tuple[int, D, str]:
        o = outcomes[tariff]
        gross = D(o["premium"]["gross_annual"]) if o["premium"] else D(0)
        return rank[o["status"]], gross, tariff

    order = sorted(outcomes, key=key)
    meeting = [t for t in order if outcomes[t]["meets_all"]]
    recommended = min(meeting, key=lambda t: (D(outcomes[t]["premium"]["gross_annual"]), t),
                      default=None)
    return {"order": order, "outcomes": outcomes, "unavailable": unavailable,
            "recommended": recommended}
