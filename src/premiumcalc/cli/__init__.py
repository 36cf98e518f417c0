"""The premiumcalc command line: quote, compare, batch, tariffs, pdf, quotes, first-info,
waiver and advice.

Each command is a module of this package with a ``register`` function adding its subparser.
Exit codes: 0 for any outcome (quoted, referred, declined), 2 for invalid input (one clear
line on stderr naming the field and what is allowed), 1 for an internal error. The command
line imports neither Qt nor ReportLab.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from typing import TextIO

import premiumcalc
from premiumcalc.cli import advice, batch, clients, compare, duties, pdf, quote, quotes, tariffs
from premiumcalc.cli.errors import PROG, Parser, UsageError
from premiumcalc.cli.outputs import refuse_database_output
from premiumcalc.pricing.request import InvalidInput

__all__ = ["PROG", "UsageError", "build_parser", "main"]

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
  premiumcalc first-info --broker-profile broker-profile.toml --lang de -o erstinformation.pdf
  premiumcalc advice --profession software-development --revenue 180000 --cover 1000000 \\
      --deductible 500 --require gl-limit=5000000 --client-name "Muster GmbH" \\
      --broker-profile broker-profile.toml --lang de --date 2026-11-25 -o beratung.pdf

exit codes: 0 for any outcome (quoted, referred or declined), 2 for invalid input,
1 for an internal error.
"""


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


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG,
        description="Premium calculator for professional indemnity insurance of IT "
                    "professionals: prices tariffs offline and explains what the cover pays for.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    quote.register(sub, EXAMPLES)
    compare.register(sub)
    batch.register(sub)
    tariffs.register(sub)
    pdf.register(sub)
    quotes.register(sub)
    duties.register(sub)
    advice.register(sub)
    clients.register(sub)
    return parser


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
        refuse_database_output(args)
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
