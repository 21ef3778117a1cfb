#!/usr/bin/env bash
# Fails when openapi.yaml changed in a way that breaks existing clients, compared with the contract at a
# base ref (default HEAD~1): a removed path or operation, a removed or newly required parameter, a request
# field made required, a request enum value removed, a changed type, a response property removed, ...
# The judging is openapi-diff's (org.openapitools.openapidiff:openapi-diff-core, pinned in
# .ci/openapi-diff/pom.xml); .ci/openapi-diff/OpenApiBreaking.java only prints its report and verdict.
#
# A break made on purpose passes when a commit in BASE..HEAD says so in its message, on a line of its own:
#     Breaking-Change: <why, and what clients must do>
# (a git trailer: put it in the last paragraph, next to any Signed-off-by).
#
# Usage: .ci/openapi-breaking.sh [BASE_REF]   e.g. HEAD~1 (default), origin/main, a tag of the last release
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=${1:-HEAD~1}
CONTRACT=openapi.yaml
TOOL=.ci/openapi-diff
OPT_OUT='^Breaking-Change:[[:space:]]*[^[:space:]]'

if ! git rev-parse --verify --quiet "$BASE^{commit}" > /dev/null; then
  echo "openapi-breaking: passed: there is no $BASE here (first commit or shallow clone), nothing to compare with"
  exit 0
fi
if ! git cat-file -e "$BASE:$CONTRACT" 2> /dev/null; then
  echo "openapi-breaking: passed: $BASE has no $CONTRACT, nothing to compare with"
  exit 0
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
git show "$BASE:$CONTRACT" > "$WORK/base.yaml"
BASE_NAME="$BASE ($(git rev-parse --short "$BASE^{commit}"))"

if cmp -s "$WORK/base.yaml" "$CONTRACT"; then
  echo "openapi-breaking: passed: $CONTRACT is the same as in $BASE_NAME"
  exit 0
fi

# The library's classpath, from the Maven repository the build filled (offline), else from Maven Central.
MVN=(./mvnw -B -q -f "$TOOL/pom.xml")
[ -x ./mvnw ] || MVN=(mvn -B -q -f "$TOOL/pom.xml")
CP_GOAL=(dependency:build-classpath "-Dmdep.outputFile=$WORK/classpath")
"${MVN[@]}" -o "${CP_GOAL[@]}" > "$WORK/mvn.log" 2>&1 \
  || "${MVN[@]}" "${CP_GOAL[@]}" > "$WORK/mvn.log" 2>&1 \
  || { cat "$WORK/mvn.log"; echo "openapi-breaking: could not resolve openapi-diff (see above)"; exit 2; }

echo "openapi-breaking: $CONTRACT in $BASE_NAME -> the working tree"
status=0
CONFIG=()  # openapi-diff's own switches, if the project keeps any
[ -f "$TOOL/openapi-diff.yaml" ] && CONFIG=("$TOOL/openapi-diff.yaml")
java -cp "$(cat "$WORK/classpath")" "$TOOL/OpenApiBreaking.java" "$WORK/base.yaml" "$CONTRACT" "${CONFIG[@]}" \
  || status=$?
case $status in
  0) echo "openapi-breaking: passed: no change that breaks existing clients"; exit 0 ;;
  1) ;;
  *) echo "openapi-breaking: openapi-diff failed (exit $status)"; exit "$status" ;;
esac

reasons=$(git log --format=%B "$BASE..HEAD" | grep -iE "$OPT_OUT" || true)
if [ -n "$reasons" ]; then
  echo "openapi-breaking: passed: the breaking changes above are declared in a commit message:"
  echo "$reasons" | sed 's/^/  /'
  exit 0
fi
echo "openapi-breaking: FAILED: the changes above break existing clients of $CONTRACT."
echo "  If that is intended, say so in the commit message, on a line of its own (a git trailer):"
echo "    Breaking-Change: <why, and what clients must do>"
exit 1
