"""``premiumcalc clients list|show|set|follow-up|due|renewals|export|delete`` and
``premiumcalc audit``: the client register on the command line.

A client is named by its number (``K-000001``) or its exact name; a name that several
clients share is refused with their numbers. Like ``quotes``, every command takes ``--db``.
This module is imported whenever the command line starts, so it imports nothing heavy.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from premiumcalc.cli.errors import UsageError
from premiumcalc.textsafe import terminal_safe

if TYPE_CHECKING:
    from premiumcalc.quotes.client_models import Client, CurrentContract
    from premiumcalc.quotes.store import QuoteStore

DB_HELP = ("the quote database: a file (SQLite) or a sqlite:/// or postgresql:// URL "
           "(default: $PREMIUMCALC_DATABASE_URL, else quotes.db in the user data folder)")

EXAMPLES = """\
examples:
  premiumcalc clients list --search müller
  premiumcalc clients show K-000001
  premiumcalc clients set K-000001 --email info@example.de --phone "+49 30 1234567" \\
      --current-insurer "Alte Versicherung AG" --current-premium 812.30 \\
      --current-cover 1000000 --current-deductible 500 --renewal 2027-03-01 \\
      --current-request-from Q-2026-000123 --follow-up 2027-01-15 --legal-hold off
  premiumcalc clients follow-up Q-2026-000123 2027-01-10
  premiumcalc clients due --date 2027-01-15
  premiumcalc clients renewals --within 90
  premiumcalc clients export K-000001 -o K-000001.zip
  premiumcalc clients delete K-000001
  premiumcalc audit --client K-000001

