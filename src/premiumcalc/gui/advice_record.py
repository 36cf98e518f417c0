"""The advice record as the window's Advice step shows it: the core's advice
(:func:`premiumcalc.pricing.advice.build_advice`) for the compared outcomes and the broker's
inputs, put into the window's words, the data frozen with a handed-over record, and its
preview.

Nothing here decides anything: the recommendation, its case and figures, and the
requirements a chosen tariff misses are the core's; this module only words them.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateTimeEdit

from premiumcalc.gui.requirement_texts import gap_text
from premiumcalc.pricing import InvalidInput, Outcome, QuoteRequest
from premiumcalc.pricing import advice as core
from premiumcalc.pricing.explain import money
from premiumcalc.pricing.reference import Reference
from premiumcalc.tariffs import Catalog, LoadedTariff, TariffSet

if TYPE_CHECKING:
    from premiumcalc.pdf.advice import AdviceDocument
    from premiumcalc.pdf.profile import BrokerProfile

#: How an advice was given (as the store records it).
CHANNELS = ("in-person", "telephone", "video", "post", "email")

#: The broker's own recommendation: the generated one (a tariff id otherwise).
GENERATED = ""
#: Kept for a record without any recommendation (none generated, none of the broker's).
NO_RECOMMENDATION = "-"
#: The client's decision: not taken yet, or following the recommendation (a tariff id
#: otherwise).
CLIENT_UNDECIDED = "open"
FOLLOWS = "follows"


def when_of(edit: QDateTimeEdit) -> dt.datetime:
    """The date and time of an edit, to the minute."""
    value = edit.dateTime().toPython()
    assert isinstance(value, dt.datetime)
    return value.replace(second=0, microsecond=0)


translate = QCoreApplication.translate


def channel_names() -> dict[str, str]:
    """Channel id -> its name in the window's language."""
    return {"in-person": translate("Advice", "In person"),
            "telephone": translate("Advice", "Telephone"),
            "video": translate("Advice", "Video"),
            "post": translate("Advice", "Post"),
            "email": translate("Advice", "E-mail")}


def source_names() -> dict[str, str]:
    """Where a requirement comes from (:data:`premiumcalc.pricing.advice.SOURCES`) -> its
    name in the window's language."""
    return {"client": translate("Advice", "client's wish"),
            "contract": translate("Advice", "project contract"),
            "broker": translate("Advice", "broker's advice")}


def moment_text(moment: str | dt.datetime, lang: str) -> str:
    """A stored date and time (``2026-11-25T14:30``) as the window shows it."""
    if isinstance(moment, str):
        try:
            value = dt.datetime.fromisoformat(moment)
        except ValueError:
            return moment.replace("T", " ")
    else:
        value = moment
    return value.strftime("%d.%m.%Y %H:%M" if lang == "de" else "%Y-%m-%d %H:%M")




@dataclass(frozen=True)
class AdviceInputs:
    """What the broker enters in the Advice step."""

    own: str = GENERATED  # GENERATED, NO_RECOMMENDATION or a tariff id
    own_reason: str = ""
    choice: str = CLIENT_UNDECIDED  # CLIENT_UNDECIDED, FOLLOWS or a tariff id
    channel: str = "in-person"
    adviser: str = ""
    when: dt.datetime = dt.datetime(2000, 1, 1)
    oral_first: bool = False
    #: Requirement id -> where it comes from; a requirement not named is the client's wish.
    sources: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AdviceDraft:
    """The record as it stands: the core's advice, its words and what is stored with it."""

    advice: core.Advice | None
    lang: str
    client_name: str
    client_address: str
    channel: str
    adviser: str
    when: dt.datetime
    oral_first: bool
    start: dt.date
    start_text: str
    generated_text: str
    generated_reasons: list[str]
    own_needs_reason: bool
    own_problem: str  # why it cannot be handed over as it is ("" when it can)
    own_text: str
    choice_text: str
    choice_warning: str
    compared: list[tuple[str, str, str, str]]  # tariff, status, gross, requirements met
    requirements: list[str]  # each with where it comes from
    final_recommendation: str | None
    chosen: str | None
    quote_numbers: tuple[str, ...]
    inputs: dict[str, Any] = field(default_factory=dict)
    outcomes: tuple[Outcome, ...] = ()
    sha256: dict[str, str] = field(default_factory=dict)
    request: QuoteRequest | None = None
    #: Every installed tariff version valid on the start (the market basis).
    loaded: tuple[LoadedTariff, ...] = ()
    unavailable: tuple[tuple[str, str], ...] = ()
    catalog: Catalog | None = None
    reference: Reference = field(default_factory=Reference)
    #: Requirement id -> where it comes from, for every requirement recorded.
    sources: dict[str, str] = field(default_factory=dict)

    def filename(self, *, draft: bool) -> str:
        name = "-".join(self.client_name.split())[:40] or "client"
        kind = translate("Advice", "advice-draft") if draft else translate("Advice", "advice")
        return f"{kind}-{name}-{self.when:%Y-%m-%d}.pdf"


