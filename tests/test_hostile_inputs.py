"""Hostile input on the command line: batch files, output paths, dates, long names, logos.

Every case runs the command as a user would (in-process through ``cli.main``, or as a real
process where the process boundary matters) and asserts what a user sees: exit code 0 or 2
(never 1), no traceback, at most one error line naming what is wrong, and for ``batch``
exactly one output row per data row of the file.
"""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from premiumcalc import cli

HEADER = ("tariff,profession,revenue,cover,deductible,claims,modules,startup,term,payment,"
          "country,scenarios")
#: The handbook's §8 example without modules, start-up, term discount or surcharge:
#: core 490.20 is the net premium, + 19 % tax round2(93.138) = 93.14 gives 583.34.
GROSS = "583.34"
ROW = "nordlicht-it-2026,software-development,180000,1000000,500,0,,false,1,annual,DE,"
QUOTE_ARGS = ["--tariff", "nordlicht-it-2026", "--profession", "software-development",
              "--revenue", "180000", "--cover", "1000000", "--deductible", "500"]
COMPARE_ARGS = QUOTE_ARGS[2:]


def run(*argv: str | Path) -> tuple[int, str, str]:
    """Run the command in-process; check what every hostile input must give."""
    out, err = io.StringIO(), io.StringIO()
    code = cli.main([str(a) for a in argv], out, err)
    stderr = err.getvalue()
    assert code in (0, 2), stderr
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr
    errors = [line for line in stderr.splitlines() if line.startswith("premiumcalc: error:")]
    assert len(errors) <= 1, stderr
    assert not any(line.startswith(" ") for line in stderr.splitlines()), stderr
    if code == 2 and errors:
        assert len(errors[0]) < 400, errors[0]
    return code, out.getvalue(), stderr


def batch_rows(path: Path, tmp_path: Path) -> tuple[int, list[dict[str, Any]], str]:
    target = tmp_path / "out.jsonl"
    code, _, stderr = run("batch", path, "-o", target)
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()] \
        if target.exists() else []
    return code, rows, stderr


# ---------------------------------------------------------------------------------------
# batch: one output row per data row, whatever is in the file

def _lines(*rows: str) -> bytes:
    return ("\n".join([f"{HEADER},note", *rows]) + "\n").encode("utf-8")


BIG_NUMBER = "9" * 5000
HOSTILE_BATCHES: dict[str, tuple[bytes, list[str]]] = {
    # name: (file content, the status of each row in order: q = quoted, i = invalid)
    "unclosed quote in an extra column": (
        _lines(f'{ROW},"no closing quote', f"{ROW},b", f"{ROW},c"), ["i", "q", "q"]),
    "unclosed quote closed by a later row": (
        _lines(f'{ROW},"open', f'{ROW},"x"', f"{ROW},c"), ["i", "q", "q"]),
    "quote in the middle of a quoted cell": (
        _lines(f'{ROW},"a"b', f"{ROW},b"), ["i", "q"]),
    "every row opens a quote": (
        _lines(*[f'{ROW},"open {i}' for i in range(150)]), ["i"] * 150),
    "5000-digit claims": (
        _lines(f"{ROW},a", ROW.replace(",0,", f",{BIG_NUMBER},") + ",b", f"{ROW},c"),
        ["q", "i", "q"]),
    "5000-digit revenue": (
        _lines(ROW.replace("180000", BIG_NUMBER) + ",a", f"{ROW},b"), ["i", "q"]),
    "cell over the csv field limit": (
        _lines(f"{ROW},a", f"{ROW},{'x' * 140_000}", f"{ROW},c"), ["q", "i", "q"]),
    "line over one MiB": (
        _lines(f"{ROW},a", f"{ROW},{'x,' * 600_000}", f"{ROW},c"), ["q", "i", "q"]),
    "quoted cell over the field limit running over lines": (
        _lines(f'{ROW},"{"y" * 70_000}', f'{"z" * 70_000}"', f"{ROW},c"), ["i", "i", "q"]),
    "CR-only line ends": (
        f"{HEADER}\r{ROW}\r{ROW}\r".encode(), ["q", "q"]),
    "mixed line ends": (
        f"{HEADER}\r\n{ROW}\r{ROW}\n{ROW}".encode(), ["q", "q", "q"]),
    "NUL bytes in a row": (
        _lines(f"{ROW},a\x00b", ROW.replace("180000", "18\x000000") + ",b"), ["q", "i"]),
    "invalid UTF-8 in a row": (
        _lines() + f"{ROW},".encode() + b"\xff\xfe\xc3(\n" + f"{ROW},c\n".encode(),
        ["q", "q"]),
    "binary garbage rows": (
        _lines(ROW + ",a") + bytes(b for b in range(256) if b not in b"\r\n") * 4 + b"\n"
        + f"{ROW},c\n".encode(),
        ["q", "i", "q"]),
    "too many cells": (
        _lines(f"{ROW},a,b,c", f"{ROW},b"), ["i", "q"]),
    "UTF-16 with byte order mark": (
        f"{HEADER}\r\n{ROW}\r\n{ROW}\r\n".encode("utf-16"), ["q", "q"]),
    "UTF-16 without byte order mark": (
        f"{HEADER}\n{ROW}\n".encode("utf-16-le"), ["q"]),
    "UTF-32 with byte order mark": (
        f"{HEADER}\n{ROW}\n".encode("utf-32"), ["q"]),
    "only a header": (f"{HEADER}\n".encode(), []),
}


