"""The market comparison PDF: one request priced by every installed tariff, side by side.

The broker keeps it as the record of the market comparison: the request, the tariffs' prices
and cover facts, the client's current contract as a reference row, the date, the letterhead
and which tariffs were compared. ReportLab is imported only when a document is rendered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from premiumcalc.pricing.reference import Reference

if TYPE_CHECKING:
    from premiumcalc.pdf.profile import BrokerProfile
    from premiumcalc.pricing.engine import Outcome
    from premiumcalc.tariffs import Catalog

__all__ = ["Reference", "comparison_filename", "render_comparison_pdf", "write_comparison_pdf"]


def render_comparison_pdf(
    outcomes: Sequence[Outcome],
    *,
    sha256: dict[str, str],
    lang: str,
    catalog: Catalog,
    profile: BrokerProfile,
    reference: Reference | None = None,
    client_name: str = "",
    client_address: str = "",
    date: dt.date | None = None,
    valid_until: dict[str, dt.date | None] | None = None,
) -> bytes:
    """The PDF of a market comparison (``outcomes`` as ``price_all`` returns them).

    ``sha256`` maps each tariff id to its file's SHA-256 for the note of the tariffs
    compared. ``date`` defaults to today; the same input and date give the same bytes.
    ``valid_until`` maps each tariff id to the effective last day of the version priced
    (``LoadedTariff.effective_until``; None or missing: the version has no end).
    """
    from premiumcalc.pdf.comparison_render import render

    return render(list(outcomes), sha256=sha256, lang=lang, catalog=catalog, profile=profile,
                  reference=reference or Reference(), client_name=client_name,
                  client_address=client_address, date=date or dt.date.today(),
                  valid_until=valid_until or {}, stamp=date)


def write_comparison_pdf(path: Path | str, outcomes: Sequence[Outcome], **kwargs: object) -> Path:
    """Render and write the comparison atomically; raises ``premiumcalc.fileio.WriteError``."""
    from premiumcalc.fileio import atomic_write_bytes

    data = render_comparison_pdf(outcomes, **kwargs)  # type: ignore[arg-type]
    target = Path(path)
    atomic_write_bytes(target, data)
    return target


def comparison_filename(client_name: str, date: dt.date, lang: str) -> str:
    """``Marktvergleich-2026-11-25-Müller-GmbH.pdf`` style names, safe on every system."""
    from premiumcalc.pdf.numbering import _file_part
    from premiumcalc.tariffs.wording import COMPARISON

    kind = COMPARISON("file_kind", lang)
    parts = [kind, date.isoformat(), _file_part(client_name, 40)]
    return "-".join(p for p in parts if p) + ".pdf"
