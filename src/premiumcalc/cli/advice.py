"""``premiumcalc advice``: the advice record (Beratungsdokumentation, §§ 60-62 VVG) as PDF,
made from the comparison of every installed tariff valid on the start of cover.

Without ``--save`` the record is a draft, marked as not handed over. With ``--save`` it is
numbered, frozen in the quote database and handed over: ``advice reprint NUMBER`` writes
the very same bytes again, whatever changed in the tariff folder since; a changed record is
saved with ``--replaces NUMBER`` as a new version. ``--waiver advice|documentation`` writes
the client's separate waiver instead (never part of the record).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
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
from premiumcalc.cli.duties import parse_time, write_document, write_waiver
from premiumcalc.cli.errors import PROG, UsageError
from premiumcalc.cli.pdf import add_address_and_profile_args, parse_date, profile_from_args
from premiumcalc.pricing.request import InvalidInput, check_printable

CHANNELS = ("in-person", "telephone", "video", "post", "email")
SOURCES = ("client", "contract", "broker")
ACTIONS = ("show", "reprint", "list")
#: The longest name of the client's current insurer.
MAX_INSURER = 120

EXAMPLES = """\
examples:
  premiumcalc advice --profession software-development --revenue 180000 --cover 1000000 \\
      --deductible 500 --module general-liability --module cyber --module worldwide \\
      --startup --term 3 --payment monthly --start 2026-12-01 \\
      --require gl-limit=5000000 --require worldwide --require-source gl-limit=contract \\
      --client-name "Müller IT-Beratung GmbH" --client-address "Hauptstraße 1" \\
      --client-address "10115 Berlin" --broker-profile broker-profile.toml \\
      --adviser "Jana Beispiel" --channel in-person --client-choice rheinauen-digital-2026 \\
      --lang de --date 2026-11-25 --time 14:30 -o beratung.pdf --save --db quotes.db
  premiumcalc advice show B-2026-000001 --db quotes.db
  premiumcalc advice reprint B-2026-000001 -o beratung-kopie.pdf --db quotes.db
  premiumcalc advice list --client-name "Müller IT-Beratung GmbH" --db quotes.db
  premiumcalc advice --waiver documentation --client-name "Müller IT-Beratung GmbH" \\
      --broker-profile broker-profile.toml --lang de --date 2026-11-25 -o verzicht.pdf

Without --save the record is a draft marked as not handed over. The wording comes from
resources/catalog/texts/advice.toml: check and adapt it before use.
"""

#: Options of the record (their value when not given), refused with the other actions.
_RECORD_ONLY: dict[str, object] = {}
#: The request options argparse would require: required for a record, not for the rest.
_REQUIRED: list[tuple[str, str]] = []


def register(sub: Any) -> None:
    p = sub.add_parser(
        "advice", help="write the advice record (§§ 60-62 VVG) of a comparison as PDF",
        description="Write the advice record of a comparison of every installed tariff "
                    "valid on the start of cover: wishes and needs, market basis, result, "
                    "recommendation with reasons, the client's decision. ACTION show, "
                    "reprint or list reads frozen records from the quote database.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("action", nargs="?", choices=ACTIONS, metavar="ACTION",
                   help="show, reprint or list frozen records (leave out to write a record)")
    p.add_argument("number", nargs="?", metavar="NUMBER",
                   help="the record number of show and reprint, e.g. B-2026-000001")
    add_request_args(p, with_tariff=False)
    add_common_args(p)
    g = p.add_argument_group("the advice record")
    g.add_argument("--client-name", help="the client's name")
    add_address_and_profile_args(g)
    g.add_argument("--adviser", metavar="NAME",
                   help="who advised (default: the name in the broker profile)")
    g.add_argument("--channel", choices=CHANNELS, default="in-person",
                   help="how the advice was given (default in-person)")
    g.add_argument("--oral-first", action="store_true",
                   help="the advice was given orally first (client's wish or provisional "
                        "cover); the record follows after the conclusion (§ 62 (2) VVG)")
    g.add_argument("--require-source", action="append", default=[], metavar="ID=SOURCE",
                   help="where a requirement comes from: client (default), contract or "
                        "broker, e.g. gl-limit=contract (repeatable)")
    g.add_argument("--recommend", metavar="TARIFF",
                   help="the broker's own recommendation (needs --reason)")
    g.add_argument("--reason", metavar="TEXT", default="",
                   help="the reason in words for --recommend")
    g.add_argument("--client-choice", metavar="TARIFF",
                   help="the tariff the client chose (default: not decided yet)")
    g.add_argument("--current-insurer", metavar="NAME", default="",
                   help="the client's current insurer")
    for option, what in (("premium", "gross premium per year"),
                         ("cover", "professional indemnity per claim"),
                         ("deductible", "deductible"),
                         ("key-limit", "limit for lost keys"),
                         ("gl-limit", "general liability limit"),
                         ("cyber-limit", "first-party cyber limit")):
        g.add_argument(f"--current-{option}", metavar="EUR",
                       help=f"the current contract's {what}")
    g.add_argument("--date", metavar="YYYY-MM-DD",
                   help="date of the advice; also the default start of cover")
    g.add_argument("--time", metavar="HH:MM", help="time of the advice")
    g.add_argument("--waiver", choices=("advice", "documentation"),
                   help="write the client's separate waiver of advice or of its "
                        "documentation instead of the record")
    g.add_argument("-o", "--output", type=output_file, metavar="OUT.pdf",
                   help="the PDF file to write (written atomically)")
    s = p.add_argument_group("freezing the record")
    s.add_argument("--save", action="store_true",
                   help="hand the record over: number it and freeze it in the quote database")
    s.add_argument("--db", metavar="PATH", help="the quote database (as for quotes)")
    s.add_argument("--replaces", metavar="NUMBER",
                   help="with --save: the record this one changes (a new version)")
    s.add_argument("--quote", action="append", default=[], metavar="NUMBER",
                   help="with --save: a saved quote the record belongs to (repeatable)")
    p.add_argument("--format", choices=("table", "json"), default="table",
                   help="output of show and list")
    _RECORD_ONLY.clear()
    _REQUIRED.clear()
    for action in p._actions:
        if action.required and action.option_strings:
            action.required = False
            _REQUIRED.append((action.dest, action.option_strings[0]))
        if action.dest not in ("help", "action", "number", "db", "format", "lang",
                               "tariff_dir", "output", "client_name", "client_address",
                               "broker_profile", "date", "waiver"):
            _RECORD_ONLY[action.dest] = action.default
    p.set_defaults(func=cmd_advice)


def _given(args: argparse.Namespace) -> list[str]:
    """The record's options given on the command line."""
    return [dest for dest, default in _RECORD_ONLY.items()
            if getattr(args, dest, default) != default]


