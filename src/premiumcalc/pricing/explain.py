"""Plain-language explanations of an outcome, in German or English.

Reason texts, the worksheet's formulas, the coverage scope (what is covered, up to which
limit, with which deductible, and what is not) and scenario wording. Numbers inside texts use
the locale's symbols from babel; money shown to people goes through :func:`money`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from premiumcalc.pricing.engine import Outcome, ScenarioResult, Step, cents
from premiumcalc.tariffs.catalog import Catalog
from premiumcalc.tariffs.models import Module

LANGS = ("en", "de")


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


def num(value: Decimal | int, lang: str) -> str:
    """A number inside a formula: no grouping, the locale's decimal sign (``0,95`` in German)."""
    if isinstance(value, Decimal) and value.as_tuple().exponent > -2:  # type: ignore[operator]
        value = value.quantize(Decimal("0.01"))
    text = str(value) if isinstance(value, int) else format(value, "f")
    return text.replace(".", _decimal_symbol(lang)) if "." in text else text


@lru_cache(maxsize=1024)
def grouped(value: Decimal, lang: str) -> str:
    """A whole or cent amount with the locale's grouping, without currency: ``3.000.000``."""
    from babel.numbers import format_decimal

    fmt = "#,##0" if value == value.to_integral_value() else "#,##0.00"
    return str(format_decimal(value, format=fmt, locale=number_locale(lang)))


@lru_cache(maxsize=4096)
def money(value: Decimal, lang: str) -> str:
    """Money for people: ``1.234,50 €`` (German, no-break space) or ``€1,234.50`` (English)."""
    from babel.numbers import format_currency

    # The euro has two decimals, as the locale's currency pattern: no need for babel's global
    # currency table.
    return str(format_currency(value, "EUR", locale=number_locale(lang), currency_digits=False))


# ---------------------------------------------------------------------------------------
# Reasons

_NUMBER_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
    "de": ["null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"],
}


def _count(n: int, lang: str) -> str:
    words = _NUMBER_WORDS.get(lang, _NUMBER_WORDS["en"])
    return words[n] if n < len(words) else str(n)


def reason_text(outcome_or_tariff: Outcome, code: str, params: tuple[object, ...],
                lang: str, catalog: Catalog) -> str:
    tariff = outcome_or_tariff.tariff
    de = lang == "de"
    if code == "profession-declined":
        pid = str(params[0])
        prof = catalog.profession_map.get(pid)
        label = prof.label(lang) if prof else pid
        return f"{label} ist in diesem Tarif nicht versicherbar" if de else (
            f"{label} is not insured by this tariff"
        )
    if code == "profession-referred":
        pid = str(params[0])
        texts = tariff.professions.referred.get(pid)
        if texts is not None:
            return texts.get(lang)
        return "Dieser Beruf erfordert eine individuelle Risikoprüfung" if de else (
            "this profession needs individual underwriting"
        )
    if code == "revenue-referred":
        limit = grouped(Decimal(str(params[0])), lang)
        return f"ein Umsatz über {limit} EUR erfordert eine individuelle Risikoprüfung" if de else (
            f"revenue above {limit} EUR needs individual underwriting"
        )
    if code == "cover-declined":
        cover = grouped(Decimal(int(str(params[0]))), lang)
        return f"Deckungssumme {cover} EUR wird nicht angeboten" if de else (
            f"cover {cover} EUR is not offered"
        )
    if code == "claims-referred":
        n = int(str(params[0]))
        if de:
            noun = "Vorschaden" if n == 1 else "Vorschäden"
            return f"{_count(n, lang)} oder mehr {noun} in 5 Jahren"
        noun = "claim" if n == 1 else "claims"
        return f"{_count(n, lang)} or more {noun} in 5 years"
    if code.endswith("-not-offered"):
        field = code.removesuffix("-not-offered")
        value = params[0] if params else ""
        names_de = {"deductible": "Selbstbeteiligung", "module": "Baustein", "term": "Laufzeit",
                    "payment": "Zahlweise", "country": "Land"}
        if de:
            return f"{names_de.get(field, field)} {value} wird in diesem Tarif nicht angeboten"
        return f"{field} {value} is not offered by this tariff"
    if code.startswith("question-"):
        qid = str(params[0]) if params else code.removeprefix("question-")
        rule = tariff.questions.get(qid)
        if rule is not None and "not-assessed" not in params:
            return rule.reason.get(lang)
        return "dieser Tarif bewertet diese Frage nicht" if de else (
            "this tariff does not assess this question")
    return code


def reason_texts(outcome: Outcome, lang: str, catalog: Catalog) -> list[str]:
    return [reason_text(outcome, r.code, r.params, lang, catalog) for r in outcome.reasons]


# ---------------------------------------------------------------------------------------
# Worksheet

