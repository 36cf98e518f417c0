"""The ``quotes`` command and the ``--save`` options of ``quote``.

This module is imported whenever the command line starts, so it imports nothing heavy:
SQLAlchemy is loaded only when a quote is saved or a ``quotes`` command runs.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from premiumcalc.cli.errors import UsageError
from premiumcalc.textsafe import terminal_safe

if TYPE_CHECKING:
    from premiumcalc.pricing.request import QuoteRequest
    from premiumcalc.quotes.errors import StoreError
    from premiumcalc.quotes.store import QuoteStore
    from premiumcalc.tariffs import Catalog, LoadedTariff

DB_HELP = ("the quote database: a file (SQLite) or a sqlite:/// or postgresql:// URL "
           "(default: $PREMIUMCALC_DATABASE_URL, else quotes.db in the user data folder)")
STATUS_CHOICES = ("draft", "sent", "accepted", "declined")

EXAMPLES = """\
examples:
  premiumcalc quote --tariff nordlicht-it-2026 --profession software-development \\
      --revenue 180000 --cover 1000000 --deductible 500 --save --client-name "Muster GmbH"
  premiumcalc quotes list --client muster --format json
  premiumcalc quotes show Q-2026-000123 --format json
  premiumcalc quotes set Q-2026-000123 --status sent --notes "mailed as PDF"
  premiumcalc quotes export --format csv -o quotes.csv
  premiumcalc quotes export --format csv --excel -o quotes-excel.csv
  premiumcalc quotes export --format xlsx -o quotes.xlsx
