"""Every difference between two tariffs, in words and as data (handbook §12).

The two validated :class:`~premiumcalc.tariffs.models.Tariff` objects are compared field by
field: table cells (``base B band 2: 430.00 → 447.20``), rules, conditions, question rules and
the file's own checks. Amounts compare by value (``"430"`` and ``"430.00"`` are the same).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields, is_dataclass
from decimal import Decimal
from typing import Any

from premiumcalc.tariffs.models import Tariff

Part = str | int
Path = tuple[Part, ...]


class _Missing:
    """A value that one of the two tariffs does not have at all."""

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return "<missing>"


MISSING: Any = _Missing()


@dataclass(frozen=True)
class Difference:
    """One difference: where (``path``), the old and new value as JSON data, and in words."""

    path: str
    old: Any
    new: Any
    text: str

    def as_json(self) -> dict[str, Any]:
        return {"path": self.path, "old": self.old, "new": self.new, "text": self.text}


def diff_tariffs(old: Tariff, new: Tariff, lang: str = "en") -> list[Difference]:
    """The differences from ``old`` to ``new``, in the order of the tariff's fields."""
    return [
        Difference(path_text(path), to_json(a), to_json(b), _sentence(path, a, b, old, new, lang))
        for path, a, b in _walk((), old, new)
    ]


# ---------------------------------------------------------------------------------------
# Walking the two objects.


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return a == b
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return type(a) is type(b) and a == b


def _walk(path: Path, a: Any, b: Any) -> Iterator[tuple[Path, Any, Any]]:
    if a is MISSING or b is MISSING:
        yield path, a, b
    elif is_dataclass(a) and is_dataclass(b) and type(a) is type(b):
        for f in fields(a):
            yield from _walk((*path, f.name), getattr(a, f.name), getattr(b, f.name))
    elif isinstance(a, dict) and isinstance(b, dict):
        for key in [*a, *(k for k in b if k not in a)]:
            yield from _walk((*path, key), a.get(key, MISSING), b.get(key, MISSING))
    elif isinstance(a, list) and isinstance(b, list) and _keyed(a) and _keyed(b):
        old = {x.id: x for x in a}
        new = {x.id: x for x in b}
        for key in [*old, *(k for k in new if k not in old)]:
            yield from _walk((*path, str(key)), old.get(key, MISSING), new.get(key, MISSING))
    elif isinstance(a, list) and isinstance(b, list) and _cellwise(a, b):
        for i in range(max(len(a), len(b))):
            yield from _walk((*path, i), a[i] if i < len(a) else MISSING,
                             b[i] if i < len(b) else MISSING)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b) or any(not _same(x, y) for x, y in zip(a, b, strict=True)):
            yield path, a, b
    elif not _same(a, b):
        yield path, a, b


def _keyed(items: list[Any]) -> bool:
    """A list of records with an ``id`` (the modules): compared id by id."""
    return bool(items) and all(is_dataclass(x) and hasattr(x, "id") for x in items)


def _cellwise(a: list[Any], b: list[Any]) -> bool:
    """A row of amounts (a premium table row, band limits, claims factors) or of records
    (the checks): compared position by position."""
    items = [*a, *b]
    return bool(items) and (all(isinstance(x, Decimal) for x in items)
                            or all(is_dataclass(x) for x in items))


def path_text(path: Path) -> str:
    """``base_premium.B[1]``, ``modules.cyber.rate``, ``checks[0].start``."""
    out = ""
    for part in path:
        if isinstance(part, int) and not isinstance(part, bool):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


# ---------------------------------------------------------------------------------------
# Values as JSON data and in words.


def decimal_text(value: Decimal) -> str:
    """At least two decimals: ``430.00``, ``0.05``, ``0.925``."""
    if value.as_tuple().exponent > -2:  # type: ignore[operator]
        value = value.quantize(Decimal("0.01"))
    return format(value, "f")


def to_json(value: Any) -> Any:
    if value is MISSING or value is None:
        return None
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in fields(value)
                if getattr(value, f.name) not in (None, [], {})}
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    return value


def _shown(value: Any, lang: str) -> str:
    if value is None or value is MISSING:
        return "–"
    if isinstance(value, bool):
        return ("ja" if value else "nein") if lang == "de" else ("yes" if value else "no")
    if isinstance(value, Decimal):
        text = decimal_text(value)
        return text.replace(".", ",") if lang == "de" else text
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_shown(v, lang) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_shown(v, lang)}" for k, v in value.items()) + "}"
    if is_dataclass(value) and not isinstance(value, type):
        shown = {f.name: getattr(value, f.name) for f in fields(value)
                 if getattr(value, f.name) not in (None, [], {})}
        if set(shown) == {"en", "de"}:
            return f"“{shown[lang if lang == 'de' else 'en']}”"
        return _shown(shown, lang)
    if isinstance(value, str):
        return f"“{value}”" if " " in value else value
    return str(value)