@pytest.mark.parametrize("name", list(HOSTILE_BATCHES))
def test_batch_never_loses_a_row(name: str, tmp_path: Path) -> None:
    content, statuses = HOSTILE_BATCHES[name]
    src = tmp_path / "in.csv"
    src.write_bytes(content)
    code, rows, stderr = batch_rows(src, tmp_path)
    assert [r["row"] for r in rows] == list(range(1, len(statuses) + 1)), stderr
    assert ["i" if r["status"] == "invalid" else "q" for r in rows] == statuses
    for row in rows:
        if row["status"] == "quoted":
            assert row["premium"]["gross_annual"] == GROSS
        else:
            assert isinstance(row["error"], str) and ":" in row["error"]
            assert len(row["error"]) < 1200  # a request cell has at most 1,000 characters
    assert code == (2 if "i" in statuses else 0)


def test_batch_names_the_problem_of_each_bad_row(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes(_lines(ROW.replace(",0,", f",{BIG_NUMBER},") + ",b",
                           f"{ROW},{'x' * 140_000}", f'{ROW},"open', f"{ROW},d"))
    _, rows, _ = batch_rows(src, tmp_path)
    assert [r.get("error") for r in rows] == [
        "claims: is 5,000 characters long; at most 1,000 are allowed",
        "row: a cell is longer than 131,072 characters",
        'row: a quote (") is not closed before the end of the file',
        None,
    ]


def test_batch_keeps_a_quoted_address_over_two_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes(_lines(f'{ROW},"Hauptstraße 12\n10115 Berlin"', f"{ROW},b"))
    code, rows, _ = batch_rows(src, tmp_path)
    assert code == 0
    assert [r["extra"] for r in rows] == [{"note": "Hauptstraße 12\n10115 Berlin"},
                                          {"note": "b"}]


@pytest.mark.parametrize(("content", "message"), [
    (b"", "is empty"),
    (b"\n\n  \n", "is empty"),
    (bytes(range(1, 256)) * 64, "missing the columns"),
    (b"\x00" * 5000, "NUL"),
    (f"{HEADER},revenue\n{ROW},1\n".encode(), "column revenue more than once"),
    (f"{HEADER},Note,note\n{ROW},a,b\n".encode(), "column note more than once"),
    (b"x" * (3 << 20), "header line is longer"),
    (b'"' + HEADER.encode() + b"\n", "header line"),
])
def test_batch_refuses_a_file_it_cannot_read_in_one_line(tmp_path: Path, content: bytes,
                                                         message: str) -> None:
    src, target = tmp_path / "in.csv", tmp_path / "out.jsonl"
    src.write_bytes(content)
    code, _, stderr = run("batch", src, "-o", target)
    assert code == 2 and message in stderr and str(src) in stderr
    assert not target.exists()


def test_utf16_file_is_not_reported_as_missing_columns(tmp_path: Path) -> None:
    src = tmp_path / "excel.csv"
    src.write_bytes(f"{HEADER}\r\n{ROW}\r\n".encode("utf-16"))
    code, out, stderr = run("batch", src)
    assert code == 0, stderr
    assert json.loads(out)["premium"]["gross_annual"] == GROSS


@pytest.mark.parametrize("how", ["same path", "other spelling", "symlink", "hard link"])
def test_batch_refuses_to_write_over_its_input(tmp_path: Path, how: str) -> None:
    src = tmp_path / "in.csv"
    content = _lines(f"{ROW},a")
    src.write_bytes(content)
    target = {"same path": src, "other spelling": tmp_path / "sub" / ".." / "in.csv",
              "symlink": tmp_path / "link.csv", "hard link": tmp_path / "hard.csv"}[how]
    (tmp_path / "sub").mkdir()
    if how == "symlink":
        target.symlink_to(src)
    if how == "hard link":
        os.link(src, target)
    code, _, stderr = run("batch", src, "-o", target)
    assert code == 2 and "is the input file" in stderr
    assert src.read_bytes() == content


@pytest.mark.timeout(120)
def test_batch_reads_a_pipe_and_refuses_a_device(tmp_path: Path) -> None:
    code, _, stderr = run("batch", "/dev/zero")
    assert code == 2 and "not a regular file" in stderr
    code, _, stderr = run("batch", tmp_path)
    assert code == 2 and "cannot read" in stderr


def test_batch_from_a_pipe_is_read(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "premiumcalc", "batch", "/dev/stdin"],
        input=f"{HEADER}\n{ROW}\n", capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["row"] == 1


# ---------------------------------------------------------------------------------------
# where the output goes: links, devices, empty names

def _pdf(output: str | Path, *more: str) -> tuple[int, str, str]:
    return run("pdf", *QUOTE_ARGS, "--client-name", "Muster GmbH", "--date", "2026-11-25",
               *more, "-o", output)


def test_output_through_a_symlink_writes_its_target(tmp_path: Path) -> None:
    real = tmp_path / "archive" / "angebot.pdf"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    code, _, stderr = _pdf(link)
    assert code == 0, stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes().startswith(b"%PDF")
    src = tmp_path / "in.csv"
    src.write_bytes(_lines(f"{ROW},a"))
    out_link = tmp_path / "out.jsonl"
    out_link.symlink_to(tmp_path / "archive" / "priced.jsonl")  # dangling: created
    code, _, _ = run("batch", src, "-o", out_link)
    assert code == 0 and out_link.is_symlink()
    assert json.loads((tmp_path / "archive" / "priced.jsonl").read_text())["row"] == 1


def test_output_to_a_looping_symlink_is_a_clear_error(tmp_path: Path) -> None:
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(loop)
    code, _, stderr = _pdf(loop)
    assert code == 2 and "cannot write" in stderr
    assert loop.is_symlink()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", ["pdf", "batch", "compare"])
def test_output_to_a_full_device_says_no_space_and_keeps_the_device(
        tmp_path: Path, command: str) -> None:
    before = os.stat("/dev/full")
    if command == "pdf":
        code, _, stderr = _pdf("/dev/full")
    elif command == "batch":
        src = tmp_path / "in.csv"
        src.write_bytes(_lines(f"{ROW},a"))
        code, _, stderr = run("batch", src, "-o", "/dev/full")
    else:
        code, _, stderr = run("compare", *COMPARE_ARGS, "--pdf", "/dev/full")
    assert code == 2 and "No space left on device; free some space" in stderr
    after = os.stat("/dev/full")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
    assert after.st_ino == before.st_ino


def test_output_to_dev_null_is_written_and_kept(tmp_path: Path) -> None:
    code, _, stderr = _pdf("/dev/null")
    assert code == 0, stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.timeout(120)
def test_output_to_a_pipe_without_reader_does_not_wait(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    code, _, stderr = _pdf(fifo)
    assert code == 2 and "no program reads from this pipe" in stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("name", ["", "   "])
def test_empty_output_name_is_a_clear_error(tmp_path: Path, name: str) -> None:
    src = tmp_path / "in.csv"
    src.write_bytes(_lines(f"{ROW},a"))
    for argv in (["batch", str(src), "-o", name],
                 ["pdf", *QUOTE_ARGS, "--client-name", "X", "-o", name],
                 ["compare", *COMPARE_ARGS, "--pdf", name]):
        code, _, stderr = run(*argv)
        assert code == 2 and "the file name is empty" in stderr, argv


def test_output_to_a_folder_is_a_clear_error(tmp_path: Path) -> None:
    code, _, stderr = _pdf(tmp_path)
    assert code == 2 and "it is a folder" in stderr


# ---------------------------------------------------------------------------------------
# dates, long names and options that would be ignored

@pytest.mark.parametrize("date", ["9999-12-31", "1999-12-31", "2100-01-01", "0001-01-01"])
def test_pdf_date_out_of_range_is_refused(tmp_path: Path, date: str) -> None:
    for argv in (["pdf", *QUOTE_ARGS, "--client-name", "X", "--date", date, "-o",
                  str(tmp_path / "q.pdf")],
                 ["compare", *COMPARE_ARGS, "--pdf", str(tmp_path / "c.pdf"), "--date", date]):
        code, _, stderr = run(*argv)
        assert code == 2 and "--date" in stderr and "2000-01-01 to 2099-12-31" in stderr
    assert not (tmp_path / "q.pdf").exists() and not (tmp_path / "c.pdf").exists()


@pytest.mark.parametrize("date", ["2026-02-30", "99999-01-01", "2026-1-1", "x" * 10_000,
                                  "2026-11-25\x00"])
def test_pdf_date_that_is_no_date_is_refused(tmp_path: Path, date: str) -> None:
    code, _, stderr = _pdf(tmp_path / "q.pdf", "--date", date)
    assert code == 2 and "--date" in stderr and "YYYY-MM-DD" in stderr


def test_last_allowed_date_prints(tmp_path: Path) -> None:
    out = tmp_path / "q.pdf"
    code, _, stderr = run("pdf", *QUOTE_ARGS, "--client-name", "X", "--date", "2099-12-31",
                          "--lang", "de", "-o", out)
    assert code == 0, stderr
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "31.12.2099" in text and "30.01.2100" in text  # valid for 30 days


def test_compare_pdf_refuses_a_reference_insurer_over_120_characters(tmp_path: Path) -> None:
    out = tmp_path / "c.pdf"
    code, _, stderr = run("compare", *COMPARE_ARGS, "--pdf", out,
                          "--reference-insurer", "x" * 5000, "--reference-premium", "900")
    assert code == 2
    assert "reference-insurer: is 5,000 characters long; at most 120 are allowed" in stderr
    assert not out.exists()


#: A client's name as long as the handbook allows (§16: 120 characters in two lines).
LONGEST_NAME = ("Müller & Söhne IT-Sicherheitsdienstleistungen und Softwareentwicklung "
                "Gesellschaft mit beschränkter Haftung & Co. KG")


def test_compare_pdf_prints_a_long_unbroken_reference_insurer(tmp_path: Path) -> None:
    out = tmp_path / "c.pdf"
    insurer = "Versicherungs" + "x" * 107
    code, _, stderr = run("compare", *COMPARE_ARGS, "--pdf", out, "--date", "2026-11-25",
                          "--reference-insurer", insurer, "--reference-premium", "900",
                          "--client-name", LONGEST_NAME)
    assert code == 0, stderr
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(out).pages)
    # wrapped in its narrow column, hyphenated where German would break "Versicherungs"
    assert insurer in text.replace("-", "")


def test_comparison_pdf_survives_a_very_long_insurer_from_elsewhere() -> None:
    """The PDF layer itself cuts an insurer that would need a row taller than a page."""
    import datetime as dt
    from decimal import Decimal

    from premiumcalc.pdf.comparison import render_comparison_pdf
    from premiumcalc.pdf.profile import BrokerProfile
    from premiumcalc.pricing.compare import price_all
    from premiumcalc.pricing.reference import Reference
    from premiumcalc.pricing.request import request_from_strings
    from premiumcalc.tariffs import load_catalog, load_tariffs

    catalog, tariffs = load_catalog(), load_tariffs([])
    request = request_from_strings(dict(zip(HEADER.split(","), ROW.split(","), strict=True))
                                   | {"tariff": ""}, require_tariff=False)
    outcomes = price_all(request, (t.tariff for t in tariffs), catalog)
    data = render_comparison_pdf(outcomes, sha256={t.id: t.sha256 for t in tariffs},
                                 lang="en", catalog=catalog, profile=BrokerProfile(),
                                 reference=Reference(insurer="W" * 5000,
                                                     gross_annual=Decimal("900")),
                                 date=dt.date(2026, 11, 25))
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)
    assert "W" * 119 + "…" in text and "W" * 121 not in text


