"""The audit log: who did what, and when, to a client's records (append-only).

Every entry names the client by number only, never by name, so that an anonymised client
stays anonymous in the log. The program only ever inserts into ``audit_log``; the database
refuses changes and deletions of its rows (a trigger on SQLite and on PostgreSQL).
"""

from __future__ import annotations

import getpass
import os
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from premiumcalc.quotes import schema as s

SAVED, CHANGED, HANDED_OVER, EXPORTED, DELETED, ANONYMISED, RESTRICTED = (
    "saved", "changed", "handed over", "exported", "deleted", "anonymised", "restricted")
ACTIONS = (SAVED, CHANGED, HANDED_OVER, EXPORTED, DELETED, ANONYMISED, RESTRICTED)


def os_user() -> str:
    """The operating system's user name (who, when no broker name is set)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


def default_actor() -> str:
    """Who the audit log names: the broker's name from the saved broker profile (read here
    without the profile's model, which belongs to the documents), else the OS user."""
    import tomllib

    from premiumcalc.paths import user_config_dir

    try:
        data = tomllib.loads((user_config_dir() / "broker-profile.toml")
                             .read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return os_user()
    broker = data.get("broker", data)
    name = broker.get("name") if isinstance(broker, dict) else None
    return name.strip() if isinstance(name, str) and name.strip() else os_user()


def stamp(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def record(conn: Connection, who: str, action: str, client_number: str | None,
           subject: str = "", detail: str = "") -> None:
    """Append one entry inside the caller's transaction (it is kept only if that commits)."""
    conn.execute(s.audit_log.insert().values(
        at=stamp(), who=who, action=action, client_number=client_number,
        subject=subject, detail=detail))


def client_number_of(conn: Connection, client_id: int) -> str | None:
    c = s.clients.c
    value = conn.execute(sa.select(c.client_number).where(c.id == client_id)).scalar()
    return None if value is None else str(value)


def entry_values(row: Any) -> dict[str, Any]:
    return {"id": int(row.id), "at": row.at, "who": row.who, "action": row.action,
            "client_number": row.client_number, "subject": row.subject, "detail": row.detail}
