"""Versions of one tariff over time (handbook §11): effective periods, precedence, choice.

Several files may share a tariff id with different versions. A version's effective period
starts on its ``valid_from`` and ends on its ``valid_until``, else the day before the next
version of the id starts, else never. The version used for a request is the one whose period
contains the request's start of cover.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol


class Versioned(Protocol):
    @property
    def valid_from(self) -> dt.date: ...

    @property
    def valid_until(self) -> dt.date | None: ...


Period = tuple[dt.date, dt.date | None]  # first day, last day (None: never ends)


def effective_end(version: Versioned, versions: Sequence[Versioned]) -> dt.date | None:
    """Last day of ``version`` among ``versions`` of one id (None: it never ends)."""
    if version.valid_until is not None:
        return version.valid_until
    later = [v.valid_from for v in versions if v.valid_from > version.valid_from]
    if later:
        return min(later) - dt.timedelta(days=1)
    return None


def period(version: Versioned, versions: Sequence[Versioned]) -> Period:
    return version.valid_from, effective_end(version, versions)


def overlap(a: Period, b: Period) -> bool:
    """Whether two periods share a day."""
    a_end = a[1] or dt.date.max
    b_end = b[1] or dt.date.max
    return a[0] <= b_end and b[0] <= a_end


def contains(p: Period, day: dt.date) -> bool:
    return p[0] <= day and (p[1] is None or day <= p[1])


def describe(p: Period) -> str:
    """``from 2026-02-01`` or ``from 2026-01-01 to 2026-12-31``."""
    return f"from {p[0].isoformat()}" + ("" if p[1] is None else f" to {p[1].isoformat()}")
