"""Quote numbers for unsaved quotes and file names suggested for a quote PDF.

Light on purpose (no ReportLab): the window and the command line use it before rendering.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata

from premiumcalc.pricing.request import QuoteRequest
from premiumcalc.tariffs.wording import LETTER


def request_digest(request: QuoteRequest, client_name: str = "") -> str:
    """Eight hex digits that identify the request's values and the client (same request for
    the same client, same digits; the same request for another client, other digits)."""
    data = request.as_json()
    client = " ".join(unicodedata.normalize("NFC", client_name).split())
    if client:
        data = {**data, "client": client}
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8]


def draft_number(request: QuoteRequest, lang: str, client_name: str = "") -> str:
    """The number of an unsaved quote: ``ENTWURF-3f9a2c1b`` / ``DRAFT-3f9a2c1b``, from the
    request and the client's name, so that two clients' drafts never share a number."""
    return f"{LETTER('draft_prefix', lang)}-{request_digest(request, client_name)}"


def _file_part(text: str, max_len: int) -> str:
    """A piece of a file name: letters, digits, '.', '_' and '-' only, no leading dot."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-.")
    text = re.sub(r"-{2,}", "-", text)
    return text[:max_len].rstrip("-.")


def suggested_filename(number: str, client_name: str, lang: str, *,
                       underwriting: bool = False) -> str:
    """``Angebot-ENTWURF-3f9a2c1b-Müller-GmbH.pdf`` style names, safe on every system."""
    kind = LETTER("file_underwriting" if underwriting else "file_quote", lang)
    parts = [kind, _file_part(number, 40), _file_part(client_name, 40)]
    return "-".join(p for p in parts if p) + ".pdf"
