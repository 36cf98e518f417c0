"""The advice record (Beratungsdokumentation, §§ 60-62 VVG) as PDF.

Made from the comparison the broker ran (:mod:`premiumcalc.pricing.advice`): who advised
whom, when and how; the client's wishes, needs and requirements; the market basis with the
notice that it is limited; each tariff's result; the recommendation and its reasons; the
client's decision with the broker's warning; places to sign; and the hashes of every file
the record was made from, so that it can be reproduced exactly. The waiver of advice is never
part of it (it is a page of its own, :func:`premiumcalc.pdf.duties.render_waiver`).

A record that is not saved (no number) is marked as a draft that was not handed over; without
a broker profile it also carries the draft letterhead of the other papers. The wording comes
from ``resources/catalog/texts/advice.toml``; the same inputs give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from premiumcalc import __version__
from premiumcalc.pdf.blocks import (
    bullets,
    date_text,
    draft_letterhead,
    key_value_table,
    lines,
    para,
    profile_letterhead,
    section,
    status_word,
    table,
)
from premiumcalc.pdf.fonts import REGULAR
from premiumcalc.pdf.layout import ACCENT, DRAFT, SHADE, NumberedCanvas, make_sheet_doc
from premiumcalc.pdf.profile import BrokerProfile
from premiumcalc.pdf.texts import t
from premiumcalc.pricing import advice as adv
from premiumcalc.pricing.explain import grouped, money, payment_label, reason_texts
from premiumcalc.pricing.needs import RequirementResult
from premiumcalc.pricing.reference import Reference
from premiumcalc.pricing.request import QuoteRequest
from premiumcalc.pricing.requirement import Requirement
from premiumcalc.tariffs import Catalog, LoadedTariff
from premiumcalc.tariffs.wording import ADVICE

#: The catalogue files a record's wording and labels come from (their sha256 is printed).
CATALOGUE_FILES = ("texts/advice.toml", "texts/letter.toml", "texts/pricing.toml",
                   "professions.toml",
                   "coverage.toml", "questions.toml")


class IncompleteProfile(ValueError):
    """The profile lacks what a handed-over record needs; ``missing`` names the fields."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__("the broker profile lacks what an advice record needs: "
                         + "; ".join(missing))
        self.missing = missing


def advice_record_missing(profile: BrokerProfile) -> list[str]:
    """The fields a handed-over advice record needs and ``profile`` lacks, each as
    ``field (what it is)``: the broker must be named with address and status."""
    missing = []
    if not (profile.company or profile.name):
        missing.append("company (the firm)")
    if not profile.address:
        missing.append("address (the business address)")
    if profile.status == "other" and not profile.status_text:
        missing.append('status_text (the status in words, as status is "other")')
    if profile.status in ("broker", "agent") and not profile.register_number:
        missing.append("register_number (the Vermittlerregister number)")
    return missing


@dataclass(frozen=True)
class AdviceDocument:
    """Everything an advice record prints besides its fixed wording."""

    advice: adv.Advice
    request: QuoteRequest
    #: Every installed tariff valid on the start of cover (the market basis).
    tariffs: Sequence[LoadedTariff]
    catalog: Catalog
    profile: BrokerProfile
    client_name: str
    date: dt.date
    lang: str
    client_address: str = ""
    time: dt.time | None = None
    channel: str = "in-person"
    adviser: str = ""
    oral_first: bool = False
    #: Requirement id -> where it comes from (:data:`premiumcalc.pricing.advice.SOURCES`).
    sources: Mapping[str, str] = field(default_factory=dict)
    current: Reference = field(default_factory=Reference)
    #: Tariffs installed but not compared: (id, why).
    unavailable: Sequence[tuple[str, str]] = ()
    number: str | None = None  # None: a draft, not handed over
    replaces: str | None = None
    quote_numbers: Sequence[str] = ()

    @property
    def is_draft(self) -> bool:
        return self.number is None

    def tr(self, key: str, **values: object) -> str:
        return ADVICE(key, self.lang, **values)


