"""Building blocks of the quote PDF: escaped paragraphs, tables and the letter's parts.

Every text goes through :func:`esc` before it becomes a ``Paragraph``: what users typed
(client, broker profile) prints literally and can never inject markup.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    FrameBreak,
    Image,
    KeepInFrame,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from premiumcalc.pdf import layout
from premiumcalc.pdf.fonts import REGULAR
from premiumcalc.pdf.layout import ACCENT, BODY_W, RULE, SHADE, styles
from premiumcalc.pdf.profile import BrokerProfile
from premiumcalc.pdf.texts import t
from premiumcalc.pricing.engine import Outcome
from premiumcalc.pricing.explain import grouped, locale_for, money, number_locale, payment_label
from premiumcalc.tariffs import Catalog

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def esc(text: str) -> str:
    """Plain text as Paragraph markup: escaped, control characters dropped, lines kept."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    return "<br/>".join(escape(line) for line in text.split("\n"))


def lines(text: str) -> list[str]:
    """The non-empty, trimmed lines of a multi-line field (an address)."""
    return [ln.strip() for ln in text.replace("\r", "\n").split("\n") if ln.strip()]


class Text(Paragraph):
    """A paragraph that hyphenates (by its style's language) only a word too long for its
    line: names and labels wrap between words, and a long German word breaks at a syllable
    rather than anywhere."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style: Any = getattr(self, "style")  # noqa: B009 (untyped in ReportLab)
        if getattr(style, "hyphenationLang", "") and self._words_fit(availWidth):
            self.style = _unhyphenated(style)
        return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return,unused-ignore]

    def _words_fit(self, width: float) -> bool:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        style: Any = self.style
        width -= style.leftIndent + style.rightIndent
        for frag in self.frags:
            for word in getattr(frag, "text", "").split(" "):
                if stringWidth(word, getattr(frag, "fontName", style.fontName),
                               getattr(frag, "fontSize", style.fontSize)) > width:
                    return False
        return True


def _unhyphenated(style: Any) -> Any:
    """``style`` without hyphenation (made once per style and kept with it)."""
    from reportlab.lib.styles import ParagraphStyle

    plain = style.__dict__.get("_premiumcalc_plain")
    if plain is None:
        plain = ParagraphStyle(f"{style.name}_plain", parent=style, hyphenationLang="")
        style.__dict__["_premiumcalc_plain"] = plain
    return plain


def para(text: str, style: str = "body", *, bold: bool = False) -> Paragraph:
    markup = esc(text)
    return Text(f"<b>{markup}</b>" if bold else markup, styles()[style])


def bullets(items: Sequence[str]) -> list[Flowable]:
    style = styles()["bullet"]
    return [Text(esc(item), style, bulletText="•") for item in items]


def date_text(date: dt.date, lang: str) -> str:
    """A date on any of the papers, as the paper's declared language writes it (see
    :func:`letter_date`): every paper writes its dates alike."""
    return letter_date(date, lang)


def letter_date(date: dt.date, lang: str) -> str:
    """A date of the quote, underwriting request or comparison as their declared language
    writes it: ``25.11.2026``, ``25 Nov 2026`` (British English)."""
    from babel.dates import format_date

    return str(format_date(date, format="medium", locale=layout.DOCUMENT_LOCALES.get(
        lang, locale_for(lang))))


def percent(rate: Decimal, lang: str) -> str:
    from babel.numbers import format_percent

    return str(format_percent(rate, locale=number_locale(lang), decimal_quantization=False))


@dataclass(frozen=True)
class Letter:
    """Everything a page of the document needs besides the outcome's own texts."""

    outcome: Outcome
    sha256: str
    lang: str
    catalog: Catalog
    profile: BrokerProfile
    client_name: str
    client_address: str
    number: str
    date: dt.date
    #: The effective last day of the tariff version used (None: the version has no end).
    tariff_valid_until: dt.date | None = None
    #: The adviser who signs the offer (empty: not named).
    adviser: str = ""
    #: What the offer encloses: ``first-info``, ``product-info``, ``conditions`` or a text.
    enclosures: tuple[str, ...] = ()

    @property
    def valid_until(self) -> dt.date:
        return self.date + dt.timedelta(days=30)

    def tr(self, key: str, **values: object) -> str:
        return t(key, self.lang, **values)

    @property
    def sender(self) -> str:
        return self.profile.firm


# ---------------------------------------------------------------------------------------
# Tables

GRID = [
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
]


