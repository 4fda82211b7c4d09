#!/usr/bin/env bash
# The load benchmark: the packaged app on the generated data set (bench/generate-data.sh), signed-in sessions, and
# side by side in one run a static file, the mentor's week page, the mentor's and the admin's dashboards,
# /framework, search (skipped while it answers 404) and a meeting save. Reads go through wrk (2 threads, 64
# connections, 10 s each after a 5 s warm-up, one session); saves through bench/LoadGen.java (64 mentors, each saving
# their own meeting with the version its last save returned). For each: throughput, p50, p99, errors, SQL statements
# per request (pg_stat_statements, without transaction control) and the app's CPU time per request. Then the heap
# in use after a full collection. Prints a Markdown table.
#
#   bench/load.sh [DATA]      (default /tmp/ect-bench-data; JAVA_OPTS default -Xmx256m: the heap target)
#   BENCH_MENTOR=mentor@example.com bench/load.sh ./data   (the demo data instead: no bench mentors, so no saves)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-/tmp/ect-bench-data}
JAR=${JAR:-target/ect-induction.jar}
PORT=${BENCH_PORT:-18090}
PASSWORD=${BENCH_PASSWORD:-bench-password-123}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
SECONDS_EACH=${SECONDS_EACH:-10}
[ -d "$DATA/postgres" ] || { echo "no data set in $DATA: run bench/generate-data.sh first" >&2; exit 1; }
. bench/app.sh
work=$(mktemp -d)
trap 'stop_app; rm -rf "$work"' EXIT
trap 'exit 1' INT TERM   # so that the app is stopped when this script is
start_app
sql -c "create extension if not exists pg_stat_statements" >/dev/null

mentor=$(sign_in "${BENCH_MENTOR:-bench-mentor-1@school.example}")
admin=$(sign_in admin@example.com)
dashboard=$(curl -fs -H "Cookie: $mentor" "$BASE/mentor")
week=$(grep -o 'href="/programmes/[^"]*-mentor-materials"' <<<"$dashboard" | head -1 | cut -d'"' -f2)
static=$(grep -o 'src="/js/app[^"]*"' <<<"$dashboard" | head -1 | cut -d'"' -f2)

cpu_ms() { awk '{ print ($14 + $15) * 1000 / 100 }' "/proc/$APP_PID/stat"; }   # user + system, 100 ticks a second
statements() {
  sql -c "select coalesce(sum(calls), 0) from pg_stat_statements
          where query !~* '^\\s*(begin|commit|rollback|set|show|select pg_stat_statements|select coalesce\\(sum\\(calls)'"
}
to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) }
                 else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.1f", v }' <<<"$1"; }

echo "| request | req/s | share of static | p50 ms | p99 ms | errors | SQL/request | CPU ms/request |"
echo "|---|---|---|---|---|---|---|---|"
static_rate=
row() { # label, requests, seconds, rate, p50, p99, errors, statements, cpu ms
  local share=""
  [ -n "$static_rate" ] && share=$(awk -v a="$4" -v b="$static_rate" 'BEGIN { printf "%.2f", a / b }')
  printf '| %s | %.0f | %s | %s | %s | %s | %s | %s |\n' "$1" "$4" "${share:-1.00}" "$5" "$6" "$7" \
    "$(awk -v s="$8" -v n="$2" 'BEGIN { printf "%.1f", n ? s / n : 0 }')" \
    "$(awk -v c="$9" -v n="$2" 'BEGIN { printf "%.2f", n ? c / n : 0 }')"
}

read_page() { # label, cookie, path
  wrk -t2 -c16 -d5s -H "Cookie: $2" "$BASE$3" >/dev/null   # warm-up
  sql -c "select pg_stat_statements_reset()" >/dev/null
  local c0 c1 out n
  c0=$(cpu_ms)
  out=$(wrk -t2 -c64 -d"${SECONDS_EACH}s" --timeout 30s --latency -H "Cookie: $2" "$BASE$3")
  c1=$(cpu_ms)
  n=$(awk '/requests in/ { print $1 }' <<<"$out")
  local rate p50 p99 errors
  rate=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  errors=$(awk '/Non-2xx/ { e += $NF } /Socket errors/ { gsub(/,/, ""); e += $4 + $6 + $8 + $10 } END { print e + 0 }' <<<"$out")
  row "$1" "$n" "$SECONDS_EACH" "$rate" "$p50" "$p99" "$errors" "$(statements)" "$(awk -v a="$c0" -v b="$c1" 'BEGIN { print b - a }')"
  [ -n "$static_rate" ] || static_rate=$rate
}

read_page "static file \`$static\`" "$mentor" "$static"
read_page "mentor week page" "$mentor" "$week"
read_page "mentor dashboard \`/mentor\`" "$mentor" /mentor
read_page "admin dashboard \`/admin\`" "$admin" /admin
read_page "\`/framework\`" "$mentor" /framework
if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $mentor" "$BASE/search")" = 404 ]; then
  echo "| search | — | | | | | | (no /search yet: 404) |"
else
  read_page "search \`/search?q=behaviour\`" "$mentor" "/search?q=behaviour"
fi

sql -c "select u.email || ' ' || m.id from mentor_meeting m join app_user u on u.id = m.mentor_id
        where m.status = 'PLANNED' and u.email like 'bench-mentor-%' order by m.id limit 64" >"$work/people"
if [ ! -s "$work/people" ]; then
  echo "| meeting save | — | | | | | | (no bench mentors in this data set) |"
  echo; echo "Heap in use after a full collection: $(heap_after_gc) MB (JAVA_OPTS $JAVA_OPTS)."
  exit 0
fi
java bench/LoadGen.java "$BASE" "$work/people" save 64 3 >/dev/null   # warm-up
sql -c "select pg_stat_statements_reset()" >/dev/null
c0=$(cpu_ms)
java bench/LoadGen.java "$BASE" "$work/people" save 64 "$SECONDS_EACH" >"$work/save"
c1=$(cpu_ms)
read -r _ n rate p50 p99 e5 eother < <(grep '^save' "$work/save")
row "meeting save (64 mentors)" "$n" "$SECONDS_EACH" "$rate" "$p50" "$p99" "$((e5 + eother))" "$(statements)" \
  "$(awk -v a="$c0" -v b="$c1" 'BEGIN { print b - a }')"

echo
echo "Heap in use after a full collection: $(heap_after_gc) MB (JAVA_OPTS $JAVA_OPTS)."
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F) at commit $(git rev-parse --short HEAD)."
