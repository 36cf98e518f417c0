"""Rendering a market comparison into PDF bytes (imports ReportLab).

It reuses the quote letter's page furniture: letterhead, address field, information block,
footer with "page x of y", the embedded font and the styles.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, Paragraph, Spacer

from premiumcalc import __version__
from premiumcalc.pdf import layout
from premiumcalc.pdf.blocks import (
    Letter,
    Text,
    bullets,
    business_pairs,
    closing,
    esc,
    first_page,
    headed,
    letter_date,
    lines,
    para,
    section,
    status_note,
    table,
)
from premiumcalc.pdf.layout import ACCENT, BODY_W, NumberedCanvas, make_doc, styles
from premiumcalc.pdf.profile import BrokerProfile
from premiumcalc.pdf.reasons import paper_reasons
from premiumcalc.pdf.texts import t as letter_text
from premiumcalc.pricing.compare import MISSING, price_with_tariff_limits, tariff_facts
from premiumcalc.pricing.engine import QUOTED, Outcome
from premiumcalc.pricing.explain import grouped, money, payment_label, scenario_hint_text
from premiumcalc.pricing.needs import NOT_STATED, pi_aggregate, prior_acts_months, run_off_years
from premiumcalc.pricing.reference import Reference
from premiumcalc.tariffs import Catalog
from premiumcalc.tariffs.wording import COMPARISON

BEST = colors.HexColor("#e3f1e6")
REFERENCE = colors.HexColor("#fdf3dc")

def _c(key: str, lang: str, **values: object) -> str:
    """The comparison's text ``key`` (``resources/catalog/texts/comparison.toml``)."""
    return COMPARISON(key, lang, **values)


def whole(value: Decimal, lang: str) -> str:
    """A whole euro amount (a limit): ``50.000 €`` or ``€50,000``; cents only when present."""
    if value != value.to_integral_value():
        return money(value, lang)
    return COMPARISON("whole_euros", lang, amount=grouped(value, lang))


def signed(value: Decimal, lang: str) -> str:
    if value > 0:
        return "+" + money(value, lang)
    if value < 0:
        return "\u2212" + money(-value, lang)
    return money(value, lang)


# ---------------------------------------------------------------------------------------


def render(outcomes: list[Outcome], *, sha256: dict[str, str], lang: str, catalog: Catalog,
           profile: BrokerProfile, reference: Reference, client_name: str,
           client_address: str, date: dt.date,
           valid_until: dict[str, dt.date | None] | None = None,
           stamp: dt.date | None = None) -> bytes:
    """``stamp``: the creation date of the document (None: the real time)."""
    if lang not in ("de", "en"):
        raise ValueError(f"lang: {lang!r} is not a language of the comparison; allowed: de, en")
    if not outcomes:
        raise ValueError("outcomes: there is no tariff to compare")
    letter = Letter(outcome=outcomes[0], sha256="", lang=lang, catalog=catalog, profile=profile,
                    client_name=client_name.strip(), client_address=client_address,
                    number="", date=date)
    with layout.language(lang):
        return _render(letter, outcomes, sha256, reference, valid_until or {}, stamp)


def _render(letter: Letter, outcomes: list[Outcome], sha256: dict[str, str],
            reference: Reference, valid_until: dict[str, dt.date | None],
            stamp: dt.date | None) -> bytes:
    lang, date = letter.lang, letter.date
    story = _story(letter, outcomes, sha256, reference, valid_until)
    kind = _c("kind", lang)
    sender = letter.sender or letter_text("draft_no_broker", lang)
    footer = " · ".join(x for x in (kind, letter_date(date, lang), sender) if x)
    title = kind + (f" – {' '.join(letter.client_name.split())}" if letter.client_name else "")
    meta = {
        "title": title,
        "author": letter.sender or "premiumcalc",
        "subject": f"{kind}: {letter_text('quote_subject', lang)} "
                   f"({', '.join(o.tariff.id for o in outcomes)})",
        "creator": f"premiumcalc {__version__}",
    }
    buffer = io.BytesIO()
    doc = make_doc(buffer, footer_text=footer, meta=meta, lang=lang)
    doc.build(story, canvasmaker=partial(NumberedCanvas, page_label=partial(_page_label, lang),
                                         stamp=stamp))
    return buffer.getvalue()


