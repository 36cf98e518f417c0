"""``premiumcalc first-info`` and ``premiumcalc waiver``: the broker's own papers as PDF.

The first information (§ 15 VersVermV) comes from the broker profile alone; the waiver
(§ 61 (2) VVG) names the client and what is waived. A profile without what the document
needs is refused in one line that lists every missing field; no file is written then.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from premiumcalc.cli.args import output_file
from premiumcalc.cli.errors import UsageError
from premiumcalc.cli.pdf import parse_date

FIRST_INFO_EXAMPLE = """\
example:
  premiumcalc first-info --broker-profile broker-profile.toml --lang de \\
      --date 2026-11-25 -o erstinformation.pdf

The profile needs the firm, business address, register number, licensing chamber with its
address, the remuneration and both holdings statements ([] for none); a company also its
registered office, register court and number and managing directors. The wording comes
from resources/catalog/texts/duties.toml: check and adapt it before use.
"""

WAIVER_EXAMPLE = """\
example:
  premiumcalc waiver advice --broker-profile broker-profile.toml \\
      --client-name "Müller & Söhne GmbH" --client-address "Hauptstraße 12" \\
      --client-address "10115 Berlin" --lang de --date 2026-11-25 -o verzicht.pdf

The waiver is a page of its own for the client to sign by hand; it warns that waiving may
weaken a later claim for damages against the broker (§ 61 (2) VVG).
"""


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "first-info", help="write the broker's first information (§ 15 VersVermV) as PDF",
        description="Write the first information a broker hands over at the first business "
                    "contact (§ 15 VersVermV), from the broker profile.",
        epilog=FIRST_INFO_EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    _profile_arg(p)
    _common(p)
    p.set_defaults(func=cmd_first_info)

    w = subparsers.add_parser(
        "waiver", help="write the client's waiver of advice or of its documentation as PDF",
        description="Write the separate declaration by which a client waives advice, or its "
                    "documentation (§ 61 (2) VVG), for signing by hand.",
        epilog=WAIVER_EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    w.add_argument("kind", choices=("advice", "documentation"),
                   help="what the client waives: advice, or the documentation of the advice")
    _profile_arg(w)
    w.add_argument("--client-name", required=True, help="the client's name")
    w.add_argument("--client-address", action="append", default=[], metavar="LINE",
                   help="one line of the client's address (repeatable)")
    _common(w)
    w.set_defaults(func=cmd_waiver)


def _profile_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--broker-profile", type=Path, required=True, metavar="FILE",
                   help="the broker profile (TOML), as saved by the window's settings")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("en", "de"), default="en",
                   help="language of the document (default en, as for the other commands)")
    p.add_argument("--date", metavar="YYYY-MM-DD",
                   help="date of the document (default today); fixes the output byte for byte")
    p.add_argument("-o", "--output", type=output_file, required=True, metavar="FILE.pdf",
                   help="the PDF file to write (written atomically)")


def _profile(args: argparse.Namespace) -> Any:
    from premiumcalc.cli.pdf import profile_from_args

    return profile_from_args(args)


def _write(path: Path, data: bytes) -> None:
    from premiumcalc.fileio import WriteError, atomic_write_bytes

    try:
        atomic_write_bytes(path, data)
    except WriteError as exc:
        raise UsageError(str(exc)) from None


def cmd_first_info(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    date = parse_date(args.date) if args.date is not None else None
    profile = _profile(args)
    from premiumcalc.pdf.duties import IncompleteProfile, render_first_information

    try:
        data = render_first_information(profile, lang=args.lang, date=date)
    except IncompleteProfile as exc:
        raise UsageError(f"--broker-profile: {args.broker_profile}: {exc}") from None
    _write(args.output, data)
    print(f"{args.output}: first information", file=out)
    return 0


def cmd_waiver(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.pricing.request import InvalidInput, check_client_address, check_client_name

    date = parse_date(args.date) if args.date is not None else None
    client_name = args.client_name.strip()
    if not client_name:
        raise InvalidInput("client-name", "must not be empty")
    check_client_name(client_name, "client-name")
    address = "\n".join(args.client_address)
    check_client_address(address, "client-address")
    profile = _profile(args)
    from premiumcalc.pdf.duties import IncompleteProfile, render_waiver

    try:
        data = render_waiver(profile, args.kind, client_name=client_name,
                             client_address=address, lang=args.lang, date=date)
    except IncompleteProfile as exc:
        raise UsageError(f"--broker-profile: {args.broker_profile}: the broker profile lacks "
                         f"what a waiver needs: {'; '.join(exc.missing)}") from None
    _write(args.output, data)
    print(f"{args.output}: waiver of {args.kind}", file=out)
    return 0
