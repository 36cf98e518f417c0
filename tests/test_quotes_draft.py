"""The autosaved draft: back after a crash, gone after a normal end, damage kept aside."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from premiumcalc.paths import user_data_dir
from premiumcalc.quotes.draft import clear_draft, draft_path, load_draft, save_draft

VALUES = {"tariff": "nordlicht-it-2026", "revenue": "180000,50", "modules": ["cyber"],
          "startup": True, "client_name": "Ärztehaus Nord", "client_address": "Kiel\nDE"}


def test_a_draft_left_by_a_crashed_process_comes_back() -> None:
    script = ("import json, os, sys\n"
              "from premiumcalc.quotes.draft import save_draft\n"
              "save_draft(json.loads(sys.argv[1]))\n"
              "os._exit(137)  # dies without any clean-up\n")
    import json

    proc = subprocess.run([sys.executable, "-c", script, json.dumps(VALUES)], check=False)
    assert proc.returncode == 137
    assert draft_path().parent == user_data_dir()
    assert load_draft() == VALUES


def test_no_draft_after_clearing_or_before_any() -> None:
    assert load_draft() is None
    save_draft(VALUES)
    clear_draft()
    assert load_draft() is None
    clear_draft()  # twice is fine


def test_a_damaged_draft_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "draft.json"
    path.write_text('{"format": 1, "values": {"revenue": "18', encoding="utf-8")
    assert load_draft(path) is None
    kept = list(tmp_path.glob("draft.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8").endswith('"18')
    save_draft(VALUES, path)
    assert load_draft(path) == VALUES
