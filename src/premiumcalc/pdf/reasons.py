"""Why a tariff refers or declines a request, as the papers print it: sentences that start
with a capital letter, amounts in euros as everywhere else on the page (``3.000.000 €``) and
modules by their names, never by their ids."""

from __future__ import annotations

from decimal import Decimal

from premiumcalc.pdf.texts import t
from premiumcalc.pricing.engine import Outcome
from premiumcalc.pricing.explain import grouped, reason_text
from premiumcalc.tariffs import Catalog
from premiumcalc.tariffs.wording import COMPARISON


def sentence(text: str) -> str:
    """``text`` starting with a capital letter (a reason from a tariff file or catalogue)."""
    text = text.strip()
    return text[:1].upper() + text[1:]


def euros(value: Decimal, lang: str) -> str:
    """A limit in whole euros: ``3.000.000 €`` / ``€3,000,000``."""
    return COMPARISON("whole_euros", lang, amount=grouped(value, lang))


def paper_reason(outcome: Outcome, code: str, params: tuple[object, ...], lang: str,
                 catalog: Catalog) -> str:
    if code == "revenue-referred":
        return t("reason_revenue", lang, limit=euros(Decimal(str(params[0])), lang))
    if code == "cover-declined":
        return t("reason_cover", lang, cover=euros(Decimal(int(str(params[0]))), lang))
    if code == "module-not-offered" and params:
        ids = [m.strip() for m in str(params[0]).split(",") if m.strip()]
        names = [f"„{catalog.module_title(m, lang)}“" if lang == "de"
                 else f"“{catalog.module_title(m, lang)}”" for m in ids]
        key = "reason_module" if len(names) == 1 else "reason_modules"
        return t(key, lang, modules=", ".join(names))
    return sentence(reason_text(outcome, code, params, lang, catalog))


def paper_reasons(outcome: Outcome, lang: str, catalog: Catalog) -> list[str]:
    """The reasons of ``outcome`` as sentences for the comparison and the underwriting
    request."""
    return [paper_reason(outcome, r.code, r.params, lang, catalog) for r in outcome.reasons]
