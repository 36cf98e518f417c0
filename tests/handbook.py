"""An independent reference of the tariff handbook, written from its tables (not from the
tariff files), used as a test oracle for the pricing engine."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP
from decimal import Decimal as D
from typing import Any

NORDLICHT = "nordlicht-it-2026"
RHEINAUEN = "rheinauen-digital-2026"

CLASSES = {
    "it-training": "A", "ux-design": "A", "technical-writing": "A", "online-marketing": "A",
    "software-development": "B", "web-development": "B", "it-consulting": "B",
    "it-project-management": "B", "data-analytics": "B",
    "it-security": "C", "system-administration": "C", "erp-consulting": "C",
}
DECLINED = [
    "medical-device-software", "traffic-control-systems", "power-plant-control",
    "securities-trading-systems", "weapons-systems",
]
PROFESSIONS = [*CLASSES, *DECLINED]
COVERS = [250000, 500000, 1000000, 2000000, 3000000, 5000000]
DEDUCTIBLES = [0, 250, 500, 1000, 2500]
MODULES = ["general-liability", "cyber", "worldwide", "delay-damages"]
PAYMENTS = ["annual", "semiannual", "quarterly", "monthly"]
N = {"annual": 1, "semiannual": 2, "quarterly": 4, "monthly": 12}

#: Each tariff's tables as the handbook prints them (mixed shapes: read by :func:`expected`).
TARIFFS: dict[str, dict[str, Any]] = {
    NORDLICHT: {
        "bands": [D(100000), D(250000), D(500000), D(1000000), D(3000000)],
        "base": {
            "A": [240, 330, 480, 720, 1150],
            "B": [310, 430, 620, 930, 1480],
            "C": [390, 540, 780, 1170, 1860],
        },
        "cover": {250000: "0.85", 500000: "1.00", 1000000: "1.20", 2000000: "1.45",
                  3000000: "1.65", 5000000: "1.95"},
        "not_offered": [],
        "deductible": {0: "1.10", 250: "1.00", 500: "0.95", 1000: "0.90", 2500: "0.85"},
        "claims": ["1.00", "1.25"],
        "modules": {
            "general-liability": ("flat", [95, 120, 160, 220, 320]),
            "cyber": ("rate", "0.20", "150.00"),
            "worldwide": ("rate", "0.25", None),
            "delay-damages": ("flat", [40, 50, 60, 70, 90]),
        },
        "included": [],
        "order": ["general-liability", "cyber", "worldwide", "delay-damages"],
        "startup": "0.15", "term3": "0.10", "minimum": "250.00",
        "surcharge": {"annual": "0", "semiannual": "0.03", "quarterly": "0.04", "monthly": "0.05"},
        "referred_professions": [],
    },
    RHEINAUEN: {
        "bands": [D(150000), D(400000), D(1000000), D(2000000)],
        "base": {"*": [420, 610, 980, 1540]},
        "cover": {250000: "0.80", 500000: "0.90", 1000000: "1.00", 2000000: "1.30",
                  3000000: "1.50"},
        "not_offered": [5000000],
        "deductible": {0: "1.05", 250: "1.00", 500: "0.97", 1000: "0.92", 2500: "0.88"},
        "claims": ["1.00", "1.15"],
        "modules": {
            "general-liability": ("included",),
            "delay-damages": ("included",),
            "cyber": ("flat", [180, 240, 320, 450]),
            "worldwide": ("rate", "0.30", "100.00"),
        },
        "included": ["general-liability", "delay-damages"],
        "order": ["general-liability", "delay-damages", "cyber", "worldwide"],
        "startup": "0.10", "term3": "0.10", "minimum": "300.00",
        "surcharge": {"annual": "0", "semiannual": "0.02", "quarterly": "0.03", "monthly": "0.05"},
        "referred_professions": ["it-security"],
    },
}
TAX = {"DE": D("0.19"), "AT": D("0.11")}


def r2(x: D) -> D:
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def s(x: D) -> str:
    return str(x.quantize(D("0.01")))


def expected(req: dict[str, Any]) -> dict[str, Any]:
    """status, reason_codes and the premium strings the handbook prescribes for ``req``."""
    t = TARIFFS[req["tariff"]]
    codes = []
    prof = req["profession"]
    if prof in DECLINED:
        codes.append("profession-declined")
    elif prof in t["referred_professions"]:
        codes.append("profession-referred")
    revenue = D(str(req["revenue"]))
    band = next((i for i, b in enumerate(t["bands"]) if revenue <= b), None)
    if band is None:
        codes.append("revenue-referred")
    if req["cover"] in t["not_offered"]:
        codes.append("cover-declined")
    claims = req.get("claims", 0)
    if claims >= len(t["claims"]):
        codes.append("claims-referred")
    if codes:
        status = "declined" if {"profession-declined", "cover-declined"} & set(codes) else "referred"
        return {"status": status, "reason_codes": codes, "premium": None}
    cls = "*" if "*" in t["base"] else CLASSES[prof]
    base = D(t["base"][cls][band])
    core = r2(base * D(t["cover"][req["cover"]]) * D(t["deductible"][req["deductible"]])
              * D(t["claims"][claims]))
    selected = set(req.get("modules", []))
    modules = {}
    for mid in t["order"]:
        spec = t["modules"][mid]
        if spec[0] == "included":
            modules[mid] = D("0.00")
            continue
        if mid not in selected:
            continue
        if spec[0] == "flat":
            modules[mid] = D(spec[1][band])
        else:
            price = r2(D(spec[1]) * core)
            if spec[2] is not None:
                price = max(price, D(spec[2]))
            modules[mid] = price
    subtotal = core + sum(modules.values(), D(0))
    sd = r2(subtotal * D(t["startup"])) if req.get("startup") else D(0)
    td = r2((subtotal - sd) * D(t["term3"])) if req.get("term", 1) == 3 else D(0)
    discounted = subtotal - sd - td
    minimum = D(t["minimum"])
    net = max(discounted, minimum)
    payment = req.get("payment", "annual")
    sur = r2(net * D(t["surcharge"][payment]))
    tax = r2((net + sur) * TAX[req.get("country", "DE")])
    gross = net + sur + tax
    n = N[payment]
    each = (gross / n).quantize(D("0.01"), rounding=ROUND_DOWN)
    inst = [gross - each * (n - 1)] + [each] * (n - 1)
    return {
        "status": "quoted",
        "reason_codes": [],
        "premium": {
            "base": s(base), "core": s(core), "modules": {k: s(v) for k, v in modules.items()},
            "subtotal": s(subtotal), "startup_discount": s(sd), "term_discount": s(td),
            "net_annual": s(net), "minimum_applied": discounted < minimum,
            "payment_surcharge": s(sur), "insurance_tax": s(tax), "gross_annual": s(gross),
            "instalments": [s(x) for x in inst],
        },
    }