# ---------------------------------------------------------------------------------------
# hashes and the inputs kept with a frozen record


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def catalogue_hashes() -> dict[str, str]:
    """The sha256 of each catalogue file a record's texts come from."""
    from premiumcalc.paths import resource

    return {name: _sha256(resource("catalog", *name.split("/")).read_bytes())
            for name in CATALOGUE_FILES}


def profile_sha256(profile: BrokerProfile) -> str:
    return _sha256(json.dumps(profile.model_dump(mode="json"), ensure_ascii=False,
                              sort_keys=True).encode("utf-8"))


def record_inputs(doc: AdviceDocument) -> dict[str, Any]:
    """What the record was made from, as JSON data (kept with a frozen record)."""
    a = doc.advice
    c = doc.current
    return {
        "request": doc.request.as_json(),
        "client": {"name": doc.client_name, "address": doc.client_address},
        "date": doc.date.isoformat(),
        "time": doc.time.strftime("%H:%M") if doc.time else None,
        "channel": doc.channel, "adviser": doc.adviser, "oral_first": doc.oral_first,
        "lang": doc.lang,
        "sources": {r.id: doc.sources.get(r.id, "client") for r in a.requirements},
        "current_contract": {
            "insurer": c.insurer,
            **{k: None if v is None else f"{v:.2f}" for k, v in (
                ("gross_annual", c.gross_annual), ("cover", c.cover),
                ("deductible", c.deductible), ("key_limit", c.key_limit),
                ("general_liability_limit", c.general_liability_limit),
                ("cyber_limit", c.cyber_limit))},
        },
        "tariffs": [{"id": lt.id, "version": lt.version, "sha256": lt.sha256}
                    for lt in doc.tariffs],
        "unavailable": [{"id": i, "reason": r} for i, r in doc.unavailable],
        "results": [{"id": ta.tariff_id, "status": ta.outcome.status,
                     "gross_annual": None if ta.gross is None else f"{ta.gross:.2f}",
                     "meets_all": ta.meets_all, "not_met": [str(r.requirement)
                                                            for r in ta.gaps]}
                    for ta in a.tariffs],
        "generated": {"case": a.generated.case, "tariff": a.generated.tariff_id},
        "recommend": a.broker_choice, "reason": a.broker_reason,
        "recommended": a.recommended,
        "decision": {"kind": a.decision.kind, "tariff": a.decision.tariff_id},
        "catalogue_sha256": catalogue_hashes(),
        "profile": doc.profile.model_dump(mode="json"),
        "profile_sha256": profile_sha256(doc.profile),
        "program_version": __version__,
        "number": doc.number, "replaces": doc.replaces,
        "quote_numbers": list(doc.quote_numbers),
    }


# ---------------------------------------------------------------------------------------
# texts


def requirement_text(req: Requirement, lang: str) -> str:
    """"General liability at least 5,000,000.00 €" from the catalogue."""
    if req.value is None:
        value = ""
    elif req.kind == "amount":
        value = money(Decimal(req.value), lang)
    else:
        value = grouped(Decimal(req.value), lang)
    return ADVICE(f"req_{req.id}", lang, value=value)


def tariff_name(loaded_or_tariff: Any) -> str:
    tariff = getattr(loaded_or_tariff, "tariff", loaded_or_tariff)
    return f"{tariff.insurer} – {tariff.product}"


def _gap_list(results: Sequence[RequirementResult], lang: str) -> str:
    return "; ".join(requirement_text(r.requirement, lang) for r in results)


# ---------------------------------------------------------------------------------------
# the document


def render_advice_record(doc: AdviceDocument) -> bytes:
    """The advice record as PDF bytes."""
    if doc.lang not in ("de", "en"):
        raise ValueError(f"lang: {doc.lang!r} is not a language of the document; allowed: "
                         f"de, en")
    story: list[Flowable] = []
    if doc.profile.is_empty:
        story += draft_letterhead(doc.lang)
    else:
        story += profile_letterhead(doc.profile, doc.lang)
    story += [FrameBreak(), NextPageTemplate("later")]
    story += _title(doc)
    story += _parties(doc)
    story += _needs(doc)
    story += _market(doc)
    story += _result(doc)
    story += _recommendation(doc)
    story += _decision(doc)
    story += _signatures(doc)
    story += _reproduce(doc)
    return _build(doc, story)


