#!/usr/bin/env bash
# Times `import` on the real module (src/test/resources/corpus) and on a generated tree of about 700
# pages, each against a fresh embedded PostgreSQL, and prints the command's own timing (the import itself)
# next to the wall time (which adds the JVM, Spring and PostgreSQL start-up).
#
#   bench/import-bench.sh [CORPUS_DIR]      (default src/test/resources/corpus)
#   MODULES=7 WEEKS=33 bench/import-bench.sh   (7 modules x 33 weeks x 3 pages + 8 = 701 pages)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-src/test/resources/corpus}
JAR=target/ect-induction.jar
# shellcheck source=synthetic-programme.sh
source bench/synthetic-programme.sh
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package

WORK=$(mktemp -d "${TMPDIR:-/tmp}/import-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

run() { # label, data dir, paths...
  local label=$1 data=$2; shift 2
  local start end out
  start=$(date +%s.%N)
  out=$(APP_DATA_DIR="$data" java -jar "$JAR" import "$@" 2>&1 >/dev/null | tr '\r' '\n' | grep -E '^[0-9]+ pages' || true)
  end=$(date +%s.%N)
  printf '%-34s %s | wall %.1f s\n' "$label" "$out" "$(echo "$end - $start" | bc)"
}

generate_programme "$WORK/tree"
echo "pages generated: $(find "$WORK/tree" -name '*.md' | wc -l)"
if [ -d "$CORPUS" ]; then
  run "corpus, fresh database" "$WORK/data-corpus" "$CORPUS"
  run "corpus again (unchanged)" "$WORK/data-corpus" "$CORPUS"
fi
run "synthetic tree, fresh database" "$WORK/data-tree" "$WORK/tree"
run "synthetic tree again (unchanged)" "$WORK/data-tree" "$WORK/tree"