def _page_label(lang: str, page: int, pages: int) -> str:
    return letter_text("page", lang, page=page, pages=pages)


def period_text(o: Outcome, valid_until: dict[str, dt.date | None], lang: str) -> str:
    """"gültig ab 01.01.2027" or "valid Jan 1, 2026 to Dec 31, 2026"."""
    start = letter_date(o.tariff.valid_from, lang)
    end = valid_until.get(o.tariff.id)
    if end is None:
        return _c("period_from", lang, valid_from=start)
    return _c("period_until", lang, valid_from=start, valid_until=letter_date(end, lang))


def _story(letter: Letter, outcomes: list[Outcome], sha256: dict[str, str],
           reference: Reference, valid_until: dict[str, dt.date | None]) -> list[Flowable]:
    lang, tr = letter.lang, letter.tr
    p = letter.profile
    info = [
        (tr("date"), letter_date(letter.date, lang)),
        (_c("tariffs_count", lang), str(len(outcomes))),
        (tr("contact"), p.name),
        (tr("phone"), p.phone),
        (tr("email"), p.email),
    ]
    recipient = lines(letter.client_name) + lines(letter.client_address)
    story = first_page(letter, recipient, info)
    story.append(NextPageTemplate("later"))
    story += [
        para(_c("title", lang), "title"),
        para(letter.client_name, "subtitle") if letter.client_name else Spacer(1, 6),
        para(_c("intro", lang, date=letter_date(letter.date, lang))),
        *headed(_c("sec_request", lang), _pairs_table(_request_pairs(letter))),
        *_headed(_c("sec_prices", lang), _price_tables(letter, outcomes, reference, valid_until)),
        *_reasons(letter, outcomes),
        *_headed(_c("sec_cover", lang), _cover_tables(letter, outcomes, reference)),
        *_headed(_c("sec_terms", lang), _terms_tables(letter, outcomes, reference)),
        *_scenario_tables(letter, outcomes, reference),
        # headings stay with their first lines; the lists themselves may continue overleaf
        KeepTogether([section(_c("sec_compared", lang)),
                      para(_c("compared_all", lang, date=letter_date(letter.date, lang),
                              n=len(outcomes), version=__version__))]),
        Spacer(1, 3),
        *bullets([_c("compared_item", lang, insurer=o.tariff.insurer,
                     product=o.tariff.product, version=o.tariff.version,
                     period=period_text(o, valid_until, lang), id=o.tariff.id,
                     sha256=sha256.get(o.tariff.id, "–"))
                  for o in sorted(outcomes, key=lambda o: o.tariff.id)]),
        *_notes(letter, reference),
        KeepTogether(closing(letter)),
    ]
    return story


def _request_pairs(letter: Letter) -> list[tuple[str, str]]:
    req = letter.outcome.request
    modules = [letter.catalog.module_title(m, letter.lang) for m in req.modules]
    return business_pairs(letter, modules, req.country)


def _pairs_table(pairs: list[tuple[str, str]]) -> Any:
    """(label, value) pairs in two columns of pairs, to keep the request short."""
    half = (len(pairs) + 1) // 2
    rows = []
    for i in range(half):
        right = pairs[half + i] if half + i < len(pairs) else ("", "")
        rows.append([para(pairs[i][0], "cell_small"), para(pairs[i][1], "cell"),
                     para(right[0], "cell_small"), para(right[1], "cell")])
    # The labels' columns fit "Versicherungsbeginn" and "(Versicherungsteuer)" unbroken.
    return table(rows, (33, 49, 33, 50))


def _cheapest(outcomes: list[Outcome]) -> Outcome | None:
    quoted = [o for o in outcomes if o.status == QUOTED and o.premium is not None]
    return min(quoted, key=lambda o: o.premium.gross_annual) if quoted else None  # type: ignore[union-attr]


