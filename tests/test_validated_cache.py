"""Files validated once are not validated again at the next start, and never served stale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from premiumcalc.tariffs import load_catalog, load_tariffs, validated
from premiumcalc.tariffs.loader import bundled_tariff_dir

ROOT = Path(__file__).resolve().parents[1]

START = """
import json, sys
from premiumcalc.tariffs import load_catalog, load_tariffs
from premiumcalc.pricing import build_request, price
catalog = load_catalog()
tariffs = load_tariffs(catalog=catalog)
request = build_request(json.load(open("tests/data/worked-example.json")))
outcome = price(request, tariffs.get(request.tariff).tariff, catalog)
from premiumcalc.pricing.explain import money
print(json.dumps({"gross": str(outcome.premium.gross_annual), "pydantic": "pydantic" in sys.modules,
                  "shown": money(outcome.premium.gross_annual, "de"),
                  "babel_full_data": "babel.dates" in sys.modules,
                  "errors": [str(e) for e in tariffs.errors], "ids": tariffs.ids()}))
"""


def _start() -> dict[str, object]:
    """A fresh process that loads the tariffs and prices the worked example."""
    result = subprocess.run([sys.executable, "-c", START], capture_output=True, text=True,
                            cwd=ROOT, env=dict(os.environ), timeout=60, check=True)
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _user_tariff_dir() -> Path:
    folder = Path(os.environ["PREMIUMCALC_DATA_DIR"]) / "tariffs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_the_second_start_skips_validation_and_prices_the_same() -> None:
    first = _start()
    assert first["pydantic"] is True  # nothing validated yet: every file is checked
    assert first["babel_full_data"] is True  # babel's data read once for the snapshot
    assert validated.cache_path().is_file()
    second = _start()
    assert second["pydantic"] is False
    assert second["babel_full_data"] is False
    assert second["gross"] == first["gross"] == "726.65"
    assert second["shown"] == first["shown"] == "726,65\u00a0€"


def test_a_changed_file_is_validated_again() -> None:
    source = (bundled_tariff_dir() / "nordlicht-it-2026.toml").read_text(encoding="utf-8")
    added = _user_tariff_dir() / "nordlicht-copy.toml"
    added.write_text(source.replace('id = "nordlicht-it-2026"', 'id = "nordlicht-copy"'),
                     encoding="utf-8")
    assert "nordlicht-copy" in _start()["ids"]
    added.write_text(source.replace('id = "nordlicht-it-2026"', 'id = "Nordlicht Copy"'),
                     encoding="utf-8")
    after = _start()
    assert "nordlicht-copy" not in after["ids"]
    assert any("nordlicht-copy.toml" in e and "id" in e for e in after["errors"])  # type: ignore[union-attr]


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05K\x01."])
def test_a_damaged_cache_file_is_ignored_and_replaced(damage: bytes) -> None:
    _start()
    validated.cache_path().write_bytes(damage)
    assert _start()["gross"] == "726.65"
    assert _start()["pydantic"] is False  # written anew, and used again


def test_a_read_only_data_folder_still_loads(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setenv("PREMIUMCALC_DATA_DIR", str(blocked))
    validated.forget()
    load_catalog.cache_clear()
    try:
        catalog = load_catalog()
        assert load_tariffs(catalog=catalog).get("nordlicht-it-2026") is not None
        assert not validated.cache_path().exists()
    finally:
        validated.forget()
        load_catalog.cache_clear()
