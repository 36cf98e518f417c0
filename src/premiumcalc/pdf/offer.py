"""What makes the quote letter a complete offer (broker duties §4): the offer at a glance
(start of cover and term, the insurer's conditions by name and edition, the annual
aggregate), the enclosures, a short data-protection note and the signature block with the
adviser's name. The texts are in ``resources/catalog/texts/offer.toml``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from premiumcalc.pdf.blocks import (
    Letter,
    Text,
    bullets,
    date_text,
    esc,
    key_value_table,
    para,
    section,
)
from premiumcalc.pdf.fonts import REGULAR
from premiumcalc.pdf.layout import ACCENT, DRAFT, styles
from premiumcalc.pdf.profile import BrokerProfile
from premiumcalc.pricing.explain import money
from premiumcalc.pricing.needs import pi_aggregate
from premiumcalc.tariffs.wording import OFFER

#: Enclosures named by a word; any other text is listed as given.
FIRST_INFO = "first-info"
PRODUCT_INFO = "product-info"
CONDITIONS = "conditions"
KNOWN_ENCLOSURES = (FIRST_INFO, PRODUCT_INFO, CONDITIONS)
#: Without a choice the letter encloses the first information (§ 15 VersVermV).
DEFAULT_ENCLOSURES = (FIRST_INFO,)
#: Years an offer is kept, from the end of the calendar year of its date (HGB § 257, AO § 147).
RETENTION_YEARS = 6
#: The longest text of one enclosure or adviser's name.
MAX_ENCLOSURE = 200
MAX_ADVISER = 120


def default_adviser(profile: BrokerProfile) -> str:
    """The adviser a letter names when none is chosen: the profile's person, else its first
    adviser; empty without either."""
    return profile.name or (profile.advisers[0] if profile.advisers else "")


def term_end(start: dt.date, years: int) -> dt.date:
    """The last day of a term of ``years`` beginning on ``start`` (a start on 29 February
    ends on 28 February)."""
    try:
        anniversary = start.replace(year=start.year + years)
    except ValueError:  # 29 February in a year that has none
        anniversary = start.replace(year=start.year + years, day=28) + dt.timedelta(days=1)
    return anniversary - dt.timedelta(days=1)


def kept_until(date: dt.date) -> dt.date:
    """The last day an offer of ``date`` is kept: 6 years from the end of its year."""
    return dt.date(date.year + RETENTION_YEARS, 12, 31)


def _tr(letter: Letter, key: str, **values: object) -> str:
    return OFFER(key, letter.lang, **values)


def overview(letter: Letter) -> list[Flowable]:
    """Start of cover and term, the insurer's conditions and the annual aggregate of
    professional indemnity, as a table of their own."""
    o, lang = letter.outcome, letter.lang
    req, tariff = o.request, o.tariff
    start = date_text(req.start, lang)
    end = date_text(term_end(req.start, req.term), lang)
    term = (_tr(letter, "term_one", start=start, end=end) if req.term == 1
            else _tr(letter, "term_many", n=req.term, start=start, end=end))
    conditions = (tariff.conditions if tariff.conditions is not None
                  else _tr(letter, "conditions_not_stated", insurer=tariff.insurer))
    aggregate = pi_aggregate(tariff, req.cover)
    aggregate_text = (_tr(letter, "not_stated") if isinstance(aggregate, str)
                      else _tr(letter, "aggregate_value", amount=money(aggregate, lang)))
    pairs = [
        (_tr(letter, "start"), start),
        (_tr(letter, "term"), term),
        (_tr(letter, "conditions"), conditions),
        (_tr(letter, "aggregate"), aggregate_text),
    ]
    return [KeepTogether([section(_tr(letter, "sec_overview")), key_value_table(pairs)])]


def enclosure_text(letter: Letter, item: str) -> str:
    """An enclosure in words: the known ones from the catalogue, any other as given."""
    tariff = letter.outcome.tariff
    if item == FIRST_INFO:
        return _tr(letter, "enclosure_first_info")
    if item == PRODUCT_INFO:
        return _tr(letter, "enclosure_product_info", insurer=tariff.insurer)
    if item == CONDITIONS:
        if tariff.conditions is None:
            return _tr(letter, "enclosure_conditions_unnamed", insurer=tariff.insurer)
        return _tr(letter, "enclosure_conditions", conditions=tariff.conditions)
    return item


def enclosures(letter: Letter) -> list[Flowable]:
    """The list of what the letter encloses ("none" when nothing)."""
    items = [enclosure_text(letter, item) for item in letter.enclosures]
    body: list[Flowable] = (bullets(items) if items
                            else [para(_tr(letter, "enclosures_none"))])
    return [KeepTogether([section(_tr(letter, "sec_enclosures")), *body])]


def privacy(letter: Letter) -> list[Flowable]:
    """Who processes the client's data, for what and how long it is kept; without a broker
    profile the draft note instead of an anonymous controller."""
    p = letter.profile
    if p.is_empty:
        style = ParagraphStyle("privacy_draft", parent=styles()["small"], textColor=DRAFT)
        body = [Text(esc(_tr(letter, "privacy_draft")), style)]
    else:
        body = [para(_tr(letter, "privacy", firm=p.firm, insurer=letter.outcome.tariff.insurer,
                         until=date_text(kept_until(letter.date), letter.lang)), "small")]
        contact = p.email or p.phone
        if contact:
            body.append(para(_tr(letter, "privacy_contact", contact=contact), "small"))
    return [KeepTogether([section(_tr(letter, "sec_privacy")), *body])]


def signature(letter: Letter) -> list[Flowable]:
    """Regards, room to sign above a line, the adviser's name and the firm."""
    p = letter.profile
    name = letter.adviser or _tr(letter, "adviser_missing")
    under: list[Flowable] = [para(name, "cell_bold"), para(_tr(letter, "adviser"), "cell_small")]
    if p.firm:
        under.append(para(p.firm, "cell_small"))
    block = Table([[""], [under]], colWidths=[75 * mm],
                  rowHeights=[28, None], hAlign="LEFT",
                  style=[("FONTNAME", (0, 0), (-1, -1), REGULAR),
                         ("LINEBELOW", (0, 0), (0, 0), 0.6, ACCENT),
                         ("LEFTPADDING", (0, 0), (-1, -1), 0),
                         ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                         ("TOPPADDING", (0, 1), (0, 1), 3),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
    return [KeepTogether([Spacer(1, 10), para(_tr(letter, "regards")), Spacer(1, 4),
                          block])]


def offer_end(letter: Letter) -> list[Flowable]:
    """The blocks after the notes: data protection, the signature, then the enclosures."""
    return [*privacy(letter), *signature(letter), *enclosures(letter)]


def check_enclosures(items: Sequence[str]) -> tuple[str, ...]:
    """The enclosures as given, trimmed; ValueError names a bad one (empty, too long, or
    more than one line)."""
    result = []
    for number, item in enumerate(items, 1):
        text = item.strip()
        if not text:
            raise ValueError(f"number {number} is empty")
        if "\n" in text or "\r" in text:
            raise ValueError(f"number {number} has more than one line")
        if len(text) > MAX_ENCLOSURE:
            raise ValueError(f"number {number} has {len(text)} characters; at most "
                             f"{MAX_ENCLOSURE} are allowed")
        result.append(text)
    return tuple(result)


__all__ = ["DEFAULT_ENCLOSURES", "KNOWN_ENCLOSURES", "check_enclosures",
           "default_adviser", "enclosures", "kept_until", "offer_end", "overview", "privacy",
           "signature", "term_end"]
