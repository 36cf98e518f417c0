"""``premiumcalc pdf``: the quote PDF from the command line.

Nothing heavy is imported until the command runs, so ``premiumcalc --help`` and the other
commands stay fast. The address and broker-profile options are shared with ``compare --pdf``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from premiumcalc.cli.args import (
    add_common_args,
    add_request_args,
    find_tariff,
    installed_tariffs,
    output_file,
    request_from_args,
)
from premiumcalc.cli.errors import PROG, UsageError

if TYPE_CHECKING:
    from premiumcalc.pdf.profile import BrokerProfile

EXAMPLE = """\
example:
  premiumcalc pdf --tariff nordlicht-it-2026 --profession software-development \\
      --revenue 180000 --cover 1000000 --deductible 500 --module general-liability \\
      --module cyber --startup --term 3 --payment monthly --scenario lost-client-key \\
      --client-name "Müller & Söhne GmbH" --client-address "Hauptstraße 12" \\
      --client-address "10115 Berlin" --lang de --date 2026-11-25 -o angebot.pdf

A referred or declined request gives a request for underwriting to send to the insurer.
"""

_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
#: Dates a letter may carry: the quote's validity (30 days) must stay a date, too.
FIRST_DATE = dt.date(2000, 1, 1)
LAST_DATE = dt.date(2099, 12, 31)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "pdf", help="write the quote as a PDF letter (A4)",
        description="Price one request with one tariff and write the quote as a PDF letter "
                    "for the client (or a request for underwriting when the tariff refers "
                    "or declines it).",
        epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_request_args(p, with_tariff=True)
    g = p.add_argument_group("the letter")
    g.add_argument("--client-name", required=True, help="the client's name, as on the letter")
    add_address_and_profile_args(g)
    g.add_argument("--number", metavar="TEXT",
                   help="quote number; default: a draft number derived from the request")
    g.add_argument("--date", metavar="YYYY-MM-DD",
                   help="date of the letter (default today); fixes the output byte for byte")
    g.add_argument("--adviser", metavar="NAME",
                   help="the adviser who signs the offer, one of the broker profile's advisers "
                        "(default: the profile's name, else its first adviser)")
    g.add_argument("--enclosure", action="append", metavar="TEXT",
                   help="an enclosure of the offer (repeatable): first-info (the first "
                        "information), product-info (the insurer's product information "
                        "sheet), conditions (the insurer's conditions) or any text; "
                        "default: first-info")
    add_common_args(p)
    p.add_argument("-o", "--output", type=output_file, required=True, metavar="FILE.pdf",
                   help="the PDF file to write (written atomically)")
    p.set_defaults(func=cmd_pdf)


def add_address_and_profile_args(group: Any) -> None:
    """``--client-address LINE`` (repeatable) and ``--broker-profile FILE``, for both PDFs."""
    group.add_argument("--client-address", action="append", default=[], metavar="LINE",
                       help="one line of the client's address (repeatable)")
    group.add_argument("--broker-profile", type=Path, metavar="FILE",
                       help="broker profile (TOML) for the letterhead; default: the one saved "
                            "in the window's settings")


def profile_from_args(args: argparse.Namespace) -> BrokerProfile:
    """The profile named by ``--broker-profile``, else the saved one; usage errors name it."""
    from premiumcalc.pdf.profile import ProfileError, load_profile

    if args.broker_profile is not None and not args.broker_profile.is_file():
        problem = "not a file" if args.broker_profile.exists() else "no such file"
        raise UsageError(f"--broker-profile: {args.broker_profile}: {problem}")
    try:
        return load_profile(args.broker_profile)
    except ProfileError as exc:
        raise UsageError(str(exc)) from None


def warn_if_empty(profile: BrokerProfile, err: TextIO) -> bool:
    """Say on ``err`` that there is no broker profile, so the letter is a draft (or that its
    logo was left out); True when the profile is empty."""
    from premiumcalc.pdf.logo import logo_problem

    problem = logo_problem(profile.logo)
    if problem:
        print(f"{PROG}: warning: {problem}", file=err)
    if profile.is_empty:
        print(f"{PROG}: warning: no broker profile, the letter is marked as a draft without "
              f"broker details (save your details in the window's settings or pass "
              f"--broker-profile FILE)", file=err)
    return profile.is_empty


def adviser_from_args(name: str | None, profile: BrokerProfile) -> str | None:
    """``--adviser``: one of the profile's advisers (or its person) when the profile lists
    advisers, else any name; None when not given (the letter takes its default)."""
    from premiumcalc.pdf.offer import MAX_ADVISER
    from premiumcalc.pricing.request import InvalidInput, check_printable

    if name is None:
        return None
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("adviser", "must not be empty")
    if len(name) > MAX_ADVISER:
        raise InvalidInput("adviser", f"has {len(name)} characters; at most {MAX_ADVISER} "
                                      f"are allowed")
    check_printable(name, "adviser")
    allowed = list(dict.fromkeys(x for x in (*profile.advisers, profile.name) if x))
    if profile.advisers and name not in allowed:
        raise InvalidInput("adviser", f"{name[:40]!r} is not an adviser of the broker profile; "
                                      f"allowed: {', '.join(allowed)}")
    return name


def enclosures_from_args(items: list[str] | None) -> tuple[str, ...] | None:
    """``--enclosure`` (repeatable) as checked texts; None when not given (the default)."""
    from premiumcalc.pdf.offer import check_enclosures
    from premiumcalc.pricing.request import InvalidInput, check_printable

    if items is None:
        return None
    try:
        checked = check_enclosures(items)
    except ValueError as exc:
        raise InvalidInput("enclosure", str(exc)) from None
    for number, text in enumerate(checked, 1):
        check_printable(text, f"enclosure {number}")
    return checked


def parse_date(text: str) -> dt.date:
    """``YYYY-MM-DD`` from 2000 to 2099 as a date; anything else is a usage error naming
    ``--date``."""
    date = None
    if _DATE.match(text.strip()):
        with contextlib.suppress(ValueError):
            date = dt.date.fromisoformat(text.strip())
    if date is None:
        raise UsageError(f"--date: {text[:40]!r} is not a date; use YYYY-MM-DD, e.g. 2026-11-25")
    if not FIRST_DATE <= date <= LAST_DATE:
        raise UsageError(f"--date: {date.isoformat()} is out of range; allowed are "
                         f"{FIRST_DATE.isoformat()} to {LAST_DATE.isoformat()}")
    return date


def cmd_pdf(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.fileio import WriteError
    from premiumcalc.pricing.engine import QUOTED, price
    from premiumcalc.pricing.request import (
        InvalidInput,
        check_client_address,
        check_client_name,
        check_request,
    )
    from premiumcalc.tariffs import load_catalog

    date = parse_date(args.date) if args.date is not None else None
    client_name = args.client_name.strip()
    if not client_name:
        raise InvalidInput("client-name", "must not be empty")
    check_client_name(client_name, "client-name")
    check_client_address("\n".join(args.client_address), "client-address")
    profile = profile_from_args(args)
    adviser = adviser_from_args(args.adviser, profile)
    enclosures = enclosures_from_args(args.enclosure)

    catalog = load_catalog()
    request = request_from_args(args, default_start=date)
    loaded = find_tariff(installed_tariffs(args), request.tariff, err, request.start)
    check_request(request, loaded.tariff, catalog)
    outcome = price(request, loaded.tariff, catalog)

    from premiumcalc.pdf import draft_number, write_quote_pdf

    number = (args.number or "").strip() or draft_number(request, args.lang, client_name)
    try:
        write_quote_pdf(args.output, outcome, sha256=loaded.sha256, lang=args.lang,
                        catalog=catalog, profile=profile, client_name=client_name,
                        client_address="\n".join(args.client_address), quote_number=number,
                        date=date, valid_until=loaded.effective_until, adviser=adviser,
                        enclosures=enclosures)
    except WriteError as exc:
        raise UsageError(str(exc)) from None
    if not warn_if_empty(profile, err) and profile.status == "broker" and not profile.register_number:
        print(f"{PROG}: warning: the broker profile has no register number; the notes "
              f"of the PDF cannot name it", file=err)
    kind = "quote" if outcome.status == QUOTED else "request for underwriting"
    print(f"{args.output}: {kind} {number}", file=out)
    return 0