def _name(outcome: Outcome) -> str:
    return f"{outcome.tariff.insurer} – {outcome.tariff.product}"


def _status(outcome: Outcome) -> str:
    return {"quoted": translate("Advice", "quoted"), "referred": translate("Advice", "referred"),
            "declined": translate("Advice", "declined")}.get(outcome.status, outcome.status)


def _generated_text(rec: core.Recommendation, names: dict[str, str], lang: str) -> str:
    tariff = names.get(rec.tariff_id or "", "")
    x = money(rec.gross, lang) if rec.gross is not None else ""
    y = money(rec.against, lang) if rec.against is not None else ""
    if rec.case == core.SEVERAL:
        text = translate("Advice", "Recommended: {tariff}. It meets all {n} requirements; "
                                   "cheapest of the {k} that do ({x} against {y}).")
    elif rec.case == core.ONLY:
        text = translate("Advice", "Recommended: {tariff}. It is the only tariff that meets "
                                   "all {n} requirements.")
    elif rec.case == core.NO_REQUIREMENTS and rec.count > 1:
        text = translate("Advice", "Recommended: {tariff}. No requirements were recorded; "
                                   "cheapest of the {k} quoted ({x} against {y}).")
    elif rec.case == core.NO_REQUIREMENTS:
        text = translate("Advice", "Recommended: {tariff}. No requirements were recorded; "
                                   "the only tariff quoted.")
    elif rec.case == core.NONE_MEETS:
        text = translate("Advice", "No recommendation from the comparison: no quoted tariff "
                                   "meets all {n} requirements. Recommend one with a reason "
                                   "in words, or none.")
    else:
        text = translate("Advice", "No recommendation from the comparison: no tariff quotes "
                                   "this request.")
    return text.format(tariff=tariff, n=rec.requirements, k=rec.count, x=x, y=y)


