"""The quote being typed, autosaved so that it comes back after a crash (no Qt here).

The window calls :func:`save_draft` a moment after each change, :func:`clear_draft` once the
quote is saved or the window closes normally, and :func:`load_draft` at start: a draft found
then was left by a crash. The file is written atomically; an unreadable one is kept aside.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from premiumcalc.fileio import atomic_write_text
from premiumcalc.paths import user_data_dir

FORMAT = 1


def draft_path() -> Path:
    return user_data_dir() / "draft.json"


def save_draft(values: Mapping[str, Any], path: Path | None = None) -> None:
    """Keep the form's values (JSON-able: strings, numbers, lists, booleans).

    Raises ``premiumcalc.fileio.WriteError`` (one clear line) when it cannot be written.
    """
    target = path or draft_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    document = {"format": FORMAT, "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "values": dict(values)}
    atomic_write_text(target, json.dumps(document, ensure_ascii=False, indent=1,
                                         default=str))


def load_draft(path: Path | None = None) -> dict[str, Any] | None:
    """The values of a draft left behind, or None. A damaged file is renamed
    ``draft.json.corrupt-YYYYMMDD-HHMMSS`` (kept, not deleted) and None returned."""
    source = path or draft_path()
    try:
        text = source.read_text(encoding="utf-8")
    except OSError:
        return None
    try:
        document = json.loads(text)
        values = document["values"]
        if not isinstance(values, dict) or document.get("format") != FORMAT:
            raise ValueError("not a draft")
    except (ValueError, KeyError, TypeError):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        with contextlib.suppress(OSError):
            os.replace(source, source.with_name(f"{source.name}.corrupt-{stamp}"))
        return None
    return values


def clear_draft(path: Path | None = None) -> None:
    """Forget the draft (the quote was saved, or the window closed normally)."""
    with contextlib.suppress(FileNotFoundError):
        (path or draft_path()).unlink()
