"""The advice of an advice record (§§ 60-62 VVG): the recommendation generated from the
comparison, its reasons, the broker's own recommendation and the client's decision.

Pure logic on the outcomes of :func:`premiumcalc.pricing.compare.price_all` (no I/O, no
texts): the PDF turns the cases and figures into words from the catalogue.

The generated recommendation (broker-duties.md §3, handbook §15):

- several tariffs meet every requirement: the cheapest of them (ties by tariff id), "meets
  all N requirements; cheapest of the K that do (X € against Y €)", Y being the next
  cheapest of them;
- exactly one does: that one, "the only tariff that meets all N requirements";
- none does: no recommendation; the record lists each tariff's gaps, and the broker may
  recommend one with a reason in words;
- no requirements were recorded: the cheapest quoted tariff, "cheapest of the K quoted";
- no tariff is quoted: no recommendation.

The broker may recommend another tariff (or the same) only with a reason; the client
follows the recommendation or chooses another tariff, and is then warned of every
requirement that tariff does not meet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from premiumcalc.pricing.engine import QUOTED, Outcome
from premiumcalc.pricing.needs import RequirementResult, check_requirements, meets_all
from premiumcalc.pricing.request import InvalidInput
from premiumcalc.pricing.requirement import Requirement

#: Where a requirement comes from: the client's wish, a project contract, the broker's advice.
SOURCES = ("client", "contract", "broker")

# The cases of the generated recommendation.
SEVERAL = "several"
ONLY = "only"
NONE_MEETS = "none-meets"
NO_REQUIREMENTS = "no-requirements"
NONE_QUOTED = "none-quoted"

# The client's decision.
FOLLOWS = "follows"
OTHER = "other"
OPEN = "open"

#: The longest reason in words the broker may give.
MAX_REASON = 2000


@dataclass(frozen=True)
class TariffAdvice:
    """One compared tariff: its outcome and each requirement against it."""

    outcome: Outcome
    results: tuple[RequirementResult, ...]

    @property
    def tariff_id(self) -> str:
        return self.outcome.tariff.id

    @property
    def quoted(self) -> bool:
        return self.outcome.status == QUOTED

    @property
    def gross(self) -> Decimal | None:
        return self.outcome.premium.gross_annual if self.outcome.premium else None

    @property
    def meets_all(self) -> bool:
        return meets_all(self.outcome, self.results)

    @property
    def met(self) -> tuple[RequirementResult, ...]:
        return tuple(r for r in self.results if r.met)

    @property
    def gaps(self) -> tuple[RequirementResult, ...]:
        """The requirements this tariff does not meet (all of them when not quoted)."""
        return tuple(r for r in self.results if not r.met)


@dataclass(frozen=True)
class Recommendation:
    """The recommendation generated from the comparison, with the figures of its reason."""

    case: str  # SEVERAL, ONLY, NONE_MEETS, NO_REQUIREMENTS, NONE_QUOTED
    tariff_id: str | None
    requirements: int  # N
    count: int  # K: tariffs that meet every requirement, or (no requirements) quoted ones
    gross: Decimal | None = None  # X: the recommended tariff's gross premium per year
    against: Decimal | None = None  # Y: the next cheapest of the K


@dataclass(frozen=True)
class Decision:
    """The client's decision: follows the recommendation, chooses another tariff, or has
    not decided when the record is made."""

    kind: str  # FOLLOWS, OTHER, OPEN
    tariff_id: str | None = None
    #: The requirements the chosen tariff does not meet (the broker's warning).
    unmet: tuple[RequirementResult, ...] = ()


@dataclass(frozen=True)
class Advice:
    """Everything an advice record says about the comparison and the advice."""

    tariffs: tuple[TariffAdvice, ...]  # in the comparison's order
    requirements: tuple[Requirement, ...]
    generated: Recommendation
    broker_choice: str | None = None  # the broker's own recommendation (tariff id)
    broker_reason: str = ""
    decision: Decision = field(default_factory=lambda: Decision(OPEN))

    @property
    def recommended(self) -> str | None:
        """The tariff recommended in the end: the broker's own, else the generated one."""
        return self.broker_choice or self.generated.tariff_id

    def tariff(self, tariff_id: str) -> TariffAdvice:
        return next(t for t in self.tariffs if t.tariff_id == tariff_id)