A client is named by its number (K-000001) or its exact name. Retention periods come from
retention.toml in the settings folder (offers and first information 6 years, advice records
10 years, from the end of the calendar year; drafts never sent can be deleted at once).
"""

#: ``clients list --limit`` above this lists every client (a database takes no larger).
MAX_LIMIT = 2**31 - 1

LIMIT_OPTIONS = (("cover", "--current-cover"), ("deductible", "--current-deductible"),
                 ("key_limit", "--current-key-limit"),
                 ("general_liability_limit", "--current-gl-limit"),
                 ("cyber_limit", "--current-cyber-limit"))


def register(sub: Any) -> None:
    """Add ``premiumcalc clients …`` and ``premiumcalc audit``."""
    p = sub.add_parser("clients", help="the client register: list, show, change, follow-ups, "
                                       "renewals, export and delete clients",
                       description="The client register: clients with their numbers, "
                                   "contact, current contract, follow-ups and retention; "
                                   "export (Art. 15 GDPR) and delete (Art. 17 GDPR).",
                       epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", metavar="PATH", help=DB_HELP)
    actions = p.add_subparsers(dest="clients_action", metavar="ACTION", parser_class=type(p))
    p.set_defaults(func=_missing_action)

    def action(name: str, text: str) -> argparse.ArgumentParser:
        a: argparse.ArgumentParser = actions.add_parser(name, help=text, description=text)
        a.add_argument("--db", metavar="PATH", help=DB_HELP, default=argparse.SUPPRESS)
        return a

    ls = action("list", "list clients by name (restricted ones only with --all)")
    ls.add_argument("--search", metavar="TEXT", default="",
                    help="number, name, address, e-mail or telephone containing TEXT")
    ls.add_argument("--sort", choices=("name", "number", "created", "follow_up", "renewal"),
                    default="name")
    ls.add_argument("--all", action="store_true",
                    help="also clients kept only for a retention duty (restricted)")
    ls.add_argument("--limit", type=int, metavar="N", help="at most N clients")
    ls.add_argument("--format", choices=("table", "json"), default="table")
    ls.set_defaults(func=cmd_list)

    sh = action("show", "show a client: contact, current contract, records with retention")
    sh.add_argument("client", metavar="CLIENT", help="client number (K-000001) or exact name")
    sh.add_argument("--format", choices=("table", "json"), default="table")
    sh.set_defaults(func=cmd_show)

    st = action("set", "change a client's contact, notes, follow-up, legal hold or current "
                       "contract")
    st.add_argument("client", metavar="CLIENT", help="client number (K-000001) or exact name")
    st.add_argument("--email", metavar="ADDRESS", help="e-mail address ('' clears it)")
    st.add_argument("--phone", metavar="NUMBER", help="telephone number ('' clears it)")
    st.add_argument("--notes", metavar="TEXT", help="replace the notes")
    st.add_argument("--follow-up", metavar="YYYY-MM-DD",
                    help="follow-up date (Wiedervorlage); 'none' clears it")
    st.add_argument("--follow-up-note", metavar="TEXT", help="what the follow-up is about")
    st.add_argument("--legal-hold", choices=("on", "off"),
                    help="a legal hold stops deletion and anonymisation")
    g = st.add_argument_group("the current contract (given fields change, others stay)")
    g.add_argument("--current-insurer", metavar="NAME")
    g.add_argument("--current-premium", metavar="AMOUNT", help="gross premium a year, e.g. 812.30")
    for _key, option in LIMIT_OPTIONS:
        g.add_argument(option, metavar="AMOUNT", help="'none' clears it")
    g.add_argument("--renewal", metavar="YYYY-MM-DD", help="main renewal date")
    g.add_argument("--current-request-from", metavar="QUOTE",
                   help="the saved quote whose request the current contract corresponds to "
                        "(priced again by the renewal check)")
    g.add_argument("--current-meets", action="append", metavar="REQUIREMENT",
                   help="a requirement id the current contract meets (repeatable; "
                        "--current-meets none clears them)")
    g.add_argument("--clear-contract", action="store_true", help="forget the current contract")
    st.add_argument("--version", type=int, metavar="N",
                    help="refuse the change when the client is no longer at version N "
                         "(changed at another desk since it was shown)")
    st.set_defaults(func=cmd_set)

    fu = action("follow-up", "set or clear the follow-up date of a saved quote")
    fu.add_argument("number", metavar="QUOTE", help="the quote number, e.g. Q-2026-000123")
    fu.add_argument("date", metavar="YYYY-MM-DD", help="the follow-up date, or none")
    fu.set_defaults(func=cmd_quote_follow_up)

    du = action("due", "list the follow-ups due (clients and quotes)")
    du.add_argument("--date", metavar="YYYY-MM-DD", help="due on or before (default today)")
    du.add_argument("--format", choices=("table", "json"), default="table")
    du.set_defaults(func=cmd_due)

    rn = action("renewals", "price each current contract for its renewal date: who would "
                            "save, who would gain cover")
    rn.add_argument("--within", type=int, default=90, metavar="DAYS",
                    help="renewal dates from today to DAYS days ahead (default 90)")
    rn.add_argument("--all", action="store_true",
                    help="also clients with nothing to gain and those that cannot be priced")
    rn.add_argument("--tariff-dir", action="append", default=[], type=Path, metavar="DIR",
                    help="a folder with further tariff files (repeatable)")
    rn.add_argument("--format", choices=("table", "json"), default="table")
    rn.set_defaults(func=cmd_renewals)

    ex = action("export", "write everything about a client into one ZIP archive (JSON and "
                          "PDFs, Art. 15 GDPR)")
    ex.add_argument("client", metavar="CLIENT", help="client number (K-000001) or exact name")
    ex.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.zip")
    ex.add_argument("--broker-profile", type=Path, metavar="FILE",
                    help="broker profile for the PDFs' letterhead (default: the saved one)")
    ex.add_argument("--lang", choices=("en", "de"), default="en",
                    help="language of the archive's README")
    ex.set_defaults(func=cmd_export)

    de = action("delete", "delete a client (Art. 17 GDPR): what no retention duty keeps goes "
                          "at once, the rest is restricted, then anonymised")
    de.add_argument("client", metavar="CLIENT", help="client number (K-000001) or exact name")
    de.add_argument("--force", action="store_true", help="do not ask")
    de.add_argument("--lang", choices=("en", "de"), default="en",
                    help="language of the question and the report")
    de.add_argument("--format", choices=("text", "json"), default="text")
    de.set_defaults(func=cmd_delete)

    au = sub.add_parser("audit", help="show the audit log (who did what to which client)",
                        description="Show the audit log: who saved, changed, handed over, "
                                    "exported, deleted or anonymised what, and when; clients "
                                    "by number only.")
    au.add_argument("--client", metavar="CLIENT",
                    help="only this client (number, or exact name of a client still kept)")
    au.add_argument("--format", choices=("table", "json"), default="table")
    au.add_argument("--db", metavar="PATH", help=DB_HELP)
    au.set_defaults(func=cmd_audit)


# ---------------------------------------------------------------------------------------
# helpers


def _fail(message: str) -> NoReturn:
    raise UsageError(message)


def _missing_action(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    _fail("clients needs an action: list, show, set, follow-up, due, renewals, export or "
          "delete (see 'premiumcalc clients --help')")


def actor_name(profile_path: Path | None = None) -> str | None:
    """The broker's name from the profile, for the audit log (None: use the OS user)."""
    try:
        from premiumcalc.pdf.profile import ProfileError, load_profile
    except ImportError:  # pragma: no cover
        return None
    try:
        profile = load_profile(profile_path)
    except (ProfileError, OSError):
        return None
    return profile.name.strip() or None