def _build(doc: AdviceDocument, story: list[Flowable]) -> bytes:
    tr = doc.tr
    firm = doc.profile.firm
    label = doc.number or tr("draft_marking")
    footer = " · ".join(x for x in (tr("footer"), label, date_text(doc.date, doc.lang), firm)
                        if x)
    title = f"{tr('document')} {label} – {' '.join(doc.client_name.split())}"
    meta = {"title": title, "author": firm or "premiumcalc", "subject": tr("title"),
            "creator": f"premiumcalc {__version__}"}
    buffer = io.BytesIO()
    pdf = make_sheet_doc(buffer, footer_text=footer, meta=meta, lang=doc.lang)
    pdf.build(story, canvasmaker=partial(NumberedCanvas, page_label=partial(_page, doc.lang)))
    return buffer.getvalue()


def _page(lang: str, page: int, pages: int) -> str:
    return t("page", lang, page=page, pages=pages)


def _box(content: list[Flowable], *, color: Any = ACCENT) -> Table:
    return table([[content]], (165,),
                 extra=[("BOX", (0, 0), (-1, -1), 1.2, color),
                        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                        ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])


def _title(doc: AdviceDocument) -> list[Flowable]:
    tr = doc.tr
    story: list[Flowable] = []
    if doc.is_draft:
        hint = [para(tr("draft_hint"), "body")]
        if doc.profile.is_empty:
            hint.append(para(tr("draft_no_broker"), "body"))
        story += [para(tr("draft_marking"), "draft"), *hint, Spacer(1, 6)]
    story += [para(tr("title"), "title"),
              para(tr("subject", client=" ".join(doc.client_name.split())), "subtitle")]
    return story


def _parties(doc: AdviceDocument) -> list[Flowable]:
    tr, lang, p = doc.tr, doc.lang, doc.profile
    broker = "\n".join(x for x in [p.firm, *lines(p.address),
                                   " · ".join(y for y in (status_word(p, lang),
                                                          p.register_number) if y)] if x)
    when = date_text(doc.date, lang)
    if doc.time is not None:
        when = tr("date_time_value", date=when, time=doc.time.strftime("%H:%M"))
    client = "\n".join([doc.client_name.strip(), *lines(doc.client_address)])
    rows: list[tuple[str, str]] = []
    if doc.number:
        rows.append((tr("number"), doc.number))
    if doc.replaces:
        rows.append((tr("replaces"), tr("replaces_value", number=doc.replaces)))
    rows += [(tr("broker"), broker or tr("profile_none")),
             (tr("adviser"), doc.adviser or tr("not_given")),
             (tr("client"), client),
             (tr("date_time"), when),
             (tr("channel"), tr(f"channel_{doc.channel}"))]
    if doc.quote_numbers:
        rows.append((tr("quotes"), ", ".join(doc.quote_numbers)))
    handover = tr("handover_oral_first" if doc.oral_first else "handover_written")
    return [section(tr("sec_parties")), key_value_table(rows), Spacer(1, 4),
            para(handover, "body", bold=doc.oral_first)]


