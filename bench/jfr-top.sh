#!/usr/bin/env bash
# Summarises a JFR recording's CPU samples: the methods most often on top of the stack (self time), and the
# methods most often anywhere on it (inclusive: the frame and everything it calls), each counted once a sample.
#   bench/jfr-top.sh recording.jfr [lines]   (default 25 lines each)
# Record under load with: jcmd <pid> JFR.start duration=20s settings=profile filename=recording.jfr
set -euo pipefail
recording=$1
lines=${2:-25}
frames=$(mktemp)
trap 'rm -f "$frames"' EXIT
jfr print --events jdk.ExecutionSample --stack-depth 200 "$recording" | awk '
  /^jdk.ExecutionSample/ { inStack = 0; top = 1; split("", seen); next }
  /stackTrace = \[/ { inStack = 1; print "N"; next }
  inStack && /^[[:space:]]*\]/ { inStack = 0; next }
  inStack {
    frame = $0
    sub(/^[[:space:]]+/, "", frame); sub(/[[:space:]]+line:.*$/, "", frame)
    if (frame == "...") next
    if (top) { print "S " frame; top = 0 }
    if (!(frame in seen)) { seen[frame] = 1; print "I " frame }
  }' >"$frames"
samples=$(grep -c '^N$' "$frames" || true)
echo "$samples samples"
for kind in S I; do
  [ "$kind" = S ] && printf '\nself (top of stack)\n' || printf '\ninclusive (anywhere on the stack)\n'
  grep "^$kind " "$frames" | cut -c3- | sort | uniq -c | sort -rn | head -"$lines" \
    | awk -v n="$samples" '{ c = $1; sub(/^[[:space:]]*[0-9]+[[:space:]]/, ""); printf "%5.1f%%  %s\n", 100 * c / n, $0 }'
done