#: An insurer's name longer than this is cut (with "…") so that its table row always fits
#: on a page; the command line refuses longer reference insurers.
MAX_INSURER_PRINTED = 120


def _clipped(text: str) -> str:
    text = text.strip()
    return text if len(text) <= MAX_INSURER_PRINTED else text[:MAX_INSURER_PRINTED - 1] + "…"


# ---------------------------------------------------------------------------------------
# Tariffs side by side: one column per tariff (the current contract first), one row per
# fact, so that every amount has the room of a whole column and never wraps.

#: Columns of tariffs in one table; more tariffs continue in a further table below.
MAX_COLUMNS = 4
#: The width of the labels' column (mm); the rest is shared by the tariffs' columns.
LABEL_MM = 37.0


@dataclass(frozen=True)
class _Column:
    """A column of the side-by-side tables: a tariff's outcome, or the current contract."""

    outcome: Outcome | None
    best: bool = False

    @property
    def is_reference(self) -> bool:
        return self.outcome is None


def _columns(outcomes: list[Outcome], reference: Reference) -> list[list[_Column]]:
    """The tables' columns, at most :data:`MAX_COLUMNS` a table; the current contract
    opens every table, so that each tariff stands next to it."""
    best = _cheapest(outcomes)
    tariffs = [_Column(o, o is best) for o in outcomes]
    lead = [] if reference.is_empty else [_Column(None)]
    per_table = MAX_COLUMNS - len(lead)
    return [lead + tariffs[i:i + per_table] for i in range(0, len(tariffs), per_table)]


def _fitted(text: str, style: str, width: float) -> Paragraph:
    """An amount in one line: in smaller type when its column is too narrow, never broken."""
    base = styles()[style]
    size = base.fontSize
    needed = stringWidth(text, base.fontName, size)
    if needed > width:
        size = max(5.5, size * width / needed * 0.97)
        base = ParagraphStyle(f"{style}_fit", parent=base, fontSize=size,
                              leading=max(base.leading * size / base.fontSize, size * 1.2))
    return Text(esc(text), base)


def _cell(value: Any, inner: float) -> Any:
    """A cell's content: text is an amount (right-aligned on one line), ``(text, style)``
    the same in another style; flowables stay as they are; a list holds several."""
    if isinstance(value, str):
        return _fitted(value, "cell_right", inner)
    if isinstance(value, tuple):
        return _fitted(value[0], value[1], inner)
    if isinstance(value, list):
        return [_cell(v, inner) for v in value]
    return value


def _side_by_side(letter: Letter, groups: list[list[_Column]], head: Any,
                  rows: list[tuple[str, Any]]) -> list[Flowable]:
    """One table per group of columns: the tariffs' heads, then a row per fact.

    ``head(column)`` gives a column's head; each row is (label, ``cell(column)``), a cell
    being text (an amount, right-aligned on one line) or flowables. Long tables split
    between rows with the tariffs' heads repeated.
    """
    story: list[Flowable] = []
    for group in groups:
        data_w = (BODY_W / mm - LABEL_MM) / len(group)
        inner = data_w * mm - 8  # the cell's padding
        table_rows: list[list[Any]] = [[para("", "cell_head"), *(head(c) for c in group)]]
        for label, cell in rows:
            row: list[Any] = [para(label, "cell_small")]
            for column in group:
                row.append(_cell(cell(column), inner))
            table_rows.append(row)
        extra: list[tuple[object, ...]] = []
        for i, column in enumerate(group, start=1):
            if column.is_reference:
                extra += [("BACKGROUND", (i, 0), (i, -1), REFERENCE),
                          ("LINEAFTER", (i, 0), (i, -1), 0.8, ACCENT)]
            elif column.best:
                extra.append(("BACKGROUND", (i, 0), (i, -1), BEST))
        widths = (LABEL_MM, *([data_w] * len(group)),)
        if story:
            story.append(Spacer(1, 8))
        story.append(table(table_rows, widths, header=True, extra=extra))
    return story


