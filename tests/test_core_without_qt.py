"""The core imports and prices with PySide6 unavailable; only premiumcalc.gui imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "premiumcalc"

BLOCK_QT = """
import sys
class _Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
            raise ImportError("Qt is blocked in this test: " + name)
        return None
sys.meta_path.insert(0, _Block())
"""


def test_core_prices_with_pyside6_blocked() -> None:
    code = BLOCK_QT + """
import datetime, json
from premiumcalc import cli, fileio, paths
from premiumcalc.cli import batch, report
from premiumcalc.pdf import profile
from premiumcalc.tariffs import load_tariffs, load_catalog
from premiumcalc.pricing import build_request, price
from premiumcalc.pricing.serialize import outcome_dict
import premiumcalc.quotes, premiumcalc.pdf
t = load_tariffs(include_user_dir=False).get("nordlicht-it-2026", datetime.date(2026, 12, 1))
req = build_request(json.load(open("tests/data/worked-example.json")))
out = outcome_dict(price(req, t.tariff, load_catalog()), sha256=t.sha256, lang="en",
                   catalog=load_catalog())
print(out["premium"]["gross_annual"])
assert not [m for m in sys.modules if m.startswith("PySide6")]
"""
    root = SRC.parents[1]
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=root, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "726.65"


def test_only_the_gui_package_imports_qt() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        if "gui" in path.relative_to(SRC).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(str(path.relative_to(SRC)))
    assert offenders == []
