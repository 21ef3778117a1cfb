#!/usr/bin/env bash
# Stops and restarts the local PostgreSQL while the packaged service takes writes, and checks that
# every acknowledged write survived, that failures were fast 503s with Retry-After, that readiness
# went DOWN while liveness stayed UP, and that the service recovered by itself. PostgreSQL is always
# restarted on exit. Needs the jar built by `./mvnw verify`.
set -uo pipefail
cd "$(dirname "$0")/.."

PORT=8190
BASE="http://127.0.0.1:$PORT"
DB=rebound_outage
REQUESTS=150
STOP_AT=50
START_AT=80
CLUSTER=$(ls /etc/postgresql | sort -V | tail -n 1)
WORK=$(mktemp -d)
passed=0
failed=0

check() { # check <description> <condition-exit-code>
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "  ok: $1"; else failed=$((failed + 1)); echo "  FAILED: $1"; fi
}
pg_up() { pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main start >/dev/null 2>&1; for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && return 0; sleep 1; done; return 1; }
cleanup() {
  pg_isready -q -h 127.0.0.1 || pg_up
  [ -n "${SERVICE:-}" ] && kill "$SERVICE" 2>/dev/null && wait "$SERVICE" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

source .ci/service.sh
start_service "$PORT" "$DB" target/outage-service.log || exit 1
TOKEN=$(dev/token.sh "outage-$$-$(date +%s)")

post() { # post <n>: prints "status seconds id"
  local body="{\"company\":\"Outage Test $1\",\"role\":\"Engineer\",\"stageReached\":\"INTERVIEW\",\"notifiedVia\":\"EMAIL\",\"rejectedOn\":\"2026-01-05\"}"
  curl -s -o "$WORK/body-$1" -D "$WORK/headers-$1" -w '%{http_code} %{time_total}' -X POST "$BASE/v1/rejections" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -H "Idempotency-Key: outage-$1" -d "$body"
}

echo "== Outage: $REQUESTS writes, PostgreSQL stopped after $STOP_AT and restarted after $START_AT"
slowest=0
refused=0
ready_down=1
live_up=1
for i in $(seq 1 "$REQUESTS"); do
  if [ "$i" -eq "$STOP_AT" ]; then
    pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main stop -m fast >/dev/null 2>&1
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready")" = 503 ]; ready_down=$?
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/live")" = 200 ]; live_up=$?
  fi
  [ "$i" -eq "$START_AT" ] && pg_up
  read -r status seconds < <(post "$i")
  echo "$i $status $seconds" >> "$WORK/results"
  slowest=$(echo "$seconds $slowest" | awk '{print ($1 > $2) ? $1 : $2}')
  if [ "$status" != 201 ]; then
    refused=$((refused + 1))
    if ! { [ "$status" = 503 ] && grep -qi '^retry-after:' "$WORK/headers-$i" && grep -q '"status":503' "$WORK/body-$i"; }; then
      echo "  unexpected answer to write $i: $status"; echo "bad $i" >> "$WORK/unexpected"
    fi
  fi
done

acknowledged=$(awk '$2 == 201' "$WORK/results" | wc -l)
check "readiness went DOWN while PostgreSQL was stopped" "$ready_down"
check "liveness stayed UP while PostgreSQL was stopped" "$live_up"
[ "$refused" -gt 0 ]; check "writes during the outage were refused ($refused of them)" $?
[ ! -s "$WORK/unexpected" ]; check "every refusal was a 503 problem with Retry-After" $?
awk -v s="$slowest" 'BEGIN { exit !(s < 3) }'; check "every answer came within 3 s (slowest ${slowest}s)" $?
curl -sf -o /dev/null "$BASE/q/health/ready"; check "readiness is UP again after the restart" $?

# Clients retry refused writes with the same Idempotency-Key: now they go through, exactly once.
retried_ok=0
for i in $(awk '$2 != 201 {print $1}' "$WORK/results"); do
  read -r status _ < <(post "$i")
  [ "$status" = 201 ] && retried_ok=$((retried_ok + 1))