def _needs(doc: AdviceDocument) -> list[Flowable]:
    tr, lang, req, catalog = doc.tr, doc.lang, doc.request, doc.catalog
    profession = catalog.profession_map.get(req.profession)
    modules = [catalog.module_title(m, lang) for m in req.modules]
    rows = [
        # one paragraph: 500 characters of line breaks are no taller than a page
        (tr("activity"), " ".join(req.activity.split()) or tr("not_given")),
        (t("profession", lang), profession.label(lang) if profession else req.profession),
        (tr("staff"), grouped(Decimal(req.staff), lang) if req.staff is not None
         else tr("not_given")),
        (t("revenue", lang), money(req.revenue, lang)),
        (t("start", lang), date_text(req.start, lang)),
        (t("cover", lang), money(Decimal(req.cover), lang)),
        (t("deductible", lang), money(Decimal(req.deductible), lang)),
        (t("modules", lang), ", ".join(modules) if modules else t("no_modules", lang)),
        (t("claims", lang), grouped(Decimal(req.claims), lang)),
        (t("startup", lang), t("yes", lang) if req.startup else t("no", lang)),
        (t("term", lang), t("years" if req.term == 1 else "years_pl", lang, n=req.term)),
        (t("payment", lang), payment_label(req.payment, lang)),
    ]
    story: list[Flowable] = [section(tr("sec_needs")), key_value_table(rows)]
    # the current contract
    c = doc.current
    story += [Spacer(1, 8), para(tr("sec_current"), "h3"), Spacer(1, 2)]
    if c.is_empty:
        story.append(para(tr("no_current_contract")))
    else:
        current = [(tr("current_insurer"), c.insurer or tr("not_given"))]
        for key, value in (("current_premium", c.gross_annual), ("current_cover", c.cover),
                           ("current_deductible", c.deductible),
                           ("current_key_limit", c.key_limit),
                           ("current_gl_limit", c.general_liability_limit),
                           ("current_cyber_limit", c.cyber_limit)):
            if value is not None:
                current.append((tr(key), money(value, lang)))
        story.append(key_value_table(current))
    # risk questions
    yes = set(req.yes)
    rows_q: list[list[Any]] = [[para(tr("question"), "cell_head"),
                                para(tr("answer"), "cell_head")]]
    for question in catalog.questions:
        answered = question.id in yes
        rows_q.append([para(question.text(lang), "cell"),
                       para(tr("answer_yes" if answered else "answer_no"),
                            "cell_bold" if answered else "cell")])
    story += [section(tr("sec_questions")), table(rows_q, (145, 20), header=True)]
    # requirements with their source
    story.append(section(tr("sec_requirements")))
    if not doc.advice.requirements:
        story.append(para(tr("no_requirements")))
    else:
        rows_r: list[list[Any]] = [[para(tr("requirement"), "cell_head"),
                                    para(tr("source"), "cell_head")]]
        for r in doc.advice.requirements:
            source = doc.sources.get(r.id, "client")
            rows_r.append([para(requirement_text(r, lang), "cell"),
                           para(tr(f"source_{source}"), "cell")])
        story.append(table(rows_r, (120, 45), header=True))
    return story


def _market(doc: AdviceDocument) -> list[Flowable]:
    tr = doc.tr
    names = [tr("market_tariff", insurer=lt.tariff.insurer, product=lt.tariff.product,
                id=lt.id, version=lt.version) for lt in doc.tariffs]
    note = doc.profile.market_basis_note or tr("market_note_default")
    content: list[Flowable] = [para(tr("market_title"), "h3"), Spacer(1, 2),
                               para(tr("market_notice"), "warning"), Spacer(1, 2),
                               *bullets(names), Spacer(1, 4),
                               para(tr("market_note", note=note), "body")]
    if doc.unavailable:
        content += [Spacer(1, 4), para(tr("market_unavailable", list="; ".join(
            reason for _id, reason in doc.unavailable)), "small")]
    return [section(tr("sec_market")), _box(content)]