def build_record(outcomes: Sequence[Outcome], inputs: AdviceInputs, *, lang: str,
                 catalog: Catalog, client_name: str, client_address: str,
                 tariffs: TariffSet, quote_number: str | None = None,
                 reference: Reference | None = None) -> AdviceDraft:
    """The record of the compared ``outcomes`` (one request) with the broker's inputs."""
    names = {o.tariff.id: _name(o) for o in outcomes}
    first = core.build_advice(outcomes)
    generated = first.generated
    own = inputs.own if inputs.own not in (GENERATED, NO_RECOMMENDATION) else None
    if own == generated.tariff_id:
        own = None
    reason = " ".join(inputs.own_reason.split())
    own_problem = ""
    if own is not None and not reason:
        own_problem = translate("Advice", "Give a reason in words for recommending another tariff than the "
                         "comparison.")
    final = own or generated.tariff_id
    choice: str | None = None
    if inputs.choice == FOLLOWS:
        choice = final
    elif inputs.choice not in (CLIENT_UNDECIDED, FOLLOWS):
        choice = inputs.choice
    try:
        advice: core.Advice | None = core.build_advice(
            outcomes, recommend=own if own and reason else None,
            reason=reason if own and reason else "", client_choice=choice)
    except InvalidInput as exc:
        advice, own_problem = None, own_problem or f"{exc.field}: {exc.message}"
    n = len(first.requirements)

    generated_reasons = []
    for t in first.tariffs:
        o = t.outcome
        gross = money(t.gross, lang) if t.gross is not None else "–"
        line = f"• {names[t.tariff_id]}: {_status(o)}, {gross}"
        if n:
            line += ", " + translate("Advice", "meets {m} of {n} requirements").format(m=len(t.met), n=n)
            if generated.case == core.NONE_MEETS and t.gaps:
                line += " – " + "; ".join(gap_text(r, lang, catalog) for r in t.gaps)
        generated_reasons.append(line)

    if own is not None:
        own_text = translate("Advice", "The broker recommends {tariff} instead: {reason}").format(
            tariff=names.get(own, own), reason=reason or translate("Advice", "(no reason given)"))
    elif final is not None:
        own_text = translate("Advice", "The broker follows the recommendation: {0}.").format(names[final])
    else:
        own_text = translate("Advice", "No tariff is recommended.")

    warning = ""
    if choice is None:
        choice_text = translate("Advice", "The client has not decided yet.")
    elif choice == final:
        choice_text = translate("Advice", "The client follows the recommendation: {0}.").format(names[choice])
    else:
        choice_text = translate("Advice", "The client chooses {0} instead of the recommendation.").format(
            names.get(choice, choice))
        unmet = advice.decision.unmet if advice is not None else ()
        if unmet:
            warning = translate("Advice", "Warning to the client: {tariff} does not meet {count} of the "
                         "requirements: {gaps}.").format(
                tariff=names.get(choice, choice), count=len(unmet),
                gaps="; ".join(gap_text(r, lang, catalog) for r in unmet))

    compared = []
    for t in first.tariffs:
        gross = money(t.gross, lang) if t.gross is not None else "–"
        met = translate("Advice", "{m} of {n}").format(m=len(t.met), n=n) if n else "–"
        compared.append((f"{names[t.tariff_id]} {t.outcome.tariff.version}",
                         _status(t.outcome), gross, met))
    from premiumcalc.gui.requirement_texts import required_text, short_names

    short = short_names()
    sources = {r.id: inputs.sources.get(r.id, "client") for r in first.requirements}
    source_name = source_names()
    requirements = [f"{short[r.id]} {required_text(r, lang)}".strip()
                    + f" ({source_name.get(sources[r.id], sources[r.id])})"
                    for r in first.requirements]
    start = outcomes[0].request.start
    from premiumcalc.gui.start_edit import date_text

    valid, unavailable = tariffs.valid_on(start)
    sha = {lt.id: lt.sha256 for lt in valid}
    when = inputs.when.replace(second=0, microsecond=0)
    data: dict[str, Any] = {
        "request": outcomes[0].request.as_json(),
        "tariffs": [{"id": o.tariff.id, "version": o.tariff.version,
                     "sha256": sha.get(o.tariff.id)} for o in outcomes],
        "generated": {"case": generated.case, "tariff": generated.tariff_id},
        "recommend": own, "reason": reason if own else "",
        "client_choice": choice, "channel": inputs.channel, "adviser": inputs.adviser,
        "advice_at": when.strftime("%Y-%m-%dT%H:%M"), "oral_first": inputs.oral_first,
        "lang": lang, "sources": sources,
    }
    return AdviceDraft(
        advice=advice, lang=lang, client_name=" ".join(client_name.split()),
        client_address=client_address.strip(), channel=inputs.channel, adviser=inputs.adviser,
        when=when, oral_first=inputs.oral_first, start=start,
        start_text=date_text(start, lang), generated_text=_generated_text(generated, names,
                                                                         lang),
        generated_reasons=generated_reasons, own_needs_reason=own is not None,
        own_problem=own_problem, own_text=own_text, choice_text=choice_text,
        choice_warning=warning, compared=compared, requirements=requirements,
        final_recommendation=final, chosen=choice,
        quote_numbers=(quote_number,) if quote_number else (), inputs=data,
        outcomes=tuple(outcomes), sha256=sha, request=outcomes[0].request,
        loaded=tuple(valid), unavailable=tuple(unavailable), catalog=catalog,
        reference=reference or Reference(), sources=sources)


