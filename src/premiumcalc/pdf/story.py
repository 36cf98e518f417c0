"""The two documents: a quote, and a request for underwriting (referred or declined)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from premiumcalc.pdf import layout
from premiumcalc.pdf.blocks import (
    Letter,
    Text,
    bullets,
    closing,
    esc,
    first_page,
    headed,
    headed_list,
    key_value_table,
    letter_date,
    lines,
    notes,
    para,
    percent,
    request_pairs,
    section,
    table,
)
from premiumcalc.pdf.fonts import REGULAR
from premiumcalc.pdf.layout import ACCENT, RULE, SHADE, styles
from premiumcalc.pdf.offer import offer_end, overview
from premiumcalc.pdf.reasons import euros, paper_reasons
from premiumcalc.pdf.texts import t
from premiumcalc.pricing.engine import DECLINED, Step
from premiumcalc.pricing.explain import (
    coverage_scope,
    grouped,
    money,
    payment_label,
    scenario_hint_text,
    scenario_part_text,
    worksheet_rows,
)
from premiumcalc.pricing.instalments import instalment_plan_text
from premiumcalc.pricing.needs import (
    NOT_STATED,
    bodily_injury_deductible,
    contractual_penalties,
    module_aggregate,
    pi_aggregate,
    prior_acts_months,
    run_off_years,
)


def _info_contact(letter: Letter) -> list[tuple[str, str]]:
    p = letter.profile
    return [(letter.tr("phone"), p.phone), (letter.tr("email"), p.email)]


# ---------------------------------------------------------------------------------------
# Quote


def quote_story(letter: Letter) -> list[Flowable]:
    tr = letter.tr
    info = [
        (tr("number"), letter.number),
        (tr("date"), letter_date(letter.date, letter.lang)),
        (tr("valid_until"), letter_date(letter.valid_until, letter.lang)),
        (tr("contact"), letter.adviser or letter.profile.name),
        *_info_contact(letter),
    ]
    recipient = lines(letter.client_name) + lines(letter.client_address)
    story = first_page(letter, recipient, info)
    story.append(NextPageTemplate("later"))
    tariff = letter.outcome.tariff
    story += [
        para(tr("quote_title"), "title"),
        para(f"{tariff.insurer} · {tariff.product}", "subtitle"),
        para(tr("salutation")),
        Spacer(1, 4),
        para(tr("quote_intro_draft" if letter.profile.is_empty else "quote_intro",
                until=letter_date(letter.valid_until, letter.lang))),
        Spacer(1, 8),
        _premium_box(letter),
        *headed(tr("sec_tariff"), key_value_table(request_pairs(letter))),
        *_premium_table(letter),
        *overview(letter),
        *risk_questions(letter, tr("disclosure")),
        *_worksheet(letter),
        *_coverage(letter),
        *_scenarios(letter),
        *notes(letter, [tr("note_nonbinding"), tr("note_conditions"),
                        tr("note_validity", until=letter_date(letter.valid_until, letter.lang))]),
        *offer_end(letter),
    ]
    return story


def _tax_rate(letter: Letter) -> str:
    req = letter.outcome.request
    return percent(letter.outcome.tariff.tax.rates[req.country], letter.lang)


def _premium_box(letter: Letter) -> Table:
    p = letter.outcome.premium
    assert p is not None
    tr, lang = letter.tr, letter.lang
    plan = instalment_plan_text(p.instalments, letter.outcome.request.payment, lang)
    left = [para(tr("your_premium"), "h3"),
            para(tr("incl_tax", rate=_tax_rate(letter)), "cell_small"),
            para(plan, "cell")]
    right = [para(money(p.gross_annual, lang), "big"), para(tr("per_year"), "cell_right")]
    box = table([[left, right]], (100, 65),
                extra=[("BACKGROUND", (0, 0), (-1, -1), SHADE),
                       ("LINEBELOW", (0, 0), (-1, -1), 0, SHADE),
                       ("LINEBEFORE", (0, 0), (0, -1), 2, ACCENT),
                       ("TOPPADDING", (0, 0), (-1, -1), 6),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                       ("LEFTPADDING", (0, 0), (-1, -1), 8),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 8)])
    return box


def _premium_table(letter: Letter) -> list[Flowable]:
    o, tr, lang = letter.outcome, letter.tr, letter.lang
    p = o.premium
    assert p is not None
    plan = instalment_plan_text(p.instalments, o.request.payment, lang)
    rows = [
        [para(tr("net_year"), "cell"), para(money(p.net_annual, lang), "cell_right")],
        [para(tr("surcharge", payment=payment_label(o.request.payment, lang)), "cell"),
         para(money(p.payment_surcharge, lang), "cell_right")],
        [para(tr("tax", rate=_tax_rate(letter)), "cell"),
         para(money(p.insurance_tax, lang), "cell_right")],
        [para(tr("gross_year"), "cell_bold"), para(money(p.gross_annual, lang), "cell_right_bold")],
        [para(tr("instalments"), "cell"), para(plan, "cell_right")],
    ]
    grid = table(rows, (70, 95), extra=[("LINEABOVE", (0, 3), (-1, 3), 0.8, ACCENT)])
    # the heading with the whole table: the gross premium never opens a page of its own
    story = headed(tr("sec_premium"), grid, rows=len(rows))
    if p.minimum_applied:
        story += [Spacer(1, 3), para(tr("minimum_applied"), "small")]
    return story


def _worksheet(letter: Letter) -> list[Flowable]:
    tr, lang = letter.tr, letter.lang
    rows: list[list[Flowable]] = [[para(tr("step"), "cell_head"),
                                   para(tr("calculation"), "cell_head"),
                                   para(tr("amount"), "cell_head_right")]]
    ws = worksheet_rows(letter.outcome, lang, letter.catalog)
    for row, step in zip(ws, letter.outcome.worksheet, strict=True):
        bold = row.step in ("net_annual", "gross_annual")
        rows.append([para(row.label, "cell_bold" if bold else "cell"),
                     para(worksheet_detail(step, row.detail, lang), "cell"),
                     para(money(row.amount, lang), "cell_right_bold" if bold else "cell_right")])
    return headed(tr("sec_worksheet"), table(rows, (50, 85, 30), header=True))


_LONG_NUMBER = {"de": re.compile(r"(?<![\d.,])(\d{4,})(,\d+)?(?!\d)"),
                "en": re.compile(r"(?<![\d.,])(\d{4,})(\.\d+)?(?!\d)")}


def worksheet_detail(step: Step, detail: str, lang: str) -> str:
    """The calculation of a worksheet step as the amounts beside it are written: thousands
    grouped (``1.347,89``), the revenue band's limit in euros (``bis 250.000 €``)."""
    if step.step == "base":
        risk_class, band, upper, n_classes = step.args
        band_text = t("ws_band", lang, band=int(str(band)) + 1,
                      limit=euros(Decimal(str(upper)), lang))
        if n_classes == 1:
            return band_text
        return t("ws_class_band", lang, risk_class=risk_class, band=band_text)

    def group(m: re.Match[str]) -> str:
        return grouped(Decimal(m.group(1)), lang) + (m.group(2) or "")

    return _LONG_NUMBER.get(lang, _LONG_NUMBER["en"]).sub(group, detail)


