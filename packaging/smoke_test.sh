#!/usr/bin/env bash
# Smoke test of the built app: runs the bundled executables only (no source tree, no venv),
# offscreen, with empty user folders, and checks what a user would see.
#   packaging/smoke_test.sh [DIST_DIR]     (default dist/premiumcalc)
# Needs python3 (any) to read JSON and PNG headers. Exit 0 when every check passes.
set -euo pipefail
cd "$(dirname "$0")/.."

dist="$(cd "${1:-dist/premiumcalc}" && pwd)"
repo="$PWD"
request="$repo/packaging/worked-example.json"
work="$(mktemp -d)"
trap 'rm -rf -- "$work"' EXIT

# Nothing outside these folders may be written; the bundle itself stays untouched.
export PREMIUMCALC_DATA_DIR="$work/data" PREMIUMCALC_CONFIG_DIR="$work/config"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" QT_QPA_PLATFORM=offscreen
unset PREMIUMCALC_DATABASE_URL
mkdir -p "$HOME"
touch "$work/started"

failures=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1" >&2; failures=$((failures + 1)); }
check() {  # check NAME COMMAND...: the command must exit 0
  local name="$1"; shift
  if "$@" >"$work/out" 2>"$work/err"; then pass "$name"; else
    fail "$name (exit $?)"; sed 's/^/     /' "$work/err" | tail -20 >&2; fi
}

cd "$work"  # relative paths in the checks below land in the scratch folder

# The worked example as command-line options.
mapfile -t request_args < <(python3 - "$request" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
args = ["--tariff", r["tariff"], "--profession", r["profession"], "--revenue", str(r["revenue"]),
        "--cover", str(r["cover"]), "--deductible", str(r["deductible"]),
        "--claims", str(r["claims"]), "--term", str(r["term"]), "--payment", r["payment"],
        "--country", r["country"]]
args += [a for m in r["modules"] for a in ("--module", m)]
args += [a for s in r["scenarios"] for a in ("--scenario", s)]
args += ["--startup"] if r["startup"] else []
print("\n".join(args))
EOF
)

cli="$dist/premiumcalc"
gui="$dist/premiumcalc-gui"

version="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$repo/pyproject.toml" | head -1)"
check "command line starts (--version)" "$cli" --version
grep -qx "premiumcalc $version" "$work/out" && pass "version $version from the package metadata" \
  || fail "--version says '$(cat "$work/out")', pyproject.toml says $version"

check "quote --format json exits 0" "$cli" quote "${request_args[@]}" --format json
if python3 -c '
import json, sys
o = json.load(open(sys.argv[1], encoding="utf-8"))
assert o["status"] == "quoted", o["status"]
assert o["premium"]["gross_annual"] == "726.65", o["premium"]["gross_annual"]
' "$work/out"; then pass "worked example: gross_annual 726.65"; else fail "worked example: gross_annual 726.65"; fi

# babel's locale data is trimmed to German and English: both must still format money.
check "quote --lang de" "$cli" quote "${request_args[@]}" --lang de
grep -q $'726,65\xc2\xa0\xe2\x82\xac' "$work/out" && pass "German amounts (726,65 €)" || fail "German amounts"
check "quote --lang en" "$cli" quote "${request_args[@]}" --lang en
grep -q '€726.65' "$work/out" && pass "English amounts (€726.65)" || fail "English amounts"

check "bundled tariffs are found" "$cli" tariffs
grep -q "nordlicht-it-2026" "$work/out" || fail "tariffs lists nordlicht-it-2026"

# ReportLab with the bundled fonts, and the SQLite quote store.
check "pdf of the worked example" "$cli" pdf "${request_args[@]}" --client-name "Muster GmbH" \
  --lang de -o "$work/quote.pdf"
[[ "$(head -c 5 "$work/quote.pdf" 2>/dev/null)" == "%PDF-" ]] && pass "PDF written" || fail "PDF written"
check "quote --save" "$cli" quote "${request_args[@]}" --save --client-name "Muster GmbH"
check "quotes list" "$cli" quotes list --format json
grep -q "Muster GmbH" "$work/out" && pass "saved quote listed" || fail "saved quote listed"
# The PostgreSQL driver is bundled: a refused connection is a clear error, not a missing module.
"$cli" quotes --db postgresql://nobody@127.0.0.1:1/none list >"$work/out" 2>"$work/err" || true
if grep -q "cannot reach the PostgreSQL server" "$work/err"; then pass "PostgreSQL driver loads"
else fail "PostgreSQL driver loads: $(head -3 "$work/err")"; fi

# The window, offscreen, with the worked example filled in.
check "window --screenshot" "$gui" --screenshot "$work/shot.png" --request "$request"
if python3 - "$work/shot.png" <<'EOF'
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert (width, height) == (1280, 860), (width, height)
assert len(data) > 20000, f"only {len(data)} bytes: an empty window?"
EOF
then pass "screenshot is a 1280x860 PNG"; else fail "screenshot is a 1280x860 PNG"; fi

# On an X server (Xvfb): the xcb platform plugin and the libraries it needs load from the
# bundle, and the window stays up until it is closed.
if command -v xvfb-run >/dev/null 2>&1; then
  if timeout 60 xvfb-run -a -s "-screen 0 1280x1024x24" bash -c '
      QT_QPA_PLATFORM=xcb "$1" & pid=$!
      sleep 5
      kill -0 "$pid" 2>/dev/null || { wait "$pid"; exit 1; }
      kill "$pid"; wait "$pid" 2>/dev/null; exit 0' _ "$gui" >"$work/out" 2>"$work/err"
  then pass "window starts on X11 (Xvfb)"
  else fail "window starts on X11 (Xvfb)"; tail -5 "$work/err" | sed 's/^/     /' >&2; fi
else
  echo "skip X11 start: xvfb-run not installed (Debian packages xvfb, xauth)"
fi

changed="$(find "$dist" -newer "$work/started" -print | head -5)"
[[ -z "$changed" ]] && pass "the bundle was not written to" || fail "files written in the bundle: $changed"
stray="$(find "$HOME" -type f ! -path "$XDG_CACHE_HOME/*" ! -path "$XDG_CONFIG_HOME/premiumcalc*" \
  ! -path "$XDG_DATA_HOME/premiumcalc*" -print | head -5)"
[[ -z "$stray" ]] && pass "nothing written outside the user's data, config and cache folders" \
  || fail "files written outside the user's folders: $stray"

if (( failures )); then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "smoke test passed: $dist"
