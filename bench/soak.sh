#!/usr/bin/env bash
# The soak: 200 signed-in mentors at once for 60 s, each going round five reads and a save of their own meeting
# (bench/LoadGen.java "mix"), three runs in a row on one app, on the generated data set (bench/generate-data.sh).
# After each run: requests, server errors and other failures, and the heap in use after a full collection, which
# must not grow from run to run.
#
#   bench/soak.sh [DATA]      (default /tmp/ect-bench-data; PEOPLE=200, SECONDS_EACH=60, RUNS=3, JAVA_OPTS -Xmx256m)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-/tmp/ect-bench-data}
JAR=${JAR:-target/ect-induction.jar}
PORT=${BENCH_PORT:-18090}
PASSWORD=${BENCH_PASSWORD:-bench-password-123}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
PEOPLE=${PEOPLE:-200}
SECONDS_EACH=${SECONDS_EACH:-60}
RUNS=${RUNS:-3}
[ -d "$DATA/postgres" ] || { echo "no data set in $DATA: run bench/generate-data.sh first" >&2; exit 1; }
. bench/app.sh
work=$(mktemp -d)
trap 'stop_app; rm -rf "$work"' EXIT
trap 'exit 1' INT TERM   # so that the app is stopped when this script is
start_app
sql -c "select u.email || ' ' || m.id from mentor_meeting m join app_user u on u.id = m.mentor_id
        where m.status = 'PLANNED' and u.email like 'bench-mentor-%' order by m.id limit $PEOPLE" >"$work/people"
echo "heap in use after start-up (after a full collection): $(heap_after_gc) MB (JAVA_OPTS $JAVA_OPTS)"
for run in $(seq 1 "$RUNS"); do
  echo "run $run: $PEOPLE people for $SECONDS_EACH s"
  java bench/LoadGen.java "$BASE" "$work/people" mix "$PEOPLE" "$SECONDS_EACH"
  echo "run $run: heap in use after a full collection: $(heap_after_gc) MB"
done
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F) at commit $(git rev-parse --short HEAD)."
