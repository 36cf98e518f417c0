"""Files validated once are not validated again at the next start, and never served stale.

The cache holds only marks of validated contents: a crafted or damaged cache file runs
nothing and changes no price, no file hash and no verdict on a file.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypedDict

import pytest

from premiumcalc.paths import resource
from premiumcalc.tariffs import load_catalog, load_tariffs, validated
from premiumcalc.tariffs.loader import bundled_tariff_dir

ROOT = Path(__file__).resolve().parents[1]

START = """
import datetime, json, sys
from premiumcalc.paths import resource
from premiumcalc.tariffs import load_catalog, load_tariffs
from premiumcalc.pricing import build_request, price
catalog = load_catalog()
tariffs = load_tariffs(catalog=catalog)
request = build_request(json.load(open("tests/data/worked-example.json")))
# the version of the handbook's §8 (2026-01), whatever the date of the test run
outcome = price(request, tariffs.get(request.tariff, datetime.date(2026, 12, 1)).tariff, catalog)
from premiumcalc.pricing.explain import money
print(json.dumps({"gross": str(outcome.premium.gross_annual), "pydantic": "pydantic" in sys.modules,
                  "shown": money(outcome.premium.gross_annual, "de"),
                  "sha256": {t.path.stem: t.sha256 for t in tariffs.all_versions()},
                  "errors": [str(e) for e in tariffs.errors], "ids": tariffs.ids()}))
"""


class Started(TypedDict):
    """What the fresh process in :data:`START` reports."""

    gross: str
    pydantic: bool
    shown: str
    sha256: dict[str, str]
    errors: list[str]
    ids: list[str]


def _start() -> Started:
    """A fresh process that loads the tariffs and prices the worked example."""
    result = subprocess.run([sys.executable, "-c", START], capture_output=True, text=True,
                            cwd=ROOT, env=dict(os.environ), timeout=60, check=True)
    started: Started = json.loads(result.stdout)
    return started


def _user_tariff_dir() -> Path:
    folder = Path(os.environ["PREMIUMCALC_DATA_DIR"]) / "tariffs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_the_second_start_skips_validation_and_prices_the_same() -> None:
    first = _start()
    assert first["pydantic"] is True  # nothing validated yet: every file is checked
    assert validated.cache_path().is_file()
    assert validated.cache_path().suffix == ".json"
    json.loads(validated.cache_path().read_text(encoding="utf-8"))  # plain JSON data
    second = _start()
    assert second["pydantic"] is False
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
    assert any("nordlicht-copy.toml" in e and "id" in e for e in after["errors"])


@pytest.mark.parametrize("damage", [
    b"", b"not json", b"\x80\x05K\x01.", b"[1, 2]", b'{"format": 3}',
    b'{"format": 3, "code": 1, "validated": "x"}', b'{"validated": [' + b"[" * 100_000,
    b" " * 200_000,
])
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


def _bundled_sha256() -> dict[str, str]:
    return {p.stem: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in bundled_tariff_dir().glob("*.toml")}


class _RunsCode:
    """A pickle payload: unpickling it would create the marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Callable[[str], int], tuple[str]]:
        return (os.system, (f"touch {self.marker}",))


def test_a_crafted_pickle_in_the_cache_folder_runs_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    payload = pickle.dumps({"code": "x", "entries": {}, "p": _RunsCode(marker)})
    folder = validated.cache_path().parent
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "validated.pickle").write_bytes(payload)  # where earlier versions kept it
    validated.cache_path().write_bytes(payload)
    started = _start()
    assert not marker.exists()
    assert started["gross"] == "726.65"
    assert started["sha256"] == _bundled_sha256()


def test_a_forged_json_cache_changes_no_price_hash_or_verdict() -> None:
    folder = _user_tariff_dir()
    source = (bundled_tariff_dir() / "nordlicht-it-2026.toml").read_text(encoding="utf-8")
    hostile = source.replace('id = "nordlicht-it-2026"', 'id = "hostile"').replace(
        'minimum_premium = "250.00"', 'minimum_premium = "5000000000.00"')
    (folder / "hostile.toml").write_text(hostile, encoding="utf-8")
    _start()
    # Whoever can write the cache marks the hostile content as validated and claims other
    # data and hashes for the bundled files.
    catalog = load_catalog()
    professions = " ".join(sorted(catalog.profession_map)).encode()
    stored = json.loads(validated.cache_path().read_text(encoding="utf-8"))
    stored["validated"].append(validated.content_key("tariff", hostile.encode() + b"\0"
                                                     + professions))
    stored["sha256"] = {"nordlicht-it-2026": "0" * 64}
    stored["entries"] = {"nordlicht-it-2026": {"minimum_premium": "125.00",
                                               "base_premium": {"A": ["1", "1", "1"]}}}
    validated.cache_path().write_text(json.dumps(stored), encoding="utf-8")
    started = _start()
    assert started["gross"] == "726.65"
    assert started["sha256"] == _bundled_sha256()
    assert "hostile" not in started["ids"]
    assert any("hostile.toml" in e and "minimum_premium" in e
               and "an amount from 0 to 1,000,000,000" in e for e in started["errors"])


def test_no_pickle_anywhere_in_the_package() -> None:
    sources = (ROOT / "src").rglob("*.py")
    assert not [p for p in sources if re.search(r"^\s*(import|from)\s+pickle\b",
                                                p.read_text(encoding="utf-8"), re.M)]


def test_the_fast_build_equals_full_validation_for_every_bundled_file() -> None:
    from dataclasses import fields, is_dataclass

    from premiumcalc.tariffs.build import build
    from premiumcalc.tariffs.catalog import FILES, Catalog, _catalog_data, validate_catalog
    from premiumcalc.tariffs.loader import _plain_tariff, parse_tariff

    def shape(value: object) -> object:
        if is_dataclass(value):
            return (type(value).__name__,
                    tuple((f.name, shape(getattr(value, f.name))) for f in fields(value)))
        if isinstance(value, dict):
            return ("dict", tuple((shape(k), shape(v)) for k, v in value.items()))
        if isinstance(value, list):
            return ("list", tuple(shape(v) for v in value))
        return (type(value).__name__, repr(value))

    for path in bundled_tariff_dir().glob("*.toml"):
        data = path.read_bytes()
        assert shape(_plain_tariff(data)) == shape(parse_tariff(data, path))
    base = resource("catalog")
    contents = {name: (base / name).read_bytes() for name in FILES}
    assert shape(build(Catalog, _catalog_data(contents, base))) == shape(
        validate_catalog(contents, base))