def _stated(value: Decimal | str, letter: Letter) -> str:
    """An amount, or "not stated by the tariff" (handbook §13: never a guess)."""
    if isinstance(value, str):
        return letter.tr("not_stated")
    return money(value, letter.lang)


def _part_terms(letter: Letter, part: str) -> list[str]:
    """The annual aggregate of a part of the cover and what only that part states: the
    contractual-penalty sublimit (professional indemnity) and the deductible for bodily
    injury (general liability)."""
    tr, o = letter.tr, letter.outcome
    tariff, cover = o.tariff, o.request.cover
    module = tariff.module_map.get(part)
    if module is None or part == "worldwide":  # worldwide extends professional indemnity
        facts = [f"{tr('aggregate')}: {_stated(pi_aggregate(tariff, cover), letter)}"]
    else:
        facts = [f"{tr('aggregate')}: {_stated(module_aggregate(module, cover), letter)}"]
    if part == "professional-indemnity":
        penalties = contractual_penalties(tariff)
        shown = (tr("penalties_not_covered") if penalties is None
                 else _stated(penalties, letter))
        facts.append(f"{tr('penalties_sublimit')}: {shown}")
    if part == "general-liability" and module is not None:
        bodily = bodily_injury_deductible(module, o.request.deductible)
        shown = _stated(bodily, letter)
        if isinstance(bodily, Decimal) and bodily == 0:
            shown = f"{tr('deductible_none')}\u00a0({shown})"
        facts.append(f"{tr('deductible_bodily')}: {shown}")
    return facts


