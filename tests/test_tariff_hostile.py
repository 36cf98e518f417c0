"""Hostile tariff files: each one is reported on its own and never stops the others.

Files that cannot be read (nesting too deep, a pipe, a device, a folder, broken or looping
links, a byte order mark, an oversized file) and values that would blow up pricing are
refused with a clear reason, while the bundled tariffs still give the handbook's figures.
"""

from __future__ import annotations

import datetime
import decimal
import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from premiumcalc.paths import resource
from premiumcalc.pricing import PricingError, build_request, price
from premiumcalc.tariffs import (
    TariffDirError,
    TariffFileError,
    TariffSet,
    load_catalog,
    load_tariff_file,
    load_tariffs,
)
from premiumcalc.tariffs.models import Covers

ROOT = Path(__file__).resolve().parents[1]
SOURCE = resource("tariffs", "nordlicht-it-2026.toml").read_text(encoding="utf-8")
WORKED = json.loads((ROOT / "tests" / "data" / "worked-example.json").read_text())
#: The worked example's figures are those of a start of cover in 2026 (handbook §11): the
#: version used is the one valid on this day, whatever the date of the test run.
START = datetime.date(2026, 12, 1)


def _worked_gross(tariffs: TariffSet) -> str:
    """The handbook's worked example (§8), priced with the loaded bundled tariff."""
    request = build_request(WORKED)
    loaded = tariffs.get(request.tariff, START)
    assert loaded is not None and loaded.bundled
    outcome = price(request, loaded.tariff, load_catalog())
    assert outcome.premium is not None
    return str(outcome.premium.gross_annual)


def _only_error(folder: Path) -> str:
    tariffs = load_tariffs([folder], include_user_dir=False)
    assert tariffs.ids() == ["nordlicht-it-2026", "rheinauen-digital-2026"]
    assert _worked_gross(tariffs) == "726.65"
    assert len(tariffs.errors) == 1, [str(e) for e in tariffs.errors]
    return str(tariffs.errors[0])


def _nested(kind: str) -> str:
    if kind == "arrays":
        return "x = " + "[" * 500 + "1" + "]" * 500 + "\n"
    return "x = " + "{ a = " * 500 + "1" + " }" * 500 + "\n"


@pytest.mark.parametrize("kind", ["arrays", "inline tables"])
def test_nesting_500_deep_marks_only_that_file(tmp_path: Path, kind: str) -> None:
    (tmp_path / "deep.toml").write_text(_nested(kind), encoding="utf-8")
    message = _only_error(tmp_path)
    assert "deep.toml" in message and "nested too deeply" in message


def test_a_fifo_does_not_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.toml")
    message = _only_error(tmp_path)
    assert "pipe.toml" in message and "not a regular file" in message


def test_a_link_to_dev_zero_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "zero.toml").symlink_to("/dev/zero")
    message = _only_error(tmp_path)
    assert "zero.toml" in message and "not a regular file (a pipe or device)" in message


def test_a_folder_named_like_a_tariff(tmp_path: Path) -> None:
    (tmp_path / "x.toml").mkdir()
    message = _only_error(tmp_path)
    assert "x.toml" in message and "not a regular file (a folder)" in message


def test_a_broken_link(tmp_path: Path) -> None:
    (tmp_path / "gone.toml").symlink_to(tmp_path / "nowhere.toml")
    message = _only_error(tmp_path)
    assert "gone.toml" in message and "a link to a file that does not exist" in message


def test_a_looping_link(tmp_path: Path) -> None:
    (tmp_path / "a.toml").symlink_to(tmp_path / "b.toml")
    (tmp_path / "b.toml").symlink_to(tmp_path / "a.toml")
    tariffs = load_tariffs([tmp_path], include_user_dir=False)
    assert _worked_gross(tariffs) == "726.65"
    assert sorted(e.path.name for e in tariffs.errors) == ["a.toml", "b.toml"]
    assert all("loops back on itself" in str(e) for e in tariffs.errors)


