"""Building the model dataclasses from a file's data without pydantic.

Used only for a content whose exact bytes passed pydantic's validation before (see
:mod:`premiumcalc.tariffs.validated`). It follows the field types, checks every range and
pattern of the fields again, and accepts only values already in the form pydantic would
produce from them (a stripped text, a whole number written with digits only, a date);
anything else raises :class:`NotPlain` and the caller validates the file in full instead. So
a cache that marks a content wrongly cannot let an invalid value through. The tests
check that both ways give the same tariff for every bundled file.
"""

from __future__ import annotations

import datetime as dt
import re
import typing
from dataclasses import fields, is_dataclass
from decimal import Decimal
from functools import cache
from types import NoneType, UnionType
from typing import Annotated, Any, Literal

from premiumcalc.tariffs.constraints import Bounded, Check

_DIGITS = re.compile(r"[0-9]+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DECIMAL = re.compile(r"[0-9]{1,18}(\.[0-9]{1,6})?")


class NotPlain(Exception):
    """A value the plain build does not take as it is: validate the file in full."""


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, include_extras=True)


def build(hint: Any, value: Any) -> Any:
    """``value`` (as read from TOML) as the type ``hint``, or :class:`NotPlain`."""
    checks: list[Any] = []
    while typing.get_origin(hint) is Annotated:
        checks.extend(hint.__metadata__)
        hint = hint.__origin__
    result = _build(hint, value, any(
        isinstance(c, Check) and c.constraints.get("strip_whitespace") for c in checks
    ))
    for check in checks:
        if isinstance(check, Bounded):
            if not check.ok(result):
                raise NotPlain(result)
        elif isinstance(check, Check):
            _constraints(check.constraints, result)
        else:  # pragma: no cover - metadata this module does not know
            raise NotPlain(check)
    return result


def _constraints(constraints: dict[str, Any], value: Any) -> None:
    for name, limit in constraints.items():
        if name == "pattern":
            if not isinstance(value, str) or not re.fullmatch(limit, value):
                raise NotPlain(value)
        elif name == "min_length":
            if len(value) < limit:
                raise NotPlain(value)
        elif name == "max_length":
            if len(value) > limit:
                raise NotPlain(value)
        elif name not in ("strip_whitespace", "strict"):  # pragma: no cover - not known here
            raise NotPlain(name)


def _build(hint: Any, value: Any, strip: bool) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if is_dataclass(hint) and isinstance(hint, type):
        return _dataclass(hint, value)
    if hint is Any:
        return value  # taken as it is, as pydantic takes it (a check's request fields)
    if origin in (UnionType, typing.Union):
        if value is None and NoneType in args:
            return None
        for inner in [a for a in args if a is not NoneType]:
            try:
                return build(inner, value)
            except NotPlain:
                continue
        raise NotPlain(value)
    if origin is Literal:
        for allowed in args:
            if type(value) is type(allowed) and value == allowed:
                return value
        raise NotPlain(value)
    if origin is list:
        if not isinstance(value, list):
            raise NotPlain(value)
        return [build(args[0], v) for v in value]
    if origin is dict:
        if not isinstance(value, dict):
            raise NotPlain(value)
        return {build(args[0], k): build(args[1], v) for k, v in value.items()}
    if hint is str:
        if not isinstance(value, str) or (strip and value != value.strip()):
            raise NotPlain(value)
        return value
    if hint is bool:
        if type(value) is not bool:
            raise NotPlain(value)
        return value
    if hint is int:
        if type(value) is int:
            return value
        if isinstance(value, str) and _DIGITS.fullmatch(value) and len(value) <= 18:
            return int(value)
        raise NotPlain(value)
    if hint is Decimal:
        if isinstance(value, Decimal):
            return value
        if type(value) is int:
            return Decimal(value)
        if isinstance(value, str) and _DECIMAL.fullmatch(value):
            return Decimal(value)
        raise NotPlain(value)
    if hint is dt.date:
        if type(value) is dt.date:
            return value
        if isinstance(value, str) and _DATE.fullmatch(value):
            return dt.date.fromisoformat(value)
        raise NotPlain(value)
    raise NotPlain(hint)  # pragma: no cover - a field type this module does not know


def _dataclass(cls: type, value: Any) -> Any:
    if not isinstance(value, dict):
        raise NotPlain(value)
    hints = _hints(cls)
    names = {f.name for f in fields(cls)}
    if not set(value) <= names:
        raise NotPlain(set(value) - names)
    return cls(**{name: build(hints[name], v) for name, v in value.items()})
