"""Options and helpers shared by the commands: the request, language, tariff folders."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TextIO

from premiumcalc.cli.errors import PROG
from premiumcalc.pricing.request import (
    DATE,
    FIELDS,
    FLAG,
    IDS,
    PROSE,
    REQUIREMENTS,
    SCENARIOS,
    InvalidInput,
    QuoteRequest,
    request_from_strings,
)
from premiumcalc.tariffs import LoadedTariff, TariffSet, load_tariffs


def add_request_args(p: argparse.ArgumentParser, *, with_tariff: bool) -> None:
    """One option per field of the request schema (:data:`premiumcalc.pricing.request.FIELDS`)."""
    g = p.add_argument_group("the request")
    for spec in FIELDS:
        if spec.name == "tariff" and not with_tariff:
            continue
        required = spec.required or spec.name == "tariff"
        if spec.kind == FLAG:
            g.add_argument(spec.option, action="store_true", help=spec.help)
        elif spec.kind in (IDS, REQUIREMENTS, SCENARIOS):
            g.add_argument(spec.option, dest=spec.name, action="append", default=[],
                           metavar=spec.metavar or spec.option.removeprefix("--").upper(),
                           help=spec.help)
        elif not required and (spec.kind in (DATE, PROSE) or spec.default is None):
            g.add_argument(spec.option, dest=spec.name, default=None, metavar=spec.metavar,
                           help=spec.help)
        elif required:
            g.add_argument(spec.option, dest=spec.name, required=True, help=spec.help)
        else:
            g.add_argument(spec.option, dest=spec.name, default=str(spec.default),
                           help=spec.help)


def add_common_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("en", "de"), default="en",
                   help="language of texts and amounts (default en)")
    p.add_argument("--tariff-dir", action="append", default=[], type=Path, metavar="DIR",
                   help="a folder with further tariff files (repeatable)")


def request_from_args(args: argparse.Namespace, *, tariff: str | None = None,
                      default_start: dt.date | None = None) -> QuoteRequest:
    """The request of the command line's options, parsed as a CSV row's cells are.

    Without ``--start`` the start of cover is ``default_start`` (a document's ``--date``), else
    today.
    """
    values: dict[str, str] = {}
    for spec in FIELDS:
        value = getattr(args, spec.name, "")
        if spec.kind == DATE:
            if value is None:
                values[spec.name] = default_start.isoformat() if default_start else ""
            elif not str(value).strip():
                raise InvalidInput(spec.name, "must not be empty; use YYYY-MM-DD, e.g. 2027-03-01")
            else:
                values[spec.name] = value
        elif spec.kind == FLAG:
            values[spec.name] = "true" if value else "false"
        elif spec.kind in (IDS, REQUIREMENTS, SCENARIOS):
            if any(not str(item).strip() for item in value):
                raise InvalidInput(spec.option.removeprefix("--"), "must not be empty")
            values[spec.name] = ";".join(value)
        elif value is None:  # an optional option not given (--activity, --staff)
            values[spec.name] = ""
        else:
            if not spec.required and spec.name != "tariff" and not str(value).strip():
                raise InvalidInput(spec.name, "must not be empty")
            values[spec.name] = value
    if tariff is not None:
        values["tariff"] = tariff
    return request_from_strings(values, require_tariff=tariff != "")


def installed_tariffs(args: argparse.Namespace) -> TariffSet:
    from premiumcalc.pricing.selfcheck import check_failures

    return load_tariffs(getattr(args, "tariff_dir", []) or [], verify=check_failures)


def warn_broken(tariffs: TariffSet, err: TextIO) -> None:
    for error in tariffs.errors:
        for line in error.lines():
            print(f"{PROG}: warning: tariff file not used: {line}", file=err)


def find_tariff(tariffs: TariffSet, tariff_id: str, err: TextIO,
                start: dt.date | None = None) -> LoadedTariff:
    """The version of ``tariff_id`` valid on ``start`` (today's without one)."""
    loaded = tariffs.get(tariff_id, start)
    if loaded is None:
        warn_broken(tariffs, err)
        if start is not None and tariff_id in tariffs.ids():
            raise InvalidInput("start", tariffs.no_version_reason(tariff_id, start))
        raise InvalidInput(
            "tariff", f"unknown tariff {tariff_id!r}; installed: {', '.join(tariffs.ids())}"
        )
    return loaded


def output_file(text: str) -> Path:
    """The type of ``-o``/``--pdf``: a file name, never empty."""
    if not text.strip():
        raise argparse.ArgumentTypeError("the file name is empty; name the file to write")
    return Path(text)
