#!/usr/bin/env bash
# Dev mode as a new user meets it: `./mvnw quarkus:dev` serves the API, a record made with a dev token is
# still there after dev mode stops and starts again. Extra Maven arguments (for example -o) are passed on.
# Port and log folder can be moved with DEV_CHECK_PORT and DEV_CHECK_OUT.
set -uo pipefail
cd "$(dirname "$0")/.."
source .ci/service.sh

PORT=${DEV_CHECK_PORT:-8190}
OUT=${DEV_CHECK_OUT:-target/dev-mode-check}
BASE="http://localhost:$PORT"
mkdir -p "$OUT"
DEV=
stop_dev() {
  [ -n "$DEV" ] || return 0
  kill -TERM "$DEV" 2>/dev/null
  for _ in $(seq 1 60); do kill -0 "$DEV" 2>/dev/null || break; sleep 0.5; done
  kill -KILL "$DEV" 2>/dev/null
  wait "$DEV" 2>/dev/null
  DEV=
}
trap stop_dev EXIT

start_dev() { # Maven arguments; logs to $LOG
  ./mvnw -B "$@" quarkus:dev -DskipDemo -Dquarkus.http.port="$PORT" -Dquarkus.console.enabled=false \
    -Dquarkus.analytics.disabled=true -Ddebug=false < /dev/null > "$LOG" 2>&1 &
  DEV=$!
  # Up to 4 minutes: the first start compiles, and may unpack PostgreSQL and run initdb.
  wait_ready "$BASE/q/health/ready" "$DEV" 240 && return 0
  echo "dev mode: not ready on $BASE; the end of $LOG:"
  tail -40 "$LOG"
  return 1
}

TOKEN=$(dev/token.sh dev-mode-check)
LOG="$OUT/first.log"
start_dev "$@" || exit 1
grep -i "embedded" "$LOG" | grep -v "^\[INFO\] Download" | head -3
created=$(curl -s -X POST "$BASE/v1/rejections" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"company":"Dev Mode Check","role":"Engineer","stageReached":"INTERVIEW","notifiedVia":"EMAIL","rejectedOn":"2026-11-30"}')
id=$(printf '%s' "$created" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
[ -n "$id" ] || { echo "dev mode: creating a record failed: $created"; exit 1; }
echo "dev mode: created rejection $id"
stop_dev

LOG="$OUT/second.log"
start_dev "$@" || exit 1
company=$(curl -sf "$BASE/v1/rejections/$id" -H "Authorization: Bearer $TOKEN" | sed -n 's/.*"company":"\([^"]*\)".*/\1/p')
stop_dev
if [ "$company" != "Dev Mode Check" ]; then
  echo "dev mode: rejection $id did not come back after a restart"
  exit 1
fi
echo "dev mode: rejection $id came back after a restart"
