"""``premiumcalc compare … --pdf OUT.pdf``: the market comparison as a PDF from the command line.

The options are added to the compare command by :func:`add_pdf_args`; ReportLab is imported
only when ``--pdf`` is given.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from premiumcalc.pdf.command import add_address_and_profile_args, parse_date, profile_from_args, warn_if_empty
from premiumcalc.pricing.engine import Outcome
from premiumcalc.tariffs import Catalog, TariffSet


def add_pdf_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("the comparison PDF")
    g.add_argument("--pdf", type=Path, metavar="OUT.pdf",
                   help="also write the comparison as a PDF for the broker's records "
                        "(written atomically)")
    g.add_argument("--client-name", default="", help="the client's name on the PDF")
    add_address_and_profile_args(g)
    g.add_argument("--date", metavar="YYYY-MM-DD",
                   help="date of the comparison (default today); fixes the output byte for byte")
    g.add_argument("--reference-insurer", default="", metavar="NAME",
                   help="the client's current insurer: adds the reference row")
    g.add_argument("--reference-premium", metavar="EUR",
                   help="the current contract's gross premium per year, e.g. 912.40")
    g.add_argument("--reference-key-limit", metavar="EUR",
                   help="the current contract's limit for lost keys")


def _amount(option: str, text: str | None) -> Decimal | None:
    from premiumcalc.pricing.request import InvalidInput, parse_revenue

    if text is None or not text.strip():
        return None
    try:
        return parse_revenue(text)
    except InvalidInput as exc:
        raise InvalidInput(option, exc.message) from None


def write_pdf_from_args(args: argparse.Namespace, outcomes: list[Outcome], tariffs: TariffSet,
                        catalog: Catalog, err: TextIO) -> None:
    """Write the comparison PDF named by ``--pdf`` (nothing when it was not given)."""
    if args.pdf is None:
        return
    from premiumcalc.cli import UsageError
    from premiumcalc.fileio import WriteError
    from premiumcalc.pdf.comparison import Reference, write_comparison_pdf

    date = parse_date(args.date) if args.date is not None else None
    reference = Reference(insurer=args.reference_insurer.strip(),
                          gross_annual=_amount("reference-premium", args.reference_premium),
                          key_limit=_amount("reference-key-limit", args.reference_key_limit))
    profile = profile_from_args(args)
    if not outcomes:
        raise UsageError("--pdf: no tariff is installed, there is nothing to compare")
    try:
        write_comparison_pdf(args.pdf, outcomes, sha256={t.id: t.sha256 for t in tariffs},
                             lang=args.lang, catalog=catalog, profile=profile,
                             reference=reference, client_name=args.client_name,
                             client_address="\n".join(args.client_address), date=date)
    except WriteError as exc:
        raise UsageError(str(exc)) from None
    warn_if_empty(profile, err)
    print(f"{args.pdf}: market comparison of {len(outcomes)} tariffs", file=err)