@pytest.mark.parametrize(("argv", "option"), [
    (["compare", *COMPARE_ARGS, "--client-name", "X"], "--client-name"),
    (["compare", *COMPARE_ARGS, "--client-address", "Hauptstraße 1"], "--client-address"),
    (["compare", *COMPARE_ARGS, "--reference-insurer", "Elbufer"], "--reference-insurer"),
    (["compare", *COMPARE_ARGS, "--reference-premium", "900"], "--reference-premium"),
    (["compare", *COMPARE_ARGS, "--date", "2026-11-25"], "--date"),
    (["quote", *QUOTE_ARGS, "--notes", "call back"], "--notes"),
    (["quote", *QUOTE_ARGS, "--client-address", "Hauptstraße 1"], "--client-address"),
])
def test_options_that_would_be_ignored_are_refused(argv: list[str], option: str) -> None:
    code, out, stderr = run(*argv)
    assert code == 2 and f"{option} is only used with --" in stderr
    assert out == ""


# ---------------------------------------------------------------------------------------
# the broker's logo

def _profile(tmp_path: Path, logo: str | Path) -> Path:
    path = tmp_path / "broker.toml"
    path.write_text('[broker]\nname = "Jana Beispiel"\ncompany = "Beispiel Makler GmbH"\n'
                    f'register_number = "D-ABCD-EFGHI-12"\nlogo = "{logo}"\n', encoding="utf-8")
    return path


