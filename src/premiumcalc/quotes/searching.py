"""How the quote list is searched: text folded so that a broker finds "Müller" by typing
``mull``, ``muller`` or ``mueller``, and "Straße" by ``strasse``.

A saved quote keeps its words in ``quotes.search_text`` in two spellings: without accents
(``müller`` → ``muller``) and with the umlauts written out (``mueller``); ``ß`` is ``ss``
in both. A search term is folded without accents and matched anywhere in that text, the
same on SQLite and PostgreSQL (plain ``LIKE`` on text stored in lower case).
"""

from __future__ import annotations

import unicodedata

_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def fold(text: str) -> str:
    """``text`` in lower case without accents, ``ß`` as ``ss``: how a search term is read."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def search_text(text: str) -> str:
    """What the store keeps to search ``text`` by: its folded spelling and, when different,
    the one with the umlauts written out. Folding the result again changes nothing."""
    plain = fold(text)
    spelled = fold(unicodedata.normalize("NFC", text.casefold()).translate(_SPELLED_OUT))
    return plain if spelled == plain else f"{plain} {spelled}"
