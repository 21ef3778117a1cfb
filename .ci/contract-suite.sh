#!/usr/bin/env bash
# Contract and fuzz suite: Spectral lints openapi.yaml (spectral:oas, warnings fail); Portman turns it
# into contract tests (every operation, status, content type, JSON schema, headers) and fuzz variations
# (missing required fields, numbers and strings out of range); newman runs them against the packaged
# service through a Prism proxy that validates every exchange against the contract. Fails on any test
# failure, any response that breaks the contract, and any 5xx.
# Needs the jar built by `./mvnw verify` and `npm ci`.
set -uo pipefail
cd "$(dirname "$0")/.."

SERVICE_PORT=8191
PROXY_PORT=4010
DB=rebound_contract
OUT=target/contract-suite
mkdir -p "$OUT"
cleanup() {
  [ -n "${PROXY:-}" ] && kill "$PROXY" 2>/dev/null
  # npx leaves the node process running when only its own pid is killed.
  pkill -f "prism proxy openapi.yaml" 2>/dev/null
  [ -n "${SERVICE:-}" ] && kill "$SERVICE" 2>/dev/null
  wait 2>/dev/null
}
trap cleanup EXIT

npm run -s lint:contract || { echo "contract: openapi.yaml does not lint clean (spectral:oas, warnings fail)"; exit 1; }

source .ci/service.sh
start_service "$SERVICE_PORT" "$DB" "$OUT/service.log" || exit 1

npx prism proxy openapi.yaml "http://127.0.0.1:$SERVICE_PORT" --port $PROXY_PORT --host 127.0.0.1 > "$OUT/prism.log" 2>&1 &
PROXY=$!
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$PROXY_PORT/q/health/live" && break; sleep 0.5; done

npx portman -l openapi.yaml -b "http://127.0.0.1:$PROXY_PORT" -c contract-tests/portman-config.json \
  -o "$OUT/rebound.postman.json" > "$OUT/portman.log" 2>&1 || { cat "$OUT/portman.log"; exit 1; }

TOKEN=$(dev/token.sh "contract-$$-$(date +%s)" "Contract Suite")
npx newman run "$OUT/rebound.postman.json" --env-var "bearerToken=$TOKEN" --reporters cli \
  --reporter-cli-no-assertions --reporter-cli-no-console > "$OUT/newman.log" 2>&1
newman_status=$?

failed=0
# Limits that no contract test can send: straight to the service, each must be a problem, never a bare status.
limit_check() { # limit_check <description> <expected status> <curl arguments...>
  local description=$1 expected=$2 status type
  shift 2
  read -r status type < <(curl -s -o /dev/null -w '%{http_code} %{content_type}\n' --max-time 10 \
    -H "Authorization: Bearer $TOKEN" "$@" 2>/dev/null)
  if [ "$status" = "$expected" ] && [ "${type%%;*}" = application/problem+json ]; then
    echo "contract: $description: $status problem+json"
  else
    echo "contract: $description: expected $expected problem+json, got $status ${type:-no body}"; failed=$((failed + 1))
  fi
}
BASE="http://127.0.0.1:$SERVICE_PORT"
head -c 307200 /dev/zero | tr '\0' x > "$OUT/large-body"
limit_check "a 300 KiB body sent in chunks" 413 -X POST -H 'Content-Type: application/json' \
  -H 'Transfer-Encoding: chunked' --data-binary @- "$BASE/v1/rejections" < "$OUT/large-body"
limit_check "a 300 KiB body with Content-Length" 413 -X POST -H 'Content-Type: application/json' \
  --data-binary @"$OUT/large-body" "$BASE/v1/rejections"
limit_check "a 9 KiB request line" 414 "$BASE/v1/rejections?q=$(head -c 9216 /dev/zero | tr '\0' q)"
limit_check "17 KiB of header fields" 431 -H "X-Padding: $(head -c 17408 /dev/zero | tr '\0' p)" "$BASE/v1/rejections"
[ "$newman_status" -eq 0 ] || { echo "contract: newman reported failures:"; grep -E "AssertionError|failure|#" "$OUT/newman.log" | head -40; failed=$((failed + 1)); }
# Prism logs request violations (the fuzz requests are invalid on purpose) and response violations;
# only the latter mean the service broke its contract.
response_violations=$(grep -ai "violation" "$OUT/prism.log" | grep -aiv "request" | grep -aci "response")
[ "$response_violations" -eq 0 ] || { echo "contract: $response_violations response violations:"; grep -ai "violation" "$OUT/prism.log" | grep -aiv "request" | head -20; failed=$((failed + 1)); }
server_errors=$(grep -acE "Unexpected error|Database unavailable" "$OUT/service.log")
[ "$server_errors" -eq 0 ] || { echo "contract: $server_errors server errors in the service log"; failed=$((failed + 1)); }

requests=$(grep -E "^\s*│\s*requests\s" "$OUT/newman.log" | awk -F'│' '{gsub(/ /,"",$3); gsub(/ /,"",$4); print $3" executed, "$4" failed"}')
assertions=$(grep -E "^\s*│\s*assertions\s" "$OUT/newman.log" | awk -F'│' '{gsub(/ /,"",$3); gsub(/ /,"",$4); print $3" executed, "$4" failed"}')
echo "contract: requests ${requests:-?}; assertions ${assertions:-?}; response violations $response_violations; 5xx $server_errors"
echo "contract: $((7 - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