def _option(dest: str) -> str:
    return "--" + dest.replace("_", "-")


def cmd_advice(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.action is not None:
        return _stored(args, out, err)
    if args.number is not None:
        raise UsageError(f"unknown action {args.number!r}; use show, reprint or list")
    if args.format != "table":
        raise UsageError("--format is only used with advice show and advice list")
    if args.waiver is not None:
        return _waiver(args, out)
    return _record(args, out, err)


# ---------------------------------------------------------------------------------------
# helpers


def _time(text: str | None) -> dt.time | None:
    return parse_time(text)


def _client(args: argparse.Namespace) -> tuple[str, str]:
    from premiumcalc.pricing.request import check_client_address, check_client_name

    name = (args.client_name or "").strip()
    if not name:
        raise InvalidInput("client-name", "is required: --client-name NAME")
    check_client_name(name, "client-name")
    address = "\n".join(line.strip() for line in args.client_address)
    check_client_address(address, "client-address")
    return name, address


def _amount(option: str, text: str | None) -> Decimal | None:
    from premiumcalc.pricing.request import MAX_REFERENCE, parse_money

    if text is None:
        return None
    if not text.strip():
        raise InvalidInput(option, "must not be empty")
    return parse_money(option, text, maximum=MAX_REFERENCE)


def _current(args: argparse.Namespace) -> Any:
    from premiumcalc.pricing.reference import Reference

    insurer = args.current_insurer.strip()
    if len(insurer) > MAX_INSURER:
        raise InvalidInput("current-insurer", f"is {len(insurer):,} characters long; at most "
                                              f"{MAX_INSURER} are allowed")
    return Reference(insurer=insurer,
                     gross_annual=_amount("current-premium", args.current_premium),
                     cover=_amount("current-cover", args.current_cover),
                     deductible=_amount("current-deductible", args.current_deductible),
                     key_limit=_amount("current-key-limit", args.current_key_limit),
                     general_liability_limit=_amount("current-gl-limit", args.current_gl_limit),
                     cyber_limit=_amount("current-cyber-limit", args.current_cyber_limit))


def _sources(texts: list[str], required: set[str]) -> dict[str, str]:
    sources: dict[str, str] = {}
    for text in texts:
        rid, sep, source = text.strip().partition("=")
        rid, source = rid.strip(), source.strip()
        if not sep or source not in SOURCES:
            raise InvalidInput("require-source", f"{text[:40]!r}: use ID=SOURCE with SOURCE "
                                                 f"one of {', '.join(SOURCES)}, e.g. "
                                                 f"gl-limit=contract")
        if rid not in required:
            given = ", ".join(sorted(required)) or "none"
            raise InvalidInput("require-source", f"{rid!r} is not a requirement given with "
                                                 f"--require (given: {given})")
        if rid in sources:
            raise InvalidInput("require-source", f"{rid} is given twice")
        sources[rid] = source
    return sources


# ---------------------------------------------------------------------------------------
# the record


def _record(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.pdf.advice import (
        AdviceDocument,
        advice_record_missing,
        record_inputs,
        render_advice_record,
    )
    from premiumcalc.pricing.advice import build_advice
    from premiumcalc.pricing.compare import price_all
    from premiumcalc.tariffs import load_catalog

    missing = [option for dest, option in _REQUIRED if getattr(args, dest, None) is None]
    if args.date is None:
        missing.append("--date")
    if args.output is None:
        missing.append("-o/--output")
    if args.client_name is None:
        missing.append("--client-name")
    if missing:
        raise UsageError(f"the following arguments are required: {', '.join(missing)} "
                         f"(see '{PROG} advice --help')")
    if not args.save:
        for dest in ("db", "replaces"):
            if getattr(args, dest):
                raise UsageError(f"{_option(dest)} is only used with --save")
        if args.quote:
            raise UsageError("--quote is only used with --save")
    date = parse_date(args.date)
    time = _time(args.time)
    client_name, client_address = _client(args)
    current = _current(args)
    profile = profile_from_args(args)
    adviser = (args.adviser if args.adviser is not None else profile.name).strip()
    if args.adviser is not None and not adviser:
        raise InvalidInput("adviser", "must not be empty")
    if len(adviser) > 120:
        raise InvalidInput("adviser", f"is {len(adviser)} characters long; at most 120 are "
                                      f"allowed")
    check_printable(adviser, "adviser")
    if not profile.is_empty or args.save:
        lacking = advice_record_missing(profile)
        if profile.is_empty:
            lacking = ["a broker profile (a saved record is never a draft)", *lacking]
        if lacking:
            raise UsageError(f"--broker-profile: {args.broker_profile or 'the saved profile'}"
                             f": the broker profile lacks what an advice record needs: "
                             f"{'; '.join(lacking)}")
    if args.save and not adviser:
        raise InvalidInput("adviser", "a saved record names its adviser: give --adviser NAME "
                                      "or a name in the broker profile")

    catalog = load_catalog()
    request = request_from_args(args, tariff="", default_start=date)
    sources = _sources(args.require_source, {r.id for r in request.require})
    tariffs = installed_tariffs(args)
    warn_broken(tariffs, err)
    valid, unavailable = tariffs.valid_on(request.start)
    if not valid:
        raise InvalidInput("start", f"no installed tariff is valid on "
                                    f"{request.start.isoformat()}: "
                                    + "; ".join(reason for _id, reason in unavailable))
    failures: list[tuple[str, str]] = []
    outcomes = price_all(request, (t.tariff for t in valid), catalog, failures)
    if not outcomes:
        raise InvalidInput("start", "no installed tariff can price the request: "
                                    + "; ".join(reason for _id, reason in failures))
    advice = build_advice(outcomes, recommend=args.recommend, reason=args.reason,
                          client_choice=args.client_choice)
    doc = AdviceDocument(
        advice=advice, request=request, tariffs=valid,
        catalog=catalog, profile=profile, client_name=client_name,
        client_address=client_address, date=date, time=time, lang=args.lang,
        channel=args.channel, adviser=adviser, oral_first=args.oral_first, sources=sources,
        current=current, unavailable=[*unavailable, *failures],
        replaces=(args.replaces or "").strip() or None,
        quote_numbers=[q.strip() for q in args.quote if q.strip()])
    if not args.save:
        data = render_advice_record(doc)
        write_document(args.output, data)
        print(f"{args.output}: advice record, DRAFT (not handed over; --save --db URL hands "
              f"it over)", file=out)
        return 0
    return _save(args, doc, record_inputs(doc), out, err)


def _save(args: argparse.Namespace, doc: Any, inputs: dict[str, Any], out: TextIO,
          err: TextIO) -> int:
    from dataclasses import replace

    from premiumcalc.cli.quotes import _open
    from premiumcalc.pdf.advice import render_advice_record
    from premiumcalc.quotes import advice_records as ar
    from premiumcalc.quotes.errors import StoreError

    made: dict[str, bytes] = {}

    def make(number: str) -> bytes:
        made[number] = render_advice_record(replace(doc, number=number))
        return made[number]

    moment: dt.date | dt.datetime = (dt.datetime.combine(doc.date, doc.time)
                                     if doc.time else doc.date)
    a = doc.advice
    store = _open(args, err)
    try:
        saved = ar.save_advice_record(
            store, pdf=make, inputs=inputs, client_name=doc.client_name,
            client_address=doc.client_address, advice_at=moment, channel=doc.channel,
            adviser=doc.adviser, oral_first=doc.oral_first, lang=doc.lang,
            start_date=doc.request.start, recommended=a.recommended,
            chosen=a.decision.tariff_id, quote_numbers=doc.quote_numbers,
            replaces=doc.replaces)
    except StoreError as error:
        raise UsageError(str(error)) from None
    finally:
        store.close()
    write_document(args.output, made[saved.number])
    replaces = f", replaces {saved.replaces}" if saved.replaces else ""
    print(f"{saved.number}: advice record handed over and frozen (sha256 {saved.sha256}"
          f"{replaces}); written to {args.output}", file=out)
    return 0


# ---------------------------------------------------------------------------------------
# the waiver


def _waiver(args: argparse.Namespace, out: TextIO) -> int:
    given = [d for d in _given(args)]
    given += [option for dest, option in _REQUIRED if getattr(args, dest, None) is not None]
    if given:
        first = given[0]
        raise UsageError(f"{first if first.startswith('-') else _option(first)} is not used "
                         f"with --waiver (the waiver is a separate declaration, never part of "
                         f"the record)")
    if args.output is None:
        raise UsageError("--waiver needs -o OUT.pdf")
    date = parse_date(args.date) if args.date is not None else None
    client_name, client_address = _client(args)
    return write_waiver(profile_from_args(args), args.waiver, client_name=client_name,
                        client_address=client_address, lang=args.lang, date=date,
                        output=args.output, out=out)


# ---------------------------------------------------------------------------------------
# frozen records: show, reprint, list


def _stored(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.cli.advice_listing import record_line
    from premiumcalc.cli.quotes import _open
    from premiumcalc.quotes import advice_records as ar
    from premiumcalc.quotes.errors import StoreError

    given = _given(args) + [option for dest, option in _REQUIRED
                            if getattr(args, dest, None) is not None]
    if args.action == "list":
        if args.number is not None:
            raise UsageError("advice list takes no NUMBER (use --client-name or --quote)")
    elif args.number is None:
        raise UsageError(f"advice {args.action} needs the record NUMBER, e.g. B-2026-000001")
    allowed = {"quote"} if args.action == "list" else set()
    extra = [g for g in given if g not in allowed]
    if extra:
        name = extra[0] if extra[0].startswith("-") else _option(extra[0])
        raise UsageError(f"{name} is not used with advice {args.action}")
    if args.action == "reprint" and args.output is None:
        raise UsageError("advice reprint needs -o OUT.pdf")
    if args.action != "reprint" and args.output is not None:
        raise UsageError(f"-o is not used with advice {args.action}")
    number = str(args.number)
    store = _open(args, err)
    try:
        if args.action == "reprint":
            data = ar.advice_pdf(store, number)
            record = ar.get_advice_record(store, number)
        elif args.action == "show":
            record = ar.get_advice_record(store, number)
            versions = ar.advice_versions(store, number)
        else:
            quote = args.quote[0] if args.quote else None
            if len(args.quote) > 1:
                raise UsageError("advice list takes one --quote")
            records = ar.list_advice_records(
                store, client_name=args.client_name, quote_number=quote,
                client_address="\n".join(args.client_address) if args.client_address
                else None)
    except StoreError as error:
        raise UsageError(str(error)) from None
    finally:
        store.close()
    if args.action == "reprint":
        write_document(args.output, data)
        print(f"{args.output}: advice record {record.number} as handed over (sha256 "
              f"{record.sha256})", file=out)
        if record.replaced_by:
            print(f"{PROG}: warning: {record.number} was replaced by {record.replaced_by}",
                  file=err)
        return 0
    if args.action == "show":
        if args.format == "json":
            data_out = record.list_dict()
            data_out["versions"] = [v.number for v in versions]
            data_out["inputs"] = record.inputs
            out.write(json.dumps(data_out, ensure_ascii=False, indent=2) + "\n")
            return 0
        out.write(record_line(record) + "\n")
        out.write(f"  handed over {record.created_at}; sha256 {record.sha256}\n")
        if record.quote_numbers:
            out.write(f"  quotes: {', '.join(record.quote_numbers)}\n")
        if len(versions) > 1:
            out.write(f"  versions: {' → '.join(v.number for v in versions)}\n")
        return 0
    if args.format == "json":
        out.write(json.dumps([r.list_dict() for r in records], ensure_ascii=False, indent=2)
                  + "\n")
        return 0
    if not records:
        out.write("no advice records\n")
    for r in records:
        out.write(record_line(r) + "\n")
    return 0
