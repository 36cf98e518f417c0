"""German hyphenation patterns (pyphen's 1 MB dictionary, about a third of a second to read)
are read only when a word does not fit its line: a quote or comparison whose words all fit
pays nothing for them, so the first export in a fresh process stays within its budget."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REQUEST = ["--profession", "software-development", "--revenue", "180000", "--cover", "1000000",
           "--deductible", "500", "--module", "general-liability", "--module", "cyber",
           "--startup", "--term", "3", "--payment", "monthly", "--country", "DE",
           "--start", "2026-12-01", "--lang", "de", "--date", "2026-11-25",
           "--client-name", "Müller & Söhne Softwareentwicklung GmbH",
           "--broker-profile", str(ROOT / "docs" / "sample-broker-profile.toml")]
PROBE = """
import sys
from premiumcalc.cli import main
code = main(sys.argv[1:])
import pyphen
print(code, len(pyphen.hdcache))
"""


def _patterns_read(tmp_path: Path, *args: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                            text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[-2:]


def test_a_quote_whose_words_fit_reads_no_hyphenation_patterns(tmp_path: Path) -> None:
    out = tmp_path / "angebot.pdf"
    assert _patterns_read(tmp_path, "pdf", "--tariff", "nordlicht-it-2026", *REQUEST,
                          "-o", str(out)) == ["0", "0"]
    assert out.stat().st_size > 10_000


def test_a_comparison_whose_words_fit_reads_no_hyphenation_patterns(tmp_path: Path) -> None:
    out = tmp_path / "vergleich.pdf"
    assert _patterns_read(tmp_path, "compare", *REQUEST, "--pdf", str(out)) == ["0", "0"]
    assert out.stat().st_size > 10_000