def _head(letter: Letter, column: _Column, reference: Reference,
          valid_until: dict[str, dt.date | None] | None = None) -> list[Flowable]:
    """A column's head: insurer, product and version (with the version's period in the
    premiums' table), "cheapest"; or the current contract."""
    lang = letter.lang
    if column.outcome is None:
        return _reference_cell(reference, lang)
    o = column.outcome
    cell = [para(_clipped(o.tariff.insurer), "cell_bold"),
            para(f"{o.tariff.product} · {o.tariff.version}", "cell_small")]
    if valid_until is not None:
        cell.append(para(period_text(o, valid_until, lang), "cell_small"))
    if column.best:
        cell.append(para(_c("cheapest", lang), "cell_small", bold=True))
    return cell


def _reference_cell(reference: Reference, lang: str) -> list[Flowable]:
    cell = [para(_clipped(reference.insurer) or _c("unknown", lang), "cell_bold"),
            para(f"{_c('reference', lang)}, {_c('reference_marker', lang)}", "cell_small")]
    if reference.cover is not None or reference.deductible is not None:
        unknown = _c("unknown", lang)
        cell.append(para(_c("reference_cover", lang,
                            cover=whole(reference.cover, lang) if reference.cover is not None
                            else unknown,
                            deductible=whole(reference.deductible, lang)
                            if reference.deductible is not None else unknown), "cell_small"))
    return cell


def regular_instalment(instalments: tuple[Decimal, ...]) -> Decimal:
    """The instalment paid every time but (perhaps) the first, which takes the cents that do
    not divide evenly: what the client pays per instalment."""
    return instalments[1] if len(instalments) > 1 else instalments[0]


def _price_tables(letter: Letter, outcomes: list[Outcome], reference: Reference,
                  valid_until: dict[str, dt.date | None]) -> list[Flowable]:
    lang = letter.lang
    payment = payment_label(letter.outcome.request.payment, lang)

    def result(c: _Column) -> Any:
        if c.outcome is None:
            return [para(_c("reference_result", lang), "cell")]
        o = c.outcome
        cell = [para(_c(o.status, lang), "cell_bold" if o.status == QUOTED else "cell")]
        if o.status != QUOTED:
            cell.append(para(_c("see_reasons", lang), "cell_small"))
        return cell

    def gross(c: _Column) -> Any:
        if c.outcome is None:
            value = reference.gross_annual
            return money(value, lang) if value is not None else "–"
        prem = c.outcome.premium
        if prem is None:
            return "–"
        return (money(prem.gross_annual, lang), "cell_right_bold")

    def instalment(c: _Column) -> Any:
        prem = c.outcome.premium if c.outcome is not None else None
        if prem is None:
            return "–"
        regular = regular_instalment(prem.instalments)
        cell: list[Any] = [money(regular, lang)]
        if prem.instalments[0] != regular:
            cell.append(para(_c("first_instalment", lang,
                                amount=money(prem.instalments[0], lang)), "cell_small_right"))
        return cell

    def net(c: _Column) -> Any:
        prem = c.outcome.premium if c.outcome is not None else None
        return money(prem.net_annual, lang) if prem is not None else "–"

    def difference(c: _Column) -> Any:
        if c.outcome is None:
            return "–"
        prem = c.outcome.premium
        diff = reference.difference(prem.gross_annual if prem else None)
        return signed(diff, lang) if diff is not None else "–"

    groups = _columns(outcomes, reference)
    rows: list[tuple[str, Any]] = [
        (_c("result", lang), result),
        (_c("gross_year", lang), gross),
        (_c("instalment", lang, payment=payment), instalment),
        (_c("net_year", lang), net),
    ]
    if not reference.is_empty:
        rows.append((_c("difference", lang), difference))
    return _side_by_side(letter, groups,
                         lambda c: _head(letter, c, reference, valid_until), rows)


