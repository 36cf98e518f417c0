"""``premiumcalc batch``: pricing every row of a CSV file, streaming: one output row per
data row, in order.

Invalid rows are reported with their row number and never dropped; blank rows are skipped
and not counted. A semicolon-separated file (German Excel) may write booleans as
WAHR/FALSCH and revenue the German way (``180.000,50``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from premiumcalc.cli.args import add_common_args, installed_tariffs, output_file
from premiumcalc.cli.batch_csv import BatchInputError, CsvFile
from premiumcalc.cli.errors import UsageError
from premiumcalc.pricing.request import (
    FIELD_NAMES,
    HEADER_COLUMNS,
    InvalidInput,
    check_request,
    request_from_strings,
)
from premiumcalc.tariffs import Catalog, TariffSet, load_catalog

#: The columns every batch file names; the optional ones (start, yes, require) are read when
#: present and never copied to ``extra``.
COLUMNS = HEADER_COLUMNS

#: The longest cell of a request column; the longest valid value is far shorter.
MAX_REQUEST_CELL = 1000

CSV_OUTPUT_COLUMNS = (
    "row", "status", "error", "reason_codes", "reasons", "tariff", "tariff_version",
    "tariff_sha256", "base", "core", "modules", "subtotal", "startup_discount",
    "term_discount", "net_annual", "minimum_applied", "payment_surcharge", "insurance_tax",
    "gross_annual", "instalments", "scenarios", "start", "yes", "requirements", "meets_all",
)

#: How the result columns are typed in an Excel file (and written in CSV for Excel).
CSV_OUTPUT_KINDS = {
    "row": "int", "base": "money", "core": "money", "subtotal": "money",
    "startup_discount": "money", "term_discount": "money", "net_annual": "money",
    "minimum_applied": "bool", "payment_surcharge": "money", "insurance_tax": "money",
    "gross_annual": "money", "start": "date", "meets_all": "bool",
}


def register(sub: Any) -> None:
    b = sub.add_parser(
        "batch", help="price every row of a CSV file",
        description="Price every row of a CSV file with the header\n  "
                    + ",".join(COLUMNS)
                    + "\nand optionally " + ", ".join(c for c in FIELD_NAMES if c not in COLUMNS)
                    + ".\nmodules, scenarios, yes and require are ';'-separated in their cell. "
                      "A semicolon "
                      "file from German Excel\n(BOM, WAHR/FALSCH, 180.000,50) is read too. "
                      "Invalid rows are reported, never dropped.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("input", type=Path, metavar="IN.csv")
    b.add_argument("--format", choices=("jsonl", "csv", "xlsx"), default="jsonl",
                   help="jsonl (default), csv, or xlsx: an Excel workbook with amounts as "
                        "numbers and dates as dates (needs -o OUT.xlsx)")
    b.add_argument("--excel", action="store_true",
                   help="with --format csv: CSV for German Excel (semicolons, UTF-8 with BOM, "
                        "decimal comma, dates as 01.12.2026)")
    b.add_argument("-o", "--output", type=output_file, metavar="OUT",
                   help="write to this file (atomically) instead of standard output")
    add_common_args(b)
    b.set_defaults(func=cmd_batch)


def cmd_batch(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.excel and args.format != "csv":
        raise UsageError("--excel: only with --format csv (an xlsx file needs no Excel "
                         "settings)")
    if args.format == "xlsx" and args.output is None:
        raise UsageError("--format xlsx writes a file: give it with -o OUT.xlsx")
    try:
        stream = args.input.open("rb")
    except OSError as exc:
        raise UsageError(f"cannot read {args.input}: {exc.strerror}") from None
    with stream:
        mode = os.fstat(stream.fileno()).st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
            raise UsageError(f"cannot read {args.input}: not a regular file or a pipe")
        if args.output is None:
            ok = run_batch(stream, args, out, str(args.input))
        elif args.format == "xlsx":
            _refuse_output_over_input(args.input, args.output)
            ok = run_batch(stream, args, None, str(args.input))
        else:
            from premiumcalc.fileio import AtomicTextWriter

            _refuse_output_over_input(args.input, args.output)
            with AtomicTextWriter(args.output, newline="") as target:
                ok = run_batch(stream, args, target, str(args.input))
    return 0 if ok else 2


def _refuse_output_over_input(source: Path, output: Path) -> None:
    """``-o`` naming the input file (also through a link) would overwrite what is read."""
    same = source.resolve() == output.resolve()
    if not same:
        with contextlib.suppress(OSError):
            same = os.path.samefile(source, output)
    if same:
        raise UsageError(f"-o: {output} is the input file; write the results to another file")


def _header(csv_file: CsvFile, source: str) -> list[str]:
    """The header's columns; raises BatchInputError when it is empty, repeats a column or
    lacks one of :data:`COLUMNS`."""
    header = csv_file.header
    if not csv_file.header_line:
        raise BatchInputError(
            f"{source} is empty; the first line must be the header: {','.join(COLUMNS)}"
        )
    if "\x00" in csv_file.header_line:
        raise BatchInputError(f"{source}: the header contains NUL bytes; save the file as "
                              f"CSV (UTF-8) with the header: {','.join(COLUMNS)}")
    twice = [h for h in dict.fromkeys(header) if h and header.count(h) > 1]
    if twice:
        raise BatchInputError(
            f"{source}: the header names the column{'s' * (len(twice) > 1)} "
            f"{', '.join(twice)} more than once; each column may appear only once"
        )
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise BatchInputError(
            f"{source} is missing the column{'s' * (len(missing) > 1)} {', '.join(missing)}; "
            f"the header must name: {','.join(COLUMNS)}"
        )
    return header


def _request_cells_checked(values: dict[str, str]) -> None:
    """A request cell longer than :data:`MAX_REQUEST_CELL` is invalid, naming its column."""
    for column in FIELD_NAMES:
        length = len(values.get(column, ""))
        if length > MAX_REQUEST_CELL:
            raise InvalidInput(column, f"is {length:,} characters long; at most "
                                       f"{MAX_REQUEST_CELL:,} are allowed")


def batch_results(
    stream: BinaryIO, tariffs: TariffSet, catalog: Catalog, lang: str, source: str = "input"
) -> Iterator[dict[str, Any]]:
    """One result object per data row, in order; raises BatchInputError for a bad header.

    Every record of the file gives one result: one that cannot be read or priced is an
    ``invalid`` result with its row number, and the rows after it are still priced.
    """
    from premiumcalc.pricing.engine import price
    from premiumcalc.pricing.serialize import outcome_dict

    csv_file = CsvFile(stream, source)
    header = _header(csv_file, source)
    german = csv_file.german
    width = len(header)
    extras = [i for i, h in enumerate(header) if h not in FIELD_NAMES]
    for row_no, record in enumerate(csv_file.records(width), start=1):
        cells = record.cells
        extra = {header[i]: (cells[i].strip() if i < len(cells) else "") for i in extras}
        try:
            if record.problem:
                raise InvalidInput("row", record.problem)
            if len(cells) > width:
                raise InvalidInput(
                    "row", f"has {len(cells)} cells but the header has {width} columns"
                )
            values = {h: cells[i] if i < len(cells) else "" for i, h in enumerate(header)}
            _request_cells_checked(values)
            request = request_from_strings(values, german=german)
            loaded = tariffs.get(request.tariff, request.start)
            if loaded is None:
                if request.tariff in tariffs.ids():
                    raise InvalidInput("start", tariffs.no_version_reason(request.tariff,
                                                                         request.start))
                raise InvalidInput(
                    "tariff",
                    f"unknown tariff {request.tariff!r}; installed: {', '.join(tariffs.ids())}",
                )
            check_request(request, loaded.tariff, catalog)
            outcome = price(request, loaded.tariff, catalog)
            result: dict[str, Any] = {"row": row_no}
            result.update(outcome_dict(outcome, sha256=loaded.sha256, lang=lang,
                                       catalog=catalog, coverage=False,
                                       valid_until=loaded.effective_until))
        except InvalidInput as exc:
            result = {"row": row_no, "status": "invalid", "error": str(exc)}
        except (ValueError, ArithmeticError, RecursionError) as exc:
            # A value no check caught must not cost the rows after it.
            result = {"row": row_no, "status": "invalid",
                      "error": f"row: cannot be priced: {type(exc).__name__}: {exc}"[:500]}
        if extras:
            result["extra"] = extra
        yield result


def _csv_row(result: dict[str, Any], extra_columns: list[str]) -> list[str]:
    premium = result.get("premium") or {}
    tariff = result.get("tariff") or {}
    scen = ";".join(
        f"{s['id']}:{'covered' if s['covered'] else 'not covered'}:{s['payout']}"
        for s in result.get("scenarios") or []
    )
    row = [
        str(result["row"]),
        result["status"],
        result.get("error", ""),
        ";".join(result.get("reason_codes") or []),
        "; ".join(result.get("reasons") or []),
        tariff.get("id", ""),
        tariff.get("version", ""),
        tariff.get("sha256", ""),
        premium.get("base", ""),
        premium.get("core", ""),
        ";".join(f"{k}={v}" for k, v in (premium.get("modules") or {}).items()),
        premium.get("subtotal", ""),
        premium.get("startup_discount", ""),
        premium.get("term_discount", ""),
        premium.get("net_annual", ""),
        "" if not premium else str(premium["minimum_applied"]).lower(),
        premium.get("payment_surcharge", ""),
        premium.get("insurance_tax", ""),
        premium.get("gross_annual", ""),
        ";".join(premium.get("instalments") or []),
        scen,
        result.get("start", ""),
        ";".join(result.get("yes") or []),
        ";".join(f"{r['id']}:{'met' if r['met'] else 'not met'}"
                 for r in result.get("requirements") or []),
        "" if "meets_all" not in result else str(result["meets_all"]).lower(),
    ]
    extra = result.get("extra") or {}
    row.extend(extra.get(c, "") for c in extra_columns)
    return row


def run_batch(stream: BinaryIO, args: argparse.Namespace, out: TextIO | None,
              source: str) -> bool:
    """Write the batch's results to ``out`` (an xlsx file: to ``args.output``); True when
    every row was valid."""
    catalog = load_catalog()
    tariffs = installed_tariffs(args)
    results = batch_results(stream, tariffs, catalog, args.lang, source)
    try:
        first = next(results, None)
    except BatchInputError as exc:
        raise UsageError(str(exc)) from None
    if args.format in ("csv", "xlsx"):
        from premiumcalc import sheets

        extra_columns = [] if first is None else list((first.get("extra") or {}).keys())
        table = sheets.columns([*CSV_OUTPUT_COLUMNS, *extra_columns], CSV_OUTPUT_KINDS)
        valid = [True]

        def rows() -> Iterator[list[str]]:
            if first is None:
                return
            for result in _chain(first, results):
                if result["status"] == "invalid":
                    valid[0] = False
                yield _csv_row(result, extra_columns)

        if args.format == "xlsx":
            sheets.write_xlsx(args.output, table, rows(), title="Batch")
        elif first is not None:
            assert out is not None
            sheets.write_csv(out, table, rows(), excel=args.excel)
        return valid[0]
    if first is None:
        return True
    assert out is not None
    all_valid = True
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    for result in _chain(first, results):
        if result["status"] == "invalid":
            all_valid = False
        out.write(dumps(result) + "\n")
    return all_valid


def _chain(first: dict[str, Any], rest: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    yield first
    yield from rest
