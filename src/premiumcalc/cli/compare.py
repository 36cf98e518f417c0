"""``premiumcalc compare``: one request priced by every installed tariff.

``--pdf OUT.pdf`` also writes the market comparison as a PDF (options added by
:func:`add_pdf_args`); ReportLab is imported only when ``--pdf`` is given.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, TextIO

from premiumcalc.cli.args import (
    add_common_args,
    add_request_args,
    installed_tariffs,
    output_file,
    request_from_args,
    warn_broken,
)
from premiumcalc.cli.errors import UsageError
from premiumcalc.cli.pdf import (
    add_address_and_profile_args,
    parse_date,
    profile_from_args,
    warn_if_empty,
)
from premiumcalc.pricing.engine import Outcome
from premiumcalc.tariffs import Catalog, LoadedTariff, load_catalog


def register(sub: Any) -> None:
    c = sub.add_parser("compare", help="price one request with every installed tariff",
                       description="Price one request with every installed tariff, cheapest "
                                   "quoted first, then referred, then declined.")
    add_request_args(c, with_tariff=False)
    add_common_args(c)
    c.add_argument("--format", choices=("table", "json"), default="table")
    add_pdf_args(c)
    c.set_defaults(func=cmd_compare)


#: The longest reference insurer: a company name, as on the policy.
MAX_INSURER = 120

#: The options that only the comparison PDF uses, with their value when not given.
_PDF_ONLY: dict[str, object] = {"client_name": "", "client_address": [], "broker_profile": None, "date": None,
             "reference_insurer": "", "reference_premium": None, "reference_key_limit": None}


def check_pdf_options(args: argparse.Namespace) -> None:
    """Options of the PDF given without ``--pdf`` are refused rather than ignored."""
    if args.pdf is not None:
        insurer = args.reference_insurer.strip()
        if len(insurer) > MAX_INSURER:
            from premiumcalc.pricing.request import InvalidInput

            raise InvalidInput("reference-insurer", f"is {len(insurer):,} characters long; "
                                                    f"at most {MAX_INSURER} are allowed")
        from premiumcalc.pricing.request import check_printable

        check_printable(insurer, "reference-insurer")
        # a figure of the current contract without its insurer says nothing to the client
        for option in ("reference_premium", "reference_key_limit"):
            if getattr(args, option) is not None and not insurer:
                raise UsageError(f"--{option.replace('_', '-')} needs --reference-insurer "
                                 "(the insurer of the client's current contract)")
        return
    for option, unset in _PDF_ONLY.items():
        if getattr(args, option) != unset:
            raise UsageError(f"--{option.replace('_', '-')} is only used with --pdf")


def cmd_compare(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.pricing.compare import price_all

    check_pdf_options(args)
    catalog = load_catalog()
    document_date = parse_date(args.date) if args.date is not None else None
    request = request_from_args(args, tariff="", default_start=document_date)
    tariffs = installed_tariffs(args)
    warn_broken(tariffs, err)
    # Only the version of each tariff valid on the start of cover is priced (handbook §11).
    valid, unavailable = tariffs.valid_on(request.start)
    by_id = {t.id: t for t in valid}
    failures: list[tuple[str, str]] = []
    outcomes = price_all(request, (t.tariff for t in valid), catalog, failures)
    unavailable += failures
    # The PDF first: a bad PDF option fails before anything is printed.
    write_pdf_from_args(args, outcomes, valid, catalog, err)
    if args.format == "json":
        from premiumcalc.pricing.needs import recommended
        from premiumcalc.pricing.serialize import outcome_dict

        results = [
            outcome_dict(o, sha256=by_id[o.tariff.id].sha256, lang=args.lang, catalog=catalog,
                         valid_until=by_id[o.tariff.id].effective_until)
            for o in outcomes
        ]
        best = recommended(outcomes)
        document = {
            "start": request.start.isoformat(),
            "results": results,
            "recommended": best.tariff.id if best else None,
            "unavailable": [{"id": tid, "reason": reason} for tid, reason in unavailable],
        }
        out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        from premiumcalc.cli.report import compare_table

        out.write(compare_table(outcomes, args.lang, catalog, unavailable))
        out.write(scenario_lines(outcomes, args.lang, catalog))
    return 0


def scenario_lines(outcomes: Sequence[Outcome], lang: str, catalog: Catalog) -> str:
    """The claim scenarios asked for with ``--scenario``: each tariff's payout, or that it
    does not cover the claim (and which module would)."""
    from premiumcalc.pricing.explain import money, scenario_hint_text
    from premiumcalc.tariffs.wording import COMPARISON
    from premiumcalc.textsafe import terminal_safe

    if not outcomes or not outcomes[0].request.scenarios:
        return ""
    text = f"\n{COMPARISON('sec_scenarios', lang)}:\n"
    width = max(len(o.tariff.id) for o in outcomes)
    for sid in outcomes[0].request.scenarios:
        sid = sid.partition("=")[0]
        results = {o.tariff.id: next((r for r in o.scenarios if r.id == sid), None)
                   for o in outcomes}
        damage = next((r.damage for r in results.values() if r is not None), None)
        title = catalog.scenario_map[sid].title(lang) if sid in catalog.scenario_map else sid
        shown = f" ({COMPARISON('cli_damage', lang, damage=money(damage, lang))})" \
            if damage is not None else ""
        text += f"  {terminal_safe(title)}{shown}\n"
        for o in outcomes:
            r = results[o.tariff.id]
            if r is None:
                line = COMPARISON("scenario_unpriced", lang)
            elif r.covered and r.limit is not None and r.deductible is not None:
                line = COMPARISON("scenario_payout", lang, payout=money(r.payout, lang),
                                  limit=money(r.limit, lang),
                                  deductible=money(r.deductible, lang))
            else:
                hint = scenario_hint_text(r, lang, catalog)
                line = COMPARISON("scenario_not_covered", lang) + (f" ({hint})" if hint else "")
            text += f"    {o.tariff.id:<{width}}  {line}\n"
    return text


def add_pdf_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("the comparison PDF")
    g.add_argument("--pdf", type=output_file, metavar="OUT.pdf",
                   help="also write the comparison as a PDF for the broker's records "
                        "(written atomically)")
    g.add_argument("--client-name", default="", help="the client's name on the PDF")
    add_address_and_profile_args(g)
    g.add_argument("--date", metavar="YYYY-MM-DD",
                   help="date of the comparison (default today); fixes the output byte for byte")
    g.add_argument("--reference-insurer", default="", metavar="NAME",
                   help="the client's current insurer: adds the reference row (at most "
                        f"{MAX_INSURER} characters)")
    g.add_argument("--reference-premium", metavar="EUR",
                   help="the current contract's gross premium per year, e.g. 912.40")
    g.add_argument("--reference-key-limit", metavar="EUR",
                   help="the current contract's limit for lost keys")


def _amount(option: str, text: str | None) -> Decimal | None:
    """A reference amount (premium, limit): like revenue, at most 10^9 (handbook §16)."""
    from premiumcalc.pricing.request import MAX_REFERENCE, parse_money

    if text is None or not text.strip():
        return None
    return parse_money(option, text, maximum=MAX_REFERENCE)


def write_pdf_from_args(args: argparse.Namespace, outcomes: list[Outcome],
                        tariffs: Sequence[LoadedTariff],
                        catalog: Catalog, err: TextIO) -> None:
    """Write the comparison PDF named by ``--pdf`` (nothing when it was not given)."""
    if args.pdf is None:
        return
    from premiumcalc.fileio import WriteError
    from premiumcalc.pdf.comparison import write_comparison_pdf
    from premiumcalc.pricing.reference import Reference
    from premiumcalc.pricing.request import check_client_address, check_client_name

    date = parse_date(args.date) if args.date is not None else None
    check_client_name(args.client_name.strip(), "client-name")
    check_client_address("\n".join(args.client_address), "client-address")
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
                             client_address="\n".join(args.client_address), date=date,
                             valid_until={t.id: t.effective_until for t in tariffs})
    except WriteError as exc:
        raise UsageError(str(exc)) from None
    warn_if_empty(profile, err)
    print(f"{args.pdf}: market comparison of {len(outcomes)} tariffs", file=err)
