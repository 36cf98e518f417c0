"""The client's current contract as entered by hand: the reference row of a comparison."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Reference:
    """The client's current contract, entered by hand, to compare the tariffs against."""

    insurer: str = ""
    gross_annual: Decimal | None = None
    cover: Decimal | None = None
    deductible: Decimal | None = None
    key_limit: Decimal | None = None
    general_liability_limit: Decimal | None = None
    cyber_limit: Decimal | None = None

    @property
    def is_empty(self) -> bool:
        """Nothing entered: the comparison shows no reference row."""
        return not self.insurer.strip() and all(
            v is None for v in (self.gross_annual, self.cover, self.deductible, self.key_limit,
                                self.general_liability_limit, self.cyber_limit))

    def difference(self, gross_annual: Decimal | None) -> Decimal | None:
        """``gross_annual`` minus the current contract's premium (negative: cheaper)."""
        if gross_annual is None or self.gross_annual is None:
            return None
        return gross_annual - self.gross_annual
