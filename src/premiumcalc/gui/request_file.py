"""A request from a JSON file with the batch CSV's fields (``--request FILE.json``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from premiumcalc.gui.limits import check_values
from premiumcalc.pricing import InvalidInput, QuoteRequest, build_request
from premiumcalc.pricing.request import (
    DEFAULTS,
    check_client_address,
    check_client_name,
    json_int,
    split_list,
)

CLIENT_KEYS = ("client_name", "client_address")

MAX_FILE_BYTES = 4 * 1024 * 1024
"""A request file is a few hundred bytes; anything larger than this is not one."""


def read_request_file(path: Path) -> tuple[QuoteRequest, dict[str, str]]:
    """The request and the client fields (``client_name``, ``client_address``) of a file.

    Raises :class:`InvalidInput` (field ``request`` for a file that cannot be read, else the
    field at fault) with what is allowed; values beyond the window's limits are refused.
    """
    try:
        with Path(path).open("rb") as file:
            raw = file.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InvalidInput("request", f"cannot read {path}: {exc.strerror or exc}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise InvalidInput("request", f"{path} is larger than {MAX_FILE_BYTES // 1024 // 1024} MB;"
                           " a request file holds one small JSON object")
    try:
        data = json.loads(raw.decode("utf-8"), parse_int=json_int)
    except RecursionError:
        raise InvalidInput("request", f"{path} is nested too deeply; it must hold one JSON "
                           "object of the request's fields") from None
    except (ValueError, MemoryError) as exc:  # also UnicodeDecodeError
        raise InvalidInput("request", f"cannot read {path}: {exc}") from None
    if not isinstance(data, dict):
        raise InvalidInput("request", f"{path} must hold one JSON object")
    return request_from_mapping(data)


def request_from_mapping(data: dict[str, Any]) -> tuple[QuoteRequest, dict[str, str]]:
    values = dict(data)
    client = {k: values.pop(k) for k in CLIENT_KEYS if k in values}
    for key, check in (("client_name", check_client_name),
                       ("client_address", check_client_address)):
        if key in client:
            if not isinstance(client[key], str):
                raise InvalidInput(key, "must be text")
            check(client[key], key)
    for key in ("modules", "scenarios"):
        if isinstance(values.get(key), str):
            values[key] = split_list(values[key])
    for key, default in DEFAULTS.items():
        if values.get(key) in ("", None):
            values[key] = default
    request = build_request(values)
    check_values({"profession": request.profession, "revenue": request.revenue,
                  "claims": request.claims})
    return request, client
