#!/usr/bin/env bash
# The performance benchmark: Rebound's packaged service under wrk, beside PostgreSQL's own ceiling for
# the same work measured with pgbench, on the same machine in the same run. Prints one table and
# writes it, with the machine it ran on, to bench/RESULTS.md. Not part of CI's pass/fail.
#   bench/run.sh                         # full run: 20 s per measurement at 16 and 64 connections
#   DURATION=5 WARMUP=5 SETTLE=1 CONNECTIONS=16 bench/run.sh   # a quick smoke
#   RESEED=1 bench/run.sh                # seed the 1,000,000 records again
# Needs wrk and pgbench (apt-get install wrk postgresql-client) and the local PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${BENCH_DB:-rebound_bench}
PORT=${BENCH_PORT:-8194}
OWNERS=100
PER_OWNER=10000
DURATION=${DURATION:-20}
# The JIT needs minutes on 2 shared cores: one warm-up with the reads and writes first (WARMUP), then a
# short settling run (SETTLE) at each measurement's own connection count before it is measured.
WARMUP=${WARMUP:-180}
SETTLE=${SETTLE:-10}
CONNECTIONS=${CONNECTIONS:-16 64}
OUT=target/bench
RESULTS=${RESULTS:-bench/RESULTS.md}
JAR=target/quarkus-app/quarkus-run.jar
# The JVM settings the Dockerfile's image runs with.
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}
mkdir -p "$OUT"
PSQL=(psql -h 127.0.0.1 -U postgres -q -X -v ON_ERROR_STOP=1)

for tool in wrk pgbench psql; do command -v $tool >/dev/null || { echo "$tool is missing"; exit 1; }; done
[ "${SKIP_BUILD:-0}" = 1 ] && [ -f "$JAR" ] || ./mvnw -q -B package -DskipTests

SERVICE=
stop_service() {
  [ -n "$SERVICE" ] || return 0
  kill "$SERVICE" 2>/dev/null || true
  wait "$SERVICE" 2>/dev/null || true
  SERVICE=
}
trap stop_service EXIT

start_service() { # sets SERVICE and READY_SECONDS
  local started
  started=$(date +%s.%N)
  MALLOC_ARENA_MAX=2 java $JAVA_OPTS -Dquarkus.http.port="$PORT" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$DB" -Dquarkus.datasource.username=postgres \
    -Dmp.jwt.verify.publickey.location="$PWD/dev/jwt/publicKey.pem" -Dmp.jwt.verify.issuer=https://rebound.dev/dev-issuer \
    -Drebound.max-requests-in-flight=1024 -jar "$JAR" > "$OUT/service.log" 2>&1 &
  SERVICE=$!
  for _ in $(seq 1 1200); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break
    sleep 0.05
  done
  READY_SECONDS=$(awk -v from="$started" -v to="$(date +%s.%N)" 'BEGIN { printf "%.2f", to - from }')
}

# 1. The database: seeded once with 1,000,000 records (plans, feedback, reflections) and kept.
seeded=$("${PSQL[@]}" -d "$DB" -tAc "SELECT count(*) FROM rebound.rejection WHERE NOT 'bench' = ANY (tags)" \
  2>/dev/null || echo 0)
if [ "${RESEED:-0}" = 1 ] || [ "$seeded" != "$((OWNERS * PER_OWNER))" ]; then
  dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
  createdb -h 127.0.0.1 -U postgres "$DB"
  start_service # applies the migrations
  stop_service
  echo "seeding $((OWNERS * PER_OWNER)) records..."
  seed_start=$(date +%s)
  "${PSQL[@]}" -d "$DB" -v owners=$OWNERS -v per_owner=$PER_OWNER -f bench/seed.sql
  echo "seeded in $(( $(date +%s) - seed_start )) s"
fi
# Rows written by earlier runs go, so that every run starts from the same 1,000,000.
"${PSQL[@]}" -d "$DB" -c "DELETE FROM rebound.rejection WHERE 'bench' = ANY (tags)" -c "VACUUM ANALYZE rebound.rejection"

# 2. Credentials and ids for the load scripts: a token per owner, and the benchmark owner's record ids.
OWNER=bench-owner-042
{
  echo "return {"
  for i in $(seq -w 0 99); do printf '"%s",\n' "$(dev/token.sh "bench-owner-0$i" "Bench Owner")"; done
  echo "}"
} > "$OUT/tokens.lua"
printf 'return "%s"\n' "$(dev/token.sh "$OWNER" "Bench Owner")" > "$OUT/owner-token.lua"
"${PSQL[@]}" -d "$DB" -tAc "SELECT id FROM rebound.rejection WHERE owner_id = '$OWNER'" > "$OUT/owner-ids.txt"

