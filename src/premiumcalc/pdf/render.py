"""Rendering an outcome into the bytes of a quote PDF (imports ReportLab)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from functools import partial

from premiumcalc import __version__
from premiumcalc.pdf import layout
from premiumcalc.pdf.blocks import Letter, letter_date
from premiumcalc.pdf.layout import NumberedCanvas, make_doc
from premiumcalc.pdf.numbering import draft_number
from premiumcalc.pdf.offer import DEFAULT_ENCLOSURES, check_enclosures, default_adviser
from premiumcalc.pdf.profile import BrokerProfile
from premiumcalc.pdf.story import quote_story, underwriting_story
from premiumcalc.pdf.texts import t
from premiumcalc.pricing.engine import QUOTED, Outcome
from premiumcalc.tariffs import Catalog


def render(outcome: Outcome, *, sha256: str, lang: str, catalog: Catalog,
           profile: BrokerProfile, client_name: str, client_address: str,
           quote_number: str | None, date: dt.date | None,
           valid_until: dt.date | None = None, adviser: str | None = None,
           enclosures: Sequence[str] | None = None) -> bytes:
    if lang not in ("de", "en"):
        raise ValueError(f"lang: {lang!r} is not a language of the quote; allowed: de, en")
    with layout.language(lang):
        return _render(outcome, sha256=sha256, lang=lang, catalog=catalog, profile=profile,
                       client_name=client_name, client_address=client_address,
                       quote_number=quote_number, date=date, valid_until=valid_until,
                       adviser=adviser, enclosures=enclosures)


def _render(outcome: Outcome, *, sha256: str, lang: str, catalog: Catalog,
            profile: BrokerProfile, client_name: str, client_address: str,
            quote_number: str | None, date: dt.date | None,
            valid_until: dt.date | None, adviser: str | None,
            enclosures: Sequence[str] | None) -> bytes:
    letter = Letter(
        outcome=outcome, sha256=sha256, lang=lang, catalog=catalog, profile=profile,
        client_name=client_name.strip(), client_address=client_address,
        number=(quote_number or "").strip() or draft_number(outcome.request, lang,
                                                            client_name),
        date=date or dt.date.today(), tariff_valid_until=valid_until,
        adviser=(adviser.strip() if adviser is not None else default_adviser(profile)),
        enclosures=(DEFAULT_ENCLOSURES if enclosures is None else check_enclosures(enclosures)),
    )
    quoted = outcome.status == QUOTED and outcome.premium is not None
    kind = t("quote" if quoted else "underwriting", lang)
    story = quote_story(letter) if quoted else underwriting_story(letter)
    tariff = outcome.tariff
    sender = letter.sender or t("draft_no_broker", lang)
    footer = " · ".join(x for x in (f"{kind} {letter.number}", letter_date(letter.date, lang),
                                    sender) if x)
    title = f"{kind} {letter.number}"
    if letter.client_name:
        title += f" – {' '.join(letter.client_name.split())}"
    meta = {
        "title": title,
        "author": letter.sender or "premiumcalc",
        "subject": f"{t('quote_subject', lang)}: {tariff.insurer}, {tariff.product} "
                   f"({tariff.id} {tariff.version})",
        "creator": f"premiumcalc {__version__}",
    }
    buffer = io.BytesIO()
    doc = make_doc(buffer, footer_text=footer, meta=meta, lang=lang)
    label = partial(_page_label, lang)
    # the document's creation date: the date given (the same bytes for the same input), or
    # the real time
    doc.build(story, canvasmaker=partial(NumberedCanvas, page_label=label, stamp=date))
    return buffer.getvalue()


def _page_label(lang: str, page: int, pages: int) -> str:
    return t("page", lang, page=page, pages=pages)
