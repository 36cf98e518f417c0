"""The shared catalogues: professions, plain-language coverage texts and claim scenarios.

They are data files in ``resources/catalog/`` (German and English), validated on load like a
tariff, and shared by every tariff.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from functools import cache, cached_property
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from premiumcalc.paths import resource
from premiumcalc.tariffs.models import Identifier, Text, Texts

Part = Literal["professional-indemnity", "general-liability", "cyber", "delay-damages"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Profession(_Model):
    id: Identifier
    en: Text
    de: Text

    def label(self, lang: str) -> str:
        return self.de if lang == "de" else self.en


class PartText(_Model):
    en: Text
    de: Text
    text_en: Text
    text_de: Text

    def title(self, lang: str) -> str:
        return self.de if lang == "de" else self.en

    def text(self, lang: str) -> str:
        return self.text_de if lang == "de" else self.text_en


class Exclusions(_Model):
    always: list[Texts]
    cyber: Texts
    worldwide: Texts
    delay_damages: Texts = Field(alias="delay-damages")


class Coverage(_Model):
    parts: dict[
        Literal["professional-indemnity", "general-liability", "cyber", "worldwide", "delay-damages"],
        PartText,
    ]
    exclusions: Exclusions


class Scenario(_Model):
    id: Identifier
    damage: Annotated[Decimal, Field(ge=0, allow_inf_nan=False)]
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


class Catalog(_Model):
    professions: list[Profession]
    coverage: Coverage
    scenarios: list[Scenario]

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


def _read(path: Path) -> dict[str, object]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f, parse_float=Decimal)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(f"{path}: {exc}") from exc


@cache
def load_catalog(directory: Path | None = None) -> Catalog:
    """Read and validate the catalogues (cached: they are read once per process)."""
    base = directory or resource("catalog")
    data = {
        "professions": _read(base / "professions.toml").get("professions"),
        "coverage": _read(base / "coverage.toml"),
        "scenarios": _read(base / "scenarios.toml").get("scenarios"),
    }
    try:
        return Catalog.model_validate(data)
    except ValidationError as exc:
        raise CatalogError(f"{base}: {exc}") from exc
