"""Excel files and CSV for German Excel from ``batch`` and ``quotes export``.

The workbooks are read back with openpyxl; the amounts expected are the handbook's worked
example (§8: gross 726.65, payment surcharge 29.08, insurance tax 116.02).
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from premiumcalc.cli import main
from premiumcalc.quotes import open_store
from test_quotes_helpers import nordlicht, request

HEADER = ("client,tariff,profession,revenue,cover,deductible,claims,modules,startup,term,"
          "payment,country,scenarios,start")
WORKED = ('nordlicht-it-2026,software-development,180000,1000000,500,0,'
          '"general-liability;cyber",true,3,monthly,DE,lost-client-key,2026-12-01')
HOSTILE = ['=HYPERLINK("http://x";"klick")', "+49 30 1234", "-Rabatt", "@SUM(A1)",
           "Müller IT-Beratung GmbH"]


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


def _batch_file(tmp_path: Path) -> Path:
    src = tmp_path / "in.csv"
    lines = [HEADER]
    for name in HOSTILE:
        quoted = '"' + name.replace('"', '""') + '"'
        lines.append(f"{quoted},{WORKED}")
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return src


def _sheet(path: Path) -> tuple[list[str], list[list[openpyxl.cell.cell.Cell]]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows())
    return [str(c.value) for c in rows[0]], rows[1:]


# ---------------------------------------------------------------------------------------
# batch


def test_batch_xlsx_has_numbers_with_euro_format_dates_and_texts(tmp_path: Path) -> None:
    out = tmp_path / "priced.xlsx"
    code, _, err = _cli("batch", str(_batch_file(tmp_path)), "--format", "xlsx", "-o", str(out))
    assert code == 0, err
    header, rows = _sheet(out)
    col = {name: i for i, name in enumerate(header)}
    assert len(rows) == len(HOSTILE)
    first = rows[0]
    gross = first[col["gross_annual"]]
    assert gross.data_type == "n" and gross.value == pytest.approx(726.65)
    assert "€" in gross.number_format and "0.00" in gross.number_format
    assert first[col["payment_surcharge"]].value == pytest.approx(29.08)
    assert first[col["insurance_tax"]].value == pytest.approx(116.02)
    start = first[col["start"]]
    assert start.is_date and start.value.date() == date(2026, 12, 1)
    assert first[col["row"]].value == 1
    assert first[col["minimum_applied"]].value is False
    # the client's text stays text, even one that looks like a formula
    names = [r[col["client"]] for r in rows]
    assert [c.value for c in names] == HOSTILE
    assert all(c.data_type == "s" for c in names)


def test_batch_xlsx_needs_an_output_file(tmp_path: Path) -> None:
    code, out, err = _cli("batch", str(_batch_file(tmp_path)), "--format", "xlsx")
    assert code == 2 and out == ""
    assert "-o" in err and len(err.strip().splitlines()) == 1


def test_batch_csv_for_excel(tmp_path: Path) -> None:
    out = tmp_path / "priced.csv"
    code, _, err = _cli("batch", str(_batch_file(tmp_path)), "--format", "csv", "--excel",
                        "-o", str(out))
    assert code == 0, err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data[3:].decode("utf-8")
    assert text.splitlines()[0].startswith("row;status;error;")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert rows[0]["gross_annual"] == "726,65"
    assert rows[0]["payment_surcharge"] == "29,08"
    assert rows[0]["start"] == "01.12.2026"
    assert [r["client"] for r in rows] == [
        "'" + HOSTILE[0], "'" + HOSTILE[1], "'" + HOSTILE[2], "'" + HOSTILE[3],
        "Müller IT-Beratung GmbH"]


def test_batch_plain_csv_stays_for_programs_but_neutralises_formulas(tmp_path: Path) -> None:
    code, out, err = _cli("batch", str(_batch_file(tmp_path)), "--format", "csv")
    assert code == 0, err
    assert not out.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["gross_annual"] == "726.65" and rows[0]["start"] == "2026-12-01"
    assert rows[0]["client"] == "'" + HOSTILE[0]
    assert rows[4]["client"] == "Müller IT-Beratung GmbH"


def test_batch_excel_only_with_csv(tmp_path: Path) -> None:
    code, _, err = _cli("batch", str(_batch_file(tmp_path)), "--excel")
    assert code == 2 and "--excel" in err


# ---------------------------------------------------------------------------------------
# quotes export


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "quotes.db"
    with open_store(path, daily_backup=False) as store:
        store.save_quote(request(), nordlicht(), client_name="Müller IT-Beratung GmbH",
                         client_address="Hauptstraße 1\n10115 Berlin", notes="-10 % Rabatt?",
                         now=datetime.fromisoformat("2026-11-29T22:30:05.123456+00:00"))
        store.save_quote(request(), nordlicht(), client_name="=1+1",
                         now=datetime.fromisoformat("2026-11-30T08:00:00+00:00"))
    return path


def test_quotes_export_xlsx(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "quotes.xlsx"
    code, _, err = _cli("quotes", "--db", str(db), "export", "--format", "xlsx", "-o", str(out))
    assert code == 0, err
    assert "2 quotes written" in err
    header, rows = _sheet(out)
    col = {name: i for i, name in enumerate(header)}
    first = rows[0]
    assert first[col["client_name"]].value == "Müller IT-Beratung GmbH"
    gross = first[col["gross_annual"]]
    assert gross.data_type == "n" and gross.value == pytest.approx(726.65)
    assert "€" in gross.number_format
    assert first[col["revenue"]].value == 180000
    created = first[col["created_at"]]
    local = datetime.fromisoformat("2026-11-29T22:30:05+00:00").astimezone().replace(tzinfo=None)
    assert created.is_date and created.value == local
    assert first[col["startup"]].value is True
    assert first[col["term"]].value == 3
    assert first[col["notes"]].value == "-10 % Rabatt?"
    formula = rows[1][col["client_name"]]
    assert formula.value == "=1+1" and formula.data_type == "s"


def test_quotes_export_csv_for_excel(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "quotes.csv"
    code, _, err = _cli("quotes", "--db", str(db), "export", "--excel", "-o", str(out))
    assert code == 0, err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "Müller".encode() in data
    rows = list(csv.DictReader(io.StringIO(data[3:].decode("utf-8")), delimiter=";"))
    local = datetime.fromisoformat("2026-11-29T22:30:05+00:00").astimezone()
    assert rows[0]["created_at"] == local.strftime("%d.%m.%Y %H:%M:%S")
    assert rows[0]["gross_annual"] == "726,65"
    assert rows[0]["insurance_tax"] == "116,02"
    assert rows[0]["notes"] == "'-10 % Rabatt?"
    assert rows[1]["client_name"] == "'=1+1"


def test_quotes_export_plain_csv_keeps_iso_and_points(db: Path) -> None:
    code, out, err = _cli("quotes", "--db", str(db), "export")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["created_at"] == "2026-11-29T22:30:05.123456Z"
    assert rows[0]["gross_annual"] == "726.65"
    assert rows[1]["client_name"] == "'=1+1"


def test_quotes_export_xlsx_needs_a_file(db: Path) -> None:
    code, out, err = _cli("quotes", "--db", str(db), "export", "--format", "xlsx")
    assert code == 2 and out == "" and "-o" in err


@pytest.mark.parametrize(("cell", "written"), [
    ("\tTab GmbH", "'\tTab GmbH"), ("\rCR", "'\rCR"), ("=1+1", "'=1+1"), ("@x", "'@x"),
    ("-12.50", "-12.50"), ("+3", "+3"), ("-12,50", "-12,50"), ("Hauptstraße", "Hauptstraße"),
])
def test_every_csv_neutralises_formula_cells_but_not_numbers(cell: str, written: str) -> None:
    from premiumcalc.sheets import Column, write_csv

    for excel in (False, True):
        out = io.StringIO(newline="")
        write_csv(out, [Column("x")], [[cell]], excel=excel)
        rows = list(csv.reader(io.StringIO(out.getvalue().lstrip("\ufeff"), newline=""),
                               delimiter=";" if excel else ","))
        assert rows[1] == [written]


def test_impact_report_as_excel_workbook_and_neutralised_csv(tmp_path: Path) -> None:
    from premiumcalc.quotes.impact import write_csv, write_table

    rows = [{"number": "Q-2026-000001", "client": "=cmd|' /C calc'!A0", "start": "2027-03-01",
             "old_status": "quoted", "new_status": "quoted", "old_gross": "726.65",
             "new_gross": "745.40", "difference": "18.75", "percent": "2.58",
             "changed_steps": [{"step": "gross_annual", "old": "726.65", "new": "745.40"}]}]
    target = tmp_path / "impact.xlsx"
    write_table(target, "xlsx", rows)
    header, cells = _sheet(target)
    col = {name: i for i, name in enumerate(header)}
    assert cells[0][col["old_gross"]].value == pytest.approx(726.65)
    assert "€" in cells[0][col["old_gross"]].number_format
    assert cells[0][col["client"]].data_type == "s"
    assert cells[0][col["start"]].value.date() == date(2027, 3, 1)
    out = io.StringIO(newline="")
    write_csv(out, rows)
    (row,) = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    assert row["client"] == "'=cmd|' /C calc'!A0" and row["old_gross"] == "726.65"