def _result(doc: AdviceDocument) -> list[Flowable]:
    tr, lang = doc.tr, doc.lang
    a = doc.advice
    n = len(a.requirements)
    rows: list[list[Any]] = [[para(tr("col_tariff"), "cell_head"),
                              para(tr("col_status"), "cell_head"),
                              para(tr("col_gross"), "cell_head_right"),
                              para(tr("col_requirements"), "cell_head")]]
    for ta in a.tariffs:
        tariff = ta.outcome.tariff
        name = [para(tariff.insurer, "cell_bold"),
                para(tr("tariff_cell", product=tariff.product, version=tariff.version),
                     "cell_small")]
        gross = money(ta.gross, lang) if ta.gross is not None else "–"
        if n == 0:
            met = tr("met_none_required")
        else:
            met = tr("met_count", met=len(ta.met), n=n)
            if ta.gaps:
                met += "\n" + tr("not_met_list", list=_gap_list(ta.gaps, lang))
        status: list[Flowable] = [para(tr(f"status_{ta.outcome.status}"), "cell")]
        if not ta.quoted:
            reasons = "; ".join(reason_texts(ta.outcome, lang, doc.catalog))
            status.append(para(tr("reasons", list=reasons), "cell_small"))
        rows.append([name, status,
                     para(gross, "cell_right"), para(met, "cell")])
    req = doc.request
    modules = ", ".join(doc.catalog.module_title(m, lang) for m in req.modules) \
        or t("no_modules", lang)
    cover = tr("cover_modules", cover=money(Decimal(req.cover), lang),
               deductible=money(Decimal(req.deductible), lang), modules=modules)
    return [section(tr("sec_result")), para(cover, "small"), Spacer(1, 3),
            table(rows, (55, 35, 24, 51), header=True)]


def _name_of(doc: AdviceDocument, tariff_id: str | None) -> str:
    if tariff_id is None:
        return "–"
    return tariff_name(doc.advice.tariff(tariff_id).outcome.tariff)


def generated_text(doc: AdviceDocument) -> str:
    """The generated recommendation and its reason in words."""
    tr, lang = doc.tr, doc.lang
    g = doc.advice.generated
    name = _name_of(doc, g.tariff_id)
    x = money(g.gross, lang) if g.gross is not None else ""
    y = money(g.against, lang) if g.against is not None else ""
    if g.case == adv.SEVERAL:
        return tr("rec_several_one" if g.requirements == 1 else "rec_several", tariff=name,
                  n=g.requirements, k=g.count, x=x, y=y)
    if g.case == adv.ONLY:
        return tr("rec_only_one" if g.requirements == 1 else "rec_only", tariff=name,
                  n=g.requirements, x=x)
    if g.case == adv.NO_REQUIREMENTS:
        if g.count == 1:
            return tr("rec_no_requirements_single", tariff=name, x=x)
        return tr("rec_no_requirements", tariff=name, k=g.count, x=x, y=y)
    if g.case == adv.NONE_MEETS:
        return tr("rec_none_meets", n=g.requirements)
    return tr("rec_none_quoted")


def _recommendation(doc: AdviceDocument) -> list[Flowable]:
    tr, lang = doc.tr, doc.lang
    a = doc.advice
    story: list[Flowable] = [section(tr("sec_recommendation")),
                             para(tr("generated"), "h3"), Spacer(1, 2),
                             para(generated_text(doc))]
    if a.generated.case == adv.NONE_MEETS:
        gaps = []
        for ta in a.tariffs:
            items = _gap_list(ta.gaps, lang)
            if not ta.quoted:
                status = tr("gap_not_quoted", status=tr(f"status_{ta.outcome.status}"))
                items = f"{status}; {items}" if items else status
            gaps.append(tr("gaps_of", tariff=tariff_name(ta.outcome.tariff), list=items))
        story += [Spacer(1, 2), *bullets(gaps)]
    if a.broker_choice is not None:
        chosen = a.tariff(a.broker_choice)
        story += [Spacer(1, 6), para(tr("broker_recommends"), "h3"), Spacer(1, 2),
                  para(tr("broker_reason", tariff=tariff_name(chosen.outcome.tariff),
                          reason=a.broker_reason))]
        if a.generated.tariff_id is not None and a.generated.tariff_id != a.broker_choice:
            story.append(para(tr("broker_differs",
                                 generated=_name_of(doc, a.generated.tariff_id))))
        if chosen.gaps:
            story.append(para(tr("broker_gaps", list=_gap_list(chosen.gaps, lang))))
    elif a.generated.tariff_id is None:
        story += [Spacer(1, 4), para(tr("no_recommendation"), bold=True)]
    if a.recommended is not None:
        story += [Spacer(1, 6), para(tr("recommended", tariff=_name_of(doc, a.recommended)),
                                     "h3")]
    return story