done
[ "$retried_ok" -eq "$refused" ]; check "all $refused refused writes succeeded when retried" $?

lost=0
for i in $(awk '$2 == 201 {print $1}' "$WORK/results"); do
  id=$(sed -n 's/.*"id":"\([0-9a-f-]*\)".*/\1/p' "$WORK/body-$i" | head -n 1)
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/v1/rejections/$id" -H "Authorization: Bearer $TOKEN")" = 200 ] || lost=$((lost + 1))
done
[ "$lost" -eq 0 ]; check "no acknowledged write was lost ($acknowledged checked)" $?
total=$(curl -s "$BASE/v1/rejections?size=1" -H "Authorization: Bearer $TOKEN" | sed -n 's/.*"totalItems":\([0-9]*\).*/\1/p')
[ "$total" = "$REQUESTS" ]; check "exactly one record per write after retries ($total of $REQUESTS)" $?

# An erasure cut short by an outage keeps what it erased, says 503, and a retry finishes it.
ERASED_RECORDS=50000
psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1 -d "$DB" -v owners=1 -v per_owner=$ERASED_RECORDS \
  -f bench/seed.sql > /dev/null
ERASER_TOKEN=$(dev/token.sh bench-owner-000)
erase() { curl -s -o "$WORK/erase-body" -D "$WORK/erase-headers" -w '%{http_code}' --max-time 600 -X DELETE \
  "$BASE/v1/me" -H "Authorization: Bearer $ERASER_TOKEN"; }
erase > "$WORK/erase-status" &
ERASING=$!
# PostgreSQL stops once a few batches have committed, whatever the speed of the machine.
for _ in $(seq 1 300); do
  [ "$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "SELECT count(*) FROM rebound.rejection WHERE owner_id = 'bench-owner-000'")" -le $((ERASED_RECORDS - 3000)) ] && break
  sleep 0.05
done
pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main stop -m fast >/dev/null 2>&1
sleep 1
pg_up
wait "$ERASING"
first=$(cat "$WORK/erase-status")
left=$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "SELECT count(*) FROM rebound.rejection WHERE owner_id = 'bench-owner-000'")
[ "$first" = 503 ] && grep -qi '^retry-after:' "$WORK/erase-headers" && [ "$left" -gt 0 ] && [ "$left" -lt "$ERASED_RECORDS" ]
check "an erasure cut short by the outage answered 503 with Retry-After, $((ERASED_RECORDS - left)) of $ERASED_RECORDS records erased" $?
for _ in $(seq 1 20); do curl -sf -o /dev/null "$BASE/q/health/ready" && break; sleep 0.5; done
second=$(erase)
left=$(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "SELECT count(*) FROM rebound.rejection WHERE owner_id = 'bench-owner-000'")
[ "$second" = 204 ] && [ "$left" = 0 ]; check "the retried erasure answered $second and left $left records" $?

# SIGTERM while writes are in flight: every request that reached the service gets its full answer.
for i in $(seq 1 20); do
  ( curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/v1/rejections" -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' \
      -d "{\"company\":\"Shutdown $i\",\"role\":\"Engineer\",\"stageReached\":\"APPLIED\",\"notifiedVia\":\"EMAIL\",\"rejectedOn\":\"2026-01-05\"}" \
      > "$WORK/term-$i"; echo " $?" >> "$WORK/term-$i" ) &
done
sleep 0.05
kill -TERM "$SERVICE"
wait "$SERVICE" 2>/dev/null
wait
answered=$(cat "$WORK"/term-* | awk '$1 == 201' | wc -l)
cut_off=$(cat "$WORK"/term-* | awk '$2 == 52 || $2 == 56 || ($1 != 201 && $1 != "000")' | wc -l)
SERVICE=
[ "$cut_off" -eq 0 ]; check "SIGTERM cut no request short ($answered of 20 answered 201, the rest refused before they started)" $?

echo "outage: $REQUESTS writes, 1 stop and restart of PostgreSQL, 1 SIGTERM under load, $acknowledged acknowledged during the run, $refused refused with 503 and retried, $lost lost, slowest answer ${slowest}s"
echo "outage: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
