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
echo "contract: $((3 - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