def generate(tariffs: Sequence[TariffAdvice], requirements: Sequence[Requirement]
             ) -> Recommendation:
    """The recommendation the comparison gives by itself (see the module's text)."""
    n = len(requirements)
    quoted = [t for t in tariffs if t.quoted and t.gross is not None]
    if not quoted:
        return Recommendation(NONE_QUOTED, None, n, 0)
    pool = quoted if n == 0 else [t for t in quoted if t.meets_all]
    if not pool:
        return Recommendation(NONE_MEETS, None, n, 0)
    ranked = sorted(pool, key=lambda t: (t.gross, t.tariff_id))
    best = ranked[0]
    against = ranked[1].gross if len(ranked) > 1 else None
    if n == 0:
        return Recommendation(NO_REQUIREMENTS, best.tariff_id, 0, len(ranked), best.gross,
                              against)
    case = ONLY if len(ranked) == 1 else SEVERAL
    return Recommendation(case, best.tariff_id, n, len(ranked), best.gross, against)


def _quoted_tariff(tariffs: Sequence[TariffAdvice], tariff_id: str, field: str
                   ) -> TariffAdvice:
    found = next((t for t in tariffs if t.tariff_id == tariff_id), None)
    compared = ", ".join(t.tariff_id for t in tariffs)
    if found is None:
        raise InvalidInput(field, f"{tariff_id!r} was not compared; compared: {compared}")
    if not found.quoted:
        quoted = ", ".join(t.tariff_id for t in tariffs if t.quoted) or "none"
        raise InvalidInput(field, f"{tariff_id} is {found.outcome.status}, not quoted; "
                                  f"quoted: {quoted}")
    return found


def build_advice(
    outcomes: Sequence[Outcome],
    *,
    recommend: str | None = None,
    reason: str = "",
    client_choice: str | None = None,
) -> Advice:
    """The advice for the compared ``outcomes`` (all of one request).

    ``recommend`` is the broker's own recommendation, which needs ``reason`` (words);
    ``client_choice`` the tariff the client chose. Both must name a compared, quoted tariff.
    Raises :class:`InvalidInput` naming the field otherwise.
    """
    if not outcomes:
        raise InvalidInput("start", "no tariff was compared")
    requirements = tuple(outcomes[0].request.require)
    tariffs = tuple(TariffAdvice(o, tuple(check_requirements(o, requirements)))
                    for o in outcomes)
    generated = generate(tariffs, requirements)
    reason = " ".join(reason.split())
    if recommend is not None:
        recommend = recommend.strip()
        if not reason:
            raise InvalidInput("reason", "--recommend needs --reason TEXT: the broker's own "
                                         "recommendation is recorded only with a reason in "
                                         "words")
        _quoted_tariff(tariffs, recommend, "recommend")
    elif reason:
        raise InvalidInput("reason", "is only used with --recommend TARIFF")
    if len(reason) > MAX_REASON:
        raise InvalidInput("reason", f"is {len(reason):,} characters long; at most "
                                     f"{MAX_REASON:,} are allowed")
    final = recommend or generated.tariff_id
    decision = Decision(OPEN)
    if client_choice is not None:
        chosen = _quoted_tariff(tariffs, client_choice.strip(), "client-choice")
        if chosen.tariff_id == final:
            decision = Decision(FOLLOWS, chosen.tariff_id)
        else:
            decision = Decision(OTHER, chosen.tariff_id, chosen.gaps)
    return Advice(tariffs, requirements, generated, recommend, reason if recommend else "",
                  decision)


__all__ = [
    "FOLLOWS", "NONE_MEETS", "NONE_QUOTED", "NO_REQUIREMENTS", "ONLY", "OPEN", "OTHER",
    "SEVERAL", "SOURCES", "Advice", "Decision", "Recommendation", "TariffAdvice",
    "build_advice", "generate",
]