def _reasons(letter: Letter, outcomes: list[Outcome]) -> list[Flowable]:
    """Why a tariff refers or declines the request: per tariff a heading and the reasons
    as bullets, in the tariff's words with the modules' names."""
    lang = letter.lang
    story: list[Flowable] = []
    for o in outcomes:
        if o.status == QUOTED:
            continue
        texts = paper_reasons(o, lang, letter.catalog)
        heading = para(_c("reasons_of", lang, insurer=_clipped(o.tariff.insurer),
                          product=o.tariff.product, result=_c(o.status, lang)), "h3")
        items = bullets(texts) or [para(_c("no_reason", lang), "small")]
        # the heading stays with its first reason; long lists continue on the next page
        story += [Spacer(1, 4), KeepTogether([heading, items[0]]), *items[1:]]
    if not story:
        return []
    return [KeepTogether([section(_c("sec_reasons", lang)), *story[:2]]), *story[2:]]


def _module_status(letter: Letter, o: Outcome, module_id: str) -> str:
    """A module as this price has it: included in the price (chosen, or part of the tariff),
    available for what it adds to the gross premium, or not offered."""
    lang = letter.lang
    module = o.tariff.module_map.get(module_id)
    if module is None:
        return _c("missing", lang)
    if module.included or module_id in o.active_modules:
        return _c("in_price", lang)
    extra = module_surcharge(o, module_id, letter.catalog)
    if extra is None:
        return _c("optional", lang)
    return _c("available_for", lang, amount=money(extra, lang))


def module_surcharge(o: Outcome, module_id: str, catalog: Catalog) -> Decimal | None:
    """What adding ``module_id`` adds to ``o``'s gross annual premium (None: the request is
    not quoted with it)."""
    if o.status != QUOTED or o.premium is None:
        return None
    request = o.request.with_changes(modules=(*o.request.modules, module_id), scenarios=())
    with_module = price_with_tariff_limits(request, o.tariff, catalog)
    if with_module.status != QUOTED or with_module.premium is None:
        return None
    return with_module.premium.gross_annual - o.premium.gross_annual


def _cover_tables(letter: Letter, outcomes: list[Outcome], reference: Reference
                  ) -> list[Flowable]:
    lang = letter.lang

    def amount(v: Decimal | None) -> str:
        return whole(v, lang) if v is not None else "–"

    def module(module_id: str, limit: Any) -> Any:
        def cell(c: _Column) -> Any:
            if c.outcome is None:
                value = {"general-liability": reference.general_liability_limit,
                         "cyber": reference.cyber_limit}.get(module_id)
                return amount(value)
            f = tariff_facts(c.outcome.tariff, c.outcome.request.cover)
            status = _module_status(letter, c.outcome, module_id)
            value = limit(f)
            if f.modules[module_id] == MISSING or value is None:
                return [para(status, "cell_small_right")]
            return [whole(value, lang), para(status, "cell_small_right")]
        return cell

    def facts(get: Any) -> Any:
        def cell(c: _Column) -> Any:
            if c.outcome is None:
                return "–"
            return amount(get(tariff_facts(c.outcome.tariff, c.outcome.request.cover)))
        return cell

    def keys(c: _Column) -> Any:
        if c.outcome is None:
            return amount(reference.key_limit)
        return amount(tariff_facts(c.outcome.tariff, c.outcome.request.cover).key_limit)

    def worldwide(c: _Column) -> Any:
        if c.outcome is None:
            return "–"
        return [para(_module_status(letter, c.outcome, "worldwide"), "cell_small_right")]

    rows: list[tuple[str, Any]] = [
        (_c("gl", lang), module("general-liability", lambda f: f.general_liability_limit)),
        (_c("keys", lang), keys),
        (_c("cyber", lang), module("cyber", lambda f: f.cyber_limit)),
        (_c("cyber_deductible", lang), facts(lambda f: f.cyber_deductible)),
        (_c("worldwide", lang), worldwide),
        (_c("delay", lang), module("delay-damages", lambda f: f.delay_damages_limit)),
    ]
    return _side_by_side(letter, _columns(outcomes, reference),
                         lambda c: _head(letter, c, reference), rows)


