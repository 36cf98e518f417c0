"""The quote PDF: A4 letter with letterhead, premium, worksheet, cover and the broker's notes.

ReportLab is imported only when a document is rendered, so importing this package (and the
command line) stays fast. No Qt here: the window prints these very pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from premiumcalc.pdf.numbering import draft_number, suggested_filename

if TYPE_CHECKING:
    from premiumcalc.pdf.profile import BrokerProfile
    from premiumcalc.pricing.engine import Outcome
    from premiumcalc.tariffs import Catalog

__all__ = ["draft_number", "render_quote_pdf", "suggested_filename", "write_quote_pdf"]


def render_quote_pdf(
    outcome: Outcome,
    *,
    sha256: str,
    lang: str,
    catalog: Catalog,
    profile: BrokerProfile,
    client_name: str,
    client_address: str = "",
    quote_number: str | None = None,
    date: dt.date | None = None,
    valid_until: dt.date | None = None,
    adviser: str | None = None,
    enclosures: Sequence[str] | None = None,
) -> bytes:
    """The PDF of a quote, or of a request for underwriting when the outcome is not quoted.

    ``quote_number`` is the saved quote's number; without one the quote carries a draft
    number derived from the request and the client's name (``ENTWURF-3f9a2c1b`` /
    ``DRAFT-3f9a2c1b``). ``date`` defaults to today; the same input and date give the same
    bytes, dated that day (without a date: created now). ``valid_until`` is the
    effective last day of the tariff version used (``LoadedTariff.effective_until``; None:
    the version has no end), printed with its period. ``adviser`` signs the offer (default:
    the profile's person, else its first adviser); ``enclosures`` are listed as enclosed
    (``first-info``, ``product-info``, ``conditions`` in words, any other text as given;
    default: the first information).
    """
    from premiumcalc.pdf.render import render

    return render(outcome, sha256=sha256, lang=lang, catalog=catalog, profile=profile,
                  client_name=client_name, client_address=client_address,
                  quote_number=quote_number, date=date, valid_until=valid_until,
                  adviser=adviser, enclosures=enclosures)


def write_quote_pdf(
    path: Path | str,
    outcome: Outcome,
    *,
    sha256: str,
    lang: str,
    catalog: Catalog,
    profile: BrokerProfile,
    client_name: str,
    client_address: str = "",
    quote_number: str | None = None,
    date: dt.date | None = None,
    valid_until: dt.date | None = None,
    adviser: str | None = None,
    enclosures: Sequence[str] | None = None,
) -> Path:
    """Render and write the PDF atomically; raises ``premiumcalc.fileio.WriteError``.

    A failure leaves no file (and no partial file) under ``path``; an existing file there
    stays as it was.
    """
    from premiumcalc.fileio import atomic_write_bytes

    data = render_quote_pdf(outcome, sha256=sha256, lang=lang, catalog=catalog,
                            profile=profile, client_name=client_name,
                            client_address=client_address, quote_number=quote_number,
                            date=date, valid_until=valid_until, adviser=adviser,
                            enclosures=enclosures)
    target = Path(path)
    atomic_write_bytes(target, data)
    return target
