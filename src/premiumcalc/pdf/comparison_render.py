"""Rendering a market comparison into PDF bytes (imports ReportLab).

It reuses the quote letter's page furniture: letterhead, address field, information block,
footer with "page x of y", the embedded font and the styles.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, Spacer

from premiumcalc import __version__
from premiumcalc.pdf.blocks import (
    Letter,
    bullets,
    business_pairs,
    closing,
    date_text,
    first_page,
    lines,
    para,
    section,
    status_note,
    table,
)
from premiumcalc.pdf.layout import ACCENT, NumberedCanvas, make_doc
from premiumcalc.pdf.profile import BrokerProfile
from premiumcalc.pdf.texts import t as letter_text
from premiumcalc.pricing.compare import MISSING, tariff_facts
from premiumcalc.pricing.engine import QUOTED, Outcome
from premiumcalc.pricing.explain import grouped, money, payment_label, reason_texts
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
           valid_until: dict[str, dt.date | None] | None = None) -> bytes:
    if lang not in ("de", "en"):
        raise ValueError(f"lang: {lang!r} is not a language of the comparison; allowed: de, en")
    if not outcomes:
        raise ValueError("outcomes: there is no tariff to compare")
    letter = Letter(outcome=outcomes[0], sha256="", lang=lang, catalog=catalog, profile=profile,
                    client_name=client_name.strip(), client_address=client_address,
                    number="", date=date)
    story = _story(letter, outcomes, sha256, reference, valid_until or {})
    kind = _c("kind", lang)
    sender = letter.sender or letter_text("draft_no_broker", lang)
    footer = " · ".join(x for x in (kind, date_text(date, lang), sender) if x)
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
    doc.build(story, canvasmaker=partial(NumberedCanvas, page_label=partial(_page_label, lang)))
    return buffer.getvalue()


def _page_label(lang: str, page: int, pages: int) -> str:
    return letter_text("page", lang, page=page, pages=pages)


def period_text(o: Outcome, valid_until: dict[str, dt.date | None], lang: str) -> str:
    """"gültig ab 01.01.2027" or "valid Jan 1, 2026 to Dec 31, 2026"."""
    start = date_text(o.tariff.valid_from, lang)
    end = valid_until.get(o.tariff.id)
    if end is None:
        return _c("period_from", lang, valid_from=start)
    return _c("period_until", lang, valid_from=start, valid_until=date_text(end, lang))


def _story(letter: Letter, outcomes: list[Outcome], sha256: dict[str, str],
           reference: Reference, valid_until: dict[str, dt.date | None]) -> list[Flowable]:
    lang, tr = letter.lang, letter.tr
    p = letter.profile
    info = [
        (tr("date"), date_text(letter.date, lang)),
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
        para(_c("intro", lang, date=date_text(letter.date, lang))),
        section(_c("sec_request", lang)),
        _pairs_table(_request_pairs(letter)),
        section(_c("sec_prices", lang)),
        _price_table(letter, outcomes, reference, valid_until),
        section(_c("sec_cover", lang)),
        _cover_table(letter, outcomes, reference),
        section(_c("sec_terms", lang)),
        _terms_table(letter, outcomes, reference),
        KeepTogether([section(_c("sec_compared", lang)),
                      para(_c("compared_all", lang, date=date_text(letter.date, lang),
                              n=len(outcomes), version=__version__)),
                      Spacer(1, 3),
                      *bullets([_c("compared_item", lang, insurer=o.tariff.insurer,
                                   product=o.tariff.product, version=o.tariff.version,
                                   period=period_text(o, valid_until, lang), id=o.tariff.id,
                                   sha256=sha256.get(o.tariff.id, "–"))
                                for o in sorted(outcomes, key=lambda o: o.tariff.id)])]),
        KeepTogether([*_notes(letter, reference), *closing(letter)]),
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


def _tariff_cell(o: Outcome, lang: str, cheapest: bool,
                 valid_until: dict[str, dt.date | None] | None = None) -> list[Flowable]:
    """Insurer, product and version (with the version's period when ``valid_until`` is
    given: the price table shows it, the later tables repeat only the version)."""
    cell = [para(_clipped(o.tariff.insurer), "cell_bold"),
            para(f"{o.tariff.product} · {o.tariff.version}", "cell_small")]
    if valid_until is not None:
        cell.append(para(period_text(o, valid_until, lang), "cell_small"))
    if cheapest:
        cell.append(para(_c("cheapest", lang), "cell_small"))
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


def _price_table(letter: Letter, outcomes: list[Outcome], reference: Reference,
                 valid_until: dict[str, dt.date | None]) -> Any:
    lang, catalog = letter.lang, letter.catalog
    has_ref = not reference.is_empty
    head = [para(_c("tariff", lang), "cell_head"), para(_c("result", lang), "cell_head"),
            para(_c("gross_year", lang), "cell_head_right"),
            para(_c("per_payment", lang), "cell_head_right"),
            para(_c("net_year", lang), "cell_head_right")]
    widths: tuple[float, ...] = (52, 41, 24, 24, 24)
    if has_ref:
        head.append(para(_c("difference", lang), "cell_head_right"))
        widths = (49, 33, 21, 21, 20, 21)
    rows: list[list[Any]] = [head]
    extra: list[tuple[object, ...]] = []
    if has_ref:
        gross = money(reference.gross_annual, lang) if reference.gross_annual is not None \
            else "–"
        rows.append([_reference_cell(reference, lang), para(_c("reference_result", lang), "cell"),
                     para(gross, "cell_right_bold"), para("–", "cell_right"),
                     para("–", "cell_right"), para("", "cell_right")])
        extra.append(("BACKGROUND", (0, 1), (-1, 1), REFERENCE))
        extra.append(("LINEBELOW", (0, 1), (-1, 1), 0.8, ACCENT))
    best = _cheapest(outcomes)
    for o in outcomes:
        status = [para(_c(o.status, lang), "cell_bold" if o.status == QUOTED else "cell")]
        status += [para(r, "cell_small") for r in reason_texts(o, lang, catalog)]
        prem = o.premium
        row: list[Any] = [_tariff_cell(o, lang, o is best, valid_until), status]
        if prem is not None:
            per = f"{money(prem.instalments[0], lang)} ({payment_label(o.request.payment, lang)})"
            row += [para(money(prem.gross_annual, lang), "cell_right_bold"),
                    para(per, "cell_right"), para(money(prem.net_annual, lang), "cell_right")]
        else:
            row += [para("–", "cell_right"), para("–", "cell_right"), para("–", "cell_right")]
        if has_ref:
            diff = reference.difference(prem.gross_annual if prem else None)
            row.append(para(signed(diff, lang) if diff is not None else "–", "cell_right"))
        if o is best:
            extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), BEST))
        rows.append(row)
    return table(rows, widths, header=True, extra=extra)


def _module_text(status: str, limit: Decimal | None, lang: str) -> str:
    text = _c(status, lang)
    if status != MISSING and limit is not None:
        return f"{whole(limit, lang)}\n{text}"
    return text


def _cover_table(letter: Letter, outcomes: list[Outcome], reference: Reference) -> Any:
    lang = letter.lang
    keys = ("gl", "keys", "cyber", "cyber_deductible", "worldwide", "delay")
    rows: list[list[Any]] = [[para(_c("tariff", lang), "cell_head"),
                              *(para(_c(k, lang), "cell_head_right") for k in keys)]]
    extra: list[tuple[object, ...]] = []
    if not reference.is_empty:
        def amount(v: Decimal | None) -> str:
            return whole(v, lang) if v is not None else "–"

        rows.append([_reference_cell(reference, lang),
                     para(amount(reference.general_liability_limit), "cell_right"),
                     para(amount(reference.key_limit), "cell_right"),
                     para(amount(reference.cyber_limit), "cell_right"),
                     para("–", "cell_right"), para("–", "cell_right"), para("–", "cell_right")])
        extra.append(("BACKGROUND", (0, 1), (-1, 1), REFERENCE))
        extra.append(("LINEBELOW", (0, 1), (-1, 1), 0.8, ACCENT))
    best = _cheapest(outcomes)
    for o in outcomes:
        f = tariff_facts(o.tariff, o.request.cover)
        cells = [
            _module_text(f.modules["general-liability"], f.general_liability_limit, lang),
            whole(f.key_limit, lang) if f.key_limit is not None else "–",
            _module_text(f.modules["cyber"], f.cyber_limit, lang),
            whole(f.cyber_deductible, lang) if f.cyber_deductible is not None else "–",
            _c(f.worldwide, lang),
            _module_text(f.modules["delay-damages"], f.delay_damages_limit, lang),
        ]
        if o is best:
            extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), BEST))
        rows.append([_tariff_cell(o, lang, o is best),
                     *(para(c, "cell_right") for c in cells)])
    return table(rows, (35, 24, 20, 22, 22, 20, 22), header=True, extra=extra)


def _terms_table(letter: Letter, outcomes: list[Outcome], reference: Reference) -> Any:
    """Each tariff's conditions, annual aggregate of professional indemnity, prior acts and
    run-off (handbook §13); what a tariff does not state says so."""
    lang = letter.lang
    not_stated = _c("not_stated", lang)
    rows: list[list[Any]] = [[para(_c("tariff", lang), "cell_head"),
                              para(_c("conditions", lang), "cell_head"),
                              para(_c("aggregate", lang), "cell_head_right"),
                              para(_c("prior_acts", lang), "cell_head_right"),
                              para(_c("run_off", lang), "cell_head_right")]]
    extra: list[tuple[object, ...]] = []
    if not reference.is_empty:
        rows.append([_reference_cell(reference, lang), para("–", "cell"),
                     *(para("–", "cell_right") for _ in range(3))])
        extra.append(("BACKGROUND", (0, 1), (-1, 1), REFERENCE))
        extra.append(("LINEBELOW", (0, 1), (-1, 1), 0.8, ACCENT))
    best = _cheapest(outcomes)
    for o in outcomes:
        tariff = o.tariff
        aggregate = pi_aggregate(tariff, o.request.cover)
        months = prior_acts_months(tariff)
        years = run_off_years(tariff)
        cells = [
            whole(aggregate, lang) if isinstance(aggregate, Decimal) else not_stated,
            not_stated if months == NOT_STATED else _c("unlimited", lang) if months is None
            else _c("months", lang, n=months),
            not_stated if years == NOT_STATED else _c("years", lang, n=years),
        ]
        if o is best:
            extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), BEST))
        rows.append([_tariff_cell(o, lang, o is best),
                     para(tariff.conditions if tariff.conditions is not None else not_stated,
                          "cell"),
                     *(para(c, "cell_right") for c in cells)])
    return table(rows, (35, 50, 28, 26, 26), header=True, extra=extra)


def _notes(letter: Letter, reference: Reference) -> list[Flowable]:
    lang, tr, p = letter.lang, letter.tr, letter.profile
    items = [_c("note_prices", lang)]
    if not reference.is_empty:
        items.append(_c("note_reference", lang))
    items.append(status_note(letter))
    if p.register_number:
        items.append(tr("note_register", number=p.register_number))
    return [section(_c("sec_notes", lang)), *bullets(items)]