def open_for(args: argparse.Namespace, err: TextIO) -> QuoteStore:
    """The store named by ``--db``, with the audit log naming the broker."""
    from premiumcalc.quotes.errors import StoreError
    from premiumcalc.quotes.store import open_store

    try:
        store = open_store(getattr(args, "db", None))
    except StoreError as error:
        _fail(str(error))
    if store.corruption is not None:
        print(f"premiumcalc: warning: {store.corruption.message()}", file=err)
    name = actor_name(getattr(args, "broker_profile", None))
    if name:
        store.actor = name
    return store


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        _fail(f"{option}: {text[:40]!r} is not a date; use YYYY-MM-DD, e.g. 2027-03-01")


def _optional_day(text: str, option: str) -> date | None:
    return None if text.strip().lower() in ("none", "") else _day(text, option)


def _money(value: Any) -> str:
    return "-" if value is None else f"{value:.2f}"


def _table(out: TextIO, rows: Sequence[tuple[str, ...]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
                  .rstrip() + "\n")


def _run(args: argparse.Namespace, err: TextIO, work: Any) -> Any:
    from premiumcalc.quotes.errors import StoreError

    store = open_for(args, err)
    try:
        return work(store)
    except StoreError as error:
        _fail(str(error))
    finally:
        store.close()


# ---------------------------------------------------------------------------------------
# the commands


def cmd_list(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.limit is not None and args.limit < 1:
        _fail(f"--limit: {args.limit} is not allowed; give 1 or more")
    limit = None if args.limit is None else min(args.limit, MAX_LIMIT)  # more: every client
    rows = _run(args, err, lambda store: store.clients.list_clients(
        args.search, sort=args.sort, limit=limit, include_restricted=args.all))
    if args.format == "json":
        out.write(json.dumps([r.list_dict() for r in rows], ensure_ascii=False, indent=2)
                  + "\n")
        return 0
    if not rows:
        out.write("no clients\n")
        return 0
    table = [("number", "name", "e-mail", "telephone", "quotes", "follow-up", "renewal",
              "state")]
    for r in rows:
        state = ("anonymised" if r.anonymised else "restricted" if r.restricted
                 else "legal hold" if r.legal_hold else "")
        table.append((r.number, terminal_safe(r.name), terminal_safe(r.email),
                      terminal_safe(r.phone), str(r.quote_count),
                      r.follow_up.isoformat() if r.follow_up else "",
                      r.renewal.isoformat() if r.renewal else "", state))
    _table(out, table)
    return 0


def cmd_show(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.clock import today

    def work(store: QuoteStore) -> tuple[Client, list[Any]]:
        client = store.clients.get_client(args.client)
        return client, store.clients.records(client.number)

    client, records = _run(args, err, work)
    if args.format == "json":
        data = client.show_dict()
        data["records"] = [r.as_dict() for r in records]
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    day = today()
    lines = [f"{client.number} · {terminal_safe(client.name)} (version {client.version})"]
    if client.address:
        lines.append("address:   " + terminal_safe(client.address.replace("\n", ", ")))
    for label, value in (("e-mail", client.email), ("telephone", client.phone),
                         ("notes", client.notes)):
        if value:
            lines.append(f"{label + ':':<10} {terminal_safe(value)}")
    if client.follow_up:
        note = f" ({terminal_safe(client.follow_up_note)})" if client.follow_up_note else ""
        lines.append(f"follow-up: {client.follow_up.isoformat()}{note}")
    if client.legal_hold:
        lines.append("legal hold: on (no deletion, no anonymisation)")
    if client.anonymised:
        lines.append(f"anonymised: {client.anonymised_at}")
    elif client.restricted:
        lines.append(f"restricted since {client.restricted_at} (deleted at the client's "
                     f"request); anonymised after {client.anonymise_after}")
    contract = client.contract
    if not contract.is_empty:
        limits = ", ".join(f"{k} {v}" for k, v in contract.limits.items())
        lines.append(
            f"current contract: {terminal_safe(contract.insurer) or '-'}, "
            f"{_money(contract.premium)} a year"
            + (f", {limits}" if limits else "")
            + (f", renewal {contract.renewal.isoformat()}" if contract.renewal else "")
            + (f", request of {contract.quote_number}" if contract.quote_number
               else ", request kept" if contract.request else ""))
    out.write("\n".join(lines) + "\n")
    if records:
        table = [("record", "kind", "date", "status", "retention", "detail")]
        for r in records:
            status = r.status + (" (bin)" if r.deleted else "") + (
                " (restricted)" if r.restricted else "")
            table.append((r.number, r.kind, r.date.isoformat(), status,
                          r.retention_text(day), terminal_safe(r.detail)))
        _table(out, table)
    else:
        out.write("no records\n")
    return 0


def _merged_contract(args: argparse.Namespace, store: QuoteStore,
                     current: CurrentContract) -> CurrentContract | None:
    from dataclasses import replace

    from premiumcalc.quotes.clients import parse_amount

    contract = current
    if args.current_insurer is not None:
        contract = replace(contract, insurer=args.current_insurer.strip())
    if args.current_premium is not None:
        premium = (None if args.current_premium.strip().lower() in ("none", "")
                   else parse_amount(args.current_premium, "current-premium"))
        contract = replace(contract, premium=premium)
    limits = dict(contract.limits)
    for key, option in LIMIT_OPTIONS:
        value = getattr(args, option.removeprefix("--").replace("-", "_"))
        if value is None:
            continue
        if value.strip().lower() in ("none", ""):
            limits.pop(key, None)
        else:
            limits[key] = parse_amount(value, option.removeprefix("--"))
    contract = replace(contract, limits=limits)
    if args.renewal is not None:
        contract = replace(contract, renewal=_optional_day(args.renewal, "--renewal"))
    if args.current_request_from is not None:
        saved = store.get(args.current_request_from.strip(), include_deleted=True)
        contract = replace(contract, request=dict(saved.request), quote_number=saved.number)
    if args.current_meets is not None:
        from premiumcalc.pricing.request import InvalidInput
        from premiumcalc.pricing.requirement import KINDS

        met = tuple(m.strip() for m in args.current_meets
                    if m.strip() and m.strip().lower() != "none")
        for m in met:
            if m not in KINDS:
                raise InvalidInput("current-meets", f"{m[:40]!r} is not a requirement id; "
                                                    f"allowed: {', '.join(KINDS)} (or none)")
        contract = replace(contract, requirements_met=met)
    return contract


def cmd_set(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.quotes.clients import UNSET

    contract_given = any(getattr(args, name) is not None for name in (
        "current_insurer", "current_premium", "renewal", "current_request_from",
        "current_meets", *(o.removeprefix("--").replace("-", "_") for _k, o in LIMIT_OPTIONS)))
    given = [args.email, args.phone, args.notes, args.follow_up, args.follow_up_note,
             args.legal_hold]
    if all(v is None for v in given) and not contract_given and not args.clear_contract:
        _fail("clients set needs something to change: --email, --phone, --notes, "
              "--follow-up, --follow-up-note, --legal-hold or a --current-… option")
    if args.clear_contract and contract_given:
        _fail("--clear-contract cannot be combined with --current-… options")
    follow_up = (UNSET if args.follow_up is None
                 else _optional_day(args.follow_up, "--follow-up"))

    def work(store: QuoteStore) -> Client:
        register = store.clients
        contract: Any = UNSET
        if args.clear_contract:
            contract = None
        elif contract_given:
            contract = _merged_contract(args, store, register.get_client(args.client).contract)
        return register.update_client(
            args.client, version=args.version,
            email=UNSET if args.email is None else args.email,
            phone=UNSET if args.phone is None else args.phone,
            notes=UNSET if args.notes is None else args.notes,
            follow_up=follow_up,
            follow_up_note=UNSET if args.follow_up_note is None else args.follow_up_note,
            legal_hold=UNSET if args.legal_hold is None else args.legal_hold == "on",
            contract=contract)

    client = _run(args, err, work)
    out.write(f"{client.number}: changed (version {client.version})\n")
    return 0


def cmd_quote_follow_up(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    due = _optional_day(args.date, "date")
    _run(args, err, lambda store: store.clients.set_quote_follow_up(args.number, due))
    out.write(f"{args.number.strip()}: follow-up {due.isoformat() if due else 'cleared'}\n")
    return 0


def cmd_due(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    on = _day(args.date, "--date") if args.date else None
    rows = _run(args, err, lambda store: store.clients.follow_ups_due(on, limit=None))
    if args.format == "json":
        out.write(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not rows:
        out.write("no follow-ups due\n")
        return 0
    table = [("due", "client", "name", "quote", "note")]
    for r in rows:
        table.append((r.due.isoformat(), r.client_number, terminal_safe(r.client_name),
                      r.quote_number or "", terminal_safe(r.note)))
    _table(out, table)
    return 0


def cmd_renewals(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.cli.args import installed_tariffs, warn_broken
    from premiumcalc.quotes.renewals import renewal_check

    if args.within < 0:
        _fail(f"--within: {args.within} days is not allowed; give 0 or more days")
    tariffs = installed_tariffs(args)
    warn_broken(tariffs, err)
    rows = _run(args, err, lambda store: renewal_check(store, within=args.within,
                                                       installed=tariffs,
                                                       everyone=args.all))
    if args.format == "json":
        out.write(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not rows:
        out.write(f"no client with a renewal within {args.within} days would save or gain "
                  f"cover\n")
        return 0
    table = [("client", "name", "renewal", "current", "premium", "cheapest", "gross",
              "saving", "more cover")]
    for r in rows:
        cheapest = r.cheapest
        more = ("" if not r.gains or r.more_cover is None
                else f"{r.more_cover.tariff_id}: {', '.join(r.gains)}")
        table.append((r.client_number, terminal_safe(r.client_name), r.renewal.isoformat(),
                      terminal_safe(r.current_insurer) or "-", _money(r.current_premium),
                      cheapest.tariff_id if cheapest else (r.problem[:40] or "-"),
                      _money(cheapest.gross_annual if cheapest else None),
                      _money(r.saving), more))
    _table(out, table)
    return 0


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.cli.client_archive import write_client_archive
    from premiumcalc.cli.pdf import profile_from_args
    from premiumcalc.fileio import WriteError

    if not args.output.name.strip():
        _fail("-o: the file name is empty; name the archive to write")
    profile = profile_from_args(args)

    def work(store: QuoteStore) -> Any:
        try:
            return write_client_archive(store, args.client, args.output, profile=profile,
                                        lang=args.lang)
        except WriteError as error:
            _fail(f"cannot write the archive: {error}")

    report = _run(args, err, work)
    for number, problem in report.missing:
        print(f"premiumcalc: warning: no document for {number}: {problem}", file=err)
    out.write(f"{report.path}: client {report.client_number}, "
              f"{len(report.documents)} documents\n")
    return 0


def cmd_delete(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.cli.client_archive import CLIENTS

    lang = args.lang

    def records(items: Any) -> str:
        return ", ".join(items)

    def work(store: QuoteStore) -> Any:
        register = store.clients
        client = register.get_client(args.client)
        if not args.force and not (client.restricted or client.anonymised):
            preview = register.deletion_preview(client.number)
            if preview.removed:
                out.write(CLIENTS("delete-would-remove", lang,
                                  records=records(preview.removed)) + "\n")
            if preview.kept:
                out.write(CLIENTS("delete-would-keep", lang, date=str(preview.kept_until),
                                  records=records(r.number for r in preview.kept)) + "\n")
            out.write(CLIENTS("delete-question", lang, number=client.number,
                              name=terminal_safe(client.name)))
            out.flush()
            answer = sys.stdin.readline().strip().casefold()
            if not sys.stdin.isatty():  # the answer was not echoed: end the question's line
                out.write("\n")
            yes = {w.casefold() for language in ("en", "de")
                   for w in CLIENTS.words("delete-answers", language)}
            if answer not in yes:
                out.write(CLIENTS("delete-cancelled", lang) + "\n")
                return None
        return register.delete_client(client.number)

    report = _run(args, err, work)
    if report is None:
        return 1
    if args.format == "json":
        out.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n")
        return 0
    if report.removed:
        out.write(CLIENTS("delete-removed", lang, records=records(report.removed)) + "\n")
    else:
        out.write(CLIENTS("delete-removed-none", lang) + "\n")
    if report.client_removed:
        out.write(CLIENTS("delete-client-removed", lang, number=report.client_number) + "\n")
    else:
        out.write(CLIENTS("delete-contact-removed", lang) + "\n")
        out.write(CLIENTS("delete-kept", lang, date=str(report.kept_until),
                          records=records(r.number for r in report.kept)) + "\n")
    return 0


def cmd_audit(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    rows = _run(args, err, lambda store: store.clients.audit_entries(args.client))
    if args.format == "json":
        out.write(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not rows:
        out.write("the audit log is empty\n")
        return 0
    table = [("when", "who", "what", "client", "record", "detail")]
    for r in rows:
        table.append((r.at[:19].replace("T", " "), terminal_safe(r.who), r.action,
                      r.client_number or "", r.subject, terminal_safe(r.detail)))
    _table(out, table)
    return 0
