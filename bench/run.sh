#!/usr/bin/env bash
# The performance benchmark: Rebound's packaged service under wrk, beside PostgreSQL's own ceiling for the
# same work measured with pgbench, on the same machine in the same run, for a table of 100,000 and one of
# 1,000,000 records. Reports requests/s, latency, the service's CPU per request and its memory, checks every
# target of the "Fast by design" issue and writes the tables to bench/RESULTS.md. Not part of CI's pass/fail.
#   bench/run.sh                                      # full run: both tables, 30 s warm-up + 20 s per measurement
#   DATASETS=100000 WARMUP=5 DURATION=5 bench/run.sh  # a quick smoke
#   RESEED=1 bench/run.sh                             # seed the tables again
# Needs wrk and pgbench (apt-get install wrk postgresql-client) and the local PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-8194}
PER_OWNER=10000
DATASETS=${DATASETS:-100000 1000000}
# Each measurement runs its own request mix at its own connection count for WARMUP seconds first, so that the
# JIT has compiled that path, then DURATION seconds are measured.
WARMUP=${WARMUP:-30}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-64}
# Insights are also measured at 16 connections, where their latency target is set.
INSIGHTS_CONNECTIONS=${INSIGHTS_CONNECTIONS:-16}
STARTS=${STARTS:-5}
OUT=target/bench
RESULTS=${RESULTS:-bench/RESULTS.md}
JAR=target/quarkus-app/quarkus-run.jar
# Under load the service runs with the JVM settings of the Dockerfile's image; start-up is timed without them.
JAVA_OPTS=${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}
CLOCK_TICKS=$(getconf CLK_TCK)
mkdir -p "$OUT"
PSQL=(psql -h 127.0.0.1 -U postgres -q -X -v ON_ERROR_STOP=1)

for tool in wrk pgbench psql curl; do command -v $tool >/dev/null || { echo "$tool is missing"; exit 1; }; done
[ "${SKIP_BUILD:-0}" = 1 ] && [ -f "$JAR" ] || ./mvnw -q -B package -DskipTests -DskipDemo

SERVICE=
stop_service() {
  [ -n "$SERVICE" ] || return 0
  kill "$SERVICE" 2>/dev/null || true
  wait "$SERVICE" 2>/dev/null || true
  SERVICE=
}
trap stop_service EXIT

# start_service <database> [java options...]: sets SERVICE and READY_SECONDS (until /q/health/ready answers 200).
# Everything but the JVM options goes in through the environment, as a deployment would set it.
start_service() {
  local db=$1 started
  shift
  started=$(date +%s.%N)
  QUARKUS_HTTP_PORT="$PORT" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
    QUARKUS_DATASOURCE_USERNAME=postgres MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/dev/jwt/publicKey.pem" \
    MP_JWT_VERIFY_ISSUER=https://rebound.dev/dev-issuer MP_JWT_VERIFY_AUDIENCES=rebound-dev REBOUND_MAX_REQUESTS_IN_FLIGHT=1024 \
    REBOUND_RATE_LIMIT_ENABLED=false \
    java "$@" -jar "$JAR" > "$OUT/service.log" 2>&1 &
  SERVICE=$!
  for _ in $(seq 1 2400); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break
    kill -0 "$SERVICE" 2>/dev/null || { echo "the service died:"; tail -20 "$OUT/service.log"; exit 1; }
    sleep 0.01
  done
  READY_SECONDS=$(awk -v from="$started" -v to="$(date +%s.%N)" 'BEGIN { printf "%.2f", to - from }')
}

service_cpu_ticks() { # user + system time of the service so far, in clock ticks
  awk '{ print $14 + $15 }' "/proc/$SERVICE/stat"
}

