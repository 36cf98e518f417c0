"""Tariff files: a broken file names file, field and line; the other tariffs keep working."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from premiumcalc.paths import resource
from premiumcalc.tariffs import TariffFileError, load_tariff_file, load_tariffs

NORDLICHT_FILE = resource("tariffs", "nordlicht-it-2026.toml")
SOURCE = NORDLICHT_FILE.read_text(encoding="utf-8")


def variant(tmp_path: Path, old: str, new: str, name: str = "broken.toml") -> Path:
    assert old in SOURCE, old
    path = tmp_path / name
    path.write_text(SOURCE.replace(old, new, 1), encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(TariffFileError) as info:
        load_tariff_file(path)
    return info.value.lines()


def test_bundled_tariffs_load_with_their_file_hash() -> None:
    tariffs = load_tariffs(include_user_dir=False)
    assert tariffs.ids() == ["nordlicht-it-2026", "rheinauen-digital-2026"]
    assert tariffs.errors == []
    loaded = tariffs.get("nordlicht-it-2026")
    assert loaded is not None and loaded.bundled
    assert loaded.sha256 == hashlib.sha256(NORDLICHT_FILE.read_bytes()).hexdigest()


@pytest.mark.parametrize(("old", "new", "field", "words"), [
    ('minimum_premium = "250.00"\n', "", "minimum_premium", "missing key"),
    ('startup_discount = "0.15"', 'startup_discount = "0.15"\nstartup_bonus = "1"',
     "startup_bonus", "unknown key"),
    ('minimum_premium = "250.00"', 'minimum_premium = "two hundred"', "minimum_premium",
     "decimal"),
    ('minimum_premium = "250.00"', "minimum_premium = 250.001", "minimum_premium",
     "decimal places"),
    ('"250000", "500000"', '"500000", "250000"', "revenue.bands[2]", "sorted ascending"),
    ('"250000", "500000"', '"250000", "250000"', "revenue.bands[2]", "overlap"),
    ('B = ["310", "430", "620", "930", "1480"]', 'B = ["310", "430", "620", "930"]',
     "base_premium.B", "4 amounts but there are 5 revenue bands"),
    ('it-training = "A"', 'it-training = "Z"', "professions.classes.it-training",
     "risk class 'Z'"),
    ('it-training = "A"', 'it-trainer = "A"', "professions.classes.it-trainer",
     "unknown profession"),
    ('250000 = "0.85"', 'quarter-million = "0.85"', "covers.factors", "integer"),
    ('rate = "0.25"\n', 'rate = "1.25"\n', "modules[2].rate", "a rate from 0 to 1"),
    ('id = "worldwide"', 'id = "legal-protection"', "modules[2].id", "Input should be"),
    ('id = "worldwide"\nrate = "0.25"\n', 'id = "worldwide"\n', "modules[2]",
     "exactly one price"),
    ('flat = ["40", "50", "60", "70", "90"]', 'flat = ["40", "50"]', "modules[3].flat",
     "2 amounts but there are 5 revenue bands"),
    ("valid_from = 2026-01-01", 'valid_from = "soon"', "valid_from", "date"),
    ("format = 2", "format = 3", "format", "Input should be 1 or 2"),
])
def test_broken_tariff_file_names_file_field_and_line(
    tmp_path: Path, old: str, new: str, field: str, words: str
) -> None:
    path = variant(tmp_path, old, new)
    lines = problems(path)
    hit = [ln for ln in lines if f": {field}" in ln and words in ln]
    assert hit, lines
    assert hit[0].startswith(str(path))
    if new:
        found = re.search(r"\(line (\d+)\)", hit[0])
        assert found is not None, hit[0]
        line_no = int(found.group(1))
        text_line = path.read_text(encoding="utf-8").splitlines()[line_no - 1]
        key = field.split(".")[-1].split("[")[0]
        assert key in text_line or "[[modules]]" in text_line or key in new


def test_every_problem_of_a_file_is_listed(tmp_path: Path) -> None:
    text = SOURCE.replace('minimum_premium = "250.00"\n', "").replace(
        'startup_discount = "0.15"', 'startup_discount = "lots"')
    path = tmp_path / "two.toml"
    path.write_text(text, encoding="utf-8")
    lines = problems(path)
    assert any("minimum_premium: missing key" in ln for ln in lines)
    assert any("startup_discount" in ln for ln in lines)


def test_not_toml_and_not_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("id = \n", encoding="utf-8")
    assert "not valid TOML" in problems(bad)[0] and "line 1" in problems(bad)[0]
    latin = tmp_path / "latin.toml"
    latin.write_bytes(SOURCE.replace("Nordlicht Versicherung AG", "Größe AG").encode("latin-1"))
    assert "not UTF-8" in problems(latin)[0]


def test_rates_never_pass_through_a_float(tmp_path: Path) -> None:
    # A bare TOML float is read as an exact decimal: 0.15 stays 0.15, not 0.1499999...
    path = variant(tmp_path, 'startup_discount = "0.15"', "startup_discount = 0.15")
    tariff = load_tariff_file(path).tariff
    assert str(tariff.startup_discount) == "0.15"


def test_broken_user_file_does_not_stop_the_others(tmp_path: Path) -> None:
    variant(tmp_path, 'minimum_premium = "250.00"\n', "", name="broken.toml")
    tariffs = load_tariffs([tmp_path], include_user_dir=False)
    assert tariffs.ids() == ["nordlicht-it-2026", "rheinauen-digital-2026"]
    assert len(tariffs.errors) == 1 and tariffs.errors[0].path.name == "broken.toml"


def test_added_tariff_replaces_bundled_one_with_same_id(tmp_path: Path) -> None:
    variant(tmp_path, 'minimum_premium = "250.00"', 'minimum_premium = "400.00"',
            name="mine.toml")
    tariffs = load_tariffs([tmp_path], include_user_dir=False)
    loaded = tariffs.get("nordlicht-it-2026")
    assert loaded is not None and loaded.replaces_bundled and not loaded.bundled
    assert str(loaded.tariff.minimum_premium) == "400.00"


def test_two_added_files_with_one_id_are_both_errors(tmp_path: Path) -> None:
    for name in ("a.toml", "b.toml"):
        variant(tmp_path, 'id = "nordlicht-it-2026"', 'id = "third-insurer"', name=name)
    tariffs = load_tariffs([tmp_path], include_user_dir=False)
    assert "third-insurer" not in tariffs.ids()
    assert sorted(e.path.name for e in tariffs.errors) == ["a.toml", "b.toml"]
    assert all("overlaps the period of" in str(e) for e in tariffs.errors)


def test_user_tariff_folder_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("PREMIUMCALC_DATA_DIR", str(data))
    (data / "tariffs").mkdir(parents=True)
    variant(data / "tariffs", 'id = "nordlicht-it-2026"', 'id = "third-insurer"', name="x.toml")
    assert "third-insurer" in load_tariffs().ids()
