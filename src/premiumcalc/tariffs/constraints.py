"""Constraints on the fields of the tariff and catalogue dataclasses, read by pydantic.

The models are plain frozen dataclasses, so that pricing, the window and the command line can
use tariffs without importing pydantic (loading it costs more than pricing a thousand quotes).
pydantic validates them when a file is read: it finds a :class:`Check` in a field's
``Annotated`` metadata and applies its constraints, importing pydantic only then.
"""

from __future__ import annotations

from typing import Annotated, Any


class Check:
    """Constraints for one type: pydantic's ``Field`` keywords, or ``StringConstraints`` on str."""

    def __init__(self, **constraints: Any) -> None:
        self.constraints = constraints

    def __repr__(self) -> str:
        return f"Check({', '.join(f'{k}={v!r}' for k, v in self.constraints.items())})"

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic import Field, StringConstraints

        if source is str:
            return handler(Annotated[source, StringConstraints(**self.constraints)])
        return handler(Annotated[source, Field(**self.constraints)])


#: pydantic's configuration of every model: unknown keys are errors.
STRICT_KEYS: dict[str, Any] = {"extra": "forbid"}
