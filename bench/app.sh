# Sourced by the load benchmarks: starting the packaged app on a data directory, signing in, and SQL on its database.
# Needs JAR, DATA (an APP_DATA_DIR), PORT and PASSWORD set by the caller.
BASE="http://localhost:$PORT"

start_app() { # starts the jar on $DATA in the background (its PID in APP_PID) and waits until it answers UP
  if curl -fs "$BASE/actuator/health" >/dev/null 2>&1; then
    echo "something already answers on port $PORT: stop it or set BENCH_PORT" >&2; exit 1
  fi
  APP_DATA_DIR="$DATA" SERVER_PORT="$PORT" APP_DEMO_PASSWORD="$PASSWORD" \
    setsid java ${JAVA_OPTS:-} -jar "$JAR" >"$DATA/app.log" 2>&1 &
  APP_PID=$!
  until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped; see $DATA/app.log" >&2; exit 1; }
    sleep 0.5
  done
}

stop_app() { # asks the app to stop (it stops its PostgreSQL too); after 60 s, makes it
  [ -n "${APP_PID:-}" ] || return 0
  kill -TERM "$APP_PID" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
  kill -KILL "$APP_PID" 2>/dev/null || true
  APP_PID=
}

sql() { # runs SQL (arguments or standard input) on the app's embedded database, while the app runs
  local port
  port=$(sed -n 4p "$DATA/postgres/postmaster.pid")
  psql -X -q -t -A -v ON_ERROR_STOP=1 "postgresql://postgres@localhost:$port/ect_induction" "$@"
}

sign_in() { # $1 email: signs in through the form and prints the session cookie's value
  local jar token
  jar=$(mktemp)
  token=$(curl -fs -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "JSESSIONID" || $6 == "SESSION" { print $6 "=" $7 }' "$jar"
  rm -f "$jar"
}

heap_after_gc() { # the heap in use after a full collection, in MB
  jcmd "$APP_PID" GC.run >/dev/null
  jcmd "$APP_PID" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); printf "%.0f\n", v / 1024; exit } }'
}