STEP_LABELS = {
    "base": ("Base premium", "Grundprämie"),
    "core": ("Core premium", "Kernprämie"),
    "subtotal": ("Subtotal", "Zwischensumme"),
    "startup_discount": ("Start-up discount", "Existenzgründer-Nachlass"),
    "term_discount": ("Term discount", "Laufzeitnachlass"),
    "net_annual": ("Net premium per year", "Nettoprämie pro Jahr"),
    "payment_surcharge": ("Payment surcharge", "Ratenzuschlag"),
    "insurance_tax": ("Insurance tax", "Versicherungsteuer"),
    "gross_annual": ("Gross premium per year", "Bruttoprämie pro Jahr"),
}

PAYMENT_LABELS = {
    "annual": ("annual", "jährlich"),
    "semiannual": ("semiannual", "halbjährlich"),
    "quarterly": ("quarterly", "vierteljährlich"),
    "monthly": ("monthly", "monatlich"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "de" else pair[0]


def payment_label(payment: str, lang: str) -> str:
    return _pick(PAYMENT_LABELS.get(payment, (payment, payment)), lang)


def step_label(step: str, lang: str, catalog: Catalog) -> str:
    if step.startswith("module:"):
        return catalog.module_title(step.removeprefix("module:"), lang)
    return _pick(STEP_LABELS.get(step, (step, step)), lang)


def step_detail(step: Step, lang: str) -> str:
    de = lang == "de"
    a = step.args

    def n(x: object) -> str:
        return num(x, lang)  # type: ignore[arg-type]

    kind = step.step
    if kind == "base":
        risk_class, band, upper, n_classes = a
        assert isinstance(band, int) and isinstance(upper, Decimal)
        limit = grouped(upper, lang)
        band_text = (
            f"Umsatzklasse {band + 1} (bis {limit} EUR)"
            if de
            else f"revenue band {band + 1} (up to {limit} EUR)"
        )
        if n_classes == 1:
            return band_text
        return f"Risikoklasse {risk_class}, {band_text}" if de else (
            f"risk class {risk_class}, {band_text}"
        )
    if kind == "core":
        base, cf, df, clf = a
        return f"{n(base)} × {n(cf)} × {n(df)} × {n(clf)}"
    if kind.startswith("module:"):
        module, band, core = a
        assert isinstance(module, Module)
        if module.included:
            return "im Tarif enthalten" if de else "included in the tariff"
        if module.flat is not None:
            b = int(band) + 1  # type: ignore[call-overload]
            return f"Pauschale, Umsatzklasse {b}" if de else f"flat amount, revenue band {b}"
        assert module.rate is not None
        product = f"{n(module.rate)} × {n(core)}"
        if module.minimum is not None:
            sep = ";" if de else ","
            return f"max({product}{sep} {n(cents(module.minimum))})"
        return product
    if kind == "subtotal":
        return " + ".join(n(x) for x in a)
    if kind == "startup_discount":
        subtotal, rate = a
        if rate is None:
            return "kein Existenzgründer-Nachlass" if de else "no start-up discount"
        return f"{n(subtotal)} × {n(rate)}"
    if kind == "term_discount":
        base_amount, rate, term = a
        if not rate:
            return (f"kein Nachlass bei {term} Jahr(en) Laufzeit" if de
                    else f"no discount for a {term}-year term")
        years = f"{term} Jahre" if de else f"{term}-year term"
        return f"{n(base_amount)} × {n(rate)} ({years})"
    if kind == "net_annual":
        subtotal, sd, td, discounted, minimum, applied = a
        if applied:
            return (f"Mindestprämie {n(minimum)} (statt {n(discounted)})" if de
                    else f"minimum premium {n(minimum)} (instead of {n(discounted)})")
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
    de = lang == "de"
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
            label = "Schlüssel und Codekarten" if de else "Keys and code cards"
            sublimits = ((label, cents(module.key_sublimit)),)
        if module_id == "worldwide":
            limit, deductible = cover, chosen
        note = module.note.get(lang) if module.note else None
        if module.included:
            inc = "im Tarif enthalten" if de else "included in the tariff"
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
                title = catalog.module_title(module_id, lang)
                text += (f" (abgedeckt mit dem Baustein „{title}“)" if de
                         else f" (covered with the module “{title}”)")
            exclusions.append(text)
    return CoverageScope(tuple(items), tuple(exclusions))


# ---------------------------------------------------------------------------------------
# Scenarios


def scenario_hint_text(result: ScenarioResult, lang: str, catalog: Catalog) -> str | None:
    """“add general liability for +120,00 € a year (net, before discounts)”."""
    if result.hint is None:
        return None
    module_id, amount = result.hint
    title = catalog.module_title(module_id, lang)
    if lang == "de":
        return f"{title} hinzufügen für +{money(amount, lang)} im Jahr (netto, vor Nachlässen)"
    return f"add {title.lower()} for +{money(amount, lang)} a year (net, before discounts)"


def scenario_part_text(result: ScenarioResult, lang: str, catalog: Catalog) -> str:
    if not result.covered or result.part is None:
        return "nicht versichert" if lang == "de" else "not covered"
    return catalog.module_title(result.part, lang)
