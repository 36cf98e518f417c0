"""Test configuration shared by every test.

Qt runs offscreen, and every test gets its own empty user data and config folders, so no
test reads or writes the real user's tariffs, quotes or settings.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SPECS = ROOT.parent / "shared" / "specs"
#: The day the tests take for today (a start of cover in tariff Nordlicht's version 2026-01).
TODAY = "2026-12-01"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PREMIUMCALC_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("PREMIUMCALC_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))
    monkeypatch.delenv("PREMIUMCALC_DATABASE_URL", raising=False)
    # "Today" for the default start of cover (handbook §11): a test means the same next year.
    monkeypatch.setenv("PREMIUMCALC_TODAY", TODAY)
    yield