def preview_html(d: AdviceDraft) -> str:
    """The record's contents as the preview shows them (every text escaped)."""
    e = html.escape

    def row(label: str, value: str) -> str:
        return f"<tr><td style='color:#555;padding-right:8px'>{e(label)}</td>" \
               f"<td>{e(value)}</td></tr>"

    when = moment_text(d.when, d.lang)
    title = translate("Advice", "Advice record")
    parts = [f"<h3>{e(title)}</h3><table>",
             row(translate("Advice", "Client"),
                 d.client_name or translate("Advice", "(no client name yet)")),
             row(translate("Advice", "Date and time"), when),
             row(translate("Advice", "Channel"), channel_names().get(d.channel, d.channel)),
             row(translate("Advice", "Adviser"), d.adviser or translate("Advice", "(not named)")),
             row(translate("Advice", "Start of cover"), d.start_text)]
    if d.oral_first:
        parts.append(row(translate("Advice", "Given"),
                         translate("Advice", "orally first; this record follows in text form")))
    parts.append("</table>")
    heads = {
        "requirements": translate("Advice", "Requirements"),
        "compared": translate("Advice", "Tariffs compared"),
        "recommendation": translate("Advice", "Recommendation"),
        "decision": translate("Advice", "The client's decision"),
    }
    columns = (translate("Advice", "Tariff"), translate("Advice", "Status"),
               translate("Advice", "Gross per year"), translate("Advice", "Requirements met"))
    requirements = "; ".join(d.requirements) or translate("Advice", "none recorded")
    parts.append(f"<h4>{e(heads['requirements'])}</h4><p>{e(requirements)}</p>")
    parts.append(f"<h4>{e(heads['compared'])}</h4><table cellspacing='0' cellpadding='2'>")
    parts.append("<tr>" + "".join(f"<th align='left'>{e(h)}</th>" for h in columns) + "</tr>")
    for cells in d.compared:
        parts.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
    parts.append("</table>")
    parts.append(f"<h4>{e(heads['recommendation'])}</h4><p>{e(d.generated_text)}</p>")
    parts.append(f"<p>{e(d.own_text)}</p>")
    parts.append(f"<h4>{e(heads['decision'])}</h4><p>{e(d.choice_text)}</p>")
    if d.choice_warning:
        parts.append(f"<p style='color:#8a4b00'><b>{e(d.choice_warning)}</b></p>")
    return "".join(parts)


def advice_document(d: AdviceDraft, profile: BrokerProfile, *, number: str | None = None,
                    replaces: str | None = None) -> AdviceDocument:
    """The core's advice-record document of the record on show (a draft without
    ``number``)."""
    from premiumcalc.pdf.advice import AdviceDocument

    assert d.advice is not None and d.request is not None and d.catalog is not None
    return AdviceDocument(
        advice=d.advice, request=d.request, tariffs=d.loaded, catalog=d.catalog,
        profile=profile, client_name=d.client_name, date=d.when.date(), lang=d.lang,
        client_address=d.client_address, time=d.when.time(), channel=d.channel,
        adviser=d.adviser, oral_first=d.oral_first, current=d.reference,
        unavailable=d.unavailable, number=number, replaces=replaces,
        quote_numbers=d.quote_numbers, sources=d.sources)


def render_pdf(d: AdviceDraft, profile: BrokerProfile, *, number: str | None = None,
               replaces: str | None = None) -> bytes:
    """The record as a PDF (a draft without ``number``)."""
    from premiumcalc.pdf.advice import render_advice_record

    return render_advice_record(advice_document(d, profile, number=number,
                                                replaces=replaces))


__all__ = ["CHANNELS", "CLIENT_UNDECIDED", "FOLLOWS", "GENERATED", "NO_RECOMMENDATION",
           "AdviceDraft", "AdviceInputs", "advice_document", "build_record", "channel_names",
           "moment_text",
           "preview_html",
           "render_pdf", "source_names"]
