"""The embedded font: DejaVu Sans and DejaVu Sans Bold from ``resources/fonts/``.

Registered once per process; ReportLab embeds a subset with the glyphs a document uses, so
``€``, umlauts and ``ß`` render in every PDF viewer and printer.
"""

from __future__ import annotations

from functools import cache

from premiumcalc.paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> tuple[str, str]:
    """Register the family with ReportLab (``<b>`` maps to the bold face); (regular, bold)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    for italic in (0, 1):
        addMapping(REGULAR, 0, italic, REGULAR)
        addMapping(REGULAR, 1, italic, BOLD)
    return REGULAR, BOLD
