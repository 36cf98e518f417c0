"""A request from a JSON file with the batch CSV's fields (``--request FILE.json``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from premiumcalc.pricing import InvalidInput, QuoteRequest, build_request
from premiumcalc.pricing.request import (
    DEFAULTS,
    check_client_address,
    check_client_name,
    json_int,
    split_list,
)

CLIENT_KEYS = ("client_name", "client_address")


def read_request_file(path: Path) -> tuple[QuoteRequest, dict[str, str]]:
    """The request and the client fields (``client_name``, ``client_address``) of a file.

    Raises :class:`InvalidInput` (field ``request``) for a file that cannot be read.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"), parse_int=json_int)
    except (OSError, ValueError, RecursionError) as exc:
        raise InvalidInput("request", f"cannot read {path}: {exc}") from None
    if not isinstance(data, dict):
        raise InvalidInput("request", f"{path} must hold one JSON object")
    return request_from_mapping(data)


def request_from_mapping(data: dict[str, Any]) -> tuple[QuoteRequest, dict[str, str]]:
    values = dict(data)
    client = {k: str(values.pop(k)) for k in CLIENT_KEYS if k in values}
    if "client_name" in client:
        check_client_name(client["client_name"], "client_name")
    if "client_address" in client:
        check_client_address(client["client_address"], "client_address")
    for key in ("modules", "scenarios"):
        if isinstance(values.get(key), str):
            values[key] = split_list(values[key])
    for key, default in DEFAULTS.items():
        if values.get(key) in ("", None):
            values[key] = default
    return build_request(values), client
