#!/usr/bin/env bash
# Search latency over a programme of about 700 pages (bench/synthetic-programme.sh, plus the demo programmes).
# Imports the tree into a throwaway embedded database with the jar's `import`, starts the jar on it, signs in
# as the demo mentor, ECT and admin, and times /search for a set of queries with curl: WARMUP untimed rounds, then
# ROUNDS timed rounds, and the same page without a query for comparison. Prints p50 and p95 per role and over all requests, and the slowest queries.
#
#   bench/search-bench.sh                 (ROUNDS=10 WARMUP=3 MODULES=7 WEEKS=33 BENCH_PORT=18082)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=synthetic-programme.sh
source bench/synthetic-programme.sh
ROUNDS=${ROUNDS:-10}
WARMUP=${WARMUP:-3}
port=${BENCH_PORT:-18082}
password=bench-password-123
base="http://localhost:$port"
JAR=target/ect-induction.jar
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package

work=$(mktemp -d "${TMPDIR:-/tmp}/search-bench.XXXXXX")
cleanup() { [ -n "${pid:-}" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

generate_programme "$work/tree"
echo "pages generated: $(find "$work/tree" -name '*.md' | wc -l)"
APP_DATA_DIR="$work/data" APP_DEMO_PASSWORD=$password java -jar "$JAR" import "$work/tree" >/dev/null
APP_DATA_DIR="$work/data" APP_DEMO_PASSWORD=$password SERVER_PORT=$port java -jar "$JAR" >"$work/app.log" 2>&1 &
pid=$!
until curl -fs "$base/actuator/health" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "the app stopped; see its log:" >&2; cat "$work/app.log" >&2; exit 1; }
  sleep 0.5
done

sign_in() { # $1 email, $2 cookie jar
  local token
  token=$(curl -fs -c "$2" -b "$2" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -c "$2" -b "$2" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$token" "$base/login"
}

# Single words, phrases, operators, a common word, misspellings ("Did you mean") and a word found nowhere.
queries=("parents evening" "behaviour" "retrieval practice" "cognitive load" "\"worked examples\""
  "feedback -marking" "teaching assistants" "wellbeing and workload" "misconceptions in reading"
  "scaffolding" "mentor" "week" "relationships with families" "phonics" "metacognition"
  "adaptive teaching for pupils with SEND" "behavour" "retreival practise" "xylophone")

echo "load average before timing: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
for who in mentor ect admin; do
  sign_in "$who@example.com" "$work/$who"
  for round in $(seq $((1 - WARMUP)) "$ROUNDS"); do
    for q in "${queries[@]}"; do
      t=$(curl -fs -o "$work/last.html" -b "$work/$who" -w '%{time_total}' -G --data-urlencode "q=$q" "$base/search")
      if [ "$round" -gt 0 ]; then printf '%s\t%s\t%s\n' "$who" "$(echo "$t * 1000" | bc)" "$q"; fi
    done
  done
  for round in $(seq $((1 - WARMUP)) "$ROUNDS"); do # the same page without a query: the request's cost without the search
    t=$(curl -fs -o /dev/null -b "$work/$who" -w '%{time_total}' "$base/search")
    if [ "$round" -gt 0 ]; then printf '%s\t%s\n' "$who" "$(echo "$t * 1000" | bc)"; fi
  done
  hits=$(curl -fs -b "$work/$who" -G --data-urlencode "q=behaviour" "$base/search" \
    | grep -o 'Results 1 to 10 of [0-9]*' || true)
  echo "$who: 'behaviour' -> ${hits:-no results}"
done >"$work/times.tsv" 2>&1

grep -v $'\t' "$work/times.tsv" || true
percentiles() { # label, then times in ms on standard input
  sort -n | awk -v label="$1" '{ t[NR] = $1 }
    END { printf "%-8s min %5.1f ms   p50 %5.1f ms   p95 %5.1f ms   max %5.1f ms   (%d requests)\n",
          label, t[1], t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], t[NR], NR }'
}
for who in mentor ect admin; do
  awk -F'\t' -v w="$who" '$1 == w && NF == 3 { print $2 }' "$work/times.tsv" | percentiles "$who"
done
awk -F'\t' 'NF == 3 { print $2 }' "$work/times.tsv" | percentiles "all"
awk -F'\t' 'NF == 2 { print $2 }' "$work/times.tsv" | percentiles "no query"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "median by query, slowest first:"
awk -F'\t' 'NF == 3 { print $3 "\t" $2 }' "$work/times.tsv" | sort -t$'\t' -k1,1 -k2,2n \
  | awk -F'\t' '{ v[$1] = v[$1] " " $2; n[$1]++ }
      END { for (q in v) { split(substr(v[q], 2), a, " "); printf "%7.1f ms  %s\n", a[int((n[q] + 1) / 2)], q } }' \
  | sort -rn | head -8
