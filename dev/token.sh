#!/usr/bin/env bash
# Prints a bearer token signed with the dev-only key, for dev mode and local trials.
# Usage: dev/token.sh [subject] [name] [zoneinfo]    (defaults: alice, "Alice Example", UTC)
# Issuer https://rebound.dev/dev-issuer, audience rebound-dev, valid for 24 hours.
# The service trusts this key only when configured to (dev and test profiles, or explicitly).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
subject=${1:-alice}
name=${2:-Alice Example}
zone=${3:-UTC}
now=$(date +%s)

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
json_string() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g'; }

header='{"alg":"RS256","typ":"JWT"}'
payload=$(printf '{"iss":"https://rebound.dev/dev-issuer","aud":"rebound-dev","sub":"%s","name":"%s","zoneinfo":"%s","iat":%d,"exp":%d,"jti":"%s"}' \
  "$(json_string "$subject")" "$(json_string "$name")" "$(json_string "$zone")" "$now" "$((now + 86400))" "$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')")
unsigned="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$here/jwt/privateKey.pem" -binary | b64url)
printf '%s.%s\n' "$unsigned" "$signature"
