"""Options and helpers shared by the commands: the request, language, tariff folders."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from premiumcalc.cli.errors import PROG
from premiumcalc.pricing.request import InvalidInput, QuoteRequest, request_from_strings
from premiumcalc.tariffs import LoadedTariff, TariffSet, load_tariffs


def add_request_args(p: argparse.ArgumentParser, *, with_tariff: bool) -> None:
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
    g.add_argument("--yes", action="append", default=[], metavar="QUESTION",
                   help="a risk question the client answers yes (repeatable): "
                        "known-circumstances, us-canada-business, insurance-refused, insolvency")
    g.add_argument("--require", action="append", default=[], metavar="ID[=N]",
                   help="a requirement of the client (repeatable), e.g. gl-limit=5000000 or "
                        "worldwide")


def add_common_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("en", "de"), default="en",
                   help="language of texts and amounts (default en)")
    p.add_argument("--tariff-dir", action="append", default=[], type=Path, metavar="DIR",
                   help="a folder with further tariff files (repeatable)")


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
        "yes": ";".join(args.yes),
        "require": ";".join(args.require),
    }
    for key in ("claims", "term", "payment", "country"):
        if not str(values[key]).strip():
            raise InvalidInput(key, "must not be empty")
    for key, items in (("module", args.module), ("scenario", args.scenario), ("yes", args.yes),
                       ("require", args.require)):
        if any(not str(i).strip() for i in items):
            raise InvalidInput(key, "must not be empty")
    return request_from_strings(values, require_tariff=tariff != "")


def installed_tariffs(args: argparse.Namespace) -> TariffSet:
    from premiumcalc.pricing.selfcheck import check_failures

    return load_tariffs(getattr(args, "tariff_dir", []) or [], verify=check_failures)


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
