#!/usr/bin/env bash
# Erases one owner with a great many records through DELETE /v1/me on the packaged service, and checks that
# everything of theirs is gone and nothing of anyone else's. Proof that the batched erasure finishes for an
# account of any size; the time it takes is reported, not judged.
#   bench/erase.sh                 # 1,000,000 records, about 3 minutes to seed and as long to erase on 2 cores
#   ROWS=100000 bench/erase.sh     # a quicker run
# Needs the local PostgreSQL (trust auth) and a built jar (./mvnw package -DskipTests); drops and recreates the
# database rebound_erase.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-1000000}
PORT=${PORT:-8093}
DB=rebound_erase
JAR=target/quarkus-app/quarkus-run.jar
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
OWNER=bench-owner-000
OTHER=erase-bystander
LOG=$(mktemp)
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw package -DskipTests first"; exit 1; }

SERVICE=
stop_service() { if [ -n "$SERVICE" ]; then kill "$SERVICE" 2>/dev/null; wait "$SERVICE" 2>/dev/null || true; fi; SERVICE=; }
trap 'stop_service; rm -f "$LOG"' EXIT
start_service() {
  QUARKUS_HTTP_PORT="$PORT" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    QUARKUS_DATASOURCE_USERNAME=postgres MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/dev/jwt/publicKey.pem" \
    MP_JWT_VERIFY_ISSUER=https://rebound.dev/dev-issuer MP_JWT_VERIFY_AUDIENCES=rebound-dev \
    REBOUND_RATE_LIMIT_ENABLED=false java -Xmx256m -XX:+UseSerialGC -jar "$JAR" > "$LOG" 2>&1 &
  SERVICE=$!
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && return
    kill -0 "$SERVICE" 2>/dev/null || { echo "the service died:"; tail -20 "$LOG"; exit 1; }
    sleep 0.1
  done
  echo "the service did not get ready"; exit 1
}
count() { "${PSQL[@]}" -d "$DB" -tAc "SELECT count(*) FROM rebound.$1 WHERE owner_id = '$2'"; }

dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"
start_service # applies the migrations
stop_service
echo "seeding $ROWS records for one owner..."
started=$(date +%s)
"${PSQL[@]}" -d "$DB" -v owners=1 -v per_owner="$ROWS" -f bench/seed.sql
"${PSQL[@]}" -d "$DB" -c "VACUUM ANALYZE"
echo "seeded in $(( $(date +%s) - started )) s"

start_service
owner_token=$(dev/token.sh "$OWNER" "Bench Owner")
other_token=$(dev/token.sh "$OTHER" "Someone Else")
for i in 1 2 3; do
  curl -sf -o /dev/null -H "Authorization: Bearer $other_token" -H "Content-Type: application/json" \
    -d "{\"company\":\"Acme $i\",\"role\":\"Engineer\",\"stageReached\":\"INTERVIEW\",\"notifiedVia\":\"EMAIL\",\"rejectedOn\":\"2026-01-05\"}" \
    "http://127.0.0.1:$PORT/v1/rejections"
done
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $owner_token" "http://127.0.0.1:$PORT/v1/calendar-feed"
before_records=$(count rejection "$OWNER")
before_steps=$(count plan_step "$OWNER")

started=$(date +%s.%N)
status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 3600 -X DELETE -H "Authorization: Bearer $owner_token" \
  "http://127.0.0.1:$PORT/v1/me" || true)
seconds=$(awk -v from="$started" -v to="$(date +%s.%N)" 'BEGIN { printf "%.1f", to - from }')
after="records $(count rejection "$OWNER"), plan steps $(count plan_step "$OWNER"), feedback $(count feedback "$OWNER"),"
after="$after reflections $(count reflection "$OWNER"), feeds $(count calendar_feed "$OWNER")"
others=$(count rejection "$OTHER")

echo "DELETE /v1/me of $before_records records ($before_steps plan steps): $status in $seconds s"
echo "left of the owner: $after; the other owner's records: $others of 3"
[ "$status" = 204 ] && [ "$after" = "records 0, plan steps 0, feedback 0, reflections 0, feeds 0" ] && [ "$others" = 3 ] \
  || { echo "FAILED"; tail -20 "$LOG"; exit 1; }
echo "passed"
