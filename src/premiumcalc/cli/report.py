"""Readable text tables for the command line (amounts formatted for the locale with babel)."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from premiumcalc.pricing.engine import QUOTED, Outcome
from premiumcalc.pricing.explain import (
    coverage_scope,
    module_hint_text,
    money,
    reason_texts,
    scenario_hint_text,
    scenario_part_text,
    worksheet_rows,
)
from premiumcalc.pricing.instalments import instalment_plan_text
from premiumcalc.tariffs import Catalog, LoadedTariff, Tariff
from premiumcalc.tariffs.wording import REPORT


def t(key: str, lang: str) -> str:
    """The table text ``key`` (``resources/catalog/texts/report.toml``)."""
    return REPORT(key, lang)


def _table(rows: Sequence[Sequence[str]], indent: str = "  ", right: Sequence[int] = ()) -> str:
    if not rows:
        return ""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [
            c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(r)
        ]
        lines.append((indent + "  ".join(cells)).rstrip())
    return "\n".join(lines) + "\n"


def status_text(outcome: Outcome, lang: str) -> str:
    return t(outcome.status, lang)


def _day(day: dt.date, lang: str) -> str:
    from babel.dates import format_date

    # English dates the British way (1 Dec 2026), as the documents are written for Europe.
    return str(format_date(day, format="medium", locale="de_DE" if lang == "de" else "en_GB"))


def version_text(tariff: Tariff, until: dt.date | None, lang: str) -> str:
    """``version 2026-01 (valid 1 Jan 2026 to 31 Dec 2026)``."""
    if until is None:
        period = REPORT("version-open", lang, first=_day(tariff.valid_from, lang))
    else:
        period = REPORT("version-period", lang, first=_day(tariff.valid_from, lang),
                        last=_day(until, lang))
    return f"{t('version', lang)} {tariff.version} ({period})"


def _offered_text(value: object, kind: str | None, lang: str) -> str:
    if value is None:
        return t("not-in-cover", lang)
    if value is True or value is False:
        return t("yes-word" if value else "no-word", lang)
    if value in ("not-stated", "unlimited"):
        return t(str(value), lang)
    if isinstance(value, Decimal):
        return money(value, lang)
    return str(value)


def requirement_lines(outcome: Outcome, lang: str, catalog: Catalog) -> list[str]:
    """One line per requirement: required, offered, met, and the module that would close a
    gap with its price."""
    from premiumcalc.pricing.needs import check_requirements

    lines = []
    for r in check_requirements(outcome, outcome.request.require):
        req = r.requirement
        required = ("" if req.value is None else
                    f" {t('required', lang)} " + (money(Decimal(req.value), lang)
                                                 if req.kind == "amount" else str(req.value)))
        line = (f"  {req.id}:{required}{',' if required else ''} {t('offered', lang)} "
                f"{_offered_text(r.offered, req.kind, lang)} – "
                f"{t('met' if r.met else 'not-met', lang)}")
        hint = module_hint_text(r.hint, lang, catalog)
        if hint is not None:
            line += f"; {hint}"
        lines.append(line)
    return lines


def quote_table(outcome: Outcome, loaded: LoadedTariff, lang: str, catalog: Catalog) -> str:
    tariff = outcome.tariff
    req = outcome.request
    out: list[str] = []
    out.append(f"{tariff.insurer} · {tariff.product}")
    out.append(f"{t('tariff', lang)} {tariff.id}, "
               f"{version_text(tariff, loaded.effective_until, lang)}")
    out.append(f"{t('start', lang)}: {_day(req.start, lang)}")
    if req.yes:
        answered = ", ".join(q.text(lang) for q in catalog.questions if q.id in req.yes)
        out.append(f"{t('answered-yes', lang)}: {answered}")
    prof = catalog.profession_map[req.profession].label(lang)
    out.append(f"{t('request', lang)}: {prof}, {money(req.revenue, lang)}; "
               f"{t('cover', lang)} {money(req.cover, lang)}, "
               f"{t('deductible', lang)} {money(req.deductible, lang)}")
    out.append(f"{t('status', lang)}: {status_text(outcome, lang)}")
    if req.require:
        out.append(f"{t('requirements', lang)}:")
        out.extend(requirement_lines(outcome, lang, catalog))
    if outcome.status != QUOTED:
        out.append(f"{t('reasons', lang)}:")
        out.extend(f"  - {r}" for r in reason_texts(outcome, lang, catalog))
        return "\n".join(out) + "\n"
    p = outcome.premium
    assert p is not None
    plan = instalment_plan_text(p.instalments, req.payment, lang)
    out.append("")
    out.append(t("premium", lang))
    rows = [
        [t("gross_year", lang), money(p.gross_annual, lang)],
        [t("instalments", lang), plan],
        [t("net_year", lang), money(p.net_annual, lang)],
        [t("surcharge", lang), money(p.payment_surcharge, lang)],
        [t("tax", lang), money(p.insurance_tax, lang)],
    ]
    out.append(_table(rows).rstrip("\n"))
    if p.minimum_applied:
        out.append(f"  ({t('minimum', lang)})")
    out.append("")
    out.append(t("worksheet", lang))
    ws = [[r.label, r.detail, money(r.amount, lang)] for r in worksheet_rows(outcome, lang, catalog)]
    out.append(_table(ws, right=(2,)).rstrip("\n"))
    out.append("")
    out.append(coverage_text(outcome, lang, catalog).rstrip("\n"))
    if outcome.scenarios:
        out.append("")
        out.append(t("scenarios", lang))
        for res in outcome.scenarios:
            sc = catalog.scenario_map[res.id]
            head = f"  {sc.title(lang)} ({t('damage', lang)} {money(res.damage, lang)}): "
            if res.covered:
                assert res.limit is not None and res.deductible is not None
                head += (f"{t('covered', lang)}, {scenario_part_text(res, lang, catalog)}, "
                         f"{t('limit', lang)} {money(res.limit, lang)}, "
                         f"{t('deductible', lang)} {money(res.deductible, lang)}, "
                         f"{t('payout', lang)} {money(res.payout, lang)}")
            else:
                head += scenario_part_text(res, lang, catalog)
                hint = scenario_hint_text(res, lang, catalog)
                if hint:
                    head += f"; {hint}"
            out.append(head)
    return "\n".join(out) + "\n"


def coverage_text(outcome: Outcome, lang: str, catalog: Catalog) -> str:
    scope = coverage_scope(outcome, lang, catalog)
    out = [t("coverage", lang)]
    for item in scope.covered:
        line = f"  {item.title}"
        facts = []
        if item.limit is not None:
            facts.append(f"{t('limit', lang)} {money(item.limit, lang)}")
        if item.deductible is not None:
            facts.append(f"{t('deductible', lang)} {money(item.deductible, lang)}")
        facts.extend(f"{label} {money(v, lang)}" for label, v in item.sublimits)
        if item.note:
            facts.append(item.note)
        if facts:
            line += ": " + ", ".join(facts)
        out.append(line)
        out.append(textwrap.fill(item.text, 96, initial_indent="    ",
                                 subsequent_indent="    "))
    out.append(t("not_covered", lang))
    out.extend(f"  - {x}" for x in scope.not_covered)
    return "\n".join(out) + "\n"


def compare_table(outcomes: Sequence[Outcome], lang: str, catalog: Catalog,
                  unavailable: Sequence[tuple[str, str]] = ()) -> str:
    from premiumcalc.pricing.needs import check_requirements, meets_all, recommended

    if not outcomes:
        text = ""
    else:
        extra: list[list[str]] = []
        if outcomes[0].request.require:
            extra.append([t("meets-all", lang)] + [
                t("yes-word" if meets_all(o, check_requirements(o, o.request.require))
                  else "no-word", lang) for o in outcomes])
        text = _compare_rows(outcomes, lang, catalog, extra)
        if outcomes[0].request.require:
            text += f"\n{t('requirements', lang)}:\n"
            for o in outcomes:
                text += f"  {o.tariff.id}:\n"
                text += "\n".join("  " + line for line in requirement_lines(o, lang, catalog))
                text += "\n"
        best = recommended(outcomes)
        text += f"\n{t('recommended', lang)}: {best.tariff.id if best else t('none', lang)}\n"
    if unavailable:
        text += f"\n{t('not-priced', lang)}:\n" + "".join(
            f"  {reason}\n" for _tid, reason in unavailable)
    return text


def _compare_rows(outcomes: Sequence[Outcome], lang: str, catalog: Catalog,
                  extra: Sequence[list[str]] = ()) -> str:
    header = ["", *(o.tariff.id for o in outcomes)]
    rows: list[list[str]] = [
        [t("insurer", lang), *(o.tariff.insurer for o in outcomes)],
        [t("product", lang), *(o.tariff.product for o in outcomes)],
        [t("version", lang).capitalize(), *(o.tariff.version for o in outcomes)],
        [t("start", lang), *(_day(o.request.start, lang) for o in outcomes)],
        [t("status", lang), *(status_text(o, lang) for o in outcomes)],
        [t("gross_year", lang),
         *(money(o.premium.gross_annual, lang) if o.premium else "–" for o in outcomes)],
        [t("per_payment", lang),
         *(money(o.premium.instalments[0], lang) if o.premium else "–" for o in outcomes)],
        [t("net_year", lang),
         *(money(o.premium.net_annual, lang) if o.premium else "–" for o in outcomes)],
        *extra,
    ]
    text = _table([header, *rows])
    notes = []
    for o in outcomes:
        for r in reason_texts(o, lang, catalog):
            notes.append(f"  {o.tariff.id}: {r}")
    if notes:
        text += f"\n{t('reasons', lang)}:\n" + "\n".join(notes) + "\n"
    return text


def tariffs_table(rows: Sequence[dict[str, Any]]) -> str:
    head = ["id", "insurer", "product", "version", "valid from", "valid until", "source", "file",
            "sha256"]
    body = [
        [r["id"], r["insurer"], r["product"], r["version"], r["valid_from"],
         r["valid_until"] or "–", r["source"], r["file"], r["sha256"]]
        for r in rows
    ]
    return _table([head, *body], indent="")