to_ms() { # wrk latency (850.00us, 12.31ms, 1.02s) in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

declare -A RPS P50 P99 ERRORS CPU COLD RSS
# wrk_run <key> <connections> <script> <path>: warms up, then measures; CPU is the service's over the measurement.
wrk_run() {
  local key=$1 connections=$2 script=$3 path=$4 out="$OUT/wrk-$1-$2.txt" before after requests
  wrk -t2 -c"$connections" -d"${WARMUP}s" -s "$script" "http://127.0.0.1:$PORT$path" > /dev/null
  before=$(service_cpu_ticks)
  wrk -t2 -c"$connections" -d"${DURATION}s" --timeout 2s --latency -s "$script" "http://127.0.0.1:$PORT$path" > "$out"
  after=$(service_cpu_ticks)
  requests=$(awk '/requests in/ {print $1}' "$out")
  RPS[$key-$connections]=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$out")
  P50[$key-$connections]=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
  P99[$key-$connections]=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
  ERRORS[$key-$connections]=$(grep -E "Non-2xx|Socket errors" "$out" | sed 's/^ *//' | paste -sd ';' - || true)
  CPU[$key-$connections]=$(awk -v t=$((after - before)) -v n="$requests" -v hz="$CLOCK_TICKS" \
    'BEGIN { if (n > 0) printf "%.3f", t * 1000 / hz / n; else print "n/a" }')
  echo "wrk $key at $connections: ${RPS[$key-$connections]} req/s, p50 ${P50[$key-$connections]} ms," \
    "p99 ${P99[$key-$connections]} ms, CPU ${CPU[$key-$connections]} ms/request ${ERRORS[$key-$connections]}"
}

# pgbench_run <key> <connections> <script>: the statements prepared, the same clients and duration as wrk.
pgbench_run() {
  local key=$1 connections=$2 script=$3 dir="$OUT/pgbench-$1-$2"
  rm -rf "$dir" && mkdir -p "$dir"
  (cd "$dir" && PGOPTIONS="-c search_path=rebound" pgbench -h 127.0.0.1 -U postgres -n -M prepared \
     -c "$connections" -j 2 -T "$DURATION" -l -D owner="$BENCH_OWNER" -D first="$FIRST" -D last="$LAST" \
     -f "$OLDPWD/$script" "$DB" > out.txt 2>&1) \
    || { echo "pgbench $key failed:"; tail -5 "$dir/out.txt"; exit 1; }
  RPS[$key-$connections]=$(awk '/^tps = / {printf "%.0f", $3}' "$dir/out.txt")
  # Per-transaction log: the third column is the latency in microseconds.
  read -r p50 p99 < <(cat "$dir"/pgbench_log.* | awk '{print $3}' | sort -n | awk '
    { latency[NR] = $1 }
    END { i50 = int(NR * 0.50); i99 = int(NR * 0.99); if (i50 < 1) i50 = 1; if (i99 < 1) i99 = 1
          printf "%.2f %.2f\n", latency[i50] / 1000, latency[i99] / 1000 }')
  P50[$key-$connections]=$p50
  P99[$key-$connections]=$p99
  echo "pgbench $key at $connections: ${RPS[$key-$connections]} tps, p50 $p50 ms, p99 $p99 ms"
}

# 1. Start-up: the packaged jar as the issue times it, `java -Xmx256m -jar`, against a migrated database with no
#    records; the median of STARTS starts.
dropdb -h 127.0.0.1 -U postgres --if-exists rebound_bench_empty
createdb -h 127.0.0.1 -U postgres rebound_bench_empty
start_service rebound_bench_empty -Xmx256m # migrates; not counted
stop_service
READY_ALL=()
for _ in $(seq 1 "$STARTS"); do
  start_service rebound_bench_empty -Xmx256m
  READY_ALL+=("$READY_SECONDS")
  stop_service
done
READY_MEDIAN=$(printf '%s\n' "${READY_ALL[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
echo "ready after ${READY_ALL[*]} s: median $READY_MEDIAN s"

# 2. Each table: seeded once and kept, then the service under wrk, then pgbench.
for ROWS in $DATASETS; do
  DB=rebound_bench_$ROWS
  [ "$ROWS" = 1000000 ] && DB=${BENCH_DB:-rebound_bench} # the name earlier runs seeded
  OWNERS=$((ROWS / PER_OWNER))
  OWNER_NUMBER=$((OWNERS * 42 / 100))
  BENCH_OWNER=bench-owner-$(printf '%03d' "$OWNER_NUMBER")
  FIRST=$((OWNER_NUMBER * PER_OWNER + 1))
  LAST=$(((OWNER_NUMBER + 1) * PER_OWNER))

  seeded=$("${PSQL[@]}" -d "$DB" -tAc "SELECT count(*) FROM rebound.rejection WHERE NOT 'bench' = ANY (tags)" \
    2>/dev/null || echo 0)
  if [ "${RESEED:-0}" = 1 ] || [ "$seeded" != "$ROWS" ]; then
    dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
    createdb -h 127.0.0.1 -U postgres "$DB"
    start_service "$DB" $JAVA_OPTS # applies the migrations
    stop_service
    echo "seeding $ROWS records..."
    seed_start=$(date +%s)
    "${PSQL[@]}" -d "$DB" -v owners="$OWNERS" -v per_owner=$PER_OWNER -f bench/seed.sql
    echo "seeded in $(( $(date +%s) - seed_start )) s"
  fi
  # Rows written by earlier runs go, so that every run starts from the same records.
  "${PSQL[@]}" -d "$DB" -c "DELETE FROM rebound.rejection WHERE 'bench' = ANY (tags)" -c "VACUUM ANALYZE rebound.rejection"

  # Credentials and ids for the load scripts: a token per owner, and the benchmark owner's record ids.
  {
    echo "return {"
    for i in $(seq -w 0 99); do printf '"%s",\n' "$(dev/token.sh "bench-owner-0$i" "Bench Owner")"; done
    echo "}"
  } > "$OUT/tokens.lua"
  printf 'return "%s"\n' "$(dev/token.sh "$BENCH_OWNER" "Bench Owner")" > "$OUT/owner-token.lua"
  "${PSQL[@]}" -d "$DB" -tAc "SELECT id FROM rebound.rejection WHERE owner_id = '$BENCH_OWNER'" > "$OUT/owner-ids.txt"

  start_service "$DB" $JAVA_OPTS
  echo "$ROWS rows: ready in ${READY_SECONDS} s"
  # Cold: the first 10 s after ready, the warm-up mix of creates, reads, lists and searches.
  wrk -t2 -c16 -d10s -s bench/wrk/warm-up.lua "http://127.0.0.1:$PORT/" > "$OUT/wrk-cold-$ROWS.txt"
  COLD[$ROWS]=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$OUT/wrk-cold-$ROWS.txt")
  echo "cold: ${COLD[$ROWS]} req/s in the first 10 s"
  for c in $CONNECTIONS; do
    wrk_run "$ROWS-create" "$c" bench/wrk/create.lua /v1/rejections
    wrk_run "$ROWS-get" "$c" bench/wrk/get-by-id.lua /v1/rejections
    wrk_run "$ROWS-list" "$c" bench/wrk/owner.lua "/v1/rejections?size=20&stageReached=INTERVIEW"
    wrk_run "$ROWS-search" "$c" bench/wrk/owner.lua "/v1/rejections?size=20&q=kafka"
    wrk_run "$ROWS-mcp-list" "$c" bench/wrk/mcp-list.lua /mcp
  done
  for c in $(printf '%s\n' $INSIGHTS_CONNECTIONS $CONNECTIONS | sort -nu); do
    wrk_run "$ROWS-insights" "$c" bench/wrk/owner.lua /v1/insights
  done
  RSS[$ROWS]=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$SERVICE/status")
  stop_service

  for c in $CONNECTIONS; do
    pgbench_run "$ROWS-pg-create" "$c" bench/pgbench/create.sql
    pgbench_run "$ROWS-pg-insert" "$c" bench/pgbench/insert.sql
    pgbench_run "$ROWS-pg-select" "$c" bench/pgbench/select.sql
    pgbench_run "$ROWS-pg-list" "$c" bench/pgbench/list.sql
    pgbench_run "$ROWS-pg-search" "$c" bench/pgbench/search.sql
  done
  "${PSQL[@]}" -d "$DB" -c "DELETE FROM rebound.rejection WHERE 'bench' = ANY (tags)"
done

# 3. The tables, and every target checked.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
at_least() { awk -v a="$1" -v b="$2" 'BEGIN { print (a != "n/a" && a != "" && a + 0 >= b + 0) ? "yes" : "no" }'; }
at_most() { awk -v a="$1" -v b="$2" 'BEGIN { print (a != "n/a" && a != "" && a + 0 <= b + 0) ? "yes" : "no" }'; }
{
  echo "# Benchmark results"
  echo
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/run.sh\` at commit $(git rev-parse --short HEAD) on $(nproc) cores"
  echo "($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM,"
  echo "PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'SHOW server_version' | cut -d' ' -f1), $(java -version 2>&1 | head -1)."
  echo "The service (\`$JAVA_OPTS\` under load), PostgreSQL and the load generators share the cores."
  echo "Reads are one owner's $PER_OWNER records; POST spreads over 100 owners with random bodies; every request"
  echo "carries a real JWT. wrk: 2 threads, a ${WARMUP} s warm-up of each measurement's own requests at its own"
  echo "connection count, then ${DURATION} s measured (timeout 2 s). CPU is the service's user + system time"
  echo "(\`/proc/<pid>/stat\`) over the measured ${DURATION} s, divided by the requests served. pgbench: \`-M prepared\`,"
  echo "the same clients and duration, the statements in \`bench/pgbench\`."
  echo
  echo "Ready after \`java -Xmx256m -jar $JAR\` (no other flags) against a migrated database with no records:"
  echo "${READY_ALL[*]} s, median **$READY_MEDIAN s**."
  echo
  echo "| Rows | Request | Conns | Req/s | p50 ms | p99 ms | CPU ms/req | pgbench equivalent | tx/s | p99 ms | Ratio | wrk errors |"
  echo "|---:|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---|"
  for ROWS in $DATASETS; do
    for c in $CONNECTIONS $INSIGHTS_CONNECTIONS; do
      for pair in "create:create:POST /v1/rejections" "get:select:GET /v1/rejections/{id}" \
          "list:list:GET /v1/rejections?size=20&stageReached=INTERVIEW" "search:search:GET /v1/rejections?size=20&q=kafka" \
          "mcp-list:list:POST /mcp (list_rejections, the same page)" "insights:none:GET /v1/insights"; do
        IFS=: read -r name pg label <<< "$pair"
        key=$ROWS-$name-$c
        [ -n "${RPS[$key]:-}" ] || continue
        if [ "$pg" = none ]; then
          echo "| $ROWS | $label | $c | ${RPS[$key]} | ${P50[$key]} | ${P99[$key]} | ${CPU[$key]} | none | | | | ${ERRORS[$key]:-none} |"
        else
          pgkey=$ROWS-pg-$pg-$c
          echo "| $ROWS | $label | $c | ${RPS[$key]} | ${P50[$key]} | ${P99[$key]} | ${CPU[$key]} | $pg | ${RPS[$pgkey]} | ${P99[$pgkey]} | $(ratio "${RPS[$key]}" "${RPS[$pgkey]}") | ${ERRORS[$key]:-none} |"
        fi
      done
    done
    for c in $CONNECTIONS; do
      echo "| $ROWS | reference: single-row insert (pgbench \`insert\`) | $c | | | | | insert | ${RPS[$ROWS-pg-insert-$c]} | ${P99[$ROWS-pg-insert-$c]} | | |"
    done
  done
  echo
  echo "Cold: requests/s of the warm-up mix (creates, reads by id, lists, searches) at 16 connections in the first"
  echo "10 s after ready: $(for ROWS in $DATASETS; do printf '%s rows %s req/s; ' "$ROWS" "${COLD[$ROWS]}"; done)no target."
  echo
  echo "| Target (64 connections unless said) | Rows | Reached | Met? |"
  echo "|---|---:|---|---|"
  for ROWS in $DATASETS; do
    for target in "create:create:0.30:POST ≥ 0.30 of pgbench create" "get:select:0.30:GET by id ≥ 0.30 of pgbench select" \
        "list:list:0.25:list ≥ 0.25 of pgbench list" "search:search:0.50:search ≥ 0.50 of pgbench search"; do
      IFS=: read -r name pg floor label <<< "$target"
      r=$(ratio "${RPS[$ROWS-$name-64]:-0}" "${RPS[$ROWS-pg-$pg-64]:-0}")
      echo "| $label | $ROWS | $r | $(at_least "$r" "$floor") |"
    done
    for pair in create:create get:select list:list search:search; do
      IFS=: read -r name pg <<< "$pair"
      limit=$(awk -v p="${P99[$ROWS-pg-$pg-64]:-0}" 'BEGIN { l = 2 * p; if (l < 100) l = 100; printf "%.0f", l }')
      echo "| $name p99 ≤ max(100 ms, 2 × pgbench $pg p99) = $limit ms | $ROWS | ${P99[$ROWS-$name-64]:-n/a} ms | $(at_most "${P99[$ROWS-$name-64]:-}" "$limit") |"
    done
    echo "| insights p99 ≤ 100 ms at 16 connections | $ROWS | ${P99[$ROWS-insights-16]:-n/a} ms | $(at_most "${P99[$ROWS-insights-16]:-}" 100) |"
    for name in create get list search insights; do
      e=${ERRORS[$ROWS-$name-64]:-}
      echo "| $name: no wrk errors or timeouts | $ROWS | ${e:-none} | $([ -z "$e" ] && echo yes || echo no) |"
    done
    for limit in get:0.1 list:0.5 search:0.5 create:1; do
      IFS=: read -r name ms <<< "$limit"
      echo "| $name CPU ≤ $ms ms per request | $ROWS | ${CPU[$ROWS-$name-64]:-n/a} ms | $(at_most "${CPU[$ROWS-$name-64]:-}" "$ms") |"
    done
    echo "| peak RSS ≤ 400 MB at -Xmx256m | $ROWS | ${RSS[$ROWS]} MB | $(at_most "${RSS[$ROWS]}" 400) |"
  done
  echo "| ready ≤ 2.5 s, median of $STARTS starts | | $READY_MEDIAN s | $(at_most "$READY_MEDIAN" 2.5) |"
} > "$RESULTS"
cat "$RESULTS"