# 3. The service under wrk.
start_service
echo "ready in ${READY_SECONDS} s"
to_ms() { # wrk latency (850.00us, 12.31ms, 1.02s) in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
declare -A RPS P50 P99 ERRORS
wrk_run() { # wrk_run <name> <connections> <script> <path>
  local name=$1 connections=$2 script=$3 path=$4 out="$OUT/wrk-$1-$2.txt"
  wrk -t2 -c"$connections" -d"${SETTLE}s" -s "$script" "http://127.0.0.1:$PORT$path" > /dev/null
  wrk -t2 -c"$connections" -d"${DURATION}s" --latency -s "$script" "http://127.0.0.1:$PORT$path" > "$out"
  RPS[$name-$connections]=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$out")
  P50[$name-$connections]=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
  P99[$name-$connections]=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
  ERRORS[$name-$connections]=$(grep -E "Non-2xx|Socket errors" "$out" | sed 's/^ *//' | paste -sd ';' - || true)
  echo "wrk $name at $connections: ${RPS[$name-$connections]} req/s, p50 ${P50[$name-$connections]} ms, p99 ${P99[$name-$connections]} ms ${ERRORS[$name-$connections]}"
}
echo "warming up for ${WARMUP} s with creates, reads by id, lists and searches..."
wrk -t2 -c16 -d"${WARMUP}s" -s bench/wrk/warm-up.lua "http://127.0.0.1:$PORT/" | grep -E "Requests/sec|Non-2xx|Socket errors"
for c in $CONNECTIONS; do
  wrk_run create "$c" bench/wrk/create.lua /v1/rejections
  wrk_run get "$c" bench/wrk/get-by-id.lua /v1/rejections
  wrk_run list "$c" bench/wrk/owner.lua "/v1/rejections?size=20&stageReached=INTERVIEW"
  wrk_run search "$c" bench/wrk/owner.lua "/v1/rejections?size=20&q=kafka"
  wrk_run insights "$c" bench/wrk/owner.lua /v1/insights
done
PEAK_RSS_MB=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$SERVICE/status")
stop_service

# 4. PostgreSQL's own ceiling: the same statements through pgbench, prepared, same clients and duration.
pgbench_run() { # pgbench_run <name> <connections> <script>
  local name=$1 connections=$2 script=$3 dir="$OUT/pgbench-$1-$2"
  rm -rf "$dir" && mkdir -p "$dir"
  (cd "$dir" && PGOPTIONS="-c search_path=rebound" pgbench -h 127.0.0.1 -U postgres -n -M prepared \
     -c "$connections" -j 2 -T "$DURATION" -l -f "$OLDPWD/$script" "$DB" > out.txt 2>&1) \
    || { echo "pgbench $name failed:"; tail -5 "$dir/out.txt"; exit 1; }
  RPS[pg-$name-$connections]=$(awk '/^tps = / {printf "%.0f", $3}' "$dir/out.txt")
  # Per-transaction log: the third column is the latency in microseconds.
  read -r p50 p99 < <(cat "$dir"/pgbench_log.* | awk '{print $3}' | sort -n | awk '
    { latency[NR] = $1 }
    END { i50 = int(NR * 0.50); i99 = int(NR * 0.99); if (i50 < 1) i50 = 1; if (i99 < 1) i99 = 1
          printf "%.2f %.2f\n", latency[i50] / 1000, latency[i99] / 1000 }')
  P50[pg-$name-$connections]=$p50
  P99[pg-$name-$connections]=$p99
  echo "pgbench $name at $connections: ${RPS[pg-$name-$connections]} tps, p50 $p50 ms, p99 $p99 ms"
}
for c in $CONNECTIONS; do
  pgbench_run insert "$c" bench/pgbench/insert.sql
  pgbench_run select "$c" bench/pgbench/select.sql
  pgbench_run list "$c" bench/pgbench/list.sql
  pgbench_run search "$c" bench/pgbench/search.sql
done
"${PSQL[@]}" -d "$DB" -c "DELETE FROM rebound.rejection WHERE 'bench' = ANY (tags)"

# 5. One table.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
{
  echo "# Benchmark results"
  echo
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/run.sh\` on $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)),"
  echo "$(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM, $(psql -h 127.0.0.1 -U postgres -tAc 'SHOW server_version' | cut -d' ' -f1) PostgreSQL,"
  echo "$(java -version 2>&1 | head -1). The service (\`$JAVA_OPTS\`, \`MALLOC_ARENA_MAX=2\`), PostgreSQL and the load generators share the cores."
  echo "Data: $((OWNERS * PER_OWNER)) records across $OWNERS owners; reads are one owner's $PER_OWNER records."
  echo "wrk: 2 threads, ${DURATION} s each, after a ${WARMUP} s warm-up (creates, reads by id, lists, searches) and ${SETTLE} s of settling"
  echo "at each measurement's connection count; every request with a real JWT; POST uses random owners"
  echo "and bodies. pgbench: \`-M prepared\`, the same clients and duration, the statements in \`bench/pgbench\`."
  echo
  echo "Service ready ${READY_SECONDS} s after start; peak RSS under load ${PEAK_RSS_MB} MB."
  echo
  echo "| Request | Connections | Requests/s | p50 ms | p99 ms | pgbench equivalent | pgbench tx/s | pgbench p50 ms | pgbench p99 ms | Ratio (req/s) | wrk errors |"
  echo "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---|"
  for c in $CONNECTIONS; do
    for pair in "create:insert:POST /v1/rejections (with suggestions)" "get:select:GET /v1/rejections/{id}" \
        "list:list:GET /v1/rejections?size=20&stageReached=INTERVIEW" "search:list:GET /v1/rejections?size=20&q=kafka" \
        "insights:list:GET /v1/insights"; do
      IFS=: read -r name pg label <<< "$pair"
      pgref=$pg
      [ "$name" = insights ] && pgref=none
      if [ "$pgref" = none ]; then
        echo "| $label | $c | ${RPS[$name-$c]} | ${P50[$name-$c]} | ${P99[$name-$c]} | none | | | | | ${ERRORS[$name-$c]:-none} |"
      else
        echo "| $label | $c | ${RPS[$name-$c]} | ${P50[$name-$c]} | ${P99[$name-$c]} | $pg | ${RPS[pg-$pg-$c]} | ${P50[pg-$pg-$c]} | ${P99[pg-$pg-$c]} | $(ratio "${RPS[$name-$c]}" "${RPS[pg-$pg-$c]}") | ${ERRORS[$name-$c]:-none} |"
      fi
    done
  done
  echo
  echo "Search beside its own database equivalent (\`bench/pgbench/search.sql\`, the same count and page with the"
  echo "full-text condition), which is not one of the reference figures:"
  for c in $CONNECTIONS; do
    echo "at $c connections pgbench ran it at ${RPS[pg-search-$c]} tx/s (p99 ${P99[pg-search-$c]} ms);" \
      "the service's search is $(ratio "${RPS[search-$c]}" "${RPS[pg-search-$c]}") of that."
  done
  echo
  echo "| Target | Reached | Met? |"
  echo "|---|---|---|"
  at_least() { awk -v a="$1" -v b="$2" 'BEGIN { print (a != "n/a" && a + 0 >= b + 0) ? "yes" : "no" }'; }
  at_most() { awk -v a="$1" -v b="$2" 'BEGIN { print (a != "" && a + 0 <= b + 0) ? "yes" : "no" }'; }
  for target in "create:insert:0.25:POST" "get:select:0.30:GET by id" "list:list:0.25:list" "search:list:0.25:search"; do
    IFS=: read -r name pg floor label <<< "$target"
    for c in $CONNECTIONS; do
      r=$(ratio "${RPS[$name-$c]}" "${RPS[pg-$pg-$c]}")
      echo "| $label ≥ $floor of pgbench $pg, $c connections | $r | $(at_least "$r" "$floor") |"
    done
  done
  for name in create get list search insights; do
    for c in $CONNECTIONS; do
      [ "$c" = 64 ] && echo "| $name p99 ≤ 100 ms at 64 connections | ${P99[$name-$c]} ms | $(at_most "${P99[$name-$c]}" 100) |"
      [ "$c" = 16 ] && case $name in list|search)
        echo "| $name p99 ≤ 50 ms at 16 connections | ${P99[$name-$c]} ms | $(at_most "${P99[$name-$c]}" 50) |";; esac
      [ -z "${ERRORS[$name-$c]}" ] || echo "| $name at $c connections: no errors | ${ERRORS[$name-$c]} | no |"
    done
  done
  echo "| peak RSS ≤ 400 MB | ${PEAK_RSS_MB} MB | $(at_most "$PEAK_RSS_MB" 400) |"
  echo "| ready ≤ 2.5 s | ${READY_SECONDS} s | $(at_most "$READY_SECONDS" 2.5) |"
} > "$RESULTS"
cat "$RESULTS"
