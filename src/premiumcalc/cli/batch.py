"""``premiumcalc batch``: pricing every row of a CSV file, streaming: one output row per
data row, in order.

Invalid rows are reported with their row number and never dropped; blank rows are skipped
and not counted. A semicolon-separated file (German Excel) may write booleans as
WAHR/FALSCH and revenue the German way (``180.000,50``).
"""

from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from premiumcalc.cli.args import add_common_args, installed_tariffs
from premiumcalc.cli.errors import UsageError
from premiumcalc.pricing.request import InvalidInput, check_request, request_from_strings
from premiumcalc.tariffs import Catalog, TariffSet, load_catalog, load_tariffs

COLUMNS = (
    "tariff", "profession", "revenue", "cover", "deductible", "claims", "modules",
    "startup", "term", "payment", "country", "scenarios",
)

#: Optional columns (handbook §11): read when present, never copied to ``extra``.
OPTIONAL_COLUMNS = ("start", "yes", "require")

CSV_OUTPUT_COLUMNS = (
    "row", "status", "error", "reason_codes", "reasons", "tariff", "tariff_version",
    "tariff_sha256", "base", "core", "modules", "subtotal", "startup_discount",
    "term_discount", "net_annual", "minimum_applied", "payment_surcharge", "insurance_tax",
    "gross_annual", "instalments", "scenarios",
)


def register(sub: Any) -> None:
    b = sub.add_parser(
        "batch", help="price every row of a CSV file",
        description="Price every row of a CSV file with the header\n  "
                    + ",".join(COLUMNS)
                    + "\nmodules and scenarios are ';'-separated in their cell. A semicolon "
                      "file from German Excel\n(BOM, WAHR/FALSCH, 180.000,50) is read too. "
                      "Invalid rows are reported, never dropped.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("input", type=Path, metavar="IN.csv")
    b.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    b.add_argument("-o", "--output", type=Path, metavar="OUT",
                   help="write to this file (atomically) instead of standard output")
    add_common_args(b)
    b.set_defaults(func=cmd_batch)


def _decoded_lines(raw: Iterator[bytes]) -> Iterator[str]:
    """Lines of a CSV file as text: UTF-8 (with or without BOM), else Windows-1252."""
    first = True
    for line in raw:
        if first:
            line = line.removeprefix(b"\xef\xbb\xbf")
            first = False
        try:
            yield line.decode("utf-8")
        except UnicodeDecodeError:
            yield line.decode("cp1252", errors="replace")


def cmd_batch(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        stream = args.input.open("rb")
    except OSError as exc:
        raise UsageError(f"cannot read {args.input}: {exc.strerror}") from None
    with stream:
        if args.output is None:
            ok = run_batch(_decoded_lines(iter(stream)), args, out, str(args.input))
        else:
            from premiumcalc.fileio import AtomicTextWriter

            with AtomicTextWriter(args.output, newline="") as target:
                ok = run_batch(_decoded_lines(iter(stream)), args, target, str(args.input))
    return 0 if ok else 2


class BatchInputError(ValueError):
    """The file as a whole cannot be read as a batch (no header, missing columns)."""


def _rows(lines: Iterable[str], source: str) -> tuple[list[str], Iterator[list[str]], bool]:
    it = iter(lines)
    header_line = ""
    for line in it:
        if line.strip():
            header_line = line
            break
    if not header_line:
        raise BatchInputError(
            f"{source} is empty; the first line must be the header: {','.join(COLUMNS)}"
        )
    semicolon = header_line.count(";") > header_line.count(",")
    delimiter = ";" if semicolon else ","
    header = [h.strip().lower() for h in next(csv.reader([header_line], delimiter=delimiter))]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise BatchInputError(
            f"{source} is missing the column{'s' * (len(missing) > 1)} {', '.join(missing)}; "
            f"the header must name: {','.join(COLUMNS)}"
        )
    return header, csv.reader(it, delimiter=delimiter), semicolon


def batch_results(
    lines: Iterable[str], tariffs: TariffSet, catalog: Catalog, lang: str, source: str = "input"
) -> Iterator[dict[str, Any]]:
    """One result object per data row, in order; raises BatchInputError for a bad header."""
    from premiumcalc.pricing.engine import price
    from premiumcalc.pricing.serialize import outcome_dict

    header, records, german = _rows(lines, source)
    width = len(header)
    extras = [i for i, h in enumerate(header) if h not in COLUMNS and h not in OPTIONAL_COLUMNS]
    row_no = 0
    for cells in records:
        if not any(c.strip() for c in cells):
            continue
        row_no += 1
        extra = {header[i]: (cells[i].strip() if i < len(cells) else "") for i in extras}
        try:
            if len(cells) > width:
                raise InvalidInput(
                    "row", f"has {len(cells)} cells but the header has {width} columns"
                )
            values = {h: cells[i] if i < len(cells) else "" for i, h in enumerate(header)}
            request = request_from_strings(values, german=german)
            loaded = tariffs.get(request.tariff)
            if loaded is None:
                raise InvalidInput(
                    "tariff",
                    f"unknown tariff {request.tariff!r}; installed: {', '.join(tariffs.ids())}",
                )
            check_request(request, loaded.tariff, catalog)
            outcome = price(request, loaded.tariff, catalog)
            result: dict[str, Any] = {"row": row_no}
            result.update(outcome_dict(outcome, sha256=loaded.sha256, lang=lang,
                                       catalog=catalog, coverage=False))
        except InvalidInput as exc:
            result = {"row": row_no, "status": "invalid", "error": str(exc)}
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
    ]
    extra = result.get("extra") or {}
    row.extend(extra.get(c, "") for c in extra_columns)
    return row


def run_batch(lines: Iterable[str], args: argparse.Namespace, out: TextIO, source: str) -> bool:
    """Write the batch's results to ``out``; True when every row was valid."""
    catalog = load_catalog()
    tariffs = installed_tariffs(args)
    results = batch_results(lines, tariffs, catalog, args.lang, source)
    all_valid = True
    try:
        first = next(results, None)
    except BatchInputError as exc:
        raise UsageError(str(exc)) from None
    if first is None:
        return True
    if args.format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        extra_columns = list((first.get("extra") or {}).keys())
        writer.writerow([*CSV_OUTPUT_COLUMNS, *extra_columns])
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    for result in _chain(first, results):
        if result["status"] == "invalid":
            all_valid = False
        if args.format == "csv":
            writer.writerow(_csv_row(result, extra_columns))
        else:
            out.write(dumps(result) + "\n")
    return all_valid


def _chain(first: dict[str, Any], rest: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    yield first
    yield from rest