_WORDS: dict[str, tuple[str, str]] = {
    # field: (English, German)
    "format": ("file format", "Dateiformat"),
    "id": ("id", "Kennung"),
    "insurer": ("insurer", "Versicherer"),
    "product": ("product", "Produkt"),
    "version": ("version", "Version"),
    "valid_from": ("valid from", "gültig ab"),
    "valid_until": ("valid until", "gültig bis"),
    "conditions": ("conditions", "Bedingungen"),
    "insurer_address": ("insurer's address", "Anschrift des Versicherers"),
    "cover_terms": ("cover terms", "Deckungsbedingungen"),
    "aggregate_factor": ("aggregate factor", "Maximierung (Faktor)"),
    "contractual_penalties": ("contractual penalties", "Vertragsstrafen"),
    "prior_acts_months": ("prior acts (months)", "Rückwärtsdeckung (Monate)"),
    "run_off_years": ("run-off (years)", "Nachhaftung (Jahre)"),
    "currency": ("currency", "Währung"),
    "minimum_premium": ("minimum premium", "Mindestbeitrag"),
    "startup_discount": ("startup discount", "Existenzgründerrabatt"),
    "outcome": ("outcome", "Ergebnis"),
    "reason": ("reason", "Begründung"),
    "unless_module": ("unless module", "außer mit Baustein"),
    "included": ("included", "eingeschlossen"),
    "flat": ("flat price", "Festbetrag"),
    "rate": ("rate", "Satz"),
    "minimum": ("minimum", "Mindestbetrag"),
    "limit": ("limit", "Höchstbetrag"),
    "key_sublimit": ("key sublimit", "Sublimit Schlüssel"),
    "deductible": ("deductible", "Selbstbeteiligung"),
    "limit_capped_by_cover": ("limit capped by cover", "Höchstbetrag durch Deckungssumme begrenzt"),
    "note": ("note", "Hinweis"),
    "bodily_injury_deductible": ("bodily injury deductible",
                                 "Selbstbeteiligung Personenschäden"),
    "start": ("start", "Beginn"),
    "request": ("request", "Anfrage"),
    "gross_annual": ("gross annual premium", "Jahresbruttobeitrag"),
    "status": ("status", "Status"),
    "en": ("English", "englisch"),
    "de": ("German", "deutsch"),
    "classes": ("risk class", "Risikoklasse"),
    "default_class": ("default risk class", "Standard-Risikoklasse"),
    "declined": ("declined professions", "abgelehnte Berufe"),
    "referred": ("referred", "Rückfrage"),
    "not_offered": ("covers not offered", "nicht angebotene Deckungssummen"),
}


def _word(part: Part, lang: str) -> str:
    if isinstance(part, int):
        return str(part + 1)
    words = _WORDS.get(part)
    if words is None:
        return part.replace("_", " ")
    return words[1] if lang == "de" else words[0]


def _rest(parts: Sequence[Part], lang: str) -> str:
    return " ".join(_word(p, lang) for p in parts)


def _label(path: Path, old: Tariff, new: Tariff, lang: str) -> str:
    de = lang == "de"
    head, rest = (path[0], path[1:]) if path else ("", ())
    n = len(rest)
    if head == "base_premium" and n >= 1:
        cls = rest[0]
        if n == 2 and isinstance(rest[1], int):
            band = rest[1] + 1
            return f"Grundbeitrag {cls} Band {band}" if de else f"base {cls} band {band}"
        return f"{'Grundbeitrag' if de else 'base'} {cls}"
    if head in ("covers", "professions") and n == 1:
        return _word(rest[0], lang)
    if head == "revenue" and n == 2 and isinstance(rest[1], int):
        return (f"Umsatzband {rest[1] + 1} bis" if de else
                f"revenue band {rest[1] + 1} up to")
    if head == "covers" and n == 2 and rest[0] == "factors":
        return f"Deckungssumme {rest[1]} Faktor" if de else f"cover {rest[1]} factor"
    if head == "deductibles" and n == 2:
        return (f"Selbstbeteiligung {rest[1]} Faktor" if de else
                f"deductible {rest[1]} factor")
    if head == "claims" and n == 2 and isinstance(rest[1], int):
        return (f"Faktor bei {rest[1]} Vorschäden" if de else
                f"factor for {rest[1]} prior claims")
    if head == "terms" and n == 2:
        return f"Rabatt Laufzeit {rest[1]} Jahre" if de else f"discount for a {rest[1]}-year term"
    if head == "payment" and n == 2:
        return f"Zuschlag Zahlweise {rest[1]}" if de else f"surcharge for {rest[1]} payment"
    if head == "tax" and n == 2:
        return f"Versicherungsteuer {rest[1]}" if de else f"insurance tax {rest[1]}"
    if head == "professions" and n >= 2 and rest[0] in ("classes", "referred"):
        what = _rest(rest[2:], lang)
        if rest[0] == "classes":
            return (f"Beruf {rest[1]} Risikoklasse" if de else
                    f"profession {rest[1]} risk class")
        return (f"Beruf {rest[1]} Rückfrage {what}" if de else
                f"profession {rest[1]} referred {what}").rstrip()
    if head == "modules" and n >= 1:
        what = _rest(rest[1:], lang)
        if n >= 3 and rest[1] == "flat" and isinstance(rest[2], int):
            what = f"Festbetrag Band {rest[2] + 1}" if de else f"flat price band {rest[2] + 1}"
        return f"{'Baustein' if de else 'module'} {rest[0]} {what}".rstrip()
    if head == "questions" and n >= 1:
        return f"{'Frage' if de else 'question'} {rest[0]} {_rest(rest[1:], lang)}".rstrip()
    if head == "checks" and n >= 1 and isinstance(rest[0], int):
        i = rest[0]
        check = (new.checks[i] if i < len(new.checks) else
                 old.checks[i] if i < len(old.checks) else None)
        note = f" ({check.note})" if check is not None and check.note else ""
        return f"{'Prüfung' if de else 'check'} {i + 1}{note} {_rest(rest[1:], lang)}".rstrip()
    return _rest(path, lang)


def _sentence(path: Path, a: Any, b: Any, old: Tariff, new: Tariff, lang: str) -> str:
    label = _label(path, old, new, lang)
    if a is MISSING:
        return f"{label} {'neu' if lang == 'de' else 'added'}: {_shown(b, lang)}"
    if b is MISSING:
        return f"{label} {'entfällt' if lang == 'de' else 'removed'}: {_shown(a, lang)}"
    return f"{label}: {_shown(a, lang)} → {_shown(b, lang)}"
