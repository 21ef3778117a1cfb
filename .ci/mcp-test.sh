#!/usr/bin/env bash
# A real MCP client against the packaged service: the TypeScript SDK's client (.ci/mcp-client-test.mjs) over
# Streamable HTTP at /mcp, signed in with a dev token. Needs the jar built by `./mvnw verify` and Node.js.
# Port and database can be moved with MCP_API_PORT and MCP_DB.
set -uo pipefail
cd "$(dirname "$0")/.."

API_PORT=${MCP_API_PORT:-8195}
DB=${MCP_DB:-rebound_mcp}
OUT=target/mcp-test
mkdir -p "$OUT"
cleanup() {
  [ -n "${SERVICE:-}" ] && kill "$SERVICE" 2>/dev/null
  wait 2>/dev/null
}
trap cleanup EXIT

if ! node --version > /dev/null 2>&1; then
  echo "mcp: skipped the MCP client test: Node.js is not installed (install Node.js 20 or later)"
  exit 0
fi
[ -d node_modules/@modelcontextprotocol/sdk ] || npm ci --no-audit --no-fund --loglevel=error || exit 1

source .ci/service.sh
start_service "$API_PORT" "$DB" "$OUT/service.log" || exit 1

API_BASE="http://127.0.0.1:$API_PORT" node .ci/mcp-client-test.mjs
status=$?

server_errors=$(grep -acE "Unexpected error|Database unavailable" "$OUT/service.log")
[ "$server_errors" -eq 0 ] || { echo "mcp: $server_errors server errors in $OUT/service.log"; status=1; }
exit "$status"