def _decision(doc: AdviceDocument) -> list[Flowable]:
    tr, lang = doc.tr, doc.lang
    a = doc.advice
    d = a.decision
    story: list[Flowable] = [section(tr("sec_decision"))]
    if d.kind == adv.OPEN or d.tariff_id is None:
        return [*story, para(tr("decision_open"))]
    chosen = _name_of(doc, d.tariff_id)
    if d.kind == adv.FOLLOWS:
        return [*story, para(tr("decision_follows", tariff=chosen), bold=True)]
    if a.recommended is None:
        story.append(para(tr("decision_other_unrecommended", tariff=chosen), bold=True))
    else:
        story.append(para(tr("decision_other", tariff=chosen,
                             recommended=_name_of(doc, a.recommended)), bold=True))
    warning: list[Flowable] = [para(tr("warning_title"), "h3")]
    if d.unmet:
        warning += [para(tr("warning_unmet", tariff=chosen), "warning"), Spacer(1, 2),
                    *bullets([requirement_text(r.requirement, lang) for r in d.unmet])]
    elif not a.requirements:
        warning.append(para(tr("warning_no_requirements", tariff=chosen), "warning"))
    else:
        warning.append(para(tr("warning_all_met", tariff=chosen), "warning"))
    return [*story, Spacer(1, 4), _box(warning, color=DRAFT)]


def _signatures(doc: AdviceDocument) -> list[Flowable]:
    tr = doc.tr
    labels = [tr("place_date"), tr("signature_adviser", name=doc.adviser or "…"),
              tr("signature_client")]
    grid = Table([["", "", "", "", ""],
                  [para(labels[0], "cell_small"), "", para(labels[1], "cell_small"), "",
                   para(labels[2], "cell_small")]],
                 colWidths=[45 * mm, 8 * mm, 52 * mm, 8 * mm, 52 * mm], hAlign="LEFT",
                 rowHeights=[16 * mm, None],
                 style=TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                                   ("LINEABOVE", (0, 1), (0, 1), 0.8, ACCENT),
                                   ("LINEABOVE", (2, 1), (2, 1), 0.8, ACCENT),
                                   ("LINEABOVE", (4, 1), (4, 1), 0.8, ACCENT),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    return [KeepTogether([section(tr("sec_signatures")), grid])]


def _reproduce(doc: AdviceDocument) -> list[Flowable]:
    tr, p = doc.tr, doc.profile
    tariffs = "\n".join(f"{lt.id} {lt.version}: {lt.sha256}" for lt in doc.tariffs)
    texts = "\n".join(f"{name}: {sha}" for name, sha in catalogue_hashes().items())
    if p.is_empty:
        profile = tr("profile_none")
    else:
        profile = tr("profile_value", firm=p.firm, status=status_word(p, doc.lang),
                     register=p.register_number or "–", chamber=p.chamber or "–",
                     remuneration=tr(f"remuneration_{p.remuneration}") if p.remuneration
                     else "–", sha256=profile_sha256(p))
    rows = [(tr("tariff_files"), tariffs), (tr("catalogue_texts"), texts),
            (tr("profile_snapshot"), profile), (tr("program"), f"premiumcalc {__version__}")]
    grid = table([[para(k, "cell_small"), para(v, "cell_small")] for k, v in rows], (35, 130))
    return [KeepTogether([section(tr("sec_reproduce")), para(tr("reproduce_intro"), "muted"),
                          Spacer(1, 2), grid])]


__all__ = ["CATALOGUE_FILES", "AdviceDocument", "IncompleteProfile", "advice_record_missing",
           "catalogue_hashes", "generated_text", "profile_sha256", "record_inputs",
           "render_advice_record", "requirement_text"]