"""


def add_save_args(parser: argparse.ArgumentParser) -> None:
    """The options of ``premiumcalc quote`` that save the quote."""
    g = parser.add_argument_group("saving the quote")
    g.add_argument("--save", action="store_true",
                   help="save the quote (needs --client-name) and print its number")
    g.add_argument("--client-name", metavar="NAME", help="the client the quote is for")
    g.add_argument("--client-address", action="append", default=[], metavar="LINE",
                   help="a line of the client's address (repeat for each line, as for "
                        "the PDF)")
    g.add_argument("--notes", default="", help="notes kept with the saved quote")
    g.add_argument("--db", metavar="PATH", help=DB_HELP)


def register(sub: Any) -> None:
    """Add ``premiumcalc quotes list|show|export`` to the command line's subparsers."""
    p = sub.add_parser("quotes", help="list, show and export saved quotes",
                       description="List, show and export the saved quotes.", epilog=EXAMPLES,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", metavar="PATH", help=DB_HELP)
    actions = p.add_subparsers(dest="quotes_action", metavar="ACTION", parser_class=type(p))
    p.set_defaults(func=_missing_action)

    ls = actions.add_parser("list", help="list saved quotes, newest first")
    ls.add_argument("--client", metavar="TEXT", help="only clients whose name contains TEXT")
    ls.add_argument("--search", metavar="TEXT", default="",
                    help="number, client, profession, tariff or date (2026-11-25) containing "
                         "TEXT")
    ls.add_argument("--status", choices=STATUS_CHOICES)
    ls.add_argument("--format", choices=("table", "json"), default="table")
    ls.add_argument("--db", metavar="PATH", help=DB_HELP, default=argparse.SUPPRESS)
    ls.set_defaults(func=cmd_list)

    sh = actions.add_parser("show", help="show a saved quote exactly as saved")
    sh.add_argument("number", metavar="NUMBER", help="the quote number, e.g. Q-2026-000123")
    sh.add_argument("--format", choices=("table", "json"), default="table")
    sh.add_argument("--lang", choices=("en", "de"),
                    help="language of the table (default: the language it was saved in)")
    sh.add_argument("--db", metavar="PATH", help=DB_HELP, default=argparse.SUPPRESS)
    sh.set_defaults(func=cmd_show)

    st = actions.add_parser("set", help="change a saved quote's status or notes")
    st.add_argument("number", metavar="NUMBER", help="the quote number, e.g. Q-2026-000123")
    st.add_argument("--status", choices=STATUS_CHOICES)
    st.add_argument("--notes", help="replace the notes kept with the quote")
    st.add_argument("--db", metavar="PATH", help=DB_HELP, default=argparse.SUPPRESS)
    st.set_defaults(func=cmd_set)

    ex = actions.add_parser("export", help="export saved quotes as CSV or an Excel file")
    ex.add_argument("--format", choices=("csv", "xlsx"), default="csv",
                    help="csv (default) or xlsx, an Excel workbook with amounts as numbers "
                         "and dates as dates (needs -o)")
    ex.add_argument("--excel", action="store_true",
                    help="CSV for German Excel: semicolons, UTF-8 with BOM, decimal comma, "
                         "local date and time")
    ex.add_argument("-o", "--output", type=Path, metavar="OUT",
                    help="write to this file (atomically) instead of standard output")
    ex.add_argument("--client", metavar="TEXT", help="only clients whose name contains TEXT")
    ex.add_argument("--db", metavar="PATH", help=DB_HELP, default=argparse.SUPPRESS)
    ex.set_defaults(func=cmd_export)


def _fail(message: str) -> NoReturn:
    raise UsageError(message)


def _missing_action(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    _fail("quotes needs an action: list, show, set or export "
          "(see 'premiumcalc quotes --help')")


def _open(args: argparse.Namespace, err: TextIO, *, daily_backup: bool = True) -> QuoteStore:
    from premiumcalc.quotes.errors import StoreError
    from premiumcalc.quotes.store import open_store

    try:
        store = open_store(getattr(args, "db", None), daily_backup=daily_backup)
    except StoreError as error:
        _fail(str(error))
    if store.corruption is not None:
        print(f"premiumcalc: warning: {store.corruption.message()}", file=err)
    return store


def _store_failed(error: StoreError) -> NoReturn:
    _fail(str(error))


def save_from_args(args: argparse.Namespace, request: QuoteRequest, loaded: LoadedTariff,
                   catalog: Catalog, err: TextIO) -> str | None:
    """Save the quote when ``--save`` was given; returns its number (None without --save)."""
    if not getattr(args, "save", False):
        for option in ("client_name", "client_address", "notes", "db"):
            if getattr(args, option, None):
                _fail(f"--{option.replace('_', '-')} is only used with --save")
        return None
    name = (args.client_name or "").strip()
    if not name:
        _fail("client name: --save needs --client-name NAME (the client the quote is for)")
    from premiumcalc.pricing.request import check_client_address, check_client_name, check_notes

    check_client_name(name)
    # the lines as `premiumcalc pdf` and `advice` take them, so that the same client is found
    address = "\n".join(args.client_address or []).strip()
    check_client_address(address)
    check_notes(args.notes or "")
    from premiumcalc.quotes.errors import StoreError

    store = _open(args, err)
    try:
        saved = store.save_quote(request, loaded, client_name=name,
                                 client_address=address, lang=args.lang,
                                 notes=args.notes or "", catalog=catalog)
    except StoreError as error:
        _store_failed(error)
    finally:
        store.close()
    return saved.number


def cmd_list(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.quotes.errors import StoreError

    store = _open(args, err)
    try:
        rows = store.search(args.search, client=args.client, status=args.status, limit=None)
    except StoreError as error:
        _store_failed(error)
    finally:
        store.close()
    if args.format == "json":
        out.write(json.dumps([r.list_dict() for r in rows], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not rows:
        out.write("no saved quotes\n")
        return 0
    table = [("number", "date", "client", "profession", "tariff", "gross/year", "status")]
    for r in rows:
        gross = "-" if r.gross_annual is None else f"{r.gross_annual:.2f}"
        table.append((r.number, r.created_at[:10], terminal_safe(r.client_name), r.profession,
                      f"{r.tariff_id} {r.tariff_version}", gross, r.status))
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
                  .rstrip() + "\n")
    return 0


def cmd_show(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.pricing.request import InvalidInput
    from premiumcalc.quotes.errors import StoreError
    from premiumcalc.quotes.reprinting import Reprint, reprint

    store = _open(args, err)
    try:
        saved = store.get(args.number)
        again: Reprint | None
        try:
            again = reprint(store, saved.number)
        except StoreError as error:
            print(f"premiumcalc: warning: {error}", file=err)
            again = None
        except InvalidInput as error:  # saved by an older version, beyond today's limits
            print(f"premiumcalc: warning: {saved.number} cannot be priced again, its saved "
                  f"request is not allowed today: {error}; the saved result is shown", file=err)
            again = None
        from premiumcalc.cli.advice_listing import advice_of_quote

        records = advice_of_quote(store, saved.number)
    except StoreError as error:
        _store_failed(error)
    finally:
        store.close()
    if again is not None and not again.exact:
        print(f"premiumcalc: warning: pricing {saved.number} again from its saved tariff gives "
              f"a different result than saved; the saved result is shown", file=err)
    if args.format == "json":
        data = saved.show_dict()
        data["newer_tariff"] = _newer_dict(again)
        data["advice_records"] = records.json()
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    lang = args.lang or saved.lang
    replaces = f" · replaces {saved.replaces}" if saved.replaces else ""
    out.write(f"{saved.number} · {saved.created_at[:10]} · {terminal_safe(saved.client_name)} · "
              f"{saved.status}{replaces}\n")
    if again is not None:
        from premiumcalc.cli.report import quote_table
        from premiumcalc.tariffs import load_catalog

        out.write(quote_table(again.outcome, again.loaded, lang, load_catalog()))
        text = again.newer_text(lang)
        if text:
            out.write(text + "\n")
    else:
        out.write(json.dumps(saved.outcome, ensure_ascii=False, indent=2) + "\n")
    out.write(records.text())
    return 0


def _newer_dict(again: Any) -> dict[str, Any] | None:
    if again is None or again.newer is None:
        return None
    new = again.newer
    gross = new.gross_annual
    return {
        "id": new.loaded.id,
        "version": new.version,
        "sha256": new.loaded.sha256,
        "status": None if new.outcome is None else new.outcome.status,
        "gross_annual": None if gross is None else f"{gross:.2f}",
        "problem": new.problem or None,
    }


def cmd_set(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.quotes.errors import StoreError

    if args.status is None and args.notes is None:
        _fail("quotes set needs --status and/or --notes")
    if args.notes is not None:
        from premiumcalc.pricing.request import check_notes

        check_notes(args.notes)
    store = _open(args, err)
    try:
        saved = store.update(args.number, status=args.status, notes=args.notes)
    except StoreError as error:
        _store_failed(error)
    finally:
        store.close()
    out.write(f"{saved.number}: {saved.status}\n")
    return 0


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.quotes.errors import StoreError
    from premiumcalc.quotes.export import write_csv, write_quotes

    if args.format == "xlsx" and args.output is None:
        _fail("--format xlsx writes a file: give it with -o OUT.xlsx")
    if args.format == "xlsx" and args.excel:
        _fail("--excel is for CSV; an xlsx file needs no Excel settings")
    store = _open(args, err)
    try:
        if args.client:
            numbers = [r.number for r in store.search(client=args.client, sort="created",
                                                      descending=False, limit=None)]
            quotes = store.iter_saved(numbers)
        else:
            quotes = store.iter_saved()
        if args.output is None:
            write_csv(quotes, out, excel=args.excel)
        else:
            fmt = "xlsx" if args.format == "xlsx" else "excel-csv" if args.excel else "csv"
            n = write_quotes(args.output, fmt, quotes)
            print(f"{n} quote{'s' * (n != 1)} written to {args.output}", file=err)
    except StoreError as error:
        _store_failed(error)
    finally:
        store.close()
    return 0
