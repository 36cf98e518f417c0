"""Plain-language explanations of an outcome, in German or English.

Reason texts, the worksheet's formulas, the coverage scope (what is covered, up to which
limit, with which deductible, and what is not) and scenario wording. The wording is in
``resources/catalog/texts/pricing.toml``. Numbers inside texts use the locale's symbols from
babel; money shown to people goes through :func:`money`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from premiumcalc.pricing.engine import Outcome, ScenarioResult, Step, cents
from premiumcalc.pricing.questions import NOT_ASSESSED
from premiumcalc.tariffs.catalog import Catalog
from premiumcalc.tariffs.models import Module
from premiumcalc.tariffs.wording import PRICING


def locale_for(lang: str) -> str:
    """babel's identifier of the language's locale (``de_DE``, ``en_US``)."""
    from premiumcalc.pricing.locales import locale_id

    return locale_id(lang)


def number_locale(lang: str) -> Any:
    """The babel Locale that formats money and numbers in ``lang`` (see :mod:`.locales`)."""
    from premiumcalc.pricing.locales import number_locale as locale

    return locale(lang)


@lru_cache(maxsize=4)
def _decimal_symbol(lang: str) -> str:
    from babel.numbers import get_decimal_symbol

    return str(get_decimal_symbol(number_locale(lang)))


def plain(value: Decimal | int) -> str:
    """An amount babel cannot format (more digits than its precision, from data saved by an
    older version without limits) as it is: plain digits."""
    if isinstance(value, Decimal) and not (value.is_finite() and value.adjusted() < 100):
        return str(value)
    return format(value, "f") if isinstance(value, Decimal) else str(value)


def num(value: Decimal | int, lang: str) -> str:
    """A number inside a formula: no grouping, the locale's decimal sign (``0,95`` in German)."""
    if isinstance(value, Decimal) and value.as_tuple().exponent > -2:  # type: ignore[operator]
        try:
            value = value.quantize(Decimal("0.01"))
        except ArithmeticError:
            return plain(value)
    text = str(value) if isinstance(value, int) else format(value, "f")
    return text.replace(".", _decimal_symbol(lang)) if "." in text else text


@lru_cache(maxsize=1024)
def grouped(value: Decimal, lang: str) -> str:
    """A whole or cent amount with the locale's grouping, without currency: ``3.000.000``."""
    from babel.numbers import format_decimal

    try:
        fmt = "#,##0" if value == value.to_integral_value() else "#,##0.00"
        return str(format_decimal(value, format=fmt, locale=number_locale(lang)))
    except (ArithmeticError, ValueError):
        return plain(value)


@lru_cache(maxsize=4096)
def money(value: Decimal, lang: str) -> str:
    """Money for people: ``1.234,50 €`` (German, no-break space) or ``€1,234.50`` (English)."""
    from babel.numbers import format_currency

    # The euro has two decimals, as the locale's currency pattern: no need for babel's global
    # currency table.
    try:
        return str(format_currency(value, "EUR", locale=number_locale(lang),
                                   currency_digits=False))
    except (ArithmeticError, ValueError):
        return plain(value)


# ---------------------------------------------------------------------------------------
# Reasons

def _count(n: int, lang: str) -> str:
    words = PRICING.words("number-words", lang)
    return words[n] if n < len(words) else str(n)


def reason_text(outcome_or_tariff: Outcome, code: str, params: tuple[object, ...],
                lang: str, catalog: Catalog) -> str:
    tariff = outcome_or_tariff.tariff
    if code == "profession-declined":
        pid = str(params[0])
        prof = catalog.profession_map.get(pid)
        return PRICING(code, lang, profession=prof.label(lang) if prof else pid)
    if code == "profession-referred":
        texts = tariff.professions.referred.get(str(params[0]))
        return texts.get(lang) if texts is not None else PRICING(code, lang)
    if code == "revenue-referred":
        return PRICING(code, lang, limit=grouped(Decimal(str(params[0])), lang))
    if code == "cover-declined":
        return PRICING(code, lang, cover=grouped(Decimal(int(str(params[0]))), lang))
    if code == "claims-referred":
        n = int(str(params[0]))
        return PRICING("claims-referred-one" if n == 1 else "claims-referred-other", lang,
                       count=_count(n, lang))
    if code.endswith("-not-offered"):
        field = code.removesuffix("-not-offered")
        return PRICING("not-offered", lang, field=PRICING.get(f"field-{field}", lang) or field,
                       value=params[0] if params else "")
    if code.startswith("question-"):
        qid = str(params[0]) if params else code.removeprefix("question-")
        rule = tariff.questions.get(qid)
        if rule is not None and NOT_ASSESSED not in params:
            return rule.reason.get(lang)
        return PRICING("question-not-assessed", lang)
    return code


def reason_texts(outcome: Outcome, lang: str, catalog: Catalog) -> list[str]:
    return [reason_text(outcome, r.code, r.params, lang, catalog) for r in outcome.reasons]


# ---------------------------------------------------------------------------------------
# Worksheet

def payment_label(payment: str, lang: str) -> str:
    return PRICING.get(f"payment-{payment}", lang) or payment


def step_label(step: str, lang: str, catalog: Catalog) -> str:
    if step.startswith("module:"):
        return catalog.module_title(step.removeprefix("module:"), lang)
    return PRICING.get(f"step-{step}", lang) or step