def table(rows: list[list[Any]], widths_mm: Sequence[float], *, header: bool = False,
          extra: Sequence[tuple[object, ...]] = ()) -> Table:
    scale = BODY_W / (sum(widths_mm) * mm)
    widths = [w * mm * scale for w in widths_mm]
    commands = list(GRID)
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    commands += list(extra)
    return Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT",
                 style=TableStyle(commands))


def key_value_table(pairs: Sequence[tuple[str, str]]) -> Table:
    rows: list[list[Flowable]] = [[para(k, "cell_small"), para(v, "cell")] for k, v in pairs]
    return table(rows, (60, 105))


def request_pairs(letter: Letter) -> list[tuple[str, str]]:
    """The request as (label, value) rows: tariff, business, sums, modules, term, payment."""
    o, lang, tr = letter.outcome, letter.lang, letter.tr
    req, tariff = o.request, o.tariff
    modules = []
    for module_id in o.active_modules:
        title = letter.catalog.module_title(module_id, lang)
        included = tariff.module_map[module_id].included
        modules.append(f"{title} ({tr('included')})" if included else title)
    rate = tariff.tax.rates.get(req.country)
    country = req.country + (f" ({percent(rate, lang)})" if rate is not None else "")
    return [
        (tr("insurer"), tariff.insurer),
        (tr("product"), tariff.product),
        (tr("tariff"), tariff_version_text(letter)),
        *business_pairs(letter, modules, country),
    ]


def tariff_version_text(letter: Letter) -> str:
    """"nordlicht-it-2026, Version 2027-01, gültig ab 01.01.2027" (with the end of the
    version's period when it has one)."""
    tariff, lang = letter.outcome.tariff, letter.lang
    values = {"id": tariff.id, "version": tariff.version,
              "valid_from": letter_date(tariff.valid_from, lang)}
    if letter.tariff_valid_until is None:
        return letter.tr("tariff_value", **values)
    return letter.tr("tariff_value_until", **values,
                     valid_until=letter_date(letter.tariff_valid_until, lang))


def business_pairs(letter: Letter, modules: Sequence[str], country: str) -> list[tuple[str, str]]:
    """The request's business, sums and contract rows, with the modules and country as given
    (a quote names a tariff's modules and tax; a comparison spans tariffs)."""
    lang, tr, req = letter.lang, letter.tr, letter.outcome.request
    profession = letter.catalog.profession_map.get(req.profession)
    term_key = "years" if req.term == 1 else "years_pl"
    return [
        (tr("start"), letter_date(req.start, lang)),
        (tr("profession"), profession.label(lang) if profession else req.profession),
        (tr("revenue"), money(req.revenue, lang)),
        (tr("cover"), money(Decimal(req.cover), lang)),
        (tr("deductible"), money(Decimal(req.deductible), lang)),
        (tr("modules"), ", ".join(modules) if modules else tr("no_modules")),
        (tr("claims"), grouped(Decimal(req.claims), lang)),
        (tr("startup"), tr("yes") if req.startup else tr("no")),
        (tr("term"), tr(term_key, n=req.term)),
        (tr("payment"), payment_label(req.payment, lang)),
        (tr("country"), country),
    ]


# ---------------------------------------------------------------------------------------
# The first page: letterhead, address field, information block


def _logo(path: str, max_height: float = 22 * mm) -> Image | None:
    """The broker's logo scaled into 40 mm × ``max_height`` (at most 22 mm), or None when it
    cannot be read or there is no room for it."""
    import io

    from premiumcalc.pdf.logo import load_logo

    if max_height < 6 * mm:
        max_height = 6 * mm
    logo = load_logo(path)
    if not logo.data:
        return None
    scale = min(40 * mm / logo.width, min(22 * mm, max_height) / logo.height)
    return Image(io.BytesIO(logo.data), width=logo.width * scale, height=logo.height * scale,
                 hAlign="RIGHT")


def status_word(profile: BrokerProfile, lang: str) -> str:
    """The intermediary's status in a word or two: broker, agent, or the profile's own."""
    if profile.status == "other":
        return profile.status_text
    return t("status_broker" if profile.status == "broker" else "status_agent", lang)


def _status_line(profile: BrokerProfile, lang: str) -> str:
    status = status_word(profile, lang)
    if profile.register_number:
        return " · ".join(x for x in (status, f"{t('register', lang)} {profile.register_number}")
                          if x)
    return status


