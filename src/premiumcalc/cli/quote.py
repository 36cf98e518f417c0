"""``premiumcalc quote``: price one request with one tariff (and save it with ``--save``)."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from premiumcalc.cli.args import (
    add_common_args,
    add_request_args,
    find_tariff,
    installed_tariffs,
    request_from_args,
)
from premiumcalc.cli.quotes import add_save_args, save_from_args
from premiumcalc.pricing.request import check_request
from premiumcalc.tariffs import load_catalog


def register(sub: Any, examples: str) -> None:
    q = sub.add_parser("quote", help="price one request with one tariff",
                       description="Price one request with one tariff.", epilog=examples,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    add_request_args(q, with_tariff=True)
    add_common_args(q)
    q.add_argument("--format", choices=("table", "json"), default="table",
                   help="output: a readable table (default) or one JSON object")
    add_save_args(q)
    q.set_defaults(func=cmd_quote)


def cmd_quote(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    catalog = load_catalog()
    request = request_from_args(args)
    tariffs = installed_tariffs(args)
    loaded = find_tariff(tariffs, request.tariff, err, request.start)
    check_request(request, loaded.tariff, catalog)
    from premiumcalc.pricing.engine import price

    outcome = price(request, loaded.tariff, catalog)
    number = save_from_args(args, request, loaded, catalog, err)  # None without --save
    if args.format == "json":
        from premiumcalc.pricing.serialize import outcome_dict

        data = outcome_dict(outcome, sha256=loaded.sha256, lang=args.lang, catalog=catalog,
                            valid_until=loaded.effective_until)
        if number is not None:
            data["quote_number"] = number
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        from premiumcalc.cli.report import quote_table

        out.write(quote_table(outcome, loaded, args.lang, catalog))
        if number is not None:
            out.write(f"Saved as quote {number}\n")
    return 0
