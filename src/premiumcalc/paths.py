"""Where premiumcalc finds its bundled resources and keeps the user's files.

One function each, so that the program behaves the same from a source checkout, an
installed wheel and a frozen (PyInstaller) bundle. Nothing here imports Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "premiumcalc"


def resource_dir() -> Path:
    """The folder with the bundled tariffs, catalogues, fonts, translations and icons."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "premiumcalc" / "resources"
    return Path(__file__).resolve().parent / "resources"


def resource(*parts: str) -> Path:
    """A bundled resource file, e.g. ``resource("tariffs", "nordlicht-it-2026.toml")``."""
    return resource_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """The user's data folder (saved quotes, added tariffs); not created here."""
    override = os.environ.get("PREMIUMCALC_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_config_dir() -> Path:
    """The user's config folder (broker profile, settings); not created here."""
    override = os.environ.get("PREMIUMCALC_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def user_tariff_dir() -> Path:
    """The folder where a broker drops the tariff files of further insurers."""
    return user_data_dir() / "tariffs"
