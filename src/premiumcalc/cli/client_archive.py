""""Export this client" (Art. 15 GDPR): one ZIP archive with every record and document.

The archive holds ``client.json`` (the client, every record in full with its retention date,
and the client's audit log entries), one PDF per saved quote, regenerated exactly through
the reprint path (the quote's own stored tariff file, its saved request, its saving date and
language) and, for records frozen when handed over, their stored PDF bytes, and a
``README.txt`` saying what is inside. The file is written atomically: a failure leaves no
partial archive. The window calls :func:`write_client_archive` too.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from premiumcalc.tariffs.wording import Wording

if TYPE_CHECKING:
    from premiumcalc.pdf.profile import BrokerProfile
    from premiumcalc.quotes.store import QuoteStore
    from premiumcalc.tariffs import Catalog, TariffSet

CLIENTS = Wording("clients")
"""The client register's texts (command line and the export archive)."""

#: A fixed time stamp for the archive's members, so that one export equals the next.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class ArchiveReport:
    """What an export wrote."""

    path: Path
    client_number: str
    documents: tuple[str, ...]
    #: Records whose document could not be made, with why.
    missing: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def quote_pdf(store: QuoteStore, number: str, *, profile: BrokerProfile, catalog: Catalog,
              installed: TariffSet | None = None) -> bytes:
    """The PDF of a saved quote, regenerated from what was saved: the tariff file stored
    with it, its request, language, number and saving date."""
    from premiumcalc.pdf import render_quote_pdf
    from premiumcalc.quotes.reprinting import reprint
    from premiumcalc.quotes.schema import saving_date
    from premiumcalc.tariffs import TariffSet

    again = reprint(store, number, installed=installed or TariffSet(), catalog=catalog)
    saved = again.saved
    until = (saved.outcome.get("tariff") or {}).get("valid_until")
    return render_quote_pdf(
        again.outcome, sha256=saved.tariff_sha256, lang=saved.lang, catalog=catalog,
        profile=profile, client_name=saved.client_name, client_address=saved.client_address,
        quote_number=saved.number, date=date.fromisoformat(saving_date(saved.created_at)),
        valid_until=date.fromisoformat(until) if until else None)


def build_client_archive(store: QuoteStore, client: str, *, profile: BrokerProfile,
                         catalog: Catalog | None = None, lang: str = "en"
                         ) -> tuple[bytes, str, tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The archive's bytes, the client's number, the documents in it and those missing."""
    from premiumcalc.pricing.request import InvalidInput
    from premiumcalc.quotes.errors import StoreError
    from premiumcalc.tariffs import load_catalog

    catalog = catalog or load_catalog()
    register = store.clients
    data = register.export_data(client)
    number = str(data["client"]["client_number"])
    documents: list[tuple[str, bytes]] = []
    missing: list[tuple[str, str]] = []
    for quote in data["quotes"]:
        name = f"quotes/{quote['quote_number']}.pdf"
        try:
            documents.append((name, quote_pdf(store, quote["quote_number"], profile=profile,
                                              catalog=catalog)))
            quote["document"] = name
        except (StoreError, InvalidInput) as error:
            missing.append((quote["quote_number"], str(error)))
            quote["document"] = None
            quote["document_problem"] = str(error)
    stored = dict(register.frozen_documents(number))
    for key, folder in (("advice_records", "advice-records"),
                        ("first_information", "first-information")):
        for record in data.get(key, []):
            content = stored.get(record["number"])
            if content is None:  # never kept, or removed when the client was anonymised
                record["document"] = None
                continue
            name = f"{folder}/{record['number']}.pdf"
            documents.append((name, content))  # the frozen bytes, as handed over
            record["document"] = name
    data["format"] = "premiumcalc client export 1"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        _add(archive, "README.txt", CLIENTS("archive-readme", lang, number=number,
                                            documents=len(documents)).encode("utf-8"))
        _add(archive, "client.json",
             json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
        for name, content in documents:
            _add(archive, name, content)
    return buffer.getvalue(), number, tuple(n for n, _ in documents), tuple(missing)


def _add(archive: zipfile.ZipFile, name: str, content: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, content)


def write_client_archive(store: QuoteStore, client: str, target: Path | str, *,
                         profile: BrokerProfile | None = None, catalog: Catalog | None = None,
                         lang: str = "en") -> ArchiveReport:
    """Write the client's archive to ``target`` (atomically) and log the export.

    ``client`` is a number or exact name; ``profile`` the broker profile for the PDFs'
    letterhead (default: the saved one). Raises ``StoreError`` (no such client, the
    database) or ``premiumcalc.fileio.WriteError`` (the file cannot be written; nothing is
    logged then)."""
    from premiumcalc.fileio import atomic_write_bytes
    from premiumcalc.quotes.audit import EXPORTED

    if profile is None:
        from premiumcalc.pdf.profile import load_profile

        profile = load_profile()
    content, number, documents, missing = build_client_archive(
        store, client, profile=profile, catalog=catalog, lang=lang)
    path = Path(target)
    atomic_write_bytes(path, content)
    store.clients.log(EXPORTED, number, number,
                      f"archive with {len(documents)} documents")
    return ArchiveReport(path=path, client_number=number, documents=documents,
                         missing=missing)


def read_archive(path: Path) -> dict[str, Any]:
    """``client.json`` of an archive (for checks and tests)."""
    with zipfile.ZipFile(path) as archive:
        return dict(json.loads(archive.read("client.json")))
