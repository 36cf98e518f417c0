#!/usr/bin/env bash
# Smoke test of the built app: runs the bundled executables only (no source tree, no venv),
# offscreen, with empty user folders, and checks what a user would see.
#   packaging/smoke_test.sh [DIST_DIR]     (default dist/premiumcalc)
# Needs bash 3.2 or newer (Linux, macOS, Git Bash on Windows) and any Python 3 to read JSON
# and PNG headers ($PYTHON, else python3, else python). Exit 0 when every check passes.
# The folder is the same on every system (macOS also gets dist/premiumcalc.app around it);
# on Windows the executables end in .exe.
set -euo pipefail
cd "$(dirname "$0")/.."

python="${PYTHON:-$(command -v python3 || command -v python)}"
# Native paths for native programs: C:/Users/... instead of /tmp/... in Git Bash on Windows.
native() { if command -v cygpath >/dev/null 2>&1; then cygpath -m "$1"; else echo "$1"; fi; }
dist="$(native "$(cd "${1:-dist/premiumcalc}" && pwd)")"
repo="$(native "$PWD")"
request="$repo/packaging/worked-example.json"
work="$(native "$(mktemp -d)")"
trap 'rm -rf -- "$work"' EXIT
exe=""
[[ -f "$dist/premiumcalc.exe" ]] && exe=".exe"

# Nothing outside these folders may be written; the bundle itself stays untouched.
export PREMIUMCALC_DATA_DIR="$work/data" PREMIUMCALC_CONFIG_DIR="$work/config"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" QT_QPA_PLATFORM=offscreen
# Output as UTF-8 also where the system's code page is another (Windows): the checks below
# look for "726,65 €" byte for byte.
export PYTHONUTF8=1
# The window and any command without --start take this day for today (the worked example's
# figures are those of tariff versions valid on it).
export PREMIUMCALC_TODAY=2026-12-01
unset PREMIUMCALC_DATABASE_URL
mkdir -p "$HOME"
touch "$work/started"

failures=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1" >&2; failures=$((failures + 1)); }
check() {  # check NAME COMMAND...: the command must exit 0
  local name="$1"; shift
  local status=0
  "$@" >"$work/out" 2>"$work/err" || status=$?
  unix_lines "$work/out"
  if [[ $status == 0 ]]; then pass "$name"; else
    fail "$name (exit $status)"; sed 's/^/     /' "$work/err" | tail -20 >&2; fi
}
unix_lines() { tr -d '\r' <"$1" >"$1.lf" && mv "$1.lf" "$1"; }  # Windows ends lines in CRLF

cd "$work"  # relative paths in the checks below land in the scratch folder

# The worked example as command-line options.
request_args=()
while IFS= read -r arg; do request_args+=("${arg%$'\r'}"); done < <("$python" - "$request" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
args = ["--tariff", r["tariff"], "--profession", r["profession"], "--revenue", str(r["revenue"]),
        "--cover", str(r["cover"]), "--deductible", str(r["deductible"]),
        "--claims", str(r["claims"]), "--term", str(r["term"]), "--payment", r["payment"],
        "--country", r["country"]]
args += [a for m in r["modules"] for a in ("--module", m)]
args += [a for s in r["scenarios"] for a in ("--scenario", s)]
args += ["--startup"] if r["startup"] else []
args += ["--start", r["start"]] if "start" in r else []
print("\n".join(args))
EOF
)

cli="$dist/premiumcalc$exe"
gui="$dist/premiumcalc-gui$exe"

version="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$repo/pyproject.toml" | head -1)"
check "command line starts (--version)" "$cli" --version
grep -qx "premiumcalc $version" "$work/out" && pass "version $version from the package metadata" \
  || fail "--version says '$(cat "$work/out")', pyproject.toml says $version"

check "quote --format json exits 0" "$cli" quote "${request_args[@]}" --format json
if "$python" -c '
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

# ReportLab with the bundled fonts; a letter without a logo holds no image.
check "pdf of the worked example" "$cli" pdf "${request_args[@]}" --client-name "Muster GmbH" \
  --lang de -o "$work/quote.pdf"
[[ "$(head -c 5 "$work/quote.pdf" 2>/dev/null)" == "%PDF-" ]] && pass "PDF written" || fail "PDF written"
if grep -aq "/Subtype /Image" "$work/quote.pdf"; then fail "a letter without a logo holds an image"; fi

# The broker's logo on the letter: ReportLab opens it with Pillow (PNG decoded to pixels, JPEG
# passed through); an unreadable logo would silently leave the letter without it.
for ext in png jpg; do
  printf '[broker]\nname = "Erika Muster"\ncompany = "Muster Makler GmbH"\nregister_number = "D-ABCD-EFGHI-12"\nlogo = "%s"\n' \
    "$repo/packaging/smoke/logo.$ext" >"$work/profile-$ext.toml"
  check "pdf with a $ext logo" "$cli" pdf "${request_args[@]}" --client-name "Muster GmbH" \
    --broker-profile "$work/profile-$ext.toml" -o "$work/logo-$ext.pdf"
done
grep -aq "/SMask" "$work/logo-png.pdf" && pass "PNG logo (with transparency) in the letter" \
  || fail "PNG logo in the letter"
grep -aq "/DCTDecode" "$work/logo-jpg.pdf" && pass "JPEG logo in the letter" \
  || fail "JPEG logo in the letter"

