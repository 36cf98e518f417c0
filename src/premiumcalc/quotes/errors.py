"""The quote store's errors and the notice about a damaged database (no SQLAlchemy here)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class StoreError(Exception):
    """The quote database cannot do what was asked; ``str()`` is one clear line."""


class QuoteNotFound(StoreError):
    """No saved quote has that number."""


class DamagedDatabase(StoreError):
    """The database file is damaged; ``reason`` is SQLite's word for it."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class CorruptionNotice:
    """A damaged database file was set aside and a fresh one started in its place."""

    path: Path
    moved_to: Path
    reason: str

    def message(self) -> str:
        return (
            f"the quote database {self.path} could not be read ({self.reason}); it was kept "
            f"as {self.moved_to.name} in the same folder and a new, empty database was "
            f"started. Earlier copies are in {self.path.parent / 'backups'}."
        )
