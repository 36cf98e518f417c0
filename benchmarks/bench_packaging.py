"""Budgets of the packaged app against a minimal PySide6 window packaged the same way.

    .venv/bin/python benchmarks/bench_packaging.py [--rebuild] [--runs N]

Builds (or reuses) ``dist/premiumcalc`` (packaging/build.sh) and the minimal reference window
(packaging/reference/minimal.spec: onedir, the same excludes and trimming, stripped) and
prints, in one run:

- bundle size: bytes of every file in the folder (symlinks counted as links), budget ≤ 1.3×;
- start-up: wall time from starting the executable until it has shown its window, painted
  it, grabbed it into a PNG and exited (``--screenshot``, offscreen platform, empty user
  folders), median of N runs after one warm-up each, budget ≤ 1.5×. Both programs do the
  same steps; premiumcalc also reads its tariffs and catalogue and prices the first request.
  Process exit and the PNG write are included on both sides, so the ratio is a little
  flattering to the bigger program; the absolute numbers say how much.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
APP_DIR = REPO / "dist" / "premiumcalc"
REF_WORK = REPO / "build" / "bench-reference"
REF_DIR = REF_WORK / "dist" / "minimal"
SIZE_BUDGET = 1.3
START_BUDGET = 1.5


def build_app() -> float:
    start = time.perf_counter()
    subprocess.run([str(REPO / "packaging" / "build.sh")], check=True, cwd=REPO,
                   env={**os.environ, "PYTHON": sys.executable})
    return time.perf_counter() - start


def build_reference() -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(REF_WORK / "dist"), "--workpath", str(REF_WORK / "work"),
         str(REPO / "packaging" / "reference" / "minimal.spec")],
        check=True, cwd=REPO,
    )
    return time.perf_counter() - start


def file_sizes(folder: Path) -> dict[str, int]:
    """Bytes of every file by its path in the folder (symlinks counted as links)."""
    sizes = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            sizes[os.path.relpath(path, folder)] = os.lstat(path).st_size
    return sizes


def _part(path: str) -> str:
    """What a file belongs to: its package folder, or the library name for loose files."""
    parts = Path(path).parts
    if parts[0] == "_internal" and len(parts) > 1:
        parts = parts[1:]
    if len(parts) == 1:
        return "executables" if "." not in parts[0] else parts[0].split(".so")[0]
    return parts[0].split("-")[0] if parts[0].endswith(".libs") else parts[0]


def additions(app: dict[str, int], ref: dict[str, int]) -> list[tuple[str, int]]:
    """Bytes the app adds over the reference, by part, largest first."""
    total: dict[str, int] = {}
    for path, size in app.items():
        total[_part(path)] = total.get(_part(path), 0) + size
    for path, size in ref.items():
        total[_part(path)] = total.get(_part(path), 0) - size
    return sorted(total.items(), key=lambda item: -item[1])


def time_runs(command: list[str], runs: int, env: dict[str, str]) -> list[float]:
    times = []
    for i in range(runs + 1):
        start = time.perf_counter()
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        if i:  # the first run warms the page cache
            times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rebuild", action="store_true", help="build both bundles anew")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    if args.rebuild or not (APP_DIR / "premiumcalc-gui").exists():
        print(f"build premiumcalc: {build_app():.0f} s")
    if args.rebuild or not (REF_DIR / "minimal").exists():
        print(f"build minimal window: {build_reference():.0f} s")

    app_files, ref_files = file_sizes(APP_DIR), file_sizes(REF_DIR)
    app_size, ref_size = sum(app_files.values()), sum(ref_files.values())
    size_ratio = app_size / ref_size
    print(f"bundle size: premiumcalc {app_size / 1e6:.1f} MB, minimal {ref_size / 1e6:.1f} MB, "
          f"ratio {size_ratio:.2f} (budget {SIZE_BUDGET}) "
          f"{'ok' if size_ratio <= SIZE_BUDGET else 'OVER BUDGET'}")
    largest = ", ".join(f"{part} {size / 1e6:.1f}" for part, size in
                        additions(app_files, ref_files)[:8])
    print(f"  largest additions over the minimal window (MB): {largest}")

    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "PREMIUMCALC_DATA_DIR": f"{tmp}/data", "PREMIUMCALC_CONFIG_DIR": f"{tmp}/config"}
        shot = f"{tmp}/shot.png"
        request = str(REPO / "packaging" / "worked-example.json")
        app_cmd = [str(APP_DIR / "premiumcalc-gui"), "--screenshot", shot]
        app_times = time_runs(app_cmd, args.runs, env)
        req_times = time_runs([*app_cmd, "--request", request], args.runs, env)
        ref_times = time_runs([str(REF_DIR / "minimal"), "--screenshot", shot], args.runs, env)
        cli_times = time_runs([str(APP_DIR / "premiumcalc"), "--version"], args.runs, env)

    app_t, req_t, ref_t = (statistics.median(t) for t in (app_times, req_times, ref_times))
    start_ratio = app_t / ref_t
    print(f"start to shown window (--screenshot, median of {args.runs}): premiumcalc "
          f"{app_t * 1000:.0f} ms, minimal {ref_t * 1000:.0f} ms, ratio {start_ratio:.2f} "
          f"(budget {START_BUDGET}) {'ok' if start_ratio <= START_BUDGET else 'OVER BUDGET'}")
    print(f"  with the worked example loaded (--request): {req_t * 1000:.0f} ms, "
          f"ratio {req_t / ref_t:.2f}")
    print(f"  command line 'premiumcalc --version': {statistics.median(cli_times) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