def step_detail(step: Step, lang: str) -> str:
    a = step.args

    def n(x: object) -> str:
        return num(x, lang)  # type: ignore[arg-type]

    kind = step.step
    if kind == "base":
        risk_class, band, upper, n_classes = a
        assert isinstance(band, int) and isinstance(upper, Decimal)
        band_text = PRICING("base-band", lang, band=band + 1, limit=grouped(upper, lang))
        if n_classes == 1:
            return band_text
        return PRICING("base-class-band", lang, risk_class=risk_class, band=band_text)
    if kind == "core":
        base, cf, df, clf = a
        return f"{n(base)} × {n(cf)} × {n(df)} × {n(clf)}"
    if kind.startswith("module:"):
        module, band, core = a
        assert isinstance(module, Module)
        if module.included:
            return PRICING("included", lang)
        if module.flat is not None:
            return PRICING("module-flat", lang, band=int(band) + 1)  # type: ignore[call-overload]
        assert module.rate is not None
        product = f"{n(module.rate)} × {n(core)}"
        if module.minimum is not None:
            return PRICING("module-minimum", lang, product=product,
                           minimum=n(cents(module.minimum)))
        return product
    if kind == "subtotal":
        return " + ".join(n(x) for x in a)
    if kind == "startup_discount":
        subtotal, rate = a
        if rate is None:
            return PRICING("no-startup-discount", lang)
        return f"{n(subtotal)} × {n(rate)}"
    if kind == "term_discount":
        base_amount, rate, term = a
        if not rate:
            return PRICING("no-term-discount", lang, term=term)
        return PRICING("term-discount", lang, amount=n(base_amount), rate=n(rate), term=term)
    if kind == "net_annual":
        subtotal, sd, td, discounted, minimum, applied = a
        if applied:
            return PRICING("minimum-applied", lang, minimum=n(minimum), discounted=n(discounted))
        return f"{n(subtotal)} − {n(sd)} − {n(td)}"
    if kind == "payment_surcharge":
        net, rate, payment = a
        return f"{n(net)} × {n(rate)} ({payment_label(str(payment), lang)})"
    if kind == "insurance_tax":
        net, surcharge, rate, country = a
        return f"({n(net)} + {n(surcharge)}) × {n(rate)} ({country})"
    if kind == "gross_annual":
        return " + ".join(n(x) for x in a)
    return ""


@dataclass(frozen=True)
class WorksheetRow:
    """One row of the rating worksheet as shown to people."""

    step: str
    label: str
    detail: str
    amount: Decimal


def worksheet_rows(outcome: Outcome, lang: str, catalog: Catalog) -> list[WorksheetRow]:
    return [
        WorksheetRow(s.step, step_label(s.step, lang, catalog), step_detail(s, lang), s.amount)
        for s in outcome.worksheet
    ]


# ---------------------------------------------------------------------------------------
# Coverage scope


@dataclass(frozen=True)
class CoverItem:
    """One covered part with its limit and deductible."""

    part: str
    title: str
    text: str
    limit: Decimal | None  # None: within the main cover
    deductible: Decimal | None
    sublimits: tuple[tuple[str, Decimal], ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class CoverageScope:
    """What is covered and what is not, for one outcome."""

    covered: tuple[CoverItem, ...]
    not_covered: tuple[str, ...]


def coverage_scope(outcome: Outcome, lang: str, catalog: Catalog) -> CoverageScope:
    """What the requested cover pays for, its limits and deductibles, and the exclusions."""
    tariff = outcome.tariff
    request = outcome.request
    parts = catalog.coverage.parts
    cover = cents(Decimal(request.cover))
    chosen = cents(Decimal(request.deductible))
    active = outcome.active_modules

    pi = parts["professional-indemnity"]
    items = [CoverItem("professional-indemnity", pi.title(lang), pi.text(lang), cover, chosen)]
    for module_id in active:
        module = tariff.module_map[module_id]
        part_text = parts[module_id]  # type: ignore[index]
        limit = cents(module.limit) if module.limit is not None else None
        if limit is not None and module.limit_capped_by_cover and limit > cover:
            limit = cover
        deductible = cents(module.deductible) if module.deductible is not None else chosen
        sublimits: tuple[tuple[str, Decimal], ...] = ()
        if module.key_sublimit is not None:
            sublimits = ((PRICING("key-sublimit", lang), cents(module.key_sublimit)),)
        if module_id == "worldwide":
            limit, deductible = cover, chosen
        note = module.note.get(lang) if module.note else None
        if module.included:
            inc = PRICING("included", lang)
            note = f"{inc}; {note}" if note else inc
        items.append(
            CoverItem(module_id, part_text.title(lang), part_text.text(lang), limit, deductible,
                      sublimits, note)
        )

    ex = catalog.coverage.exclusions
    exclusions = [t.get(lang) for t in ex.always]
    for module_id, texts in (
        ("cyber", ex.cyber),
        ("worldwide", ex.worldwide),
        ("delay-damages", ex.delay_damages),
    ):
        if module_id not in active:
            text = texts.get(lang)
            if module_id in tariff.module_map:
                text = PRICING("exclusion-with-module", lang, exclusion=text,
                               module=catalog.module_title(module_id, lang))
            exclusions.append(text)
    return CoverageScope(tuple(items), tuple(exclusions))


# ---------------------------------------------------------------------------------------
# Scenarios


def module_hint_text(hint: tuple[str, Decimal] | None, lang: str,
                     catalog: Catalog) -> str | None:
    """“add general liability for +120,00 € a year (net, before discounts)”: the module that
    would cover a scenario or meet a requirement, with its price."""
    if hint is None:
        return None
    module_id, amount = hint
    return PRICING("scenario-hint", lang, module=catalog.module_title(module_id, lang),
                   amount=money(amount, lang))


def scenario_hint_text(result: ScenarioResult, lang: str, catalog: Catalog) -> str | None:
    return module_hint_text(result.hint, lang, catalog)


def scenario_part_text(result: ScenarioResult, lang: str, catalog: Catalog) -> str:
    if not result.covered or result.part is None:
        return PRICING("not-covered", lang)
    return catalog.module_title(result.part, lang)
