"""premiumcalc batch: a broker's renewal list priced row by row, invalid rows never dropped."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

HEADER = "tariff,profession,revenue,cover,deductible,claims,modules,startup,term,payment,country,scenarios"
WORKED_ROW = ("nordlicht-it-2026,software-development,180000,1000000,500,0,"
              '"general-liability;cyber",true,3,monthly,DE,lost-client-key')


def batch(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "premiumcalc", "batch", str(path), *args],
                          capture_output=True, text=True, timeout=300, encoding="utf-8")


def rows(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_rows_in_order_with_invalid_rows_reported(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("\n".join([
        HEADER,
        WORKED_ROW,
        "",
        ",,,,,,,,,,,",
        "rheinauen-digital-2026,web-development,abc,2000000,1000,,,,,,,",
        "rheinauen-digital-2026,web-development,400000.01,5000000,1000,,,,,,,",
        " nordlicht-it-2026 , it-training , 50000 , 250000 , 2500 , , , FALSE , , , AT , ",
    ]) + "\n", encoding="utf-8")
    result = batch(src, "--format", "jsonl")
    assert result.returncode == 2
    out = rows(result.stdout)
    assert [r["row"] for r in out] == [1, 2, 3, 4]
    assert out[0]["premium"]["gross_annual"] == "726.65"
    assert out[0]["scenarios"][0]["payout"] == "900.00"
    assert out[1]["status"] == "invalid" and out[1]["error"].startswith("revenue:")
    assert out[2]["status"] == "declined"
    assert out[3]["status"] == "quoted" and out[3]["premium"]["minimum_applied"] is True


def test_all_valid_exits_zero_and_extra_columns_are_copied(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text(f"client_ref,{HEADER}\nK-0815,{WORKED_ROW}\n", encoding="utf-8")
    result = batch(src)
    assert result.returncode == 0, result.stderr
    (row,) = rows(result.stdout)
    assert row["extra"] == {"client_ref": "K-0815"}
    assert row["premium"]["gross_annual"] == "726.65"


def test_german_excel_file(tmp_path: Path) -> None:
    src = tmp_path / "excel.csv"
    text = "\r\n".join([
        HEADER.replace(",", ";"),
        "nordlicht-it-2026;software-development;180.000;1000000;500;0;"
        "general-liability;cyber;WAHR;3;monthly;DE;",
        "nordlicht-it-2026;software-development;180000,5;1000000;500;;;FALSCH;;;;",
        "nordlicht-it-2026;software-development;250.329;1000000;500;;;;;;;",
        "nordlicht-it-2026;software-development;180000.50;1000000;500;;;;;;;",
        "nordlicht-it-2026;software-development;12,345;1000000;500;;;;;;;",
    ]) + "\r\n"
    # modules cell holds a ';' inside quotes as Excel writes it
    text = text.replace("general-liability;cyber", '"general-liability;cyber"')
    src.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = batch(src)
    out = rows(result.stdout)
    assert out[0]["premium"]["gross_annual"] == "726.65"
    assert out[1]["status"] == "quoted" and out[2]["status"] == "quoted"
    assert out[3]["status"] == "quoted"
    assert out[4]["status"] == "invalid" and "revenue" in out[4]["error"]
    assert result.returncode == 2


def test_german_revenue_is_read_as_its_amount(tmp_path: Path) -> None:
    src = tmp_path / "excel.csv"
    src.write_text(HEADER.replace(",", ";") + "\n"
                   + "nordlicht-it-2026;software-development;3.000.000,01;1000000;500;;;;;;;\n"
                   + "nordlicht-it-2026;software-development;3.000.000;1000000;500;;;;;;;\n",
                   encoding="utf-8")
    out = rows(batch(src).stdout)
    assert out[0]["reason_codes"] == ["revenue-referred"]
    assert out[1]["status"] == "quoted"


def test_csv_output(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text(f"{HEADER},note\n{WORKED_ROW},hello\n", encoding="utf-8")
    target = tmp_path / "out.csv"
    result = batch(src, "--format", "csv", "-o", str(target))
    assert result.returncode == 0, result.stderr
    table = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert table[0]["gross_annual"] == "726.65" and table[0]["note"] == "hello"
    assert table[0]["instalments"].startswith("60.60;60.55")


def test_missing_columns_and_empty_file(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("tariff,profession,revenue\nnordlicht-it-2026,it-training,1\n",
                   encoding="utf-8")
    result = batch(src)
    assert result.returncode == 2 and result.stdout == ""
    assert "missing the columns cover, deductible" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    result = batch(empty)
    assert result.returncode == 2 and "is empty" in result.stderr
    result = batch(tmp_path / "nope.csv")
    assert result.returncode == 2 and "cannot read" in result.stderr


def test_output_file_is_not_left_half_written(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text(f"{HEADER}\n{WORKED_ROW}\n", encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = batch(src, "-o", str(blocker / "out.jsonl"))
    assert result.returncode == 2 and "cannot write" in result.stderr
    assert "Traceback" not in result.stderr


def test_large_file_with_a_bad_row_in_the_middle(tmp_path: Path) -> None:
    src = tmp_path / "big.csv"
    n = 100_000
    with src.open("w", encoding="utf-8") as f:
        f.write(HEADER + "\n")
        for i in range(n):
            if i == n // 2:
                f.write("nordlicht-it-2026,software-development,12x,1000000,500,,,,,,,\n")
            else:
                f.write(f"nordlicht-it-2026,software-development,{100000 + i},1000000,500,"
                        ",cyber,,,,,\n")
    target = tmp_path / "out.jsonl"
    result = batch(src, "-o", str(target))
    assert result.returncode == 2
    count = 0
    invalid = []
    with target.open(encoding="utf-8") as f:
        for line in f:
            count += 1
            if '"invalid"' in line:
                invalid.append(json.loads(line))
    assert count == n
    assert [r["row"] for r in invalid] == [n // 2 + 1]
