"""The shared catalogues: professions, plain-language coverage texts and claim scenarios.

They are data files in ``resources/catalog/`` (German and English), validated on load like a
tariff, and shared by every tariff.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache, cached_property
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

from premiumcalc.paths import resource
from premiumcalc.tariffs.constraints import STRICT_KEYS, Bounded
from premiumcalc.tariffs.models import Identifier, Text, Texts

Part = Literal["professional-indemnity", "general-liability", "cyber", "delay-damages"]

#: The catalogue files, in ``resources/catalog/``.
FILES = ("professions.toml", "coverage.toml", "scenarios.toml", "questions.toml")


class _Model:
    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT_KEYS


@dataclass(frozen=True, kw_only=True, eq=False)
class Profession(_Model):
    """A profession with its German and English label."""

    id: Identifier
    en: Text
    de: Text

    def label(self, lang: str) -> str:
        return self.de if lang == "de" else self.en


@dataclass(frozen=True, kw_only=True, eq=False)
class PartText(_Model):
    """A part of the cover: its title and what it pays for, in both languages."""

    en: Text
    de: Text
    text_en: Text
    text_de: Text

    def title(self, lang: str) -> str:
        return self.de if lang == "de" else self.en

    def text(self, lang: str) -> str:
        return self.text_de if lang == "de" else self.text_en


@dataclass(frozen=True, kw_only=True, eq=False)
class Exclusions(_Model):
    """What is never covered, and what only a module covers."""

    always: list[Texts]
    cyber: Texts
    worldwide: Texts
    delay_damages: Texts  # "delay-damages" in the file


@dataclass(frozen=True, kw_only=True, eq=False)
class Coverage(_Model):
    """The plain-language texts of the coverage scope."""

    parts: dict[
        Literal["professional-indemnity", "general-liability", "cyber", "worldwide", "delay-damages"],
        PartText,
    ]
    exclusions: Exclusions


@dataclass(frozen=True, kw_only=True, eq=False)
class Scenario(_Model):
    """A typical claim: its damage, which part of the cover pays, and its texts."""

    id: Identifier
    damage: Annotated[Decimal, Bounded("a damage", 0, 10**12, 2)]
    part: Part
    limit: Literal["cover", "module", "keys"]
    requires: Literal["worldwide"] | None = None
    defence_only: bool = False
    en: Text
    de: Text
    text_en: Text
    text_de: Text

    def title(self, lang: str) -> str:
        return self.de if lang == "de" else self.en

    def text(self, lang: str) -> str:
        return self.text_de if lang == "de" else self.text_en


@dataclass(frozen=True, kw_only=True, eq=False)
class Question(_Model):
    """A yes/no risk question (knock-out question), asked once per request."""

    id: Identifier
    en: Text
    de: Text

    def text(self, lang: str) -> str:
        return self.de if lang == "de" else self.en


@dataclass(frozen=True, kw_only=True, eq=False)
class Catalog(_Model):
    """The professions, coverage texts, claim scenarios and risk questions of every tariff."""

    professions: list[Profession]
    coverage: Coverage
    scenarios: list[Scenario]
    questions: list[Question]

    @cached_property
    def question_map(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}

    @cached_property
    def profession_map(self) -> dict[str, Profession]:
        return {p.id: p for p in self.professions}

    @cached_property
    def scenario_map(self) -> dict[str, Scenario]:
        return {s.id: s for s in self.scenarios}

    def module_title(self, module_id: str, lang: str) -> str:
        part = self.coverage.parts.get(module_id)  # type: ignore[call-overload]
        return part.title(lang) if part else module_id


class CatalogError(Exception):
    """A bundled catalogue file is missing or broken (a broken installation)."""


def _parse(path: Path, data: bytes) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"), parse_float=Decimal)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(f"{path}: {exc}") from exc


def _catalog_data(contents: dict[str, bytes], base: Path) -> dict[str, Any]:
    """The catalogue files' data (by file name) as one mapping of the :class:`Catalog`."""
    coverage = _parse(base / "coverage.toml", contents["coverage.toml"])
    exclusions = coverage.get("exclusions")
    if isinstance(exclusions, dict) and "delay-damages" in exclusions:
        exclusions["delay_damages"] = exclusions.pop("delay-damages")
    return {
        "professions": _parse(base / "professions.toml", contents["professions.toml"]).get(
            "professions"
        ),
        "coverage": coverage,
        "scenarios": _parse(base / "scenarios.toml", contents["scenarios.toml"]).get("scenarios"),
        "questions": _parse(base / "questions.toml", contents["questions.toml"]).get("questions"),
    }


def validate_catalog(contents: dict[str, bytes], base: Path) -> Catalog:
    """The catalogue from the files' bytes (by file name), validated."""
    from pydantic import TypeAdapter, ValidationError

    data = _catalog_data(contents, base)
    try:
        return TypeAdapter(Catalog).validate_python(data)
    except ValidationError as exc:
        raise CatalogError(f"{base}: {exc}") from exc


@cache
def load_catalog(directory: Path | None = None) -> Catalog:
    """Read and validate the catalogues (once per process; built without validation from
    contents that passed it before, see :mod:`premiumcalc.tariffs.validated`)."""
    from premiumcalc.tariffs import validated
    from premiumcalc.tariffs.build import build

    base = directory or resource("catalog")
    contents: dict[str, bytes] = {}
    for name in FILES:
        try:
            contents[name] = (base / name).read_bytes()
        except OSError as exc:
            raise CatalogError(f"{base / name}: {exc}") from exc
    key = b"\0".join(contents[n] for n in FILES)
    if validated.was_validated("catalog", key):
        try:
            catalog = build(Catalog, _catalog_data(contents, base))
            if isinstance(catalog, Catalog):
                return catalog
        except Exception:  # pragma: no cover - not the form validation accepted: check again
            pass
    catalog = validate_catalog(contents, base)
    validated.mark_validated("catalog", key)
    return catalog
