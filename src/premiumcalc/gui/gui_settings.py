"""Where the window keeps its geometry, splitters, language and last request.

An INI file in the user config folder (beside the broker profile), so a test run with its
own config folder never reads the developer's settings.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QSettings

from premiumcalc.gui.limits import check_value
from premiumcalc.gui.quote_state import DEFAULT_VALUES
from premiumcalc.paths import user_config_dir
from premiumcalc.pricing import InvalidInput

SETTINGS_FILE = "window.ini"


def open_settings() -> QSettings:
    path = user_config_dir() / SETTINGS_FILE
    return QSettings(str(path), QSettings.Format.IniFormat)


def values_to_json(values: dict[str, Any]) -> str:
    import json

    data = dict(values)
    if isinstance(data.get("revenue"), Decimal):
        data["revenue"] = format(data["revenue"], "f")
    for key in ("modules", "scenarios"):
        data[key] = list(data.get(key, ()))
    return json.dumps(data, ensure_ascii=False)


def values_from_json(text: str) -> dict[str, Any]:
    """The saved form values; unknown keys, wrong types and values beyond the window's
    limits are dropped, never trusted."""
    import json

    try:
        data = json.loads(text)
    except (TypeError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    out: dict[str, Any] = {}
    for key, default in DEFAULT_VALUES.items():
        if key not in data:
            continue
        value = data[key]
        if key == "revenue":
            try:
                number = Decimal(str(value)) if isinstance(value, str) else None
            except ArithmeticError:
                number = None
            if number is not None and number.is_finite() and number >= 0:
                out[key] = number
        elif key in ("modules", "scenarios"):
            if isinstance(value, list) and all(isinstance(x, str) for x in value):
                out[key] = tuple(value)
        elif isinstance(default, bool):
            if isinstance(value, bool):
                out[key] = value
        elif isinstance(default, int):
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                out[key] = value
        elif isinstance(value, str):
            out[key] = value
    for key in list(out):
        try:
            check_value(key, out[key])
        except InvalidInput:
            del out[key]
    return out
