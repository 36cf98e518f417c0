"""The broker's own papers: the first information (§ 15 VersVermV) and the waiver of advice
or of its documentation (§ 61 (2) VVG).

Both are sheets of their own with the broker's letterhead, built with the quote letter's
styles, and their wording comes from ``resources/catalog/texts/duties.toml`` (German and
English, adaptable by the broker). The same profile, language and date give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from functools import partial
from typing import Literal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, FrameBreak, KeepTogether, NextPageTemplate, Spacer, Table

from premiumcalc import __version__
from premiumcalc.pdf.blocks import (
    bullets,
    date_text,
    key_value_table,
    lines,
    para,
    profile_letterhead,
    section,
    table,
)
from premiumcalc.pdf.fonts import REGULAR
from premiumcalc.pdf.layout import ACCENT, SHADE, NumberedCanvas, make_sheet_doc
from premiumcalc.pdf.profile import BrokerProfile, first_information_missing
from premiumcalc.pdf.texts import t
from premiumcalc.tariffs.wording import DUTIES

WaiverKind = Literal["advice", "documentation"]
WAIVER_KINDS: tuple[WaiverKind, ...] = ("advice", "documentation")


class IncompleteProfile(ValueError):
    """The profile lacks fields the document needs; ``missing`` names them."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__("the broker profile lacks what a first information needs: "
                         + "; ".join(missing))
        self.missing = missing


def _check_lang(lang: str) -> None:
    if lang not in ("de", "en"):
        raise ValueError(f"lang: {lang!r} is not a language of the document; allowed: de, en")


def _build(story: list[Flowable], *, profile: BrokerProfile, kind: str, title: str,
           lang: str, date: dt.date) -> bytes:
    footer = " · ".join(x for x in (kind, date_text(date, lang), profile.firm) if x)
    meta = {"title": title, "author": profile.firm or "premiumcalc", "subject": kind,
            "creator": f"premiumcalc {__version__}"}
    buffer = io.BytesIO()
    doc = make_sheet_doc(buffer, footer_text=footer, meta=meta, lang=lang)
    label = partial(_page_label, lang)
    doc.build(story, canvasmaker=partial(NumberedCanvas, page_label=label))
    return buffer.getvalue()


def _page_label(lang: str, page: int, pages: int) -> str:
    return t("page", lang, page=page, pages=pages)


def _head(profile: BrokerProfile, lang: str) -> list[Flowable]:
    return [*profile_letterhead(profile, lang), FrameBreak(), NextPageTemplate("later")]


# ---------------------------------------------------------------------------------------
# First information


def render_first_information(profile: BrokerProfile, *, lang: str,
                             date: dt.date | None = None) -> bytes:
    """The first information as PDF bytes; :class:`IncompleteProfile` when the profile lacks
    a field it needs (no document is made then)."""
    _check_lang(lang)
    missing = first_information_missing(profile)
    if missing:
        raise IncompleteProfile(missing)
    date = date or dt.date.today()

    def d(key: str, **values: object) -> str:
        return DUTIES(key, lang, **values)

    p = profile
    firm = p.firm
    who: list[tuple[str, str]] = [(d("fi_firm"), firm)]
    if p.name and p.name != p.company:
        who.append((d("fi_name"), p.name))
    who += [(d("fi_address"), "\n".join(lines(p.address))), (d("fi_phone"), p.phone),
            (d("fi_email"), p.email), (d("fi_website"), p.website)]
    if p.registered_form or p.registered_office:
        who += [(d("fi_registered_office"), p.registered_office),
                (d("fi_register_court"), p.register_court),
                (d("fi_commercial_register"), p.commercial_register)]
    if p.managing_directors:
        who.append((d("fi_managing_directors"), ", ".join(p.managing_directors)))
    if p.advisers:
        who.append((d("fi_advisers"), ", ".join(p.advisers)))
    if p.iban:
        who.append((d("fi_bank"), " · ".join(x for x in (f"IBAN {p.iban}",
                                                           f"BIC {p.bic}" if p.bic else "") if x)))
    status = p.status_text if p.status == "other" else d(f"fi_status_{p.status}")
    chamber = "\n".join([p.chamber, *lines(p.chamber_address)])
    status_rows = [(d("fi_status"), status), (d("fi_chamber"), chamber),
                   (d("fi_register_number"), p.register_number)]
    pay = [d("fi_advice_offered" if p.advice_offered else "fi_advice_not_offered"),
           d(f"fi_pay_{p.remuneration}"),
           d("fi_other_benefits", benefits=p.other_benefits) if p.other_benefits
           else d("fi_no_other_benefits")]
    holdings = [
        d("fi_holdings_in_insurers", firm=firm, list="; ".join(p.holdings_in_insurers or ()))
        if p.holdings_in_insurers else d("fi_no_holdings_in_insurers", firm=firm),
        d("fi_insurer_holdings", firm=firm, list="; ".join(p.insurer_holdings_in_broker or ()))
        if p.insurer_holdings_in_broker else d("fi_no_insurer_holdings", firm=firm),
    ]
    complaints = [d("fi_ombudsmann"), d("fi_ombudsmann_pkv"),
                  d("fi_chamber_complaints", chamber=p.chamber,
                    address=", ".join(lines(p.chamber_address)))]
    story = _head(p, lang)
    story += [
        para(d("fi_title"), "title"),
        para(d("fi_as_of", date=date_text(date, lang)), "subtitle"),
        para(d("fi_intro")),
        section(d("fi_sec_who")),
        key_value_table([(k, v) for k, v in who if v]),
        section(d("fi_sec_status")),
        key_value_table(status_rows),
        Spacer(1, 4),
        para(d("fi_register_check"), "small"),
        section(d("fi_sec_advice")),
        *bullets(pay),
        section(d("fi_sec_holdings")),
        *bullets(holdings),
        KeepTogether([section(d("fi_sec_complaints")), para(d("fi_complaints_intro")),
                      Spacer(1, 2), *bullets(complaints)]),
    ]
    kind = d("fi_document")
    return _build(story, profile=p, kind=kind, title=f"{kind} – {firm}", lang=lang, date=date)


