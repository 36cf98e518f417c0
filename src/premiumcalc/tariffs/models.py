"""The tariff file format as pydantic models.

A tariff file is TOML (read with ``parse_float=Decimal``, amounts written as strings), one
insurer's product in one version. The format holds tariffs with or without risk classes,
optional or included modules, flat-by-band or percentage-with-minimum module prices, covers
that are not offered, referred professions and tax by country; docs/tariff-format.md
documents every key. Checks that need more than one field (band counts, class names, known
professions) live in :mod:`premiumcalc.tariffs.checks`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cached_property
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

#: The modules whose cover the program knows how to explain, in catalogue order.
KNOWN_MODULES: tuple[str, ...] = ("general-liability", "cyber", "worldwide", "delay-damages")

#: Number of instalments a year for each payment frequency the program knows.
INSTALMENTS: dict[str, int] = {"annual": 1, "semiannual": 2, "quarterly": 4, "monthly": 12}

Amount = Annotated[Decimal, Field(ge=0, allow_inf_nan=False, decimal_places=2)]
Factor = Annotated[Decimal, Field(gt=0, allow_inf_nan=False)]
Rate = Annotated[Decimal, Field(ge=0, le=1, allow_inf_nan=False)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
WholeAmount = Annotated[int, Field(ge=0, strict=False)]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Texts(_Model):
    """A text in English and German."""

    en: Text
    de: Text

    def get(self, lang: str) -> str:
        return self.de if lang == "de" else self.en


class Revenue(_Model):
    bands: list[Annotated[Decimal, Field(gt=0, allow_inf_nan=False)]] = Field(min_length=1)


class Professions(_Model):
    classes: dict[Identifier, Text] = {}
    default_class: Text | None = None
    declined: list[Identifier] = []
    referred: dict[Identifier, Texts] = {}


class Covers(_Model):
    factors: dict[WholeAmount, Factor] = Field(min_length=1)
    not_offered: list[WholeAmount] = []


class Deductibles(_Model):
    factors: dict[WholeAmount, Factor] = Field(min_length=1)


class Claims(_Model):
    factors: list[Factor] = Field(min_length=1)


class Terms(_Model):
    discounts: dict[Annotated[int, Field(ge=1)], Rate] = Field(min_length=1)


class Payment(_Model):
    surcharges: dict[Literal["annual", "semiannual", "quarterly", "monthly"], Rate] = Field(
        min_length=1
    )


class Tax(_Model):
    rates: dict[CountryCode, Rate] = Field(min_length=1)


class Module(_Model):
    """An add-on module: included (0.00), a flat amount by revenue band, or a rate of core."""

    id: Literal["general-liability", "cyber", "worldwide", "delay-damages"]
    included: bool = False
    flat: list[Amount] | None = None
    rate: Rate | None = None
    minimum: Amount | None = None
    limit: Amount | None = None
    key_sublimit: Amount | None = None
    deductible: Amount | None = None
    limit_capped_by_cover: bool = False
    note: Texts | None = None


class Tariff(_Model):
    """One insurer's tariff, as read from its file."""

    format: Literal[1]
    id: Identifier
    insurer: Text
    product: Text
    version: Text
    valid_from: dt.date
    currency: Literal["EUR"] = "EUR"
    minimum_premium: Amount
    startup_discount: Rate = Decimal(0)
    revenue: Revenue
    base_premium: dict[Text, list[Amount]] = Field(min_length=1)
    professions: Professions
    covers: Covers
    deductibles: Deductibles
    claims: Claims
    terms: Terms
    payment: Payment
    tax: Tax
    modules: list[Module] = []

    # Derived lookups, computed once per tariff (pydantic supports cached_property).

    @cached_property
    def module_map(self) -> dict[str, Module]:
        return {m.id: m for m in self.modules}

    @cached_property
    def cover_values(self) -> tuple[int, ...]:
        return tuple(sorted(set(self.covers.factors) | set(self.covers.not_offered)))

    @cached_property
    def deductible_values(self) -> tuple[int, ...]:
        return tuple(sorted(self.deductibles.factors))

    @cached_property
    def term_values(self) -> tuple[int, ...]:
        return tuple(sorted(self.terms.discounts))

    @cached_property
    def payment_values(self) -> tuple[str, ...]:
        return tuple(p for p in INSTALMENTS if p in self.payment.surcharges)

    @cached_property
    def country_values(self) -> tuple[str, ...]:
        return tuple(self.tax.rates)

    @cached_property
    def declined_professions(self) -> frozenset[str]:
        return frozenset(self.professions.declined)
