#!/usr/bin/env bash
# A backup and restore, rehearsed end to end (docs/deployment.md, "Backups"):
#   1. a scratch PostgreSQL in a temporary folder, and the packaged app started on it once, so that Flyway builds
#      the real schema and the demo data fills it (accounts, cohort, the real and the made-up programme);
#   2. pg_dump of that database in the custom format, as the nightly backup is taken;
#   3. pg_restore of the dump into a fresh, empty database;
#   4. every table's row count, and the schema version, compared between the two; the script fails on any difference.
#
# pg_dump must be of the server's major version or newer. The app's embedded PostgreSQL ships a server only, no
# pg_dump, so the rehearsal runs on the PostgreSQL whose tools are in PG_BIN (default: the newest under
# /usr/lib/postgresql, from Debian's postgresql package). In production, use the client tools of the production
# server's major version (PostgreSQL 17).
#
# Usage: scripts/restore-rehearsal.sh            (needs target/ect-induction.jar: ./mvnw -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/ect-induction.jar
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -f "$JAR" ] || { echo "error: $JAR is missing: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
[ -x "$PG_BIN/pg_dump" ] || { echo "error: no pg_dump in PG_BIN='$PG_BIN' (apt-get install postgresql)" >&2; exit 2; }

WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("localhost", 0)); print(s.getsockname()[1])')
APP_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("localhost", 0)); print(s.getsockname()[1])')
APP_PID=
# PostgreSQL will not run as root: as root, the scratch server runs as the unprivileged user "nobody".
if [ "$(id -u)" = 0 ]; then AS=(runuser -u nobody --); chown nobody "$WORK"; else AS=(); fi

stop() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  "${AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap stop EXIT

psql_() { "$PG_BIN/psql" -h localhost -p "$PORT" -U postgres -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

echo "== scratch PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PORT"
"${AS[@]}" "$PG_BIN/initdb" -D "$WORK/data" -U postgres --auth=trust -E UTF8 >/dev/null
"${AS[@]}" "$PG_BIN/pg_ctl" -D "$WORK/data" -o "-p $PORT -k $WORK -c listen_addresses=localhost" -l "$WORK/pg.log" \
  -w start >/dev/null
psql_ -d postgres -c "create database ect_induction"

echo "== the app builds the schema and loads the demo data"
APP_DEMO_PASSWORD=rehearsal-only-password SERVER_PORT=$APP_PORT java -jar "$JAR" \
  --app.database.embedded=false --app.data-dir="$WORK/app" \
  --spring.datasource.url="jdbc:postgresql://localhost:$PORT/ect_induction" \
  --spring.datasource.username=postgres --spring.datasource.password= >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  curl -fs "http://localhost:$APP_PORT/actuator/health" 2>/dev/null | grep -q UP && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 1
done
curl -fs "http://localhost:$APP_PORT/actuator/health" | grep -q UP || { tail -50 "$WORK/app.log" >&2; exit 1; }
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=

echo "== pg_dump (custom format)"
"$PG_BIN/pg_dump" -h localhost -p "$PORT" -U postgres -Fc -f "$WORK/ect_induction.dump" ect_induction
ls -l "$WORK/ect_induction.dump" | awk '{print "dump: " $5 " bytes"}'

echo "== pg_restore into a fresh database"
psql_ -d postgres -c "create database ect_restored"
"$PG_BIN/pg_restore" -h localhost -p "$PORT" -U postgres --exit-on-error -d ect_restored "$WORK/ect_induction.dump"

# Exact counts, table by table (pg_class estimates would not prove the rows came back).
counts() {
  psql_ -d "$1" -c "select format('select %L || '' '' || count(*) from %I.%I;', table_name, table_schema, table_name)
                    from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
                    order by table_name" | psql_ -d "$1"
}
counts ect_induction >"$WORK/before.txt"
counts ect_restored >"$WORK/after.txt"
echo "== row counts (table, before, after)"
join "$WORK/before.txt" "$WORK/after.txt" | awk '{printf "%-32s %8s %8s%s\n", $1, $2, $3, ($2 == $3 ? "" : "  DIFFERENT")}'
version() { psql_ -d "$1" -c "select max(version::int) from flyway_schema_history where success"; }
echo "schema version: $(version ect_induction) before, $(version ect_restored) after"
if ! diff -q "$WORK/before.txt" "$WORK/after.txt" >/dev/null || [ "$(version ect_induction)" != "$(version ect_restored)" ]; then
  echo "RESTORE REHEARSAL FAILED: the restored database differs" >&2
  exit 1
fi
[ "$(wc -l <"$WORK/before.txt")" -gt 10 ] || { echo "RESTORE REHEARSAL FAILED: too few tables" >&2; exit 1; }
echo "RESTORE REHEARSAL OK: $(wc -l <"$WORK/before.txt") tables, $(awk '{s += $2} END {print s}' "$WORK/before.txt") rows, all restored"