# ---------------------------------------------------------------------------------------
# Waiver


def render_waiver(profile: BrokerProfile, kind: WaiverKind, *, client_name: str,
                  client_address: str = "", lang: str, date: dt.date | None = None) -> bytes:
    """The separate waiver of advice or of its documentation, one page with the warning of
    § 61 (2) VVG and the client's signature lines; :class:`IncompleteProfile` without a
    firm to name."""
    _check_lang(lang)
    if kind not in WAIVER_KINDS:
        raise ValueError(f"kind: {kind!r} is not a waiver; allowed: advice, documentation")
    if not profile.firm:
        raise IncompleteProfile(["company (the firm)"])
    date = date or dt.date.today()

    def d(key: str, **values: object) -> str:
        return DUTIES(key, lang, **values)

    firm = profile.firm
    box, checked = "\u2610", "\u2612"
    parties = [(d("wv_client"), client_name.strip())]
    if client_address.strip():
        parties.append((d("wv_address"), "\n".join(lines(client_address))))
    parties.append((d("wv_broker"), firm))
    choices: list[Flowable] = []
    for k in WAIVER_KINDS:
        choices += [para(f"{checked if kind == k else box}  {d('wv_choice_' + k)}",
                         "body", bold=kind == k), Spacer(1, 3)]
    warning = table([[[para(d("wv_warning_title"), "h3"),
                       para(d("wv_warning", firm=firm), "warning")]]], (165,),
                    extra=[("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
                           ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])
    story = _head(profile, lang)
    story += [
        para(d(f"wv_title_{kind}"), "title"),
        Spacer(1, 6),
        key_value_table(parties),
        Spacer(1, 8),
        para(d("wv_subject"), "h3"),
        Spacer(1, 2),
        *choices,
        Spacer(1, 10),
        para(d(f"wv_declaration_{kind}", firm=firm), "warning"),
        Spacer(1, 10),
        warning,
        Spacer(1, 8),
        para(d("wv_form"), "small"),
        Spacer(1, 42),
        _signature_lines(d("wv_place_date"), d("wv_signature")),
        Spacer(1, 16),
        para(d("wv_prepared", date=date_text(date, lang)), "muted"),
    ]
    doc_kind = d("wv_document")
    title = f"{d(f'wv_title_{kind}')} – {' '.join(client_name.split())}"
    return _build(story, profile=profile, kind=doc_kind, title=title, lang=lang, date=date)


def _signature_lines(left: str, right: str) -> Table:
    """Two lines to sign on, with their labels below."""
    from reportlab.platypus import TableStyle

    grid = Table([["", "", ""], [para(left, "cell_small"), "", para(right, "cell_small")]],
                 colWidths=[60 * mm, 15 * mm, 90 * mm], hAlign="LEFT",
                 style=TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                                   ("LINEABOVE", (0, 1), (0, 1), 0.8, ACCENT),
                                   ("LINEABOVE", (2, 1), (2, 1), 0.8, ACCENT),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    return grid


__all__ = ["WAIVER_KINDS", "IncompleteProfile", "WaiverKind",
           "render_first_information", "render_waiver"]
