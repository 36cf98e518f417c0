"""Adding and removing tariff files in the user tariff folder, without the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from premiumcalc.fileio import WriteError
from premiumcalc.paths import user_tariff_dir
from premiumcalc.tariffs import TariffFileError, load_tariffs
from premiumcalc.tariffs.install import install, is_removable, plan_import, remove_file

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "hafenkante-tech-2026.toml"


def test_an_invalid_file_raises_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\n', encoding="utf-8")
    with pytest.raises(TariffFileError) as info:
        plan_import(bad, load_tariffs())
    assert any(p.field == "insurer" for p in info.value.problems)
    assert not user_tariff_dir().exists()


def test_install_copies_the_bytes_and_a_second_import_is_identical() -> None:
    plan = plan_import(EXAMPLE, load_tariffs())
    assert plan.same_name is None and plan.same_id is None and plan.replaced_files == []
    target = install(plan)
    assert target == user_tariff_dir() / EXAMPLE.name
    assert target.read_bytes() == EXAMPLE.read_bytes()
    again = plan_import(EXAMPLE, load_tariffs())
    assert again.identical and again.same_name == target
    assert again.same_id is not None and again.same_id.path == target


def test_same_id_under_another_name_replaces_the_added_file(tmp_path: Path) -> None:
    install(plan_import(EXAMPLE, load_tariffs()))
    newer = tmp_path / "hafenkante-neu.toml"
    newer.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        'version = "2026-03"', 'version = "2026-07"'), encoding="utf-8")
    plan = plan_import(newer, load_tariffs())
    assert plan.replaced_files == [user_tariff_dir() / EXAMPLE.name]
    install(plan)
    assert sorted(p.name for p in user_tariff_dir().iterdir()) == ["hafenkante-neu.toml"]
    tariffs = load_tariffs()
    assert tariffs.errors == []
    hafenkante = tariffs.get("hafenkante-tech-2026")
    assert hafenkante is not None and hafenkante.version == "2026-07"


def test_only_added_files_can_be_removed() -> None:
    bundled = load_tariffs().get("nordlicht-it-2026")
    assert bundled is not None and not is_removable(bundled.path)
    with pytest.raises(WriteError):
        remove_file(bundled.path)
    assert bundled.path.exists()
    target = install(plan_import(EXAMPLE, load_tariffs()))
    assert is_removable(target)
    remove_file(target)
    assert not target.exists()