def _heading(text: str, width: float) -> Paragraph:
    """The company in the letterhead: smaller type rather than a word broken in two."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth

    style = styles()["company"]
    longest = max((stringWidth(w, style.fontName, style.fontSize) for w in text.split()),
                  default=0)
    size = style.fontSize
    if longest > width:
        size = max(9.0, style.fontSize * width / longest)
    if size != style.fontSize:
        style = ParagraphStyle("company_fit", parent=style, fontSize=size, leading=size * 1.2)
    return Text(esc(text), style)


def return_line(letter: Letter, width: float) -> str:
    """The sender in one line above the address (first and last address line if need be)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    style = styles()["return"]
    address = lines(letter.profile.address)
    candidates = [address, address[:1] + address[-1:], address[-1:]]
    text = ""
    for parts in candidates:
        text = " · ".join(x for x in [letter.sender, *dict.fromkeys(parts)] if x)
        if stringWidth(text, style.fontName, style.fontSize) <= width:
            return text
    # a firm too long for one line: shortened, rather than shrunk to an unreadable size
    return layout.fit(text, style.fontName, style.fontSize, width)


def letterhead(letter: Letter) -> list[Flowable]:
    if letter.profile.is_empty:
        return draft_letterhead(letter.lang)
    return profile_letterhead(letter.profile, letter.lang)


def draft_letterhead(lang: str) -> list[Flowable]:
    """A letter without a broker profile is visibly a draft, never an anonymous sender."""
    return [para(t("draft_no_broker", lang), "draft"),
            para(t("draft_no_broker_hint", lang), "sender")]


def profile_letterhead(p: BrokerProfile, lang: str) -> list[Flowable]:
    """The firm (with legal form), name, status and contact, and the logo on the right."""
    box = layout.LETTERHEAD
    left_width, right_width = box.width * 0.62, box.width * 0.38
    left: list[Flowable] = []
    firm = p.firm if p.company else ""
    if firm:
        left.append(_heading(firm, left_width - 4 * mm))
    if p.name and p.name != p.company:
        left.append(_heading(p.name, left_width - 4 * mm) if not p.company else para(p.name))
    if p.company or p.name:
        left.append(para(_status_line(p, lang), "sender"))
    contact = lines(p.address)
    contact += [x for x in (p.phone, p.email) if x]
    right: list[Flowable] = [para("\n".join(contact), "sender_right")] if contact else []
    # the logo takes the room the contact lines leave: it never shrinks the letterhead's text
    text_height = sum(f.wrap(right_width - 4 * mm, box.height)[1] for f in right)
    logo = _logo(p.logo, box.height - text_height - 2 * mm) if p.logo else None
    if logo is not None:
        right.insert(0, logo)
        right.insert(1, Spacer(1, 2 * mm))
    if not left and not right:
        return []
    grid = Table([[left, right]], colWidths=[left_width, right_width],
                 style=TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [KeepInFrame(box.width, box.height, [grid], mode="shrink", vAlign="TOP")]


def _shrunk(box: layout.Box, content: list[Flowable], indent: float = 0) -> list[Flowable]:
    if not content:
        return [FrameBreak()]
    return [KeepInFrame(box.width - indent, box.height, content, mode="shrink", vAlign="TOP"),
            FrameBreak()]


def first_page(letter: Letter, recipient: list[str], info: Sequence[tuple[str, str]],
               name_lines: int | None = None) -> list[Flowable]:
    """Flowables for the four fixed frames of page 1 (each ends with a frame break).

    ``recipient``: the lines of the address field, the first ``name_lines`` of them the
    client's name (default: as many as the client's name has; see :func:`address_block`).
    """
    if name_lines is None:
        name_lines = len(lines(letter.client_name))
    story: list[Flowable] = [*letterhead(letter), FrameBreak()]
    indent = layout.ADDRESS_INDENT
    sender = return_line(letter, layout.RETURN_LINE.width - indent)
    story += _shrunk(layout.RETURN_LINE, [para(sender, "return")] if sender else [], indent)
    zone = layout.ADDRESS_ZONE
    story += [address_block(recipient, zone.width - indent, zone.height, name_lines),
              FrameBreak()] if recipient else [FrameBreak()]
    rows = [[para(k, "info_label"), para(v, "info")] for k, v in info if v]
    from reportlab.pdfbase.pdfmetrics import stringWidth

    # the labels' column as wide as its widest label, so values such as a long e-mail
    # address keep the rest of the block on one line
    label = styles()["info_label"]
    label_width = min(33 * mm, 3 * mm + max(
        (stringWidth(k, label.fontName, label.fontSize) for k, v in info if v), default=0))
    grid = Table(rows, colWidths=[label_width, layout.INFO_BLOCK.width - label_width],
                 style=TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += _shrunk(layout.INFO_BLOCK, [grid])
    return story


#: Type sizes of the address field, largest first: the largest at which it fits is used;
#: below the last the text would no longer be readable through the envelope's window.
ADDRESS_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0)
#: Lines the client's name may take in the address field (handbook §16).
NAME_LINES = 2


def address_block(recipient: list[str], width: float, height: float,
                  name_lines: int = 0) -> Flowable:
    """The address field: the name (its first ``name_lines`` lines) wrapped to at most two
    lines, every further line on one line, all in the largest size from 10 pt down to 7 pt
    that fits the field; an address that does not fit even at 7 pt is invalid input
    (handbook §16), never printed in unreadably small type."""
    from reportlab.lib.styles import ParagraphStyle

    from premiumcalc.pricing.request import InvalidInput

    base = styles()["address"]
    name: list[int] = []
    # each size first without hyphens, then with the language's hyphenation of long words
    # (and German, the language of most clients' names)
    for size, hyphenation in ((z, h) for z in ADDRESS_SIZES
                              for h in dict.fromkeys(("", base.hyphenationLang, "de_DE"))):
        style = ParagraphStyle(f"address_{size}_{hyphenation}", parent=base, fontSize=size,
                               leading=size * 1.25, hyphenationLang=hyphenation)
        counts = []
        for line in recipient:
            p = Paragraph(esc(line), style)
            p.wrap(width, height)
            counts.append(len(p.blPara.lines))
        name, rest = counts[:name_lines], counts[name_lines:]
        if (sum(name) <= max(NAME_LINES, len(name)) and all(c == 1 for c in rest)
                and sum(counts) * style.leading <= height):
            return Paragraph("<br/>".join(esc(line) for line in recipient), style)
    if name_lines and sum(name) > max(NAME_LINES, len(name)):
        raise InvalidInput("client name", f"does not fit in {NAME_LINES} lines of the address "
                                          f"field even in {ADDRESS_SIZES[-1]:g} pt type; "
                                          "shorten it")
    raise InvalidInput("client address", "does not fit in the address field even in "
                                         f"{ADDRESS_SIZES[-1]:g} pt type; shorten its lines")


def section(title: str) -> Paragraph:
    return para(title, "h2")


class RoomFor(CondPageBreak):
    """A page break unless the heading and the first rows of the table below it fit: the
    table then starts here and continues overleaf under its repeated header, instead of
    leaving the rest of the page empty."""

    def __init__(self, heading: Flowable, body: Flowable, rows: int = 2) -> None:
        super().__init__(0)
        self._heading, self._body, self._rows = heading, body, rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        need = self._heading.wrap(availWidth, availHeight)[1] + self._heading.getSpaceAfter()
        _, height = self._body.wrap(availWidth, availHeight)
        heights = getattr(self._body, "_rowHeights", None)
        if heights:
            repeat = getattr(self._body, "repeatRows", 0) or 0
            need += sum(heights[:repeat + self._rows])
        else:
            need += height
        self.height = need
        return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return,unused-ignore]