# Every bundled tariff compared, with the comparison PDF.
compare_args=()
for ((i = 0; i < ${#request_args[@]}; i++)); do
  if [[ "${request_args[i]}" == --tariff ]]; then i=$((i + 1)); else compare_args+=("${request_args[i]}"); fi
done
check "compare --pdf" "$cli" compare "${compare_args[@]}" --format json --pdf "$work/compare.pdf" \
  --client-name "Muster GmbH"
grep -q '"726.65"' "$work/out" && pass "comparison prices the worked example" \
  || fail "comparison prices the worked example"
[[ "$(head -c 5 "$work/compare.pdf" 2>/dev/null)" == "%PDF-" ]] && pass "comparison PDF written" \
  || fail "comparison PDF written"

# A batch file with one good and one bad row: the bad row is reported, not dropped.
"$python" - "$request" >"$work/batch.csv" <<'EOF'
import csv, json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
fields = ["tariff", "profession", "revenue", "cover", "deductible", "claims", "modules",
          "startup", "term", "payment", "country", "scenarios", "start"]
row = {**r, "modules": ";".join(r["modules"]), "scenarios": ";".join(r["scenarios"]),
       "startup": str(r["startup"]).lower()}
out = csv.writer(sys.stdout)
out.writerow(fields)
out.writerow([row[f] for f in fields])
out.writerow([{**row, "revenue": "lots"}[f] for f in fields])
EOF
"$cli" batch "$work/batch.csv" --format jsonl -o "$work/batch.jsonl" >"$work/out" 2>"$work/err" || true
if "$python" - "$work/batch.jsonl" <<'EOF'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
assert len(rows) == 2, rows
assert rows[0]["premium"]["gross_annual"] == "726.65", rows[0]
assert rows[1]["status"] == "invalid" and rows[1]["error"].startswith("revenue"), rows[1]
EOF
then pass "batch: worked example priced, bad row reported"; else fail "batch"; fi

# The SQLite quote store: save, list, show, change, export.
check "quote --save" "$cli" quote "${request_args[@]}" --save --client-name "Muster GmbH"
number="$(grep -o 'Q-[0-9]*-[0-9]*' "$work/out" | tail -1)"
check "quotes list" "$cli" quotes list --format json
grep -q "Muster GmbH" "$work/out" && pass "saved quote listed" || fail "saved quote listed"
check "quotes show" "$cli" quotes show "$number" --format json
grep -q '"726.65"' "$work/out" && pass "saved quote shown as saved" || fail "saved quote shown as saved"
check "quotes set" "$cli" quotes set "$number" --status sent --notes "mailed as PDF"
check "quotes export" "$cli" quotes export --format csv -o "$work/quotes.csv"
grep -q "$number" "$work/quotes.csv" 2>/dev/null && pass "quotes exported as CSV" \
  || fail "quotes exported as CSV"

# PostgreSQL: the driver loads (a refused connection is a clear error, not a missing module),
# and a driver that cannot load is a clear message too (PSYCOPG_IMPL=c asks psycopg for a C
# build that is never bundled: the same failure as a system without libpq).
"$cli" quotes --db postgresql://nobody@127.0.0.1:1/none list >"$work/out" 2>"$work/err" || true
if grep -q "cannot reach the PostgreSQL server" "$work/err"; then pass "PostgreSQL driver loads"
elif [[ "$(uname -s)" == Linux ]] && ! /sbin/ldconfig -p 2>/dev/null | grep -q 'libpq\.so\.5 '; then
  echo "skip PostgreSQL driver: the system has no libpq (Debian package libpq5)"
else fail "PostgreSQL driver loads: $(head -3 "$work/err")"; fi
status=0
PSYCOPG_IMPL=c "$cli" quotes --db postgresql://nobody@127.0.0.1:1/none list \
  >"$work/out" 2>"$work/err" || status=$?
if [[ $status == 2 ]] && grep -q "libpq5" "$work/err"; then
  pass "PostgreSQL client library missing: a clear message"
else fail "PostgreSQL client library missing: exit $status, $(head -3 "$work/err")"; fi
# With a server (CI: .ci/postgres.sh), a quote is saved there and listed, in a schema of its own.
pg_url="${PREMIUMCALC_TEST_POSTGRES_URL:-}"
if [[ -n "$pg_url" ]] && command -v psql >/dev/null 2>&1; then
  schema="smoke_$$_$(date +%s)"
  if psql "$pg_url" -qc "CREATE SCHEMA $schema" >/dev/null 2>"$work/err"; then
    [[ "$pg_url" == *\?* ]] && sep="&" || sep="?"
    db="$pg_url${sep}options=-csearch_path%3D$schema"
    check "PostgreSQL: quote --save" "$cli" quote "${request_args[@]}" --save \
      --client-name "Postgres GmbH" --db "$db"
    check "PostgreSQL: quotes list" "$cli" quotes --db "$db" list --format json
    grep -q "Postgres GmbH" "$work/out" && pass "PostgreSQL: saved quote listed" \
      || fail "PostgreSQL: saved quote listed"
    psql "$pg_url" -qc "DROP SCHEMA $schema CASCADE" >/dev/null 2>&1 || true
  else fail "PostgreSQL: cannot create a schema: $(head -1 "$work/err")"; fi
else
  echo "skip PostgreSQL server: PREMIUMCALC_TEST_POSTGRES_URL unset (bash .ci/postgres.sh) or no psql"
fi

# The window, offscreen, with the worked example filled in.
check "window --screenshot" "$gui" --screenshot "$work/shot.png" --request "$request"
if "$python" - "$work/shot.png" <<'EOF'
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
