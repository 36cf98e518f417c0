"""The fixed wording of the PDFs, the command line and the pricing explanations.

The texts are data a translator edits: one TOML file per part in ``resources/catalog/texts/``
with one table per text and one string per language::

    [covered_by]
    en = "covered by: {part}"
    de = "versichert über: {part}"

``{name}`` is a placeholder the program fills in; every language of a text has the same
placeholders. ``{name!l}`` puts the value in lower case (an English title in mid-sentence).
A language a text lacks shows in English. The window's own texts are translated with Qt
(``resources/translations``), not here.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path

from premiumcalc.paths import resource
from premiumcalc.tariffs.catalog import CatalogError

#: Languages every text must have; English is the fallback for any other.
REQUIRED = ("en", "de")

#: The files in ``resources/catalog/texts/`` (without ``.toml``).
FILES = ("letter", "comparison", "pricing", "report", "quotes", "duties", "advice", "clients")

Entry = dict[str, str | list[str]]


class _Formatter(string.Formatter):
    """``str.format`` with one more conversion: ``{title!l}`` is the value in lower case."""

    def convert_field(self, value: object, conversion: str | None) -> object:
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)


_FORMATTER = _Formatter()


def placeholders(text: str) -> set[str]:
    """The names of the ``{placeholders}`` in ``text``; ValueError for a malformed one."""
    names = set()
    for _literal, name, _spec, conversion in _FORMATTER.parse(text):
        if name is None:
            continue
        if not name.isidentifier():
            raise ValueError(f"placeholder {{{name}}} must be a name such as {{amount}}")
        if conversion not in (None, "l"):
            raise ValueError(f"{{{name}!{conversion}}}: only !l (lower case) is known")
        names.add(name)
    return names


def check_entries(data: Mapping[str, object]) -> dict[str, Entry]:
    """The entries of one parsed file, checked; ValueError names the first bad text."""
    entries: dict[str, Entry] = {}
    for key, entry in data.items():
        if not isinstance(entry, dict):
            raise ValueError(f"[{key}]: a table with one text per language is expected")
        missing = [lang for lang in REQUIRED if lang not in entry]
        if missing:
            raise ValueError(f"[{key}]: no text for {', '.join(missing)}")
        first = entry[REQUIRED[0]]
        for lang, value in entry.items():
            where = f"[{key}] {lang}"
            if isinstance(value, list):
                if not all(isinstance(v, str) for v in value) or not isinstance(first, list):
                    raise ValueError(f"{where}: a text, or a list of texts as in English, expected")
                if len(value) != len(first):
                    raise ValueError(f"{where}: {len(value)} words, English has {len(first)}")
                continue
            if not isinstance(value, str) or not isinstance(first, str):
                raise ValueError(f"{where}: a text in quotes is expected")
            if not value.strip():
                raise ValueError(f"{where}: the text is empty")
            try:
                names, expected = placeholders(value), placeholders(first)
            except ValueError as exc:
                raise ValueError(f"{where}: {exc}") from exc
            if names != expected:
                want = ", ".join(f"{{{n}}}" for n in sorted(expected)) or "none"
                raise ValueError(f"{where}: the placeholders must be those of English ({want})")
        entries[key] = entry
    return entries


def read_wording(path: Path) -> dict[str, Entry]:
    """The checked texts of one file; :class:`CatalogError` names the file and the problem."""
    import tomllib

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return check_entries(data)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError) as exc:
        raise CatalogError(f"{path}: {exc}") from exc


class Wording:
    """The texts of one file, read on first use: ``LETTER("page", "de", page=1, pages=2)``."""

    def __init__(self, name: str, path: Path | None = None) -> None:
        self.name = name
        self._path = path

    @property
    def path(self) -> Path:
        return self._path or resource("catalog", "texts", f"{self.name}.toml")

    @cached_property
    def entries(self) -> dict[str, Entry]:
        return read_wording(self.path)

    def _raw(self, key: str, lang: str) -> str | list[str]:
        entry = self.entries[key]
        return entry.get(lang) or entry[REQUIRED[0]]

    def __call__(self, key: str, lang: str, **values: object) -> str:
        """The text ``key`` in ``lang`` with its placeholders filled in from ``values``."""
        entry = self.entries[key]
        text = entry.get(lang) or entry[REQUIRED[0]]
        if not isinstance(text, str):
            raise TypeError(f"{self.name}: [{key}] is a list of words, not a text")
        if "!l}" in text:
            return _FORMATTER.vformat(text, (), values)
        return text.format_map(values) if "{" in text else text

    def get(self, key: str, lang: str, **values: object) -> str | None:
        """Like calling it, but None when the file has no text ``key``."""
        return self(key, lang, **values) if key in self.entries else None

    def words(self, key: str, lang: str) -> list[str]:
        """A list of words such as the numbers spelled out (``zero``, ``one``, …)."""
        words = self._raw(key, lang)
        if not isinstance(words, list):
            raise TypeError(f"{self.name}: [{key}] is a text, not a list of words")
        return words


LETTER = Wording("letter")
"""The quote letter and request for underwriting (PDF), and the names of its files."""
COMPARISON = Wording("comparison")
"""The market comparison (PDF)."""
PRICING = Wording("pricing")
"""Reasons, the rating worksheet, the coverage scope and scenario wording."""
REPORT = Wording("report")
"""The command line's readable tables."""
QUOTES = Wording("quotes")
"""Saved quotes: what a newer tariff version would change."""
DUTIES = Wording("duties")
"""The broker's duties: first information and the waiver (PDF)."""
ADVICE = Wording("advice")
"""The advice record (PDF)."""
