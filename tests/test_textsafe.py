"""Client names and other saved text printed on a terminal cannot drive the terminal."""

from __future__ import annotations

import pytest

from premiumcalc.textsafe import terminal_safe


@pytest.mark.parametrize(("raw", "shown"), [
    ("Muster GmbH", "Muster GmbH"),
    ("Müller & Söhne KG – Büro 2", "Müller & Söhne KG – Büro 2"),
    ("\x1b[31mRed\x1b[0m GmbH", "Red GmbH"),                       # colour
    ("Evil\x1b[2J\x1b[H Corp", "Evil Corp"),                        # clear screen, home
    ("A\x1b]0;owned\x07B", "AB"),                                   # window title (BEL)
    ("A\x1b]8;;https://x.example\x1b\\link\x1b]8;;\x1b\\B", "AlinkB"),  # hyperlink (ST)
    ("A\x1bPq#0;2;0;0;0\x1b\\B", "AB"),                             # DCS (sixel)
    ("A\x9b31mB", "AB"),                                            # 8-bit CSI
    ("A\x9d0;title\x9cB", "AB"),                                    # 8-bit OSC
    ("A\x1b]0;never ended", "A"),                                   # unterminated string
    ("A\x1b7B\x1b8C", "ABC"),                                       # save/restore cursor
    ("bell\x07 back\x08space\x7f nul\x00", "bell backspace nul"),
    ("tab\there", "tab here"),
    ("line one\nline two\r\nthree\rfour", "line one line two three four"),
    ("\u202eevil\u202c name", "evil name"),                         # bidi override
    ("a\x85b", "ab"),                                               # C1 next line
    ("trailing ESC \x1b", "trailing ESC "),
])
def test_escape_sequences_and_control_characters_are_removed(raw: str, shown: str) -> None:
    assert terminal_safe(raw) == shown


def test_line_breaks_are_kept_when_asked() -> None:
    assert terminal_safe("Hafenstraße 1\r\n20457 Hamburg\x1b[8m\n", newlines=True) == \
        "Hafenstraße 1\n20457 Hamburg\n"


def test_nothing_printable_survives_as_a_control_character() -> None:
    every = "".join(chr(c) for c in range(0x00, 0xA0)) + "\u200e\u200f\u2066\u2069"
    left = terminal_safe(every)
    assert all(ch.isprintable() for ch in left)
    assert "\x1b" not in left and "\x9b" not in left
