"""``premiumcalc tariffs``: list the installed tariffs, or check a tariff file."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from premiumcalc.cli.args import installed_tariffs, warn_broken
from premiumcalc.cli.errors import UsageError
from premiumcalc.tariffs import LoadedTariff, load_tariffs


def register(sub: Any) -> None:
    t = sub.add_parser("tariffs", help="list the installed tariffs, or check a tariff file",
                       description="List the installed tariffs ('tariffs'), or validate a "
                                   "tariff file and list every error ('tariffs check FILE').")
    t.add_argument("action", nargs="?", choices=("list", "check"), default="list")
    t.add_argument("file", nargs="?", type=Path, metavar="FILE")
    t.add_argument("--format", choices=("table", "json"), default="table")
    t.add_argument("--tariff-dir", action="append", default=[], type=Path, metavar="DIR")
    t.set_defaults(func=cmd_tariffs)


def cmd_tariffs(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from premiumcalc.tariffs import TariffFileError, load_tariff_file

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
