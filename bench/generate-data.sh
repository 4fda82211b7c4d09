#!/usr/bin/env bash
# Loads a realistic volume into a real PostgreSQL (the app's embedded one, under DATA): the bench programme of 701
# pages (bench/synthetic-programme.sh, through the `import` command), then bench/generate-data.sql: 5,000 ECTs and 5,000 mentors in
# 50 cohorts with a year of meetings, actions, learning-log entries and audits. Everyone's password is PASSWORD.
#
#   bench/generate-data.sh [DATA]      (default /tmp/ect-bench-data; a directory that exists is used again)
#
# Point the app at it with APP_DATA_DIR=DATA java -jar target/ect-induction.jar (bench/load.sh does). For an
# external PostgreSQL, run the app against it once (prod profile: Flyway makes the schema), `import` the tree,
# then run bench/generate-data.sql with psql, passing the password hash of a known password (see below).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-/tmp/ect-bench-data}
JAR=${JAR:-target/ect-induction.jar}
PORT=${BENCH_PORT:-18090}
PASSWORD=${BENCH_PASSWORD:-bench-password-123}
[ -f "$JAR" ] || ./mvnw -q -B -o -DskipTests package
# shellcheck source=synthetic-programme.sh
source bench/synthetic-programme.sh
. bench/app.sh
mkdir -p "$DATA"
work=$(mktemp -d)
trap 'stop_app; rm -rf "$work"' EXIT
trap 'exit 1' INT TERM   # so that the app is stopped when this script is

generate_programme "$work/tree"
echo "importing $(find "$work/tree" -name '*.md' | wc -l) pages"
APP_DATA_DIR="$DATA" java -jar "$JAR" import "$work/tree" 2>&1 >/dev/null | tr "\r" "\n" | grep -E "^[0-9]+ pages"

start_app   # the demo accounts get PASSWORD; its hash becomes every bench person's
hash=$(sql -c "select password_hash from app_user where email = 'mentor@example.com'")
start=$(date +%s)
sql -v password_hash="$hash" -f bench/generate-data.sql
echo "generated in $(( $(date +%s) - start )) s"
# Lets bench/load.sh count statements per request (pg_stat_statements, loaded at the next start).
sql -c "alter system set shared_preload_libraries = 'pg_stat_statements'"
