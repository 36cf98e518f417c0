"""Page geometry, styles and the page furniture of the quote PDF.

A4 after DIN 5008 form B: letterhead in the top 45 mm, the address field 45 mm from the top
and 20 mm from the left (85 × 45 mm, for a window envelope), the information block at
125 mm, fold and hole marks, and "Page x of y" in the footer of every page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from premiumcalc.pdf.fonts import register_fonts
from premiumcalc.tariffs.wording import LETTER

PAGE_W, PAGE_H = A4
LEFT = 25 * mm
RIGHT = 20 * mm
BODY_W = PAGE_W - LEFT - RIGHT
BOTTOM = 24 * mm
FOOTER_Y = 12 * mm

ACCENT = colors.HexColor("#1f3a5f")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#b8c2cc")
SHADE = colors.HexColor("#eef2f6")
DRAFT = colors.HexColor("#b00020")


def top(distance: float) -> float:
    """The y coordinate of a line ``distance`` below the top edge of the page."""
    return PAGE_H - distance


@dataclass(frozen=True)
class Box:
    """A frame of the first page: left edge, distance of its top from the page top, size."""

    x: float
    from_top: float
    width: float
    height: float

    def frame(self, name: str, left_padding: float = 0) -> Frame:
        return Frame(self.x, top(self.from_top + self.height), self.width, self.height,
                     leftPadding=left_padding, rightPadding=0, topPadding=0, bottomPadding=0,
                     id=name)


LETTERHEAD = Box(LEFT, 10 * mm, BODY_W, 31 * mm)
# The address field, 85 × 45 mm at 20 mm / 45 mm: a 17.7 mm zone for the return address
# and notes, then the 27.3 mm address zone. Text starts at 25 mm, aligned with the body.
RETURN_LINE = Box(20 * mm, 45 * mm + 12.7 * mm, 85 * mm, 5 * mm)
ADDRESS_ZONE = Box(20 * mm, 45 * mm + 17.7 * mm, 85 * mm, 27.3 * mm)
ADDRESS_INDENT = 5 * mm
INFO_BLOCK = Box(125 * mm, 50 * mm, 75 * mm, 40 * mm)
FIRST_BODY_TOP = 98.46 * mm
LATER_BODY_TOP = 20 * mm


#: The language of the document being built: its paragraphs hyphenate by its rules.
_LANGUAGE: ContextVar[str] = ContextVar("pdf_language", default="")
#: The documents' locales (the language declared in the PDF is British English): their
#: dates, and pyphen's dictionaries to hyphenate with.
DOCUMENT_LOCALES = {"de": "de_DE", "en": "en_GB"}
HYPHENATION = DOCUMENT_LOCALES


@contextmanager
def language(lang: str) -> Iterator[None]:
    """Build the paragraphs made inside in ``lang``: German words wrap at their syllables
    ("Versicherungs-steuer"), never in the middle of a syllable."""
    token = _LANGUAGE.set(lang)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def styles() -> dict[str, ParagraphStyle]:
    """The styles of the document being built (see :func:`language`)."""
    return _styles(_LANGUAGE.get())


@cache
def _styles(lang: str) -> dict[str, ParagraphStyle]:
    regular, bold = register_fonts()
    # A word wider than its column is hyphenated by the language's rules; only a word that
    # still cannot fit (a made-up string without syllables) is split where it must be.
    base = ParagraphStyle("base", fontName=regular, bulletFontName=regular, fontSize=9, leading=12,
                          splitLongWords=1, allowWidows=0, allowOrphans=0,
                          hyphenationLang=HYPHENATION.get(lang, ""),
                          hyphenationMinWordLength=6)

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": derive("small", fontSize=7.5, leading=9.5),
        "muted": derive("muted", fontSize=7.5, leading=9.5, textColor=MUTED),
        "return": derive("return", fontSize=6.5, leading=8, textColor=MUTED),
        "address": derive("address", fontSize=10, leading=12.5),
        "info": derive("info", fontSize=8, leading=10.5),
        "info_label": derive("info_label", fontSize=8, leading=10.5, textColor=MUTED),
        "company": derive("company", fontName=bold, fontSize=14, leading=17, textColor=ACCENT),
        "sender": derive("sender", fontSize=8, leading=10.5, textColor=MUTED),
        "sender_right": derive("sender_right", fontSize=8, leading=10.5, textColor=MUTED,
                               alignment=TA_RIGHT),
        "title": derive("title", fontName=bold, fontSize=13, leading=16, textColor=ACCENT,
                        spaceAfter=2),
        "subtitle": derive("subtitle", fontSize=9.5, leading=12.5, spaceAfter=8),
        "h2": derive("h2", fontName=bold, fontSize=10.5, leading=13, textColor=ACCENT,
                     spaceBefore=12, spaceAfter=5, keepWithNext=1),
        # a heading placed by blocks.headed/headed_list, which keep it with what follows
        "h2_free": derive("h2_free", fontName=bold, fontSize=10.5, leading=13, textColor=ACCENT,
                          spaceBefore=12, spaceAfter=5),
        "h3": derive("h3", fontName=bold, fontSize=9, leading=12),
        "cell": derive("cell", fontSize=8.5, leading=11),
        "cell_bold": derive("cell_bold", fontName=bold, fontSize=8.5, leading=11),
        "cell_right": derive("cell_right", fontSize=8.5, leading=11, alignment=TA_RIGHT),
        "cell_right_bold": derive("cell_right_bold", fontName=bold, fontSize=8.5, leading=11,
                                  alignment=TA_RIGHT),
        "cell_head": derive("cell_head", fontName=bold, fontSize=8, leading=10.5,
                            textColor=ACCENT),
        "cell_head_right": derive("cell_head_right", fontName=bold, fontSize=8, leading=10.5,
                                  textColor=ACCENT, alignment=TA_RIGHT),
        "cell_small": derive("cell_small", fontSize=7.5, leading=9.5, textColor=MUTED),
        "cell_small_right": derive("cell_small_right", fontSize=7.5, leading=9.5,
                                   textColor=MUTED, alignment=TA_RIGHT),
        "big": derive("big", fontName=bold, fontSize=15, leading=18, textColor=ACCENT,
                      alignment=TA_RIGHT),
        "bullet": derive("bullet", leftIndent=10, bulletIndent=0, spaceAfter=2),
        "draft": derive("draft", fontName=bold, fontSize=13, leading=16, textColor=DRAFT),
        "warning": derive("warning", fontSize=9.5, leading=13),
    }


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so that it fits ``width`` (for canvas lines)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


#: ``NumberedCanvas(stamp=...)`` not given: the creation date ReportLab's invariant mode sets.
INVARIANT = "invariant"


def creation_stamp(day: dt.date | None) -> Any:
    """The creation date of a document: ``day`` at midnight UTC (the same bytes for the same
    input and day), or the real time when no day is given."""
    from reportlab.lib.utils import TimeStamp

    if day is None:
        return TimeStamp(invariant=0)
    stamp = TimeStamp(invariant=1)
    moment = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    stamp.t = moment.timestamp()
    stamp.lt = moment.timetuple()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


class NumberedCanvas(Canvas):
    """A canvas that writes "Page x of y" on every page once the page count is known.

    ``stamp`` is the document's creation date (see :func:`creation_stamp`); without it the
    fixed date of ReportLab's invariant mode stays.
    """

    def __init__(self, *args: Any, page_label: Callable[[int, int], str],
                 stamp: dt.date | str | None = INVARIANT, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if stamp != INVARIANT:
            self._doc._timeStamp = creation_stamp(stamp if isinstance(stamp, dt.date) else None)
        self._page_label = page_label
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_page_label(pages)
            super().showPage()
        super().save()

    def _draw_page_label(self, pages: int) -> None:
        regular, _ = register_fonts()
        self.saveState()
        self.setFont(regular, 7.5)
        self.setFillColor(MUTED)
        self.drawRightString(PAGE_W - RIGHT, FOOTER_Y, self._page_label(self._pageNumber, pages))
        self.restoreState()


def _footer(canvas: Canvas, footer_text: str) -> None:
    regular, _ = register_fonts()
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, FOOTER_Y + 10, PAGE_W - RIGHT, FOOTER_Y + 10)
    canvas.setFont(regular, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(LEFT, FOOTER_Y, fit(footer_text, regular, 7.5, BODY_W - 28 * mm))
    canvas.restoreState()


def _marks(canvas: Canvas) -> None:
    """Fold marks (105 and 210 mm, form B) and the hole mark (148.5 mm) at the left edge."""
    canvas.saveState()
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.4)
    for y, length in ((105 * mm, 5 * mm), (210 * mm, 5 * mm), (148.5 * mm, 7 * mm)):
        canvas.line(4 * mm, top(y), 4 * mm + length, top(y))
    canvas.restoreState()


def _doc(target: Any, templates: list[PageTemplate], meta: dict[str, str], lang: str
         ) -> BaseDocTemplate:
    return BaseDocTemplate(
        target,
        pagesize=A4,
        pageTemplates=templates,
        leftMargin=LEFT, rightMargin=RIGHT, topMargin=LATER_BODY_TOP, bottomMargin=BOTTOM,
        invariant=1,
        initialFontName=register_fonts()[0],
        initialFontSize=9,
        initialLeading=12,
        lang=LETTER("document_language", lang),
        **meta,
    )


#: The body of a sheet (first information, waiver) starts below the letterhead.
SHEET_BODY_TOP = 45 * mm


def _body_frame(body_top: float) -> Frame:
    """The flowing body of a page, from ``body_top`` below the top edge down to the footer."""
    return Frame(LEFT, BOTTOM, BODY_W, top(body_top) - BOTTOM, id="body",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


def make_sheet_doc(target: Any, *, footer_text: str, meta: dict[str, str], lang: str
                   ) -> BaseDocTemplate:
    """A document that is not a letter: page template "first" (letterhead, then the body
    right below it) and "later" (body only); the same footer and page numbers."""
    first_frames = [
        LETTERHEAD.frame("letterhead"),
        _body_frame(SHEET_BODY_TOP),
    ]
    later_frames = [
        _body_frame(LATER_BODY_TOP),
    ]

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        _footer(canvas, footer_text)

    return _doc(target, [PageTemplate(id="first", frames=first_frames, onPage=on_page),
                         PageTemplate(id="later", frames=later_frames, onPage=on_page)],
                meta, lang)


def make_doc(target: Any, *, footer_text: str, meta: dict[str, str], lang: str) -> BaseDocTemplate:
    """The document: page template "first" (letter frames) and "later" (body only)."""
    first_frames = [
        LETTERHEAD.frame("letterhead"),
        RETURN_LINE.frame("return", ADDRESS_INDENT),
        ADDRESS_ZONE.frame("address", ADDRESS_INDENT),
        INFO_BLOCK.frame("info"),
        _body_frame(FIRST_BODY_TOP),
    ]
    later_frames = [
        _body_frame(LATER_BODY_TOP),
    ]

    def on_first(canvas: Canvas, doc: BaseDocTemplate) -> None:
        _marks(canvas)
        _footer(canvas, footer_text)

    def on_later(canvas: Canvas, doc: BaseDocTemplate) -> None:
        _footer(canvas, footer_text)

    return BaseDocTemplate(
        target,
        pagesize=A4,
        pageTemplates=[
            PageTemplate(id="first", frames=first_frames, onPage=on_first),
            PageTemplate(id="later", frames=later_frames, onPage=on_later),
        ],
        leftMargin=LEFT, rightMargin=RIGHT, topMargin=LATER_BODY_TOP, bottomMargin=BOTTOM,
        invariant=1,
        initialFontName=register_fonts()[0],
        initialFontSize=9,
        initialLeading=12,
        lang=LETTER("document_language", lang),
        **meta,
    )
