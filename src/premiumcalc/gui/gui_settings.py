"""Where the window keeps its geometry, splitters, language and last request.

An INI file in the user config folder (beside the broker profile), so a test run with its
own config folder never reads the developer's settings.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QSettings

from premiumcalc.paths import user_config_dir
from premiumcalc.pricing.request import (
    InvalidInput,
    check_client_address,
    check_client_name,
    values_from_saved,
)

SETTINGS_FILE = "window.ini"


def open_settings() -> QSettings:
    path = user_config_dir() / SETTINGS_FILE
    return QSettings(str(path), QSettings.Format.IniFormat)


def values_to_json(values: dict[str, Any]) -> str:
    import datetime as dt
    import json

    data = dict(values)
    if isinstance(data.get("revenue"), Decimal):
        data["revenue"] = format(data["revenue"], "f")
    if isinstance(data.get("start"), dt.date):
        data["start"] = data["start"].isoformat()
    if "require" in data:
        data["require"] = [str(r) for r in data["require"]]
    for key in ("modules", "scenarios", "yes"):
        data[key] = list(data.get(key, ()))
    return json.dumps(data, ensure_ascii=False)


def values_from_json(text: str) -> dict[str, Any]:
    """The saved form values that pass the request schema; unknown keys and values that are
    not allowed (a damaged file, or one of an older version beyond today's limits) are left
    out, so the window takes its defaults for them."""
    import json

    try:
        data = json.loads(text)
    except (TypeError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    out = values_from_saved(data)
    for key, check in (("client_name", check_client_name),
                       ("client_address", check_client_address)):
        value = data.get(key)
        if isinstance(value, str):
            try:
                out[key] = check(value)
            except InvalidInput:
                continue
    return out
