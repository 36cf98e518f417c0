"""Helpers shared by the quote store tests (no tests here)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from premiumcalc.paths import resource
from premiumcalc.pricing import QuoteRequest, build_request
from premiumcalc.tariffs import LoadedTariff, TariffSet, load_tariffs

SPECS = Path(__file__).resolve().parents[1].parent / "shared" / "specs"
BUNDLED = resource("tariffs", "nordlicht-it-2026.toml")


def worked_example() -> dict[str, Any]:
    """The handbook's worked example as request data (it prices to 726.65 a year)."""
    path = SPECS / "worked-example.json"
    if path.is_file():
        return dict(json.loads(path.read_text(encoding="utf-8")))
    return {"tariff": "nordlicht-it-2026", "profession": "software-development",
            "revenue": "180000", "cover": 1000000, "deductible": 500, "claims": 0,
            "modules": ["general-liability", "cyber"], "startup": True, "term": 3,
            "payment": "monthly", "country": "DE", "scenarios": ["lost-client-key"]}


def request(**changes: Any) -> QuoteRequest:
    data = worked_example()
    data.update(changes)
    return build_request(data)


def nordlicht(tariffs: TariffSet | None = None) -> LoadedTariff:
    loaded = (tariffs or load_tariffs()).get("nordlicht-it-2026")
    assert loaded is not None
    return loaded


def write_nordlicht(folder: Path, *, version: str, band_b_250k: str = "430") -> Path:
    """A copy of the bundled Nordlicht tariff with another version and class-B price."""
    text = BUNDLED.read_text(encoding="utf-8")
    text = text.replace('version = "2026-01"', f'version = "{version}"')
    text = text.replace('B = ["310", "430",', f'B = ["310", "{band_b_250k}",')
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "nordlicht-it-2026.toml"
    path.write_text(text, encoding="utf-8")
    return path


def tariffs_in(folder: Path) -> TariffSet:
    found = load_tariffs([folder], include_user_dir=False)
    assert not found.errors, found.errors
    return found
