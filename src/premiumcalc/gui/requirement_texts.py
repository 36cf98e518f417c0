"""The window's words for the client's requirements (handbook §15) and for what a tariff
offers against them: used by the requirements editor and the Compare tab."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from premiumcalc.gui.formatting import whole_money
from premiumcalc.pricing.explain import money
from premiumcalc.pricing.needs import NOT_STATED, UNLIMITED, Offered, RequirementResult
from premiumcalc.pricing.requirement import Requirement
from premiumcalc.tariffs import Catalog


def requirement_names() -> dict[str, str]:
    """Requirement id -> what the broker picks in the editor."""
    return {
        "pi-limit": QCoreApplication.translate("Requirements", "Cover per claim at least (€)"),
        "pi-aggregate": QCoreApplication.translate("Requirements", "Annual aggregate at least (€)"),
        "gl-limit": QCoreApplication.translate("Requirements", "General liability at least (€)"),
        "keys-sublimit": QCoreApplication.translate("Requirements", "Lost keys and code cards at least (€)"),
        "cyber-limit": QCoreApplication.translate("Requirements", "Cyber at least (€)"),
        "delay-sublimit": QCoreApplication.translate("Requirements", "Delay damages at least (€)"),
        "worldwide": QCoreApplication.translate("Requirements", "Worldwide (USA and Canada)"),
        "contractual-penalties": QCoreApplication.translate(
            "Requirements", "Contractual penalties at least (€)"),
        "prior-acts-months": QCoreApplication.translate("Requirements", "Prior acts at least (months)"),
        "run-off-years": QCoreApplication.translate("Requirements", "Run-off at least (years)"),
        "max-deductible": QCoreApplication.translate("Requirements", "Deductible at most (€)"),
        "max-gross": QCoreApplication.translate("Requirements", "Gross premium per year at most (€)"),
    }


def short_names() -> dict[str, str]:
    """Requirement id -> the short name of what it is about (in the Compare tab)."""
    return {
        "pi-limit": QCoreApplication.translate("Requirements", "Cover per claim"),
        "pi-aggregate": QCoreApplication.translate("Requirements", "Annual aggregate"),
        "gl-limit": QCoreApplication.translate("Requirements", "General liability"),
        "keys-sublimit": QCoreApplication.translate("Requirements", "Lost keys"),
        "cyber-limit": QCoreApplication.translate("Requirements", "Cyber"),
        "delay-sublimit": QCoreApplication.translate("Requirements", "Delay damages"),
        "worldwide": QCoreApplication.translate("Requirements", "Worldwide"),
        "contractual-penalties": QCoreApplication.translate("Requirements", "Contractual penalties"),
        "prior-acts-months": QCoreApplication.translate("Requirements", "Prior acts"),
        "run-off-years": QCoreApplication.translate("Requirements", "Run-off"),
        "max-deductible": QCoreApplication.translate("Requirements", "Deductible"),
        "max-gross": QCoreApplication.translate("Requirements", "Gross premium"),
    }


def amount_text(value: Decimal, lang: str) -> str:
    """Whole euros without cents, other amounts with them."""
    if value == value.to_integral_value():
        return whole_money(int(value), lang)
    return money(value, lang)


def months_text(months: int) -> str:
    if months == 1:
        return QCoreApplication.translate("Requirements", "1 month")
    return QCoreApplication.translate("Requirements", "{n} months").format(n=months)


def years_text(years: int) -> str:
    if years == 1:
        return QCoreApplication.translate("Requirements", "1 year")
    return QCoreApplication.translate("Requirements", "{n} years").format(n=years)


def not_stated() -> str:
    return QCoreApplication.translate("Requirements", "not stated by the tariff")


def required_text(req: Requirement, lang: str) -> str:
    """The number of a requirement as the broker reads it ("5.000.000 €", "60 months")."""
    if req.value is None:
        return ""
    if req.kind == "months":
        return months_text(req.value)
    if req.kind == "years":
        return years_text(req.value)
    return amount_text(Decimal(req.value), lang)


def offered_text(req: Requirement, offered: Offered, lang: str) -> str:
    """What a tariff offers against ``req``, in words."""
    if offered is None:
        if req.id == "max-gross":
            return QCoreApplication.translate("Requirements", "not quoted")
        return QCoreApplication.translate("Requirements", "not in the cover")
    if isinstance(offered, bool):
        if offered:
            return QCoreApplication.translate("Requirements", "in the cover")
        return QCoreApplication.translate("Requirements", "not in the cover")
    if offered == NOT_STATED:
        return not_stated()
    if offered == UNLIMITED:
        return QCoreApplication.translate("Requirements", "unlimited")
    if isinstance(offered, str):
        return offered
    if req.kind == "months":
        return months_text(int(offered))
    if req.kind == "years":
        return years_text(int(offered))
    return amount_text(Decimal(offered), lang)


def hint_text(result: RequirementResult, lang: str, catalog: Catalog) -> str:
    """“add Worldwide for +122,55 €”, or "" when no module of the tariff closes the gap."""
    if result.hint is None:
        return ""
    module_id, price = result.hint
    return QCoreApplication.translate("Requirements", "add {module} for +{price}").format(
        module=catalog.module_title(module_id, lang), price=money(price, lang))


def gap_text(result: RequirementResult, lang: str, catalog: Catalog) -> str:
    """One requirement a tariff does not meet: what it offers, what is required, the hint."""
    req = result.requirement
    name = short_names()[req.id]
    offered = offered_text(req, result.offered, lang)
    if req.value is None:
        text = f"{name}: {offered}"
    else:
        text = QCoreApplication.translate("Requirements", "{name}: {offered} (required {required})").format(
            name=name, offered=offered, required=required_text(req, lang))
    hint = hint_text(result, lang, catalog)
    return f"{text} – {hint}" if hint else text
