"""The tariff file format as frozen dataclasses, validated by pydantic when a file is read.

A tariff file is TOML (read with ``parse_float=Decimal``, amounts written as strings), one
insurer's product in one version. The format holds tariffs with or without risk classes,
optional or included modules, flat-by-band or percentage-with-minimum module prices, covers
that are not offered, referred professions and tax by country; docs/tariff-format.md
documents every key. Checks that need more than one field (band counts, class names, known
professions) live in :mod:`premiumcalc.tariffs.checks`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Annotated, Any, ClassVar, Literal

from premiumcalc.tariffs.constraints import STRICT_KEYS, Bounded, Check

#: The modules whose cover the program knows how to explain, in catalogue order.
KNOWN_MODULES: tuple[str, ...] = ("general-liability", "cyber", "worldwide", "delay-damages")

#: Number of instalments a year for each payment frequency the program knows.
INSTALMENTS: dict[str, int] = {"annual": 1, "semiannual": 2, "quarterly": 4, "monthly": 12}

#: The largest amount (premium, minimum, module price or limit) in a tariff file, in euros.
MAX_AMOUNT = 10**9
#: The largest revenue band limit: the largest revenue a request may have (handbook §16).
MAX_REVENUE = 999_999_999_999
#: The largest factor (cover, deductible, claims).
MAX_FACTOR = 100
#: Decimal places of rates and factors.
RATE_PLACES = 6

Amount = Annotated[Decimal, Bounded("an amount", 0, MAX_AMOUNT, 2)]
Factor = Annotated[Decimal, Bounded("a factor", 0, MAX_FACTOR, RATE_PLACES, above=True)]
Rate = Annotated[Decimal, Bounded("a rate", 0, 1, RATE_PLACES)]
BandLimit = Annotated[Decimal, Bounded("a revenue band limit", 0, MAX_REVENUE, 2, above=True)]
Text = Annotated[str, Check(strip_whitespace=True, min_length=1)]
Identifier = Annotated[str, Check(pattern=r"^[a-z0-9][a-z0-9-]*$")]
CountryCode = Annotated[str, Check(pattern=r"^[A-Z]{2}$")]
WholeAmount = Annotated[int, Check(strict=False), Bounded("an amount", 0, MAX_AMOUNT, 0)]
Years = Annotated[int, Check(strict=False), Bounded("a term in years", 1, 99, 0)]
NotEmpty = Check(min_length=1)


class _Model:
    """Frozen, compared by identity; pydantic rejects unknown keys when it validates."""

    __pydantic_config__: ClassVar[dict[str, Any]] = STRICT_KEYS


@dataclass(frozen=True, kw_only=True, eq=False)
class Texts(_Model):
    """A text in English and German."""

    en: Text
    de: Text

    def get(self, lang: str) -> str:
        return self.de if lang == "de" else self.en


@dataclass(frozen=True, kw_only=True, eq=False)
class Revenue(_Model):
    """The upper limits of the revenue bands, ascending."""

    bands: Annotated[list[BandLimit], NotEmpty]


@dataclass(frozen=True, kw_only=True, eq=False)
class Professions(_Model):
    """Risk classes of professions, and the professions declined or referred."""

    classes: dict[Identifier, Text] = field(default_factory=dict)
    default_class: Text | None = None
    declined: list[Identifier] = field(default_factory=list)
    referred: dict[Identifier, Texts] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True, eq=False)
class Covers(_Model):
    """Cover amounts with their factors, and those the tariff does not offer."""

    factors: Annotated[dict[WholeAmount, Factor], NotEmpty]
    not_offered: list[WholeAmount] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True, eq=False)
class Deductibles(_Model):
    """Deductibles with their factors."""

    factors: Annotated[dict[WholeAmount, Factor], NotEmpty]


@dataclass(frozen=True, kw_only=True, eq=False)
class Claims(_Model):
    """Factors by number of prior claims (0, 1, 2, …)."""

    factors: Annotated[list[Factor], NotEmpty]


@dataclass(frozen=True, kw_only=True, eq=False)
class Terms(_Model):
    """Discounts by contract term in years."""

    discounts: Annotated[dict[Years, Rate], NotEmpty]


@dataclass(frozen=True, kw_only=True, eq=False)
class Payment(_Model):
    """Surcharges by payment frequency."""

    surcharges: Annotated[
        dict[Literal["annual", "semiannual", "quarterly", "monthly"], Rate], NotEmpty
    ]


@dataclass(frozen=True, kw_only=True, eq=False)
class Tax(_Model):
    """Insurance tax rates by country."""

    rates: Annotated[dict[CountryCode, Rate], NotEmpty]


@dataclass(frozen=True, kw_only=True, eq=False)
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
    #: Format 2: the annual aggregate as a multiple of the module's limit (its sublimit for
    #: delay damages); unset in a format 1 file: "not stated by the tariff".
    aggregate_factor: Factor | None = None
    #: Format 2, general liability: deductible for bodily injury, an amount or "chosen" (the
    #: deductible of the request).
    bodily_injury_deductible: Literal["chosen"] | Amount | None = None


@dataclass(frozen=True, kw_only=True, eq=False)
class CoverTerms(_Model):
    """Format 2: the conditions a broker compares beyond the premium (handbook §13)."""

    #: Annual aggregate of professional indemnity as a multiple of the cover.
    aggregate_factor: Factor
    #: Contractual penalties for breaches of confidentiality or data-protection agreements:
    #: a sublimit per claim and year, or "not-covered".
    contractual_penalties: Literal["not-covered"] | Amount
    #: Prior acts (Rückwärtsdeckung): months, or "unlimited".
    prior_acts_months: Literal["unlimited"] | Annotated[
        int, Check(strict=False), Bounded("a number of months", 0, 1200, 0)]
    #: Run-off after the contract ends (Nachhaftung), in years.
    run_off_years: Annotated[int, Check(strict=False), Bounded("a number of years", 0, 100, 0)]


@dataclass(frozen=True, kw_only=True, eq=False)
class QuestionRule(_Model):
    """What a "yes" to a risk question means for this tariff (handbook §14)."""

    outcome: Literal["referred", "declined"]
    reason: Texts
    #: No effect when this module is part of the cover (selected or included).
    unless_module: Literal["general-liability", "cyber", "worldwide", "delay-damages"] | None = None


@dataclass(frozen=True, kw_only=True, eq=False)
class SelfCheck(_Model):
    """A request with the result the insurer publishes for it: the file checks itself.

    ``request`` holds the fields of a quote request (without ``tariff`` and ``start``);
    exactly one of ``gross_annual`` and ``status`` is the expectation.
    """

    start: dt.date
    request: dict[Identifier, Any]
    gross_annual: Amount | None = None
    status: Literal["quoted", "referred", "declined"] | None = None
    note: Text | None = None


@dataclass(frozen=True, kw_only=True, eq=False)
class Tariff(_Model):
    """One insurer's tariff, as read from its file."""

    format: Literal[1, 2]
    id: Identifier
    insurer: Text
    product: Text
    version: Text
    valid_from: dt.date
    #: Last day of this version (inclusive); unset: until the next version of the id starts.
    valid_until: dt.date | None = None
    #: Format 2: the insurer's terms by name and edition, and its postal address.
    conditions: Text | None = None
    insurer_address: Annotated[list[Text], Check(min_length=1, max_length=6)] | None = None
    cover_terms: CoverTerms | None = None
    #: Format 2: what a "yes" to each risk question of the catalogue means.
    questions: dict[Identifier, QuestionRule] = field(default_factory=dict)
    #: Requests with the insurer's published results; a file whose own checks fail is refused.
    checks: list[SelfCheck] = field(default_factory=list)
    currency: Literal["EUR"] = "EUR"
    minimum_premium: Amount
    startup_discount: Rate = Decimal(0)
    revenue: Revenue
    base_premium: Annotated[dict[Text, list[Amount]], NotEmpty]
    professions: Professions
    covers: Covers
    deductibles: Deductibles
    claims: Claims
    terms: Terms
    payment: Payment
    tax: Tax
    modules: list[Module] = field(default_factory=list)

    # Derived lookups, computed once per tariff.

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
