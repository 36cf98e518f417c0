"""The premiumcalc command line: quote, compare, batch and tariffs.

Exit codes: 0 for any outcome (quoted, referred, declined), 2 for invalid input (one clear
line on stderr naming the field and what is allowed), 1 for an internal error. The command
line imports neither Qt nor ReportLab.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

import premiumcalc
from premiumcalc.pdf.command import register as register_pdf
from premiumcalc.pdf.comparison_command import add_pdf_args as add_comparison_pdf_args
from premiumcalc.pdf.comparison_command import (
    write_pdf_from_args as write_comparison_pdf_from_args,
)
from premiumcalc.pricing.request import (
    InvalidInput,
    QuoteRequest,
    check_request,
    request_from_strings,
)
from premiumcalc.quotes.command import add_save_args, save_from_args
from premiumcalc.quotes.command import register as register_quotes
from premiumcalc.tariffs import Catalog, LoadedTariff, TariffSet, load_catalog, load_tariffs

PROG = "premiumcalc"

EXAMPLES = """\
examples:
  premiumcalc quote --tariff nordlicht-it-2026 --profession software-development \\
      --revenue 180000 --cover 1000000 --deductible 500 --module general-liability \\
      --module cyber --startup --term 3 --payment monthly --country DE \\
      --scenario lost-client-key --format json
  premiumcalc compare --profession web-development --revenue 400000 --cover 2000000 \\
      --deductible 1000 --lang de
  premiumcalc batch renewals.csv --format jsonl -o priced.jsonl
  premiumcalc tariffs
  premiumcalc tariffs check my-insurer.toml

exit codes: 0 for any outcome (quoted, referred or declined), 2 for invalid input,
1 for an internal error.
"""

BATCH_COLUMNS = (
    "tariff", "profession", "revenue", "cover", "deductible", "claims", "modules",
    "startup", "term", "payment", "country", "scenarios",
)


class UsageError(Exception):
    """Invalid input on the command line: exit code 2 with one line on stderr."""


class _VersionAction(argparse.Action):
    """``--version``; the version is looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=default,
                         help=help or "show the program's version and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        print(f"{PROG} {premiumcalc.__version__}")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


# ---------------------------------------------------------------------------------------
# Arguments


def _add_request_args(p: argparse.ArgumentParser, *, with_tariff: bool) -> None:
    g = p.add_argument_group("the request")
    if with_tariff:
        g.add_argument("--tariff", required=True, help="id of an installed tariff")
    g.add_argument("--profession", required=True, help="profession id, e.g. software-development")
    g.add_argument("--revenue", required=True,
                   help="annual net revenue in EUR: digits, optional '.' and 1-2 decimals")
    g.add_argument("--cover", required=True, help="sum insured per claim, e.g. 1000000")
    g.add_argument("--deductible", required=True, help="deductible per claim, e.g. 500")
    g.add_argument("--claims", default="0", help="prior claims in the last 5 years (default 0)")
    g.add_argument("--module", action="append", default=[], metavar="MODULE",
                   help="add-on module (repeatable): general-liability, cyber, worldwide, "
                        "delay-damages")
    g.add_argument("--startup", action="store_true",
                   help="the business was founded less than 24 months ago")
    g.add_argument("--term", default="1", help="contract term in years: 1 or 3 (default 1)")
    g.add_argument("--payment", default="annual",
                   help="annual, semiannual, quarterly or monthly (default annual)")
    g.add_argument("--country", default="DE", help="DE or AT: decides the insurance tax")
    g.add_argument("--scenario", action="append", default=[], metavar="SCENARIO",
                   help="claim scenario to evaluate (repeatable), e.g. lost-client-key")


