"""No command writes its output over the quote database, nor opens a database without a name.

``-o quotes.db`` (or ``--pdf``) naming the database a command saves to, or the one the
program uses by default, would replace every saved quote with a PDF, ZIP or CSV file. The
file names are compared before anything is written; the database is named the way the
store names it (``--db``, else ``$PREMIUMCALC_DATABASE_URL``, else ``quotes.db`` in the user
data folder). This module imports nothing heavy: the command line starts with it.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from premiumcalc.cli.errors import UsageError

#: Options naming a file a command writes.
OUTPUT_OPTIONS = (("output", "-o"), ("pdf", "--pdf"))
#: The files SQLite and the store keep beside the database.
COMPANIONS = ("", "-wal", "-shm", "-journal", ".erased.json")
ENV_URL = "PREMIUMCALC_DATABASE_URL"


def database_file(db: object) -> Path | None:
    """The SQLite file ``db`` (a path or URL, None for the default) names; None for a
    server database or a name that is no file."""
    text = str(db) if db is not None and str(db) else os.environ.get(ENV_URL, "").strip()
    if not text:
        from premiumcalc.paths import user_data_dir

        return user_data_dir() / "quotes.db"
    if "://" not in text:
        return Path(text).expanduser()
    scheme, _, rest = text.partition("://")
    if not scheme.lower().startswith("sqlite") or not rest.startswith("/"):
        return None
    name = rest[1:].partition("?")[0]
    return Path(name).expanduser() if name and name != ":memory:" else None


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except (OSError, ValueError, RuntimeError):
        return False


def refuse_database_output(args: argparse.Namespace) -> None:
    """UsageError when ``--db`` is given empty (it would name a file called " " or fall back
    to the default database unasked), or an output option names the quote database or a
    file SQLite keeps beside it."""
    db = getattr(args, "db", None)
    if isinstance(db, str) and not db.strip():
        raise UsageError("--db: the database name is empty; give a file (SQLite), a "
                         "sqlite:/// or postgresql:// URL, or leave --db out for the default")
    targets = [(option, getattr(args, dest, None)) for dest, option in OUTPUT_OPTIONS]
    targets = [(option, value) for option, value in targets if value is not None]
    if not targets:
        return
    database = database_file(getattr(args, "db", None))
    if database is None:
        return
    for option, value in targets:
        target = Path(str(value))
        for suffix in COMPANIONS:
            if _same(target, Path(f"{database}{suffix}")):
                what = ("the quote database" if not suffix
                        else f"a file SQLite keeps beside the quote database {database}")
                raise UsageError(f"{option}: {target} is {what}; writing there would "
                                 f"destroy the saved quotes; name another file")
