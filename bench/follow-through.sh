#!/usr/bin/env bash
# Benchmarks GET /v1/insights and GET /v1/reminders for one owner with 10,000 records in a table of
# 1,000,000 (100 owners), against the packaged service and the local PostgreSQL. Not a test: it prints
# requests/s, p50 and p99 per endpoint and writes them to bench/follow-through-results.md.
#   bench/follow-through.sh            # seed once (kept in database rebound_bench), then measure
#   RESEED=1 bench/follow-through.sh   # drop and seed again
#   DURATION=5 bench/follow-through.sh # shorter runs (seconds per row)
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-rebound_bench}
PORT=${BENCH_PORT:-8193}
OWNERS=100
PER_OWNER=10000
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-16}
OUT=target/bench
mkdir -p "$OUT"
PSQL=(psql -h 127.0.0.1 -U postgres -q -X)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests

seeded=$("${PSQL[@]}" -d "$DB" -tAc "SELECT count(*) FROM rebound.rejection" 2>/dev/null || echo 0)
if [ "${RESEED:-0}" = 1 ] || [ "$seeded" != "$((OWNERS * PER_OWNER))" ]; then
  dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
  createdb -h 127.0.0.1 -U postgres "$DB"
  fresh=1
fi

java -Xmx256m -Dquarkus.http.port="$PORT" \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$DB" -Dquarkus.datasource.username=postgres \
  -Dmp.jwt.verify.publickey.location="$PWD/dev/jwt/publicKey.pem" -Dmp.jwt.verify.issuer=https://rebound.dev/dev-issuer -Dmp.jwt.verify.audiences=rebound-dev -Drebound.rate-limit.enabled=false \
  -Drebound.max-requests-in-flight=1024 -jar target/quarkus-app/quarkus-run.jar > "$OUT/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break; sleep 0.5; done

if [ "${fresh:-0}" = 1 ]; then
  echo "seeding $((OWNERS * PER_OWNER)) records..."
  start=$(date +%s)
  "${PSQL[@]}" -d "$DB" -v owners=$OWNERS -v per_owner=$PER_OWNER -f bench/seed.sql
  echo "seeded in $(( $(date +%s) - start )) s"
fi

OWNER=bench-owner-042
TOKEN=$(dev/token.sh "$OWNER" "Bench Owner")
cat > "$OUT/auth.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $TOKEN"
LUA

measure() { # measure <name> <path> <connections>
  local name=$1 path=$2 connections=$3 url="http://127.0.0.1:$PORT$2"
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$url" || { echo "$name: request failed"; exit 1; }
  wrk -t1 -c"$connections" -d5s -s "$OUT/auth.lua" "$url" > /dev/null # warm-up
  wrk -t1 -c"$connections" -d"${DURATION}s" --latency -s "$OUT/auth.lua" "$url" > "$OUT/$name-$connections.txt"
  local rps p50 p99 errors
  local result="$OUT/$name-$connections.txt"
  rps=$(awk '/Requests\/sec/ {print $2}' "$result")
  p50=$(awk '$1 == "50%" {print $2}' "$result")
  p99=$(awk '$1 == "99%" {print $2}' "$result")
  errors=$(grep -E "Non-2xx|Socket errors" "$result" | tr '\n' ' ' || true)
  printf '| %-45s | %11s | %10s | %8s | %8s | %s\n' "$path" "$connections" "$rps" "$p50" "$p99" "${errors:-none} |"
}

{
  echo "Follow-through benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM;"
  echo "owner $OWNER: $PER_OWNER records in a table of $((OWNERS * PER_OWNER)); wrk -t1, ${DURATION} s per row after a 5 s warm-up."
  echo "One connection shows the latency of a single request; $CONNECTIONS show throughput on the shared cores."
  echo
  echo "| Request                                       | Connections | Requests/s |      p50 |      p99 | Errors |"
  echo "|-----------------------------------------------|------------:|-----------:|---------:|---------:|--------|"
  for connections in 1 "$CONNECTIONS"; do
    measure insights "/v1/insights" "$connections"
    measure insights-range "/v1/insights?from=2026-01-01&to=2026-06-30" "$connections"
    measure reminders "/v1/reminders" "$connections"
    measure reminders-year "/v1/reminders?dueBefore=$(date -u -d '+1 year' +%F)&page=3" "$connections"
  done
} | tee bench/follow-through-results.md