def _add_common_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("en", "de"), default="en",
                   help="language of texts and amounts (default en)")
    p.add_argument("--tariff-dir", action="append", default=[], type=Path, metavar="DIR",
                   help="a folder with further tariff files (repeatable)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Premium calculator for professional indemnity insurance of IT "
                    "professionals: prices tariffs offline and explains what the cover pays for.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    q = sub.add_parser("quote", help="price one request with one tariff",
                       description="Price one request with one tariff.", epilog=EXAMPLES,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    _add_request_args(q, with_tariff=True)
    _add_common_args(q)
    q.add_argument("--format", choices=("table", "json"), default="table",
                   help="output: a readable table (default) or one JSON object")
    add_save_args(q)
    q.set_defaults(func=cmd_quote)

    c = sub.add_parser("compare", help="price one request with every installed tariff",
                       description="Price one request with every installed tariff, cheapest "
                                   "quoted first, then referred, then declined.")
    _add_request_args(c, with_tariff=False)
    _add_common_args(c)
    c.add_argument("--format", choices=("table", "json"), default="table")
    add_comparison_pdf_args(c)
    c.set_defaults(func=cmd_compare)

    b = sub.add_parser(
        "batch", help="price every row of a CSV file",
        description="Price every row of a CSV file with the header\n  "
                    + ",".join(BATCH_COLUMNS)
                    + "\nmodules and scenarios are ';'-separated in their cell. A semicolon "
                      "file from German Excel\n(BOM, WAHR/FALSCH, 180.000,50) is read too. "
                      "Invalid rows are reported, never dropped.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("input", type=Path, metavar="IN.csv")
    b.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    b.add_argument("-o", "--output", type=Path, metavar="OUT",
                   help="write to this file (atomically) instead of standard output")
    _add_common_args(b)
    b.set_defaults(func=cmd_batch)

    t = sub.add_parser("tariffs", help="list the installed tariffs, or check a tariff file",
                       description="List the installed tariffs ('tariffs'), or validate a "
                                   "tariff file and list every error ('tariffs check FILE').")
    t.add_argument("action", nargs="?", choices=("list", "check"), default="list")
    t.add_argument("file", nargs="?", type=Path, metavar="FILE")
    t.add_argument("--format", choices=("table", "json"), default="table")
    t.add_argument("--tariff-dir", action="append", default=[], type=Path, metavar="DIR")
    t.set_defaults(func=cmd_tariffs)

    register_pdf(sub)
    register_quotes(sub)
    return parser


# ---------------------------------------------------------------------------------------
# Helpers shared by the commands


def request_from_args(args: argparse.Namespace, *, tariff: str | None = None) -> QuoteRequest:
    values = {
        "tariff": tariff if tariff is not None else args.tariff,
        "profession": args.profession,
        "revenue": args.revenue,
        "cover": args.cover,
        "deductible": args.deductible,
        "claims": args.claims,
        "modules": ";".join(args.module),
        "startup": "true" if args.startup else "false",
        "term": args.term,
        "payment": args.payment,
        "country": args.country,
        "scenarios": ";".join(args.scenario),
    }
    for key in ("claims", "term", "payment", "country"):
        if not str(values[key]).strip():
            raise InvalidInput(key, "must not be empty")
    for key, items in (("module", args.module), ("scenario", args.scenario)):
        if any(not str(i).strip() for i in items):
            raise InvalidInput(key, "must not be empty")
    return request_from_strings(values, require_tariff=tariff != "")


def installed_tariffs(args: argparse.Namespace) -> TariffSet:
    return load_tariffs(getattr(args, "tariff_dir", []) or [])


def warn_broken(tariffs: TariffSet, err: TextIO) -> None:
    for error in tariffs.errors:
        for line in error.lines():
            print(f"{PROG}: warning: tariff file not used: {line}", file=err)


def find_tariff(tariffs: TariffSet, tariff_id: str, err: TextIO) -> LoadedTariff:
    loaded = tariffs.get(tariff_id)
    if loaded is None:
        warn_broken(tariffs, err)
        raise InvalidInput(
            "tariff", f"unknown tariff {tariff_id!r}; installed: {', '.join(tariffs.ids())}"
        )
    return loaded


def priced(
    request: QuoteRequest, loaded: LoadedTariff, catalog: Catalog, lang: str
) -> dict[str, Any]:
    from premiumcalc.pricing.engine import price
    from premiumcalc.pricing.serialize import outcome_dict

    check_request(request, loaded.tariff, catalog)
    outcome = price(request, loaded.tariff, catalog)
    return outcome_dict(outcome, sha256=loaded.sha256, lang=lang, catalog=catalog)


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------------------------------
# Commands


def cmd_quote(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    catalog = load_catalog()
    request = request_from_args(args)
    tariffs = installed_tariffs(args)
    loaded = find_tariff(tariffs, request.tariff, err)
    check_request(request, loaded.tariff, catalog)
    from premiumcalc.pricing.engine import price

    outcome = price(request, loaded.tariff, catalog)
    number = save_from_args(args, request, loaded, catalog, err)  # None without --save
    if args.format == "json":
        from premiumcalc.pricing.serialize import outcome_dict

        data = outcome_dict(outcome, sha256=loaded.sha256, lang=args.lang, catalog=catalog)
        if number is not None:
            data["quote_number"] = number
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        from premiumcalc.report import quote_table

        out.write(quote_table(outcome, loaded, args.lang, catalog))
        if number is not None:
            out.write(f"Saved as quote {number}\n")
    return 0


def cmd_compare(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.pricing.compare import price_all

    catalog = load_catalog()
    request = request_from_args(args, tariff="")
    tariffs = installed_tariffs(args)
    warn_broken(tariffs, err)
    by_id = {t.id: t for t in tariffs}
    outcomes = price_all(request, (t.tariff for t in tariffs), catalog)
    # The PDF first: a bad PDF option fails before anything is printed.
    write_comparison_pdf_from_args(args, outcomes, tariffs, catalog, err)
    if args.format == "json":
        from premiumcalc.pricing.serialize import outcome_dict

        results = [
            outcome_dict(o, sha256=by_id[o.tariff.id].sha256, lang=args.lang, catalog=catalog)
            for o in outcomes
        ]
        out.write(json.dumps({"results": results}, ensure_ascii=False, indent=2) + "\n")
    else:
        from premiumcalc.report import compare_table

        out.write(compare_table(outcomes, args.lang, catalog))
    return 0


def cmd_tariffs(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.tariffs import TariffFileError, load_tariff_file

    if args.action == "check":
        if args.file is None:
            raise UsageError("tariffs check needs a FILE (see 'premiumcalc tariffs --help')")
        try:
            loaded = load_tariff_file(args.file)
        except TariffFileError as exc:
            n = len(exc.problems)
            print(f"{args.file}: not a valid tariff file ({n} problem{'s' * (n != 1)}):",
                  file=out)
            for line in exc.lines():
                print(f"  {line}", file=out)
            return 2
        t = loaded.tariff
        bundled = load_tariffs(include_user_dir=False).get(t.id)
        note = ""
        if bundled is not None and bundled.bundled and bundled.path.resolve() != args.file.resolve():
            note = f"; once added it replaces the bundled tariff {t.id}"
        print(f"{args.file}: valid tariff {t.id} version {t.version} ({t.insurer}, {t.product}), "
              f"valid from {t.valid_from.isoformat()}, sha256 {loaded.sha256}{note}", file=out)
        return 0
    if args.file is not None:
        raise UsageError(f"unexpected argument {str(args.file)!r} (did you mean 'tariffs check'?)")

    tariffs = installed_tariffs(args)
    rows = [_tariff_row(t) for t in tariffs]
    if args.format == "json":
        data = {
            "tariffs": rows,
            "errors": [
                {"file": str(e.path), "problems": [str(p) for p in e.problems]}
                for e in tariffs.errors
            ],
        }
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        from premiumcalc.report import tariffs_table

        out.write(tariffs_table(rows))
        warn_broken(tariffs, err)
    return 0


def _tariff_row(t: LoadedTariff) -> dict[str, Any]:
    source = "bundled" if t.bundled else ("added, replaces bundled" if t.replaces_bundled
                                          else "added")
    return {
        "id": t.id,
        "insurer": t.tariff.insurer,
        "product": t.tariff.product,
        "version": t.version,
        "valid_from": t.tariff.valid_from.isoformat(),
        "source": source,
        "file": str(t.path),
        "sha256": t.sha256,
    }


# ---------------------------------------------------------------------------------------
# Batch


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
    from premiumcalc.batch import run_batch

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


# ---------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None, out: TextIO | None = None,
         err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    for stream in (out, err):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(OSError, ValueError):
                reconfigure(encoding="utf-8")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help(out)
            return 2
        return int(args.func(args, out, err))
    except (InvalidInput, UsageError) as exc:
        print(f"{PROG}: error: {exc}", file=err)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=err)
        return 130
    except Exception as exc:
        from premiumcalc.fileio import WriteError
        from premiumcalc.tariffs import CatalogError, TariffDirError

        if isinstance(exc, (WriteError, TariffDirError)):
            print(f"{PROG}: error: {exc}", file=err)
            return 2
        if isinstance(exc, CatalogError):
            print(f"{PROG}: error: the installation is broken: {exc}", file=err)
            return 1
        print(f"{PROG}: internal error: {type(exc).__name__}: {exc} "
              f"(please report this together with the command you ran)", file=err)
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