def _images_on_first_page(path: Path) -> list[tuple[int, int]]:
    page = PdfReader(path).pages[0]
    sizes = []
    for item in page.images:
        assert item.image is not None
        sizes.append((item.image.width, item.image.height))
    return sizes


def _noise_png(path: Path, size: tuple[int, int]) -> Path:
    Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)).save(path)
    return path


def _logo_cases(tmp_path: Path) -> dict[str, tuple[Path | str, str]]:
    corrupt = tmp_path / "corrupt.png"
    corrupt.write_bytes(b"\x89PNG\r\n\x1a\n" + b"garbage" * 100)
    truncated = tmp_path / "truncated.png"
    full = _noise_png(tmp_path / "noise.png", (300, 100)).read_bytes()
    truncated.write_bytes(full[: len(full) // 2])
    text = tmp_path / "logo.png"
    text.write_text("not an image", encoding="utf-8")
    huge = tmp_path / "huge.png"
    Image.new("1", (8000, 8000)).save(huge)
    large_file = tmp_path / "large.bmp"
    with large_file.open("wb") as f:
        f.truncate(11 * 1024 * 1024)
    fifo = tmp_path / "fifo.png"
    os.mkfifo(fifo)
    return {
        "corrupt": (corrupt, "the image cannot be read"),
        "truncated": (truncated, "the image cannot be read"),
        "not an image": (text, "it is not an image"),
        "8000 x 8000": (huge, "8000 × 8000 pixels"),
        "over 10 MB": (large_file, "larger than 10 MB"),
        "endless device": ("/dev/zero", "not a regular file"),
        "pipe": (fifo, "not a regular file"),
        "folder": (tmp_path, "not a regular file"),
        "missing": (tmp_path / "gone.png", "No such file"),
    }


@pytest.mark.timeout(240)
def test_a_bad_logo_never_stops_the_letter(tmp_path: Path) -> None:
    for name, (logo, problem) in _logo_cases(tmp_path).items():
        out = tmp_path / f"{name}.pdf"
        code, _, stderr = _pdf(out, "--broker-profile", str(_profile(tmp_path, logo)))
        assert code == 0, (name, stderr)
        (warning,) = [line for line in stderr.splitlines() if "logo" in line]
        assert warning.startswith(f"premiumcalc: warning: the logo {logo} is left out: ")
        assert problem in warning, (name, warning)
        assert _images_on_first_page(out) == [], name
        code, _, stderr = run("compare", *COMPARE_ARGS, "--pdf", tmp_path / f"c-{name}.pdf",
                              "--broker-profile", str(_profile(tmp_path, logo)))
        assert code == 0 and problem in stderr, (name, stderr)


def test_a_large_logo_is_printed_at_print_resolution(tmp_path: Path) -> None:
    logo = _noise_png(tmp_path / "logo.png", (2400, 800))
    jpeg = tmp_path / "logo.jpg"
    Image.open(logo).save(jpeg, quality=80)
    for source in (logo, jpeg):
        out = tmp_path / "q.pdf"
        code, _, stderr = _pdf(out, "--broker-profile", str(_profile(tmp_path, source)))
        assert code == 0 and "logo" not in stderr, stderr
        assert _images_on_first_page(out) == [(600, 200)]


def test_a_small_logo_is_printed_as_it_is(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (120, 60), (10, 20, 200, 128)).save(logo)
    out = tmp_path / "q.pdf"
    code, _, stderr = _pdf(out, "--broker-profile", str(_profile(tmp_path, logo)))
    assert code == 0 and "logo" not in stderr, stderr
    assert _images_on_first_page(out) == [(120, 60)]


# ---------------------------------------------------------------------------------------
# other absurd arguments

@pytest.mark.parametrize(("argv", "message"), [
    (["batch", "/nonexistent/in.csv"], "cannot read /nonexistent/in.csv"),
    (["batch", "IN.csv", "--format", "xml"], "argument --format: invalid choice"),
    (["pdf", *QUOTE_ARGS, "--client-name", "X", "--lang", "zz", "-o", "q.pdf"],
     "argument --lang: invalid choice"),
    (["pdf", *QUOTE_ARGS, "--client-name", "X", "-o", "/nonexistent/dir/q.pdf"],
     "cannot write /nonexistent/dir/q.pdf"),
    (["pdf", *QUOTE_ARGS, "--client-name", "X", "--broker-profile", "/dev/zero", "-o", "q.pdf"],
     "--broker-profile: /dev/zero: not a file"),
    (["pdf", *QUOTE_ARGS, "--client-name", "X", "--broker-profile", "/", "-o", "q.pdf"],
     "--broker-profile: /: not a file"),
    (["pdf", *QUOTE_ARGS, "--client-name", "   ", "-o", "q.pdf"], "client-name"),
    (["compare", *COMPARE_ARGS, "--pdf", "c.pdf", "--reference-key-limit", "1e999"],
     "reference-key-limit"),
    (["compare", *COMPARE_ARGS, "--pdf", "c.pdf", "--reference-premium", "-5"],
     "reference-premium"),
])
def test_absurd_arguments_are_one_clear_line(argv: list[str], message: str,
                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, stderr = run(*argv)
    assert code == 2 and message in stderr
    assert list(tmp_path.iterdir()) == []


def test_a_png_given_as_batch_file_is_refused_in_one_line(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    Image.frombytes("RGB", (64, 64), os.urandom(64 * 64 * 3)).save(src, format="PNG")
    code, _, stderr = run("batch", src)
    assert code == 2 and "missing the columns" in stderr


def test_hostile_inputs_in_a_real_process_end_without_traceback(tmp_path: Path) -> None:
    """The same guarantees across the process boundary (stdout/stderr encoding, exit code)."""
    src = tmp_path / "in.csv"
    src.write_bytes(_lines(f'{ROW},"no closing quote', f"{ROW},\x1b[31m", f"{ROW},c")
                    + b"\xff\x00\r")
    bad_logo = tmp_path / "logo.png"
    bad_logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    commands = [
        (["batch", str(src)], 2),
        (["batch", str(src), "-o", str(src)], 2),
        (["pdf", *QUOTE_ARGS, "--client-name", "X", "--date", "9999-12-31", "-o", "q.pdf"], 2),
        (["pdf", *QUOTE_ARGS, "--client-name", "X", "--broker-profile",
          str(_profile(tmp_path, bad_logo)), "-o", "q.pdf"], 0),
        (["compare", *COMPARE_ARGS, "--pdf", "c.pdf", "--reference-insurer", "x" * 5000], 2),
    ]
    for argv, expected in commands:
        result = subprocess.run([sys.executable, "-m", "premiumcalc", *argv], cwd=tmp_path,
                                capture_output=True, timeout=120)
        stderr = result.stderr.decode("utf-8")
        assert result.returncode == expected, (argv, stderr)
        assert "Traceback" not in stderr and "internal error" not in stderr
        assert len([x for x in stderr.splitlines() if "error" in x]) <= 1
    rows = subprocess.run([sys.executable, "-m", "premiumcalc", "batch", str(src)],
                          capture_output=True, timeout=120).stdout.decode().splitlines()
    assert [json.loads(r)["row"] for r in rows] == [1, 2, 3, 4]
