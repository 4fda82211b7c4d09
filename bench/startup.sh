#!/usr/bin/env bash
# Time from `./mvnw spring-boot:run` to /actuator/health answering UP, on the embedded default.
# Usage: bench/startup.sh [runs]   (default 5; prints each run and the median, in seconds)
# Uses a throwaway data directory so your ./data is untouched; the first run includes creating it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${BENCH_PORT:-18080}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

./mvnw -q -B compile >/dev/null   # measure starting the app, not compiling it

times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  APP_DATA_DIR="$data" SERVER_PORT=$port APP_DEMO_PASSWORD=bench-password-123 \
    setsid ./mvnw -q -B spring-boot:run >"$data/run-$i.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "run $i: the app stopped; see $data/run-$i.log" >&2; exit 1; fi
    sleep 0.1
  done
  end=$(date +%s.%N)
  t=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
  times+=("$t")
  printf 'run %d: %.1f s\n' "$i" "$t"
  kill -TERM -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  while curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; do sleep 0.2; done
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
printf 'median of %d: %.1f s\n' "$runs" "$median"
