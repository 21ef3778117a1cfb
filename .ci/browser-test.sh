#!/usr/bin/env bash
# Browser tests: Debian's chromium, driven by playwright-core (.ci/browser-test.mjs), opens Swagger UI on
# the packaged service and runs "Try it out" on POST /v1/rejections, then drives the job-board demo,
# served from another origin so that the browser's real CORS checks apply. Screenshots go to
# target/screenshots. Needs the jar and the demo built by `./mvnw verify`.
# Ports and database can be moved with BROWSER_API_PORT, BROWSER_DEMO_PORT and BROWSER_DB.
set -uo pipefail
cd "$(dirname "$0")/.."

API_PORT=${BROWSER_API_PORT:-8192}
DEMO_PORT=${BROWSER_DEMO_PORT:-8193}
DB=${BROWSER_DB:-rebound_browser}
OUT=target/browser-test
mkdir -p "$OUT" target/screenshots
cleanup() {
  [ -n "${DEMO_SERVER:-}" ] && kill "$DEMO_SERVER" 2>/dev/null
  [ -n "${SERVICE:-}" ] && kill "$SERVICE" 2>/dev/null
  wait 2>/dev/null
}
trap cleanup EXIT

if ! node --version > /dev/null 2>&1; then
  echo "browser: skipped the browser tests of Swagger UI and the job-board demo: Node.js is not installed (install Node.js 20 or later; Chromium comes from Debian's package)"
  exit 0
fi
[ -f target/job-board/index.html ] || { echo "browser: target/job-board is missing; run ./mvnw verify first"; exit 1; }
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund --loglevel=error || exit 1
if ! command -v chromium > /dev/null; then
  echo "browser: installing Debian's chromium"
  { apt-get install -y -q chromium || { apt-get update -q && apt-get install -y -q chromium; }; } > "$OUT/apt.log" 2>&1 \
    || { tail -20 "$OUT/apt.log"; exit 1; }
fi

export REBOUND_CORS_ORIGINS="http://127.0.0.1:$DEMO_PORT"
source .ci/service.sh
start_service "$API_PORT" "$DB" "$OUT/service.log" || exit 1

node examples/job-board/serve.mjs --port "$DEMO_PORT" --api "http://127.0.0.1:$API_PORT" > "$OUT/demo-server.log" 2>&1 &
DEMO_SERVER=$!
for _ in $(seq 1 40); do curl -sf -o /dev/null "http://127.0.0.1:$DEMO_PORT/config.json" && break; sleep 0.25; done

API_BASE="http://127.0.0.1:$API_PORT" DEMO_BASE="http://127.0.0.1:$DEMO_PORT" SCREENSHOTS=target/screenshots \
  CHROMIUM="$(command -v chromium)" node .ci/browser-test.mjs
status=$?

server_errors=$(grep -acE "Unexpected error|Database unavailable" "$OUT/service.log")
[ "$server_errors" -eq 0 ] || { echo "browser: $server_errors server errors in $OUT/service.log"; status=1; }
echo "browser: screenshots in target/screenshots: $(cd target/screenshots && ls -- *.png 2>/dev/null | tr '\n' ' ')"
exit "$status"
