# Sourced by the CI checks that need the packaged service: start_service <port> <database> <log file>
# recreates the database, starts the jar with explicit datasource and JWT settings, waits until it is
# ready, and leaves its pid in SERVICE.
start_service() {
  local port=$1 db=$2 log=$3
  local jar=target/quarkus-app/quarkus-run.jar
  [ -f "$jar" ] || { echo "$jar is missing; run ./mvnw verify first"; return 1; }
  dropdb -h 127.0.0.1 -U postgres --if-exists "$db" 2>/dev/null && createdb -h 127.0.0.1 -U postgres "$db" || return 1
  java -Xmx256m -Dquarkus.http.port="$port" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$db" -Dquarkus.datasource.username=postgres \
    -Dmp.jwt.verify.publickey.location="$PWD/dev/jwt/publicKey.pem" -Dmp.jwt.verify.issuer=https://rebound.dev/dev-issuer \
    -Dmp.jwt.verify.audiences=rebound-dev -Drebound.rate-limit.enabled=false \
    -jar "$jar" > "$log" 2>&1 &
  SERVICE=$!
  # Up to 90 s: on a loaded 2-core machine the jar has taken 38 s to start.
  wait_ready "http://127.0.0.1:$port/q/health/ready" "$SERVICE" 90 && return 0
  echo "the service did not become ready; see $log"
  return 1
}

# wait_ready <url> <pid> <seconds>: waits until the URL answers 2xx; gives up early if the process died.
wait_ready() {
  local url=$1 pid=$2 seconds=$3
  for _ in $(seq 1 $((seconds * 2))); do
    curl -sf -o /dev/null "$url" && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}