def test_a_byte_order_mark(tmp_path: Path) -> None:
    (tmp_path / "bom.toml").write_bytes(b"\xef\xbb\xbf" + SOURCE.replace(
        'id = "nordlicht-it-2026"', 'id = "with-bom"').encode())
    message = _only_error(tmp_path)
    assert "bom.toml" in message and "byte order mark" in message


def test_a_file_over_the_size_limit(tmp_path: Path) -> None:
    (tmp_path / "big.toml").write_text(SOURCE + "# " + "x" * (1024 * 1024) + "\n",
                                       encoding="utf-8")
    message = _only_error(tmp_path)
    assert "big.toml" in message and "larger than 1024 KiB (1 MiB)" in message


def test_running_out_of_memory_marks_only_that_file(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import tomllib

    real_loads = tomllib.loads

    def loads(text: str, **kwargs: Any) -> dict[str, Any]:
        if "memory-hog" in text:
            raise MemoryError
        return real_loads(text, **kwargs)

    monkeypatch.setattr(tomllib, "loads", loads)
    (tmp_path / "hog.toml").write_text(SOURCE.replace('id = "nordlicht-it-2026"',
                                                      'id = "memory-hog"'), encoding="utf-8")
    message = _only_error(tmp_path)
    assert "hog.toml" in message and "not enough memory" in message


def _without_superuser_rights() -> list[str]:
    """A command prefix under which rights on files apply (root reads everything otherwise)."""
    if os.name != "posix" or os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: rights on files cannot be tried")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]


def test_unreadable_file_and_folder(tmp_path: Path) -> None:
    (tmp_path / "secret.toml").write_text(SOURCE.replace('id = "nordlicht-it-2026"',
                                                         'id = "secret"'), encoding="utf-8")
    (tmp_path / "secret.toml").chmod(0)
    closed = tmp_path / "closed"
    closed.mkdir(mode=0)
    script = (
        "import datetime, json, sys\n"
        "from premiumcalc.pricing import build_request, price\n"
        "from premiumcalc.tariffs import load_tariffs\n"
        "t = load_tariffs(sys.argv[1:], include_user_dir=False)\n"
        f"request = build_request({WORKED!r})\n"
        f"loaded = t.get(request.tariff, datetime.date.fromisoformat({START.isoformat()!r}))\n"
        "gross = price(request, loaded.tariff).premium.gross_annual\n"
        "print(json.dumps({'ids': t.ids(), 'errors': sorted(str(e) for e in t.errors),"
        " 'gross': str(gross)}))\n"
    )
    try:
        run = subprocess.run([*_without_superuser_rights(), sys.executable, "-c", script,
                              str(tmp_path), str(closed)],
                             capture_output=True, text=True, timeout=60, check=True)
    finally:
        closed.chmod(0o755)
    result = json.loads(run.stdout)
    assert result["ids"] == ["nordlicht-it-2026", "rheinauen-digital-2026"]
    assert result["gross"] == "726.65"
    assert result["errors"] == [
        f"{closed}: cannot read the folder: Permission denied",
        f"{tmp_path / 'secret.toml'}: cannot read the file: Permission denied",
    ]


def test_a_missing_tariff_folder_named_explicitly_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(TariffDirError) as info:
        load_tariffs([tmp_path / "no-such-folder"], include_user_dir=False)
    assert str(info.value) == f"{tmp_path / 'no-such-folder'}: the tariff folder does not exist"
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(TariffDirError, match="the tariff folder is not a folder"):
        load_tariffs([tmp_path / "file"], include_user_dir=False)


# ---------------------------------------------------------------------------------------
# Values that would blow up pricing are refused when the file is read.

HOSTILE = [
    ('startup_discount = "0.15"', 'startup_discount = "1e-999999999"', "startup_discount",
     "a rate from 0 to 1, at most 6 decimal places"),
    ('startup_discount = "0.15"', 'startup_discount = "1E+999999999"', "startup_discount",
     "a rate from 0 to 1, at most 6 decimal places"),
    ('startup_discount = "0.15"', 'startup_discount = "0.1234567"', "startup_discount",
     "a rate from 0 to 1, at most 6 decimal places"),
    ('minimum_premium = "250.00"', 'minimum_premium = "1e30"', "minimum_premium",
     "an amount from 0 to 1,000,000,000, at most 2 decimal places"),
    ('minimum_premium = "250.00"', 'minimum_premium = 1e400', "minimum_premium",
     "an amount from 0 to 1,000,000,000, at most 2 decimal places"),
    ('minimum_premium = "250.00"', 'minimum_premium = "0.001"', "minimum_premium",
     "an amount from 0 to 1,000,000,000, at most 2 decimal places"),
    ('minimum_premium = "250.00"', 'minimum_premium = "-1"', "minimum_premium",
     "an amount from 0 to 1,000,000,000"),
    ('1000000 = "1.20"', '1000000 = 1e400', "covers.factors.1000000",
     "a factor above 0 to 100, at most 6 decimal places"),
    ('1000000 = "1.20"', '1000000 = "0"', "covers.factors.1000000", "a factor above 0 to 100"),
    ('1000000 = "1.20"', '1' + '0' * 5000 + ' = "1.00"', "covers.factors", "integer"),
    ('1000000 = "1.20"', '10000000000 = "1.00"', "covers.factors", "an amount from 0 to"),
    ('B = ["310", "430", "620", "930", "1480"]', 'B = ["310", "430", "620", "930", "1e30"]',
     "base_premium.B[4]", "an amount from 0 to 1,000,000,000"),
]


@pytest.mark.parametrize(("old", "new", "field", "allowed"), HOSTILE)
def test_values_unsafe_to_price_are_refused(tmp_path: Path, old: str, new: str, field: str,
                                           allowed: str) -> None:
    assert old in SOURCE, old
    path = tmp_path / "hostile.toml"
    path.write_text(SOURCE.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(TariffFileError) as info:
        load_tariff_file(path)
    assert any(f"hostile.toml: {field}" in line and allowed in line
               for line in info.value.lines()), info.value.lines()
    assert _only_error(tmp_path).startswith(str(path))


def test_a_tariff_that_fails_at_pricing_time_raises_for_that_tariff_only() -> None:
    # A tariff made in code (not read from a file, so not checked): its figures overflow.
    loaded = load_tariffs(include_user_dir=False).get("nordlicht-it-2026")
    assert loaded is not None
    huge = replace(loaded.tariff, covers=Covers(factors={1_000_000: Decimal("1e90")}))
    before = decimal.getcontext().copy()
    with pytest.raises(PricingError) as info:
        price(build_request(WORKED), huge)
    assert info.value.tariff_id == "nordlicht-it-2026"
    assert str(info.value).startswith("tariff: 'nordlicht-it-2026' cannot price this request")
    assert decimal.getcontext().prec == before.prec and decimal.getcontext().Emax == before.Emax


@pytest.mark.parametrize("command", [
    ["quote", "--tariff", "nordlicht-it-2026", "--profession", "software-development",
     "--revenue", "180000", "--cover", "1000000", "--deductible", "500"],
    ["compare", "--profession", "software-development", "--revenue", "180000",
     "--cover", "1000000", "--deductible", "500"],
    ["tariffs", "list"],
])
def test_the_command_line_refuses_a_missing_tariff_dir(tmp_path: Path,
                                                       command: list[str]) -> None:
    missing = tmp_path / "no-such-folder"
    run = subprocess.run([sys.executable, "-m", "premiumcalc", *command, "--tariff-dir",
                          str(missing)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert run.stderr == f"premiumcalc: error: {missing}: the tariff folder does not exist\n"
    assert run.stdout == ""


def test_a_file_with_thousands_of_problems_lists_the_first_fifty(tmp_path: Path) -> None:
    path = tmp_path / "noisy.toml"
    path.write_text("".join(f'key{i} = "x"\n' for i in range(20_000)) + SOURCE,
                    encoding="utf-8")
    with pytest.raises(TariffFileError) as info:
        load_tariff_file(path)
    lines = info.value.lines()
    assert len(lines) == 51
    assert lines[0] == f"{path}: key0: unknown key (line 1)"
    assert lines[-1] == f"{path}: and 19950 more problems (the first 50 are listed)"