def _terms_tables(letter: Letter, outcomes: list[Outcome], reference: Reference
                  ) -> list[Flowable]:
    """Each tariff's conditions, annual aggregate of professional indemnity, prior acts and
    run-off (handbook §13); what a tariff does not state says so."""
    lang = letter.lang
    not_stated = _c("not_stated", lang)

    def conditions(c: _Column) -> Any:
        if c.outcome is None:
            return "–"
        text = c.outcome.tariff.conditions
        return [para(text if text is not None else not_stated, "cell")]

    def aggregate(c: _Column) -> Any:
        if c.outcome is None:
            return "–"
        value = pi_aggregate(c.outcome.tariff, c.outcome.request.cover)
        return whole(value, lang) if isinstance(value, Decimal) else not_stated

    def prior_acts(c: _Column) -> Any:
        if c.outcome is None:
            return "–"
        months = prior_acts_months(c.outcome.tariff)
        return (not_stated if months == NOT_STATED else _c("unlimited", lang) if months is None
                else _c("months", lang, n=months))

    def run_off(c: _Column) -> Any:
        if c.outcome is None:
            return "–"
        years = run_off_years(c.outcome.tariff)
        return not_stated if years == NOT_STATED else _c("years", lang, n=years)

    rows: list[tuple[str, Any]] = [
        (_c("conditions", lang), conditions),
        (_c("aggregate", lang), aggregate),
        (_c("prior_acts", lang), prior_acts),
        (_c("run_off", lang), run_off),
    ]
    return _side_by_side(letter, _columns(outcomes, reference),
                         lambda c: _head(letter, c, reference), rows)


def _scenario_tables(letter: Letter, outcomes: list[Outcome], reference: Reference
                     ) -> list[Flowable]:
    """The claim scenarios asked for: each tariff's payout, or that it does not cover the
    claim (with the module that would)."""
    lang, catalog = letter.lang, letter.catalog
    wanted = [s.partition("=")[0] for s in letter.outcome.request.scenarios]
    if not wanted:
        return []

    def payout(sid: str) -> Any:
        def cell(c: _Column) -> Any:
            if c.outcome is None:
                return "–"
            r = next((x for x in c.outcome.scenarios if x.id == sid), None)
            if r is None:
                return [para(_c("scenario_unpriced", lang), "cell_small_right")]
            if r.covered and r.limit is not None and r.deductible is not None:
                return [(money(r.payout, lang), "cell_right_bold"),
                        para(letter_text("payout_detail", lang, limit=money(r.limit, lang),
                                         deductible=money(r.deductible, lang)),
                             "cell_small_right")]
            hint = scenario_hint_text(r, lang, catalog)
            return [para(_c("scenario_not_covered", lang), "cell_right"),
                    *([para(hint, "cell_small_right")] if hint else [])]
        return cell

    rows: list[tuple[str, Any]] = []
    for sid in wanted:
        damage = next((r.damage for o in outcomes for r in o.scenarios if r.id == sid), None)
        title = catalog.scenario_map[sid].title(lang) if sid in catalog.scenario_map else sid
        label = title if damage is None else \
            f"{title}\n{_c('scenario_damage', lang, damage=money(damage, lang))}"
        rows.append((label, payout(sid)))
    return _headed(_c("sec_scenarios", lang),
                   _side_by_side(letter, _columns(outcomes, reference),
                                 lambda c: _head(letter, c, reference), rows))


def _headed(title: str, tables: list[Flowable]) -> list[Flowable]:
    """A heading kept with the first rows of the first of its tables."""
    return [*headed(title, tables[0]), *tables[1:]]


def _notes(letter: Letter, reference: Reference) -> list[Flowable]:
    lang, tr, p = letter.lang, letter.tr, letter.profile
    items = [_c("note_prices", lang)]
    if not reference.is_empty:
        items.append(_c("note_reference", lang))
    items.append(status_note(letter))
    if p.register_number:
        items.append(tr("note_register", number=p.register_number))
    first, *rest = bullets(items)
    return [KeepTogether([section(_c("sec_notes", lang)), first]), *rest]
