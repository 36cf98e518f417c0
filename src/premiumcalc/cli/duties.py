"""``premiumcalc first-info`` and ``premiumcalc waiver``: the broker's own papers as PDF.

The first information (§ 15 VersVermV) comes from the broker profile alone; the waiver
(§ 61 (2) VVG) names the client and what is waived. A profile without what the document
needs is refused in one line that lists every missing field; no file is written then.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from premiumcalc.cli.args import output_file
from premiumcalc.cli.errors import UsageError
from premiumcalc.cli.pdf import parse_date

if TYPE_CHECKING:
    from premiumcalc.pdf.duties import WaiverKind

FIRST_INFO_EXAMPLE = """\
examples:
  premiumcalc first-info --broker-profile broker-profile.toml --lang de \\
      --date 2026-11-25 -o erstinformation.pdf
  premiumcalc first-info --broker-profile broker-profile.toml --lang de \\
      --date 2026-11-25 --time 10:30 -o erstinformation.pdf \\
      --client-name "Schmidt Digital" --handed-over in-person --save --db quotes.db

With --save the handover is recorded in the quote database (to which client, when, how,
with the profile it was made from and the PDF) and its number printed.

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
    _handover_args(p)
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


def _handover_args(p: argparse.ArgumentParser) -> None:
    from premiumcalc.cli.quotes import DB_HELP

    g = p.add_argument_group("recording the handover")
    g.add_argument("--save", action="store_true",
                   help="record in the quote database that the first information was handed "
                        "to the client (needs --client-name and --handed-over)")
    g.add_argument("--client-name", metavar="NAME", help="the client it was handed to")
    g.add_argument("--client-address", action="append", default=[], metavar="LINE",
                   help="one line of the client's address (repeatable)")
    g.add_argument("--handed-over", choices=HANDOVER_WAYS, metavar="HOW",
                   help="how it was handed over: " + ", ".join(HANDOVER_WAYS))
    g.add_argument("--time", metavar="HH:MM", help="the time it was handed over")
    g.add_argument("--db", metavar="PATH", help=DB_HELP)


#: How a first information can be handed over (as the store records it).
HANDOVER_WAYS = ("in-person", "post", "email")


def parse_time(text: str | None) -> dt.time | None:
    """``HH:MM`` (24 hours) as a time; anything else is a usage error naming ``--time``."""
    if text is None:
        return None
    match = re.fullmatch(r"([0-9]{1,2}):([0-9]{2})", text.strip())
    if match is None or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise UsageError(f"--time: {text[:20]!r} is not a time; use HH:MM (24 hours), "
                         f"e.g. 14:30")
    return dt.time(int(match.group(1)), int(match.group(2)))


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


def write_document(path: Path, data: bytes) -> None:
    """Write a paper's bytes to ``path`` at once (never half a file); a file that cannot be
    written is a usage error naming it."""
    from premiumcalc.fileio import WriteError, atomic_write_bytes

    try:
        atomic_write_bytes(path, data)
    except WriteError as exc:
        raise UsageError(str(exc)) from None


def _check_handover(args: argparse.Namespace) -> tuple[str, str] | None:
    """The client's name and address of a handover to record (None without ``--save``)."""
    if not args.save:
        for option in ("client_name", "handed_over", "time", "db"):
            if getattr(args, option) is not None:
                raise UsageError(f"--{option.replace('_', '-')} is only used with --save")
        if args.client_address:
            raise UsageError("--client-address is only used with --save")
        return None
    from premiumcalc.pricing.request import InvalidInput, check_client_address, check_client_name

    name = (args.client_name or "").strip()
    if not name:
        raise InvalidInput("client-name", "--save needs --client-name NAME (the client the "
                                          "first information was handed to)")
    check_client_name(name, "client-name")
    address = "\n".join(args.client_address)
    check_client_address(address, "client-address")
    if args.handed_over is None:
        raise InvalidInput("handed-over", "--save needs --handed-over HOW; allowed: "
                                          + ", ".join(HANDOVER_WAYS))
    return name, address


def cmd_first_info(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    date = parse_date(args.date) if args.date is not None else None
    handover = _check_handover(args)
    time = parse_time(args.time)
    profile = _profile(args)
    from premiumcalc.pdf.duties import IncompleteProfile, render_first_information

    try:
        data = render_first_information(profile, lang=args.lang, date=date)
    except IncompleteProfile as exc:
        raise UsageError(f"--broker-profile: {args.broker_profile}: {exc}") from None
    write_document(args.output, data)
    print(f"{args.output}: first information", file=out)
    if handover is not None:
        from premiumcalc.clock import today
        from premiumcalc.quotes import advice_records as ar
        from premiumcalc.quotes.errors import StoreError

        day = date or today()
        moment: dt.date | dt.datetime = dt.datetime.combine(day, time) if time else day
        store = _open_store(args, err)
        try:
            saved = ar.record_first_information(
                store, client_name=handover[0], client_address=handover[1],
                handed_over_at=moment, how=args.handed_over,
                profile=profile.model_dump(mode="json"), lang=args.lang, pdf=data)
        except StoreError as error:
            raise UsageError(str(error)) from None
        finally:
            store.close()
        from premiumcalc.textsafe import terminal_safe

        print(f"{saved.number}: first information handed to {terminal_safe(saved.client_name)} "
              f"({saved.how}, {saved.handed_over_at})", file=out)
    return 0


def _open_store(args: argparse.Namespace, err: TextIO) -> Any:
    from premiumcalc.cli.quotes import _open

    return _open(args, err)


def cmd_waiver(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.pricing.request import InvalidInput, check_client_address, check_client_name

    date = parse_date(args.date) if args.date is not None else None
    client_name = args.client_name.strip()
    if not client_name:
        raise InvalidInput("client-name", "must not be empty")
    check_client_name(client_name, "client-name")
    address = "\n".join(args.client_address)
    check_client_address(address, "client-address")
    return write_waiver(_profile(args), args.kind, client_name=client_name,
                        client_address=address, lang=args.lang, date=date,
                        output=args.output, out=out, source=f"{args.broker_profile}: ")


def write_waiver(profile: Any, kind: WaiverKind, *, client_name: str, client_address: str,
                 lang: str, date: dt.date | None, output: Path, out: TextIO,
                 source: str = "") -> int:
    """Write the separate waiver declaration (``premiumcalc waiver`` and ``advice --waiver``);
    ``source`` names the profile file in the message of a profile that lacks what it needs."""
    from premiumcalc.pdf.duties import IncompleteProfile, render_waiver

    try:
        data = render_waiver(profile, kind, client_name=client_name,
                             client_address=client_address, lang=lang, date=date)
    except IncompleteProfile as exc:
        raise UsageError(f"--broker-profile: {source}the broker profile lacks what a waiver "
                         f"needs: {'; '.join(exc.missing)}") from None
    write_document(output, data)
    print(f"{output}: waiver of {kind}", file=out)
    return 0
