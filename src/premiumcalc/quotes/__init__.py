"""Saved quotes and clients, on SQLite (default) or PostgreSQL; no Qt.

Importing this package is cheap: SQLAlchemy is loaded only when a store is opened, so the
command line starts fast. Main entry points::

    from premiumcalc.quotes import open_store, reprint
    store = open_store()                 # or open_store("path.db") / a URL
    saved = store.save_quote(request, loaded_tariff, client_name="Muster GmbH")
    again = reprint(store, saved.number)  # exact reprint, plus any newer tariff version
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from premiumcalc.quotes.errors import (
    CorruptionNotice,
    DamagedDatabase,
    QuoteNotFound,
    StoreError,
)

if TYPE_CHECKING:
    from premiumcalc.quotes.backup import (
        BackupInfo,
        backup_info,
        daily_backup,
        export_database,
        list_backups,
        restore_backup,
    )
    from premiumcalc.quotes.client_models import (
        AmbiguousClient,
        AuditEntry,
        Client,
        ClientChanged,
        ClientNotFound,
        ClientRecord,
        ClientSummary,
        CurrentContract,
        DeletionReport,
        FollowUp,
        LegalHold,
    )
    from premiumcalc.quotes.clients import ClientRegister
    from premiumcalc.quotes.models import STATUSES, QuoteSummary, SavedQuote
    from premiumcalc.quotes.reprinting import NewerTariff, Reprint, reprint
    from premiumcalc.quotes.store import QuoteStore, open_store, resolve_url

_LAZY = {
    "BackupInfo": "backup", "backup_info": "backup", "daily_backup": "backup",
    "export_database": "backup", "list_backups": "backup", "restore_backup": "backup",
    "STATUSES": "models", "QuoteSummary": "models", "SavedQuote": "models",
    "NewerTariff": "reprinting", "Reprint": "reprinting", "reprint": "reprinting",
    "QuoteStore": "store", "open_store": "store", "resolve_url": "store",
    "ClientRegister": "clients",
    **{name: "client_models" for name in (
        "AmbiguousClient", "AuditEntry", "Client", "ClientChanged", "ClientNotFound",
        "ClientRecord", "ClientSummary", "CurrentContract", "DeletionReport", "FollowUp",
        "LegalHold")},
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'premiumcalc.quotes' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"premiumcalc.quotes.{module}"), name)


__all__ = [
    "STATUSES",
    "AmbiguousClient",
    "AuditEntry",
    "BackupInfo",
    "Client",
    "ClientChanged",
    "ClientNotFound",
    "ClientRecord",
    "ClientRegister",
    "ClientSummary",
    "CorruptionNotice",
    "CurrentContract",
    "DamagedDatabase",
    "DeletionReport",
    "FollowUp",
    "LegalHold",
    "NewerTariff",
    "QuoteNotFound",
    "QuoteStore",
    "QuoteSummary",
    "Reprint",
    "SavedQuote",
    "StoreError",
    "backup_info",
    "daily_backup",
    "export_database",
    "list_backups",
    "open_store",
    "reprint",
    "resolve_url",
    "restore_backup",
]