def _terms_pairs(letter: Letter) -> list[tuple[str, str]]:
    """The insurer's conditions by name and edition, prior acts and run-off."""
    tr, tariff = letter.tr, letter.outcome.tariff
    months = prior_acts_months(tariff)
    years = run_off_years(tariff)
    return [
        (tr("conditions"), tariff.conditions if tariff.conditions is not None
         else tr("not_stated")),
        (tr("prior_acts"), tr("not_stated") if months == NOT_STATED
         else tr("prior_acts_unlimited") if months is None else tr("months", n=months)),
        (tr("run_off"), tr("not_stated") if years == NOT_STATED
         else tr("run_off_years", n=years)),
    ]


def _coverage(letter: Letter) -> list[Flowable]:
    tr, lang = letter.tr, letter.lang
    scope = coverage_scope(letter.outcome, lang, letter.catalog)
    rows: list[list[Any]] = [
        [para(tr("part"), "cell_head"), para(tr("limits"), "cell_head")]]
    for item in scope.covered:
        facts = [f"{tr('limit')}: " + (money(item.limit, lang) if item.limit is not None
                                       else tr("within_cover"))]
        if item.deductible is not None:
            facts.append(f"{tr('deductible_short')}: {money(item.deductible, lang)}")
        facts += _part_terms(letter, item.part)
        facts += [f"{label}: {money(v, lang)}" for label, v in item.sublimits]
        if item.note:
            facts.append(item.note)
        rows.append([[para(item.title, "cell_bold"), para(item.text, "cell_small")],
                     [para(f, "cell") for f in facts]])
    story = headed(tr("sec_coverage"), table(rows, (84, 81), header=True), rows=1)
    story += headed(tr("sec_terms"), key_value_table(_terms_pairs(letter)))
    story += headed_list(tr("sec_not_covered"), bullets(scope.not_covered))
    return story


def risk_questions(letter: Letter, notice: str) -> list[Flowable]:
    """The risk questions of the catalogue with the answers given (default no), and the
    notice that they are the client's pre-contractual disclosure (§ 19 VVG), boxed."""
    tr, lang = letter.tr, letter.lang
    yes = set(letter.outcome.request.yes)
    rows: list[list[Any]] = [[para(tr("question"), "cell_head"),
                              para(tr("answer"), "cell_head")]]
    for question in letter.catalog.questions:
        answer = tr("answer_yes") if question.id in yes else tr("answer_no")
        rows.append([para(question.text(lang), "cell"),
                     para(answer, "cell_bold" if question.id in yes else "cell")])
    box = table([[[para(tr("disclosure_title"), "h3"), para(notice, "cell")]]], (165,),
                extra=[("BACKGROUND", (0, 0), (-1, -1), SHADE),
                       ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                       ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                       ("TOPPADDING", (0, 0), (-1, -1), 6),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                       ("LEFTPADDING", (0, 0), (-1, -1), 8),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 8)])
    return [*headed(tr("sec_questions"), table(rows, (145, 20), header=True)),
            Spacer(1, 6), KeepTogether([box])]


