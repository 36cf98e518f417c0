"""``premiumcalc tariffs``: list the installed tariffs, check a tariff file, see what a new
version changes for the saved quotes (impact) or compare two tariff files (diff)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from premiumcalc.cli.args import installed_tariffs, output_file, warn_broken
from premiumcalc.cli.errors import UsageError
from premiumcalc.cli.quotes import DB_HELP
from premiumcalc.tariffs import LoadedTariff, load_tariffs

IMPACT_HELP = """\
actions:
  list                 the installed tariffs, every version with its period (default)
  check FILE           validate a tariff file and run its own checks
  impact FILE          what FILE, added as a new version, changes for the saved quotes
  diff OLD NEW         every difference between two tariff files

examples:
  premiumcalc tariffs impact nordlicht-2027.toml --format json
  premiumcalc tariffs impact nordlicht-2027.toml --format csv -o impact.csv
  premiumcalc tariffs diff nordlicht-it-2026.toml nordlicht-2027.toml
"""


def register(sub: Any) -> None:
    t = sub.add_parser("tariffs", help="list the installed tariffs, check a tariff file, or "
                                       "see what a new version changes",
                       description="List the installed tariffs ('tariffs'), validate a "
                                   "tariff file and list every error ('tariffs check FILE'), "
                                   "price the saved quotes with a new version "
                                   "('tariffs impact FILE') or compare two tariff files "
                                   "('tariffs diff OLD NEW').",
                       epilog=IMPACT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    t.add_argument("action", nargs="?", choices=("list", "check", "impact", "diff"),
                   default="list")
    t.add_argument("file", nargs="?", type=Path, metavar="FILE")
    t.add_argument("new_file", nargs="?", type=Path, metavar="NEW",
                   help="the new file of 'tariffs diff OLD NEW'")
    t.add_argument("--format", choices=("table", "json", "csv"), default="table",
                   help="table (default) or json; csv for 'tariffs impact'")
    t.add_argument("--lang", choices=("en", "de"), default="en",
                   help="language of the table and texts (impact, diff)")
    t.add_argument("--db", metavar="PATH", help=DB_HELP + "; for 'tariffs impact'")
    t.add_argument("-o", "--output", type=output_file, metavar="OUT",
                   help="'tariffs impact': write to this file (atomically) instead of "
                        "standard output")
    t.add_argument("--tariff-dir", action="append", default=[], type=Path, metavar="DIR")
    t.set_defaults(func=cmd_tariffs)


def _only_for(args: argparse.Namespace) -> None:
    """Refuse the options that the chosen action does not use."""
    for option in ("db", "output"):
        if getattr(args, option) is not None and args.action != "impact":
            raise UsageError(f"--{option} is only used with 'tariffs impact'")
    if args.format == "csv" and args.action != "impact":
        raise UsageError("--format csv is only used with 'tariffs impact'; use table or json")
    if args.new_file is not None and args.action != "diff":
        raise UsageError(f"unexpected argument {str(args.new_file)!r} (only 'tariffs diff' "
                         f"takes two files)")


def cmd_tariffs(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.tariffs import TariffFileError, load_tariff_file

    _only_for(args)
    if args.action == "impact":
        return cmd_impact(args, out, err)
    if args.action == "diff":
        return cmd_diff(args, out, err)
    if args.action == "check":
        from premiumcalc.pricing.selfcheck import check_failures

        if args.file is None:
            raise UsageError("tariffs check needs a FILE (see 'premiumcalc tariffs --help')")
        try:
            loaded = load_tariff_file(args.file, verify=check_failures)
        except TariffFileError as exc:
            n = len(exc.problems)
            print(f"{args.file}: not a valid tariff file ({n} problem{'s' * (n != 1)}):",
                  file=out)
            for line in exc.lines():
                print(f"  {line}", file=out)
            return 2
        t = loaded.tariff
        from premiumcalc.tariffs.loader import resolve_versions

        installed = load_tariffs(include_user_dir=False)
        note = ""
        own = [v for v in installed.all_versions() if v.id == t.id]
        if not any(v.path.resolve() == args.file.resolve() for v in own):
            errors: list[TariffFileError] = []
            after = resolve_versions(own, [loaded], errors).get(t.id, [])
            replaced = [r for a in after if not a.bundled for r in a.replaced]
            if replaced:
                note = f"; once added it replaces the bundled version {', '.join(replaced)}"
        until = f" until {t.valid_until.isoformat()}" if t.valid_until else ""
        print(f"{args.file}: valid tariff {t.id} version {t.version} ({t.insurer}, {t.product}), "
              f"valid from {t.valid_from.isoformat()}{until}, sha256 {loaded.sha256}{note}",
              file=out)
        return 0
    if args.file is not None:
        raise UsageError(f"unexpected argument {str(args.file)!r} (did you mean 'tariffs check'?)")

    tariffs = installed_tariffs(args)
    rows = [_tariff_row(t) for t in tariffs.all_versions()]
    if args.format == "json":
        data = {
            "tariffs": rows,
            "errors": [
                {"file": str(e.path), "problems": [str(p) for p in e.problems]}
                for e in tariffs.errors
            ],
        }
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        from premiumcalc.cli.report import tariffs_table

        out.write(tariffs_table(rows))
        warn_broken(tariffs, err)
    return 0


def _tariff_row(t: LoadedTariff) -> dict[str, Any]:
    if t.bundled:
        source = "bundled"
    elif t.replaces_bundled:
        source = f"added, replaces bundled {', '.join(t.replaced)}"
    else:
        source = "added"
    return {
        "id": t.id,
        "insurer": t.tariff.insurer,
        "product": t.tariff.product,
        "version": t.version,
        "valid_from": t.tariff.valid_from.isoformat(),
        "valid_until": t.effective_until.isoformat() if t.effective_until else None,
        "source": source,
        "file": str(t.path),
        "sha256": t.sha256,
    }


# ---------------------------------------------------------------------------------------
# tariffs impact FILE / tariffs diff OLD NEW (handbook §12)

_TEXTS = {
    "en": {
        "number": "Number", "client": "Client", "start": "Start", "old_status": "Old status",
        "new_status": "New status", "old_gross": "Old gross", "new_gross": "New gross",
        "difference": "Difference", "percent": "%", "changed_steps": "Changed steps",
        "head": "Impact of {id} version {version} ({period}) on the saved quotes",
        "summary": "{count} saved quotes: {rising} rising, {falling} falling, {unchanged} "
                   "unchanged, {status_changed} not quoted both times; total difference "
                   "{total_difference}",
        "none": "No saved quote of {id} with a start in this period.",
        "diff_head": "{old} → {new}: {n} differences",
        "no_diff": "{old} → {new}: no differences",
        "written": "{n} quotes written to {file}",
        "quoted": "quoted", "referred": "referred", "declined": "declined",
        "invalid": "not accepted",
    },
    "de": {
        "number": "Nummer", "client": "Kunde", "start": "Beginn", "old_status": "Status alt",
        "new_status": "Status neu", "old_gross": "Brutto alt", "new_gross": "Brutto neu",
        "difference": "Differenz", "percent": "%", "changed_steps": "Geänderte Schritte",
        "head": "Auswirkung von {id} Version {version} ({period}) auf die gespeicherten "
                "Angebote",
        "summary": "{count} gespeicherte Angebote: {rising} steigen, {falling} sinken, "
                   "{unchanged} unverändert, {status_changed} nicht beide Male angeboten; "
                   "Differenz gesamt {total_difference}",
        "none": "Kein gespeichertes Angebot von {id} mit Beginn in diesem Zeitraum.",
        "diff_head": "{old} → {new}: {n} Unterschiede",
        "no_diff": "{old} → {new}: keine Unterschiede",
        "written": "{n} Angebote in {file} geschrieben",
        "quoted": "angeboten", "referred": "Rückfrage", "declined": "abgelehnt",
        "invalid": "nicht zulässig",
    },
}

def _load_file(path: Path | None, what: str) -> LoadedTariff:
    """A tariff file named on the command line, validated (one line when it is not)."""
    from premiumcalc.quotes.impact import file_error_line
    from premiumcalc.tariffs import TariffFileError, load_tariff_file

    if path is None:
        raise UsageError(f"{what} (see 'premiumcalc tariffs --help')")
    try:
        return load_tariff_file(path)
    except TariffFileError as exc:
        raise UsageError(file_error_line(exc)) from None


def _number(text: str | None, lang: str, signed: bool = False) -> str:
    if text is None:
        return "–"
    if signed and not text.startswith("-") and text.strip("0.") != "":
        text = "+" + text
    return text.replace(".", ",") if lang == "de" else text


def _table_cells(item: dict[str, Any], lang: str) -> list[str]:
    from premiumcalc.quotes.impact import steps_text

    words = _TEXTS[lang]
    return [
        item["number"], item["client"], item["start"],
        words.get(item["old_status"], item["old_status"]),
        words.get(item["new_status"], item["new_status"]),
        _number(item["old_gross"], lang), _number(item["new_gross"], lang),
        _number(item["difference"], lang, signed=True),
        _number(item["percent"], lang, signed=True),
        steps_text(item["changed_steps"]),
    ]


def cmd_impact(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import tempfile

    from premiumcalc.cli.quotes import _open
    from premiumcalc.quotes.errors import StoreError
    from premiumcalc.quotes.impact import (
        COLUMNS,
        ImpactInputError,
        ImpactSummary,
        assess,
        load_new_version,
    )
    from premiumcalc.tariffs import load_catalog

    if args.file is None:
        raise UsageError("tariffs impact needs the FILE of the new version (see 'premiumcalc "
                         "tariffs --help')")
    catalog = load_catalog()
    installed = installed_tariffs(args)
    try:
        target = load_new_version(args.file, installed, catalog)
    except ImpactInputError as exc:
        raise UsageError(str(exc)) from None
    lang = args.lang
    summary = ImpactSummary()
    widths = [len(_TEXTS[lang][c]) for c in COLUMNS]
    # Only reads: no daily backup (that is for the commands and the window that write).
    store = _open(args, err, daily_backup=False)
    # The rows go to a spool file as they are computed, so that memory stays flat and the
    # summary can still come first.
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        try:
            for item in assess(store, target, catalog):
                summary.add(item)
                spool.write(item.json_line() + "\n")
                if args.format == "table":
                    for i, cell in enumerate(_table_cells(item.as_json(), lang)):
                        widths[i] = max(widths[i], len(cell))
        except StoreError as error:
            raise UsageError(str(error)) from None
        finally:
            store.close()
        spool.seek(0)
        rows: Iterator[Any] = (
            spool if args.format == "json" else (json.loads(line) for line in spool))
        if args.output is None:
            _write_impact(out, args.format, target, summary, rows, lang, widths)
        else:
            from premiumcalc.fileio import AtomicTextWriter

            with AtomicTextWriter(args.output, newline="") as target_file:
                _write_impact(target_file, args.format, target, summary, rows, lang, widths)
            print(_TEXTS[lang]["written"].format(n=summary.count, file=args.output), file=err)
    return 0


def _write_impact(out: TextIO, fmt: str, target: Any, summary: Any,
                  rows: Iterator[dict[str, Any]], lang: str, widths: list[int]) -> None:
    if fmt == "json":
        # Written piece by piece: the quotes are never all in memory.
        head = json.dumps({"tariff": target.as_json(), "summary": summary.as_json()},
                          ensure_ascii=False, indent=2)
        out.write(head[:-2] + ',\n  "quotes": [')
        for i, text in enumerate(rows):  # the lines of the spool file, JSON already
            out.write(("," if i else "") + "\n    " + str(text).rstrip("\n"))
        out.write("\n  ]\n}\n" if summary.count else "]\n}\n")
        return
    if fmt == "csv":
        from premiumcalc.quotes.impact import write_csv

        write_csv(out, rows)
        return
    from premiumcalc.tariffs.versions import describe
    from premiumcalc.textsafe import terminal_safe

    words = _TEXTS[lang]
    t = target.loaded
    out.write(words["head"].format(id=t.id, version=t.version,
                                   period=describe(target.period)) + "\n")
    s = summary.as_json()
    s["total_difference"] = _number(s["total_difference"], lang, signed=True)
    out.write(words["summary"].format(**s) + "\n")
    if not summary.count:
        out.write(words["none"].format(id=t.id) + "\n")
        return
    out.write("\n")
    right = {5, 6, 7, 8}

    def table_line(cells: list[str]) -> str:
        shown = [c.rjust(widths[i]) if i in right else c.ljust(widths[i])
                 for i, c in enumerate(cells)]
        return terminal_safe("  ".join(shown).rstrip()) + "\n"

    from premiumcalc.quotes.impact import COLUMNS

    out.write(table_line([words[c] for c in COLUMNS]))
    for item in rows:
        out.write(table_line(_table_cells(item, lang)))


def cmd_diff(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.tariffs.diff import diff_tariffs

    if args.file is None or args.new_file is None:
        raise UsageError("tariffs diff needs two files: OLD NEW (see 'premiumcalc tariffs "
                         "--help')")
    old = _load_file(args.file, "")
    new = _load_file(args.new_file, "")
    differences = diff_tariffs(old.tariff, new.tariff, args.lang)
    if args.format == "json":
        data = {"differences": [d.as_json() for d in differences]}
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    from premiumcalc.textsafe import terminal_safe

    words = _TEXTS[args.lang]
    key = "diff_head" if differences else "no_diff"
    out.write(terminal_safe(words[key].format(old=args.file, new=args.new_file,
                                              n=len(differences))) + "\n")
    for d in differences:
        out.write(terminal_safe(f"  {d.text}") + "\n")
    return 0
