"""Speed of the quote PDF.

Budgets (issue: quote PDF): one quote PDF <= 100 ms steady state and <= 2x a minimal
one-page Platypus document with the same embedded font, measured in the same run; the first
export in a fresh process <= 0.6 s. Run: .venv/bin/python benchmarks/bench_pdf.py
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from premiumcalc.pdf import render_quote_pdf
from premiumcalc.pdf.fonts import register_fonts
from premiumcalc.pdf.profile import BrokerProfile
from premiumcalc.pricing import build_request, price
from premiumcalc.tariffs import load_catalog, load_tariffs

ROOT = Path(__file__).resolve().parents[1]
WORKED = json.loads((ROOT / "tests" / "data" / "worked-example.json").read_text())
PROFILE = BrokerProfile(name="Jana Beispiel", company="Beispiel Versicherungsmakler GmbH",
                        address="Lindenallee 5\n20095 Hamburg", phone="+49 40 123456",
                        email="jana@beispiel-makler.de", register_number="D-ABCD-EFGHI-12")
DATE = dt.date(2026, 11, 25)
ROUNDS = 41

FRESH_EXPORT = """
import time
t0 = time.perf_counter()
import datetime as dt, json, sys
from premiumcalc.pdf import write_quote_pdf
from premiumcalc.pricing import build_request, price
from premiumcalc.pdf.profile import BrokerProfile
from premiumcalc.tariffs import load_catalog, load_tariffs
catalog = load_catalog()
request = build_request(json.loads(sys.argv[1]))
loaded = load_tariffs(include_user_dir=False).get(request.tariff)
outcome = price(request, loaded.tariff, catalog)
write_quote_pdf(sys.argv[2], outcome, sha256=loaded.sha256, lang="de", catalog=catalog,
                profile=BrokerProfile(company="Beispiel Versicherungsmakler GmbH"),
                client_name="Müller & Söhne GmbH", client_address="Hauptstraße 12",
                date=dt.date(2026, 11, 25))
print(time.perf_counter() - t0)
"""


def median_seconds(func: Callable[[], object], rounds: int = ROUNDS) -> float:
    for _ in range(3):
        func()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def minimal_document() -> bytes:
    """One page, one paragraph, the same embedded font: ReportLab's floor for a document."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    regular, _bold = register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, initialFontName=regular)
    style = ParagraphStyle("p", fontName=regular, fontSize=10, leading=13)
    doc.build([Paragraph("Angebot für Müller &amp; Söhne: 726,65 € pro Jahr (Maß, Größe)",
                         style)])
    return buffer.getvalue()


def minimal_document_loading_the_font() -> bytes:
    """The same minimal document, reading and parsing the TTF file every time (what the
    quote would cost per export without the font cache of premiumcalc.pdf.fonts)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from premiumcalc.paths import resource

    pdfmetrics.registerFont(TTFont("BenchDejaVu", str(resource("fonts", "DejaVuSans.ttf"))))
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1, initialFontName="BenchDejaVu")
    style = ParagraphStyle("p", fontName="BenchDejaVu", fontSize=10, leading=13)
    doc.build([Paragraph("Angebot für Müller &amp; Söhne: 726,65 € pro Jahr (Maß, Größe)",
                         style)])
    return buffer.getvalue()


def main() -> None:
    catalog = load_catalog()
    loaded = load_tariffs(include_user_dir=False).get(WORKED["tariff"])
    assert loaded is not None
    outcome = price(build_request(WORKED), loaded.tariff, catalog)

    def quote() -> bytes:
        return render_quote_pdf(outcome, sha256=loaded.sha256, lang="de", catalog=catalog,
                                profile=PROFILE, client_name="Müller & Söhne GmbH",
                                client_address="Hauptstraße 12\n10115 Berlin", date=DATE)

    pages = quote().count(b"/Type /Page\n")
    quote_s = median_seconds(quote)
    minimal_s = median_seconds(minimal_document)
    loading_s = median_seconds(minimal_document_loading_the_font)
    print(f"python {platform.python_version()} on {platform.machine()}, {ROUNDS} rounds each")
    print(f"quote PDF (worked example, {pages} pages, {len(quote())} bytes): "
          f"median {quote_s * 1000:.1f} ms  (budget 100 ms)")
    print(f"minimal one-page Platypus document, same font: median {minimal_s * 1000:.1f} ms")
    print(f"ratio quote / minimal: {quote_s / minimal_s:.2f}x  (budget 2x)")
    print(f"  for reference, the minimal document reading the TTF file each time: "
          f"median {loading_s * 1000:.1f} ms, ratio {quote_s / loading_s:.2f}x")
    from reportlab.lib import rl_accel

    accelerated = type(rl_accel.fp_str).__name__ == "builtin_function_or_method"
    print(f"  ReportLab C accelerator (rl_accel): {'in use' if accelerated else 'NOT installed'}")

    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PREMIUMCALC_CONFIG_DIR": tmp, "PREMIUMCALC_DATA_DIR": tmp}
        inside, wall = [], []
        for i in range(5):
            target = Path(tmp) / f"quote-{i}.pdf"
            start = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "-c", FRESH_EXPORT, json.dumps(WORKED), str(target)],
                capture_output=True, text=True, env=env, check=True)
            wall.append(time.perf_counter() - start)
            inside.append(float(result.stdout))
        print(f"first export in a fresh process (imports + pricing + PDF + write): "
              f"median {statistics.median(inside) * 1000:.0f} ms, "
              f"max {max(inside) * 1000:.0f} ms  (budget 600 ms)")
        print(f"  the same with interpreter start-up (process wall time): "
              f"median {statistics.median(wall) * 1000:.0f} ms")
        cli = [sys.executable, "-m", "premiumcalc", "pdf", "--tariff", WORKED["tariff"],
               "--profession", WORKED["profession"], "--revenue", str(WORKED["revenue"]),
               "--cover", str(WORKED["cover"]), "--deductible", str(WORKED["deductible"]),
               "--client-name", "Müller & Söhne GmbH", "--date", "2026-11-25", "--lang", "de"]
        for module in WORKED["modules"]:
            cli += ["--module", module]
        cli_wall = []
        for i in range(5):
            start = time.perf_counter()
            subprocess.run([*cli, "-o", str(Path(tmp) / f"cli-{i}.pdf")], capture_output=True,
                           env=env, check=True)
            cli_wall.append(time.perf_counter() - start)
        print(f"`premiumcalc pdf` end to end (process wall time): "
              f"median {statistics.median(cli_wall) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