def _scenarios(letter: Letter) -> list[Flowable]:
    o, tr, lang, catalog = letter.outcome, letter.tr, letter.lang, letter.catalog
    if not o.scenarios:
        return []
    rows: list[list[Any]] = [
        [para(tr("scenario"), "cell_head"), para(tr("damage"), "cell_head_right"),
         para(tr("result"), "cell_head")]]
    for res in o.scenarios:
        sc = catalog.scenario_map[res.id]
        if res.covered and res.limit is not None and res.deductible is not None:
            result = [para(tr("covered_by", part=scenario_part_text(res, lang, catalog)),
                           "cell"),
                      para(tr("payout", payout=money(res.payout, lang)), "cell_bold"),
                      para(tr("payout_detail", limit=money(res.limit, lang),
                              deductible=money(res.deductible, lang)), "cell_small")]
        else:
            result = [para(tr("not_covered"), "cell_bold")]
            hint = scenario_hint_text(res, lang, catalog)
            if hint:
                result.append(para(hint, "cell_small"))
        rows.append([[para(sc.title(lang), "cell_bold"), para(sc.text(lang), "cell_small")],
                     [para(money(res.damage, lang), "cell_right")], result])
    return headed(tr("sec_scenarios"), table(rows, (72, 25, 68), header=True), rows=1)


# ---------------------------------------------------------------------------------------
# Request for underwriting


def underwriting_story(letter: Letter) -> list[Flowable]:
    tr, o, p = letter.tr, letter.outcome, letter.profile
    tariff = o.tariff
    info = [
        (tr("request_number"), letter.number),
        (tr("date"), letter_date(letter.date, letter.lang)),
        (tr("intermediary"), letter.sender),
        (tr("register"), p.register_number),
        *_info_contact(letter),
    ]
    # The insurer's postal address where the tariff states it (handbook §13).
    address = list(tariff.insurer_address or [tariff.insurer])
    recipient = [address[0], tr("underwriting_dept"), *address[1:]]
    story = first_page(letter, recipient, info, name_lines=0)
    story.append(NextPageTemplate("later"))
    declined = o.status == DECLINED
    intro_key = "declined_intro" if declined else "referred_intro"
    intro = tr(intro_key + ("_draft" if p.is_empty else ""),
               product=tariff.product, insurer=tariff.insurer)
    story += [
        para(tr("underwriting"), "title"),
        para(f"{tariff.insurer} · {tariff.product}", "subtitle"),
        para(tr("salutation")),
        Spacer(1, 4),
        para(intro),
        *headed_list(tr("sec_reasons_declined" if declined else "sec_reasons"),
                     bullets(paper_reasons(o, letter.lang, letter.catalog))),
        *headed(tr("sec_client"), key_value_table(_client_pairs(letter))),
        *_prior_claims(letter),
        *headed(tr("sec_request"),
                key_value_table([*request_pairs(letter),
                                 (tr("status"), tr("declined" if declined else "referred"))])),
        *risk_questions(letter, tr("disclosure_underwriting")),
        *_consent(letter),
        _decision_form(letter),
        *notes(letter, [tr("note_request_facts")]),
        KeepTogether(closing(letter)),
    ]
    return story


def _client_pairs(letter: Letter) -> list[tuple[str, str]]:
    """Who the client is and what it does: name, address, activity and staff (handbook
    §16), and the prior claims in words."""
    tr, req = letter.tr, letter.outcome.request
    pairs = [(tr("client"), letter.client_name or tr("not_given"))]
    if letter.client_address.strip():
        pairs.append((tr("address"), "\n".join(lines(letter.client_address))))
    pairs.append((tr("activity"), req.activity or tr("not_given")))
    pairs.append((tr("staff"), tr("staff_value", n=grouped(Decimal(req.staff), letter.lang))
                  if req.staff is not None else tr("not_given")))
    pairs.append((tr("claims"), claims_in_words(req.claims, letter.lang)))
    return pairs


