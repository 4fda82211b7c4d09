#!/usr/bin/env bash
# How long the admin's home page takes with 5,000 ECTs (and the mentor's with 30 mentees).
# Starts the app on a throwaway embedded database, uploads the people through the admin CSV upload,
# then times each page with curl. Usage: bench/dashboard.sh [ects] [requests]   (defaults 5000, 50)
set -euo pipefail
cd "$(dirname "$0")/.."
ects=${1:-5000}
requests=${2:-50}
port=${BENCH_PORT:-18081}
password=bench-password-123
work=$(mktemp -d)
base="http://localhost:$port"
cleanup() { [ -n "${pid:-}" ] && kill -TERM -- "-$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

./mvnw -q -B compile >/dev/null
APP_DATA_DIR="$work/data" SERVER_PORT=$port APP_DEMO_PASSWORD=$password \
  setsid ./mvnw -q -B spring-boot:run >"$work/app.log" 2>&1 &
pid=$!
until curl -fs "$base/actuator/health" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "the app stopped; see $work/app.log" >&2; cat "$work/app.log" >&2; exit 1; }
  sleep 0.5
done

sign_in() { # $1 email, $2 cookie jar
  local token
  token=$(curl -fs -c "$2" -b "$2" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -c "$2" -b "$2" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$token" "$base/login"
}

csrf_of() { curl -fs -b "$1" -c "$1" "$2" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }

sign_in admin@example.com "$work/admin"
{
  echo "email,name,roles,mentor email,cohort"
  for i in $(seq 1 "$ects"); do
    # the first 30 ECTs are the demo mentor's, so the mentor's page has something to show
    if [ "$i" -le 30 ]; then mentor=mentor@example.com; else mentor=""; fi
    echo "bench-ect-$i@school.example,Bench ECT $i,ECT,$mentor,Demo cohort"
  done
} >"$work/people.csv"
token=$(csrf_of "$work/admin" "$base/admin/users/upload")
start=$(date +%s.%N)
curl -fs -b "$work/admin" -o "$work/upload.html" -F "_csrf=$token" -F "file=@$work/people.csv;type=text/csv" \
  "$base/admin/users/upload"
end=$(date +%s.%N)
grep -o '[0-9]* created, [0-9]* updated, [0-9]* unchanged' "$work/upload.html" \
  || { echo "upload failed; see $work/upload.html" >&2; exit 1; }
awk -v a="$start" -v b="$end" 'BEGIN { printf "upload of %s people: %.1f s\n", ARGV[1], b - a }' "$ects"

time_page() { # $1 label, $2 cookie jar, $3 path
  for i in $(seq 1 5); do curl -fs -o /dev/null -b "$2" "$base$3"; done   # warm up
  for i in $(seq 1 "$requests"); do
    curl -fs -o /dev/null -b "$2" -w '%{time_total}\n' "$base$3"
  done | sort -n | awk -v label="$1" '{ t[NR] = $1 * 1000 }
    END { printf "%s: median %.0f ms, p95 %.0f ms, max %.0f ms over %d requests\n",
          label, t[int((NR + 1) / 2)], t[int(NR * 0.95)], t[NR], NR }'
}

time_page "admin home, $ects ECTs" "$work/admin" /admin
sign_in mentor@example.com "$work/mentor"
time_page "mentor home, 31 mentees" "$work/mentor" /mentor
