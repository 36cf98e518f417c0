"""Text from files and databases made safe to print on a terminal.

A client name saved from a spreadsheet or typed by someone else may hold control characters:
an escape sequence can recolour, clear or retitle the terminal, move the cursor over earlier
lines, or hide text. :func:`terminal_safe` removes escape sequences whole and every other
control character (C0, DEL, C1 and the bidirectional overrides), keeping the printable text.
"""

from __future__ import annotations

import re

__all__ = ["terminal_safe"]

# ESC followed by: CSI (ESC [ params final), OSC/DCS/SOS/PM/APC strings ended by BEL or ST
# (ESC \), or one character; the same with the 8-bit C1 introducers (CSI U+009B, OSC U+009D,
# DCS U+0090, SOS U+0098, PM U+009E, APC U+009F, ST U+009C). An unterminated string runs to
# the end of the text and is removed with it.
_SEQUENCE = re.compile(
    r"""
    (?: \x1b\[ | \x9b ) [\x30-\x3f]* [\x20-\x2f]* [\x40-\x7e]?          # CSI
    | (?: \x1b[\]PX^_] | [\x90\x98\x9d\x9e\x9f] ) .*? (?: \x07 | \x1b\\ | \x9c | \Z )
    | \x1b [\x20-\x2f]* [\x30-\x7e]?                                      # other ESC
    """,
    re.VERBOSE | re.DOTALL,
)
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI + "]")


def terminal_safe(text: str, *, newlines: bool = False) -> str:
    """``text`` without escape sequences or control characters, for printing on a terminal.

    A tab becomes a space; a line break (``\\n``, ``\\r\\n``, ``\\r``) is kept with ``newlines`` and
    becomes a space otherwise (a table row stays one line). Everything else that is not
    printable is removed.
    """
    text = _SEQUENCE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not newlines:
        text = text.replace("\n", " ")
    return _CONTROL.sub("", text)