def claims_in_words(claims: int, lang: str) -> str:
    """"no prior claims in the last five years" / "three prior claims in the last five
    years (details below)"."""
    from premiumcalc.pdf.texts import t
    from premiumcalc.tariffs.wording import PRICING

    if claims == 0:
        return t("claims_none", lang)
    words = PRICING.words("number-words", lang)
    count = words[claims] if claims < len(words) else str(claims)
    if lang == "de" and claims == 1:
        count = "ein"
    return t("claims_one" if claims == 1 else "claims_some", lang, count=count)


#: Lines to describe prior claims by hand; more claims go on an enclosure.
MAX_CLAIM_LINES = 5


def _prior_claims(letter: Letter) -> list[Flowable]:
    """One line per prior claim to describe it in words (date, what happened, amount)."""
    tr, claims = letter.tr, letter.outcome.request.claims
    if claims == 0:
        return []
    rows: list[list[Any]] = [[para(tr("claim_date"), "cell_head"),
                              para(tr("claim_what"), "cell_head"),
                              para(tr("claim_amount"), "cell_head_right")]]
    rows += [[para("", "cell"), para("", "cell"), para("", "cell")]
             for _ in range(min(claims, MAX_CLAIM_LINES))]
    grid = table(rows, (25, 105, 35), header=True,
                 extra=[("BOTTOMPADDING", (0, 1), (-1, -1), 14),
                        ("LINEBEFORE", (1, 1), (-1, -1), 0.4, RULE)])
    story = headed(tr("sec_prior_claims"), grid)
    if claims > MAX_CLAIM_LINES:
        story.append(para(tr("claims_enclosure"), "small"))
    return story


def _consent(letter: Letter) -> list[Flowable]:
    """The client's consent to pass the request on to the insurer (data protection)."""
    tr = letter.tr
    box = table([[[para(tr("sec_consent"), "h3"),
                   Text(f"\u2610  {esc(tr('consent'))}", styles()["cell"])]]], (165,),
                extra=[("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                       ("LINEBELOW", (0, 0), (-1, -1), 0.8, ACCENT),
                       ("TOPPADDING", (0, 0), (-1, -1), 6),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                       ("LEFTPADDING", (0, 0), (-1, -1), 8),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 8)])
    return [Spacer(1, 6), KeepTogether([box])]


def _decision_form(letter: Letter) -> KeepTogether:
    tr = letter.tr
    box = "\u2610"
    cell, bold = styles()["cell"], styles()["cell_bold"]

    def check(key: str) -> Paragraph:
        return Text(f"{box}  {esc(tr(key))}", bold)

    rows = [
        [check("decision_accept"), ""],
        [check("decision_terms"), ""],
        [check("decision_decline"), ""],
        [Text(esc(tr("decision_premium")), cell), ""],
        [Text(esc(tr("decision_conditions")), cell), ""],
        [Text(esc(tr("decision_sign")), cell), ""],
    ]
    # Drawn without the tables' rules: the border is one unbroken line, the shaded rows
    # stay inside it and the fields are separated by thin rules only.
    scale = layout.BODY_W / (165 * mm)
    grid = Table(rows, colWidths=[60 * mm * scale, 105 * mm * scale], hAlign="LEFT",
                 style=TableStyle([
                     ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, 1), (-1, 1)),
                     ("SPAN", (0, 2), (-1, 2)),
                     ("BACKGROUND", (0, 0), (-1, 2), SHADE),
                     ("LEFTPADDING", (0, 0), (-1, -1), 6),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                     ("TOPPADDING", (0, 0), (-1, 2), 5),
                     ("BOTTOMPADDING", (0, 0), (-1, 2), 5),
                     ("TOPPADDING", (0, 3), (-1, -1), 6),
                     ("BOTTOMPADDING", (0, 3), (-1, 3), 14),
                     ("BOTTOMPADDING", (0, 4), (-1, 4), 48),
                     ("BOTTOMPADDING", (0, 5), (-1, 5), 26),
                     ("LINEBELOW", (0, 2), (-1, 2), 0.8, ACCENT),
                     ("LINEBELOW", (0, 3), (-1, 4), 0.4, RULE),
                     ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
                 ]))
    return KeepTogether([section(tr("sec_decision")), grid])
