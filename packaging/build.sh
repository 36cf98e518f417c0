#!/usr/bin/env bash
# Build the desktop app: dist/premiumcalc/ with premiumcalc-gui and premiumcalc.
#   packaging/build.sh            build (needs: pip install -e '.[packaging]')
#   packaging/build.sh --archive  also pack dist/premiumcalc-<version>-<system>-<machine>.tar.gz
# PYTHON selects the interpreter (default: the .venv's, else python3, else python). Runs on
# Linux, macOS and Windows (Git Bash); macOS also gets dist/premiumcalc.app.
set -euo pipefail
cd "$(dirname "$0")/.."

python="${PYTHON:-}"
if [[ -z "$python" ]]; then
  for candidate in .venv/bin/python .venv/Scripts/python.exe; do
    [[ -x "$candidate" ]] && { python="$candidate"; break; }
  done
  [[ -n "$python" ]] || python="$(command -v python3 || command -v python)"
fi

start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build packaging/premiumcalc.spec
echo "built dist/premiumcalc in $(( $(date +%s) - start )) s, $(du -sh dist/premiumcalc | cut -f1)"

if [[ "${1:-}" == "--archive" ]]; then
  version=$("$python" -c 'import importlib.metadata as m; print(m.version("premiumcalc"))')
  system=$(uname -s | tr '[:upper:]' '[:lower:]')
  archive="dist/premiumcalc-$version-$system-$(uname -m).tar.gz"
  tar -C dist -czf "$archive" premiumcalc
  echo "archive: $archive ($(du -h "$archive" | cut -f1))"
fi