def headed(title: str, body: Flowable, rows: int = 2) -> list[Flowable]:
    """A section heading and its table, the heading kept only with the table's first rows."""
    heading = para(title, "h2_free")
    return [RoomFor(heading, body, rows), heading, body]


def headed_list(title: str, items: Sequence[Flowable]) -> list[Flowable]:
    """A section heading and a list; the heading stays with the first item only."""
    if not items:
        return [section(title)]
    return [KeepTogether([para(title, "h2_free"), items[0]]), *items[1:]]


def status_note(letter: Letter) -> str:
    """The intermediary's status as a German intermediary must state it, by name; without a
    broker profile the note that the letter is a draft without the broker's details."""
    p = letter.profile
    if not letter.sender:
        return letter.tr("note_draft_no_broker")
    if p.status == "other":
        return letter.tr("note_other", who=letter.sender, status=p.status_text)
    key = "note_broker" if p.status == "broker" else "note_agent"
    return letter.tr(key, who=letter.sender)


def notes(letter: Letter, items: list[str]) -> list[Flowable]:
    """The notes a German intermediary must give: status and register number."""
    p = letter.profile
    items = [*items, status_note(letter)]
    if p.register_number:
        items.append(letter.tr("note_register", number=p.register_number))
    tariff = letter.outcome.tariff
    story = headed_list(letter.tr("sec_notes"), bullets(items))
    story.append(para(letter.tr("note_tariff_file", id=tariff.id, version=tariff.version,
                                sha256=letter.sha256), "muted"))
    return story


def closing(letter: Letter) -> list[Flowable]:
    p = letter.profile
    names = [x for x in (p.name, p.company) if x]
    return [Spacer(1, 10), para(letter.tr("regards")), Spacer(1, 18), *[para(n) for n in names]]
