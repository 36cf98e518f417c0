"""Budgets of the packaged app against a minimal PySide6 window packaged the same way.

    .venv/bin/python benchmarks/bench_packaging.py [--rebuild] [--runs N]

Builds (or reuses) ``dist/premiumcalc`` (packaging/build.sh) and the minimal reference window
(packaging/reference/minimal.spec: onedir, the same excludes and trimming, stripped: the
window of benchmarks/bench_gui.py, with as many widgets as premiumcalc's first paint) and
prints, in one run:

- bundle size: bytes of every file in the folder (symlinks counted as links), budget ≤ 1.3×;
- start-up: time from starting the executable until its window has been shown, painted,
  grabbed and written as a PNG (``--screenshot``, offscreen platform, empty user folders);
  both programs write the file whole under its final name at once (a renamed temporary
  file), and the benchmark watches for it, so what it takes to end the process afterwards
  is not counted (it is printed beside). Median of N runs, the programs taking turns, after
  one warm-up each (premiumcalc's first start also checks its tariffs and keeps them in its
  data folder's cache). Budget ≤ 1.5×, with the ratio to the bare minimal window (one
  label) beside it. premiumcalc also reads its tariffs and catalogue and prices the first
  request. For information, also premiumcalc from source;
- the bundled command line: ``premiumcalc quote`` of the handbook's worked example, start to
  exit (budget 0.3 s), and ``premiumcalc --version``.
"""

from __future__ import annotations

import argparse
import json
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
QUOTE_BUDGET = 0.3  # seconds


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


def shot_time(command: list[str], shot: str, env: dict[str, str]) -> tuple[float, float]:
    """(seconds until the screenshot file is in place, seconds until the process ended)."""
    if os.path.exists(shot):
        os.remove(shot)
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    shown = None
    while proc.poll() is None:
        if shown is None and os.path.exists(shot):
            shown = time.perf_counter() - start
        time.sleep(0.0002)
    ended = time.perf_counter() - start
    if proc.returncode != 0 or not os.path.exists(shot):
        raise SystemExit(f"{command[0]} failed (exit {proc.returncode})")
    return (ended if shown is None else shown), ended


def first_paint_widgets(env: dict[str, str]) -> int:
    """How many widgets premiumcalc's window has at its first paint (from source)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_gui import OURS

    out = subprocess.run([sys.executable, "-c", OURS], env=env, capture_output=True, text=True,
                         check=True).stdout
    return int(out.split()[1])


def worked_example_args(path: str) -> list[str]:
    """The handbook's worked example (packaging/worked-example.json) as ``quote`` options."""
    r = json.loads(Path(path).read_text(encoding="utf-8"))
    args = ["--tariff", r["tariff"], "--profession", r["profession"], "--revenue",
            str(r["revenue"]), "--cover", str(r["cover"]), "--deductible", str(r["deductible"]),
            "--claims", str(r["claims"]), "--term", str(r["term"]), "--payment", r["payment"],
            "--country", r["country"]]
    args += [a for m in r["modules"] for a in ("--module", m)]
    args += [a for s in r["scenarios"] for a in ("--scenario", s)]
    return args + (["--startup"] if r["startup"] else [])


def wall_time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


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
        widgets = first_paint_widgets(env)
        app_cmd = [str(APP_DIR / "premiumcalc-gui"), "--screenshot", shot]
        commands = {
            "app": app_cmd,
            "request": [*app_cmd, "--request", request],
            "minimal": [str(REF_DIR / "minimal"), "--widgets", str(widgets), "--screenshot", shot],
            "bare": [str(REF_DIR / "minimal"), "--screenshot", shot],
            "source": [sys.executable, "-m", "premiumcalc.gui", "--screenshot", shot],
        }
        shown: dict[str, list[float]] = {name: [] for name in commands}
        ended: dict[str, list[float]] = {name: [] for name in commands}
        cli_times: list[float] = []
        quote_times: list[float] = []
        quote_cmd = [str(APP_DIR / "premiumcalc"), "quote", *worked_example_args(request)]
        for i in range(args.runs + 1):
            for name, command in commands.items():
                # From source the validated cache is keyed by source files, in the bundle by
                # byte code: each keeps its own data folder.
                own = {**env, "PREMIUMCALC_DATA_DIR": f"{tmp}/data-{name}"} \
                    if name == "source" else env
                until_shown, until_end = shot_time(command, shot, own)
                if i:  # the first round warms the page cache and premiumcalc's data folder
                    shown[name].append(until_shown)
                    ended[name].append(until_end)
            until_end = wall_time([str(APP_DIR / "premiumcalc"), "--version"], env)
            quote_end = wall_time(quote_cmd, env)
            if i:
                cli_times.append(until_end)
                quote_times.append(quote_end)

    app_t, req_t, ref_t, bare_t = (statistics.median(shown[n])
                                   for n in ("app", "request", "minimal", "bare"))
    start_ratio = app_t / ref_t
    print(f"start to shown window (--screenshot written, median of {args.runs}): premiumcalc "
          f"{app_t * 1000:.0f} ms, minimal {ref_t * 1000:.0f} ms, ratio {start_ratio:.2f} "
          f"(budget {START_BUDGET}) {'ok' if start_ratio <= START_BUDGET else 'OVER BUDGET'}; "
          f"bare minimal window (one label) {bare_t * 1000:.0f} ms, ratio {app_t / bare_t:.2f}")
    print(f"  the minimal window has {widgets} widgets, as many as premiumcalc's first paint")
    print(f"  with the worked example loaded (--request): {req_t * 1000:.0f} ms, "
          f"ratio {req_t / ref_t:.2f}")
    print(f"  for information: premiumcalc from source {statistics.median(shown['source']) * 1000:.0f} ms")
    app_end, ref_end = statistics.median(ended["app"]), statistics.median(ended["minimal"])
    print(f"  until the process has ended: premiumcalc {app_end * 1000:.0f} ms, minimal "
          f"{ref_end * 1000:.0f} ms, ratio {app_end / ref_end:.2f}")
    quote_t = statistics.median(quote_times)
    print(f"command line 'premiumcalc quote' (worked example, start to exit): "
          f"{quote_t * 1000:.0f} ms (budget {QUOTE_BUDGET * 1000:.0f} ms) "
          f"{'ok' if quote_t <= QUOTE_BUDGET else 'OVER BUDGET'}; 'premiumcalc --version' "
          f"{statistics.median(cli_times) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
