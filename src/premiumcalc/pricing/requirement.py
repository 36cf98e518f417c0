"""The client's requirements (handbook §15): their ids and how ``ID[=N]`` is read.

A requirement is what a client needs of the cover, often from a project contract
("general liability at least 5,000,000, worldwide"). This module only reads and checks them;
:mod:`premiumcalc.pricing.needs` checks them against a tariff's outcome.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

#: Requirement id -> the kind of its number: "amount" (EUR), "months", "years" or None (no
#: number). In the order of the handbook's table.
KINDS: dict[str, str | None] = {
    "pi-limit": "amount",
    "pi-aggregate": "amount",
    "gl-limit": "amount",
    "keys-sublimit": "amount",
    "cyber-limit": "amount",
    "delay-sublimit": "amount",
    "worldwide": None,
    "contractual-penalties": "amount",
    "prior-acts-months": "months",
    "run-off-years": "years",
    "max-deductible": "amount",
    "max-gross": "amount",
}

#: The largest number a requirement takes (handbook §16).
MAXIMUM = 10**12

_DIGITS = re.compile(r"^[0-9]{1,13}$")


class RequirementError(ValueError):
    """A requirement that is not allowed; ``str()`` says why, naming the allowed ids."""


@dataclass(frozen=True, slots=True)
class Requirement:
    """One requirement: its id and number (None for ``worldwide``)."""

    id: str
    value: int | None = None

    def __str__(self) -> str:
        return self.id if self.value is None else f"{self.id}={self.value}"

    @property
    def kind(self) -> str | None:
        return KINDS[self.id]


def allowed_ids() -> str:
    return ", ".join(f"{k}=N" if v else k for k, v in KINDS.items())


def parse_requirement(text: str) -> Requirement:
    """``gl-limit=5000000`` or ``worldwide``; raises :class:`RequirementError`."""
    raw = text.strip()
    rid, sep, number = raw.partition("=")
    rid = rid.strip()
    if rid not in KINDS:
        shown = repr(raw) if raw else "an empty value"
        raise RequirementError(f"unknown requirement {shown}; allowed: {allowed_ids()}")
    if KINDS[rid] is None:
        if sep:
            raise RequirementError(f"{rid} takes no number (give it as {rid!r} alone)")
        return Requirement(rid)
    number = number.strip()
    if not sep or not number:
        raise RequirementError(f"{rid} needs a number, e.g. {rid}=1000000")
    if not _DIGITS.match(number) or int(number) > MAXIMUM:
        raise RequirementError(
            f"{rid}: {number[:30]!r} is not allowed; use a whole number from 0 to "
            f"1000000000000 (plain digits)")
    return Requirement(rid, int(number))


def parse_requirements(texts: Iterable[str]) -> tuple[Requirement, ...]:
    """Several requirements, in the order given; an id given twice is refused."""
    out: list[Requirement] = []
    seen: set[str] = set()
    for text in texts:
        req = parse_requirement(text)
        if req.id in seen:
            raise RequirementError(f"{req.id} is given twice; give each requirement once")
        seen.add(req.id)
        out.append(req)
    return tuple(out)


def coerce_requirements(value: object) -> tuple[Requirement, ...]:
    """Requirements from a request file or saved quote: a list of ``ID[=N]`` strings."""
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        raise RequirementError(f"must be a list of requirements such as 'gl-limit=5000000', "
                               f"not {str(value)[:40]!r}")
    texts: list[str] = []
    for item in value:
        if isinstance(item, Requirement):
            texts.append(str(item))
        elif isinstance(item, str):
            texts.append(item)
        else:
            raise RequirementError(f"{str(item)[:40]!r} is not a requirement")
    return parse_requirements(texts)
