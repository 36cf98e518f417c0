#!/usr/bin/env bash
# Start a PostgreSQL server on loopback for the quote store tests and print its URL.
#
#   export PREMIUMCALC_TEST_POSTGRES_URL="$(bash .ci/postgres.sh)"   # start (or reuse)
#   bash .ci/postgres.sh stop                                        # stop it
#
# Runs as root on a Debian machine without systemd: installs the Debian package
# 'postgresql' when it is missing, makes its own cluster with initdb in a folder of its own
# (default /tmp/premiumcalc-pg, port 54329, trust authentication on 127.0.0.1 only) and runs
# it as the postgres user with pg_ctl. Running it again reuses the running server.
# Only the URL goes to standard output; progress goes to standard error.
set -euo pipefail

DATA="${PREMIUMCALC_PG_DIR:-/tmp/premiumcalc-pg}"
PORT="${PREMIUMCALC_PG_PORT:-54329}"
DB="${PREMIUMCALC_PG_DB:-premiumcalc_test}"
URL="postgresql://postgres@127.0.0.1:${PORT}/${DB}"

log() { echo "postgres.sh: $*" >&2; }

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

BIN="$(find_bin)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  log "installing the Debian package postgresql"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -qq --no-install-recommends postgresql >/dev/null 2>&1; then
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  BIN="$(find_bin)"
fi
[ -x "$BIN/pg_ctl" ] || { log "no pg_ctl found under /usr/lib/postgresql"; exit 1; }

as_pg() { runuser -u postgres -- "$@"; }
running() { [ -f "$DATA/PG_VERSION" ] && as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

if [ "${1:-start}" = "stop" ]; then
  if running; then
    as_pg "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2
  fi
  exit 0
fi

if ! running; then
  if [ -f "$DATA/PG_VERSION" ] && [ "$(cat "$DATA/PG_VERSION")" != "$(basename "$(dirname "$BIN")")" ]; then
    log "removing a cluster of another PostgreSQL version in $DATA"
    rm -rf "$DATA"
  fi
  if [ ! -f "$DATA/PG_VERSION" ]; then
    log "creating a cluster in $DATA"
    rm -rf "$DATA"
    mkdir -p "$DATA"
    chown postgres:postgres "$DATA"
    chmod 700 "$DATA"
    as_pg "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  log "starting the server on 127.0.0.1:$PORT"
  as_pg "$BIN/pg_ctl" -D "$DATA" -w -t 60 -l "$DATA/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA -c fsync=off" start >&2 || {
      log "the server did not start; its log:"; tail -n 30 "$DATA/server.log" >&2; exit 1; }
fi

PSQL=("$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
if [ "$("${PSQL[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != "1" ]; then
  log "creating the database $DB"
  "${PSQL[@]}" -c "CREATE DATABASE \"$DB\"" >&2
fi
echo "$URL"
