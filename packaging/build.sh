#!/usr/bin/env bash
# Build the desktop app: dist/premiumcalc/ with premiumcalc-gui and premiumcalc.
#   packaging/build.sh            build (needs: pip install -e '.[packaging]')
#   packaging/build.sh --archive  also pack dist/premiumcalc-<version>-<system>-<machine>.tar.gz
# PYTHON selects the interpreter (default: .venv/bin/python, else python3).
set -euo pipefail
cd "$(dirname "$0")/.."

python="${PYTHON:-}"
if [[ -z "$python" ]]; then
  if [[ -x .venv/bin/python ]]; then python=.venv/bin/python; else python=python3; fi
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
