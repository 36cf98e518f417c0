"""Time and peak memory of a quote PDF with large or hostile logos, each in a fresh process.

Each case runs ``premiumcalc pdf`` with a broker profile naming the logo and reports wall
time and the child's peak RSS (``resource.getrusage(RUSAGE_CHILDREN)``), next to the same
letter without a logo. Run: .venv/bin/python benchmarks/bench_logo.py
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

ARGS = ["pdf", "--tariff", "nordlicht-it-2026", "--profession", "software-development",
        "--revenue", "180000", "--cover", "1000000", "--deductible", "500",
        "--client-name", "Muster GmbH", "--date", "2026-11-25"]


def run_case(folder: Path, logo: str) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MiB and the warning line (if any) of one fresh process."""
    profile = folder / "broker.toml"
    profile.write_text(f'[broker]\nname = "Jana Beispiel"\nlogo = "{logo}"\n', encoding="utf-8")
    code = ("import resource, subprocess, sys, time\n"
            "t = time.perf_counter()\n"
            "r = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
            "wall = time.perf_counter() - t\n"
            "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
            "warn = [x for x in r.stderr.splitlines() if 'logo' in x]\n"
            "print(r.returncode, wall, rss, warn[0] if warn else '', sep='\\t')\n")
    result = subprocess.run(
        [sys.executable, "-c", code, sys.executable, "-m", "premiumcalc", *ARGS,
         "--broker-profile", str(profile), "-o", str(folder / "q.pdf")],
        capture_output=True, text=True, check=True)
    status, wall, rss, warning = result.stdout.rstrip("\n").split("\t")
    assert status == "0", result.stdout
    return float(wall), float(rss), warning


def main() -> None:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}; load {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        big = folder / "big.png"
        image = Image.new("RGB", (8000, 8000), "white")
        ImageDraw.Draw(image).ellipse((1000, 1000, 7000, 7000), fill=(30, 60, 120))
        image.save(big)
        five = folder / "five.png"
        image.resize((5000, 5000)).save(five)
        letterhead = folder / "letterhead.png"
        image.resize((2400, 800)).save(letterhead)
        truncated = folder / "truncated.png"
        truncated.write_bytes(big.read_bytes()[:5000])
        cases = {"no logo": "", "2400 x 800 PNG": str(letterhead),
                 "5000 x 5000 PNG": str(five), "8000 x 8000 PNG": str(big),
                 "truncated PNG": str(truncated), "/dev/zero": "/dev/zero"}
        for name, logo in cases.items():
            wall, rss, warning = run_case(folder, logo)
            print(f"{name:16} {wall:5.2f} s wall, peak RSS {rss:6.1f} MiB  {warning[:90]}")


if __name__ == "__main__":
    main()
