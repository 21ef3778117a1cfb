#!/usr/bin/env bash
# The README's two commands on a machine with nothing but a JDK: a normal user, no network (so no
# PostgreSQL answers on 5432), no Node.js and no Chromium, Maven offline. Dev mode must start its embedded
# PostgreSQL and keep a record across a restart; `./mvnw verify` must pass against the embedded server.
# Runs as root (it creates the user and the namespace) after an online build has filled ~/.m2.
# The user's name can be moved with JDK_ONLY_USER; logs go to target/jdk-only.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" != 0 ] || ! command -v unshare > /dev/null; then
  echo "jdk-only: skipped: it needs root and unshare, to make a user and a network namespace of its own"
  exit 0
fi

USER_NAME=${JDK_ONLY_USER:-rebound-jdk}
OUT=target/jdk-only
mkdir -p "$OUT"

echo "jdk-only: the Maven repository, with what dev mode needs too (online, as $(whoami))"
./mvnw -B -q quarkus:go-offline dependency:resolve-plugins -DskipDemo > "$OUT/go-offline.log" 2>&1 \
  || { tail -30 "$OUT/go-offline.log"; exit 1; }

id "$USER_NAME" > /dev/null 2>&1 || useradd --create-home --shell /bin/bash "$USER_NAME"
USER_HOME=$(getent passwd "$USER_NAME" | cut -d: -f6)
CLONE="$USER_HOME/rebound"
echo "jdk-only: a clone and a copy of the Maven repository for $USER_NAME in $USER_HOME"
rm -rf "$CLONE" "$USER_HOME/.m2" "$USER_HOME/.rebound"
mkdir -p "$CLONE" "$USER_HOME/.m2"
# What git tracks, plus new files not yet ignored: the tree as it stands, without target/ or node_modules/.
git ls-files -z --cached --others --exclude-standard \
  | tar --null --ignore-failed-read -cf - -T - 2> /dev/null | tar -xf - -C "$CLONE"
cp -a "$HOME/.m2/repository" "$HOME/.m2/wrapper" "$USER_HOME/.m2/"
chown -R "$USER_NAME:" "$CLONE" "$USER_HOME/.m2"

# Inside: loopback only (raised by hand, a new namespace has it down), Node.js and Chromium hidden.
unshare --net --mount sh -c '
  set -e
  ip link set lo up
  for tool in node nodejs npm npx chromium; do
    path=$(command -v "$tool" 2>/dev/null) && mount --bind /dev/null "$path"
  done
  exec runuser -u "$1" -- env HOME="$2" MAVEN_USER_HOME="$2/.m2" PATH="$PATH" bash -c "
    set -e
    cd \"\$HOME/rebound\"
    if node --version > /dev/null 2>&1 || npm --version > /dev/null 2>&1; then echo \"jdk-only: Node.js still runs\"; exit 1; fi
    if (echo > /dev/tcp/127.0.0.1/5432) 2> /dev/null; then echo \"jdk-only: something answers on 5432\"; exit 1; fi
    echo \"== jdk-only: dev mode with the embedded PostgreSQL (as \$(whoami), offline)\"
    bash .ci/dev-mode-check.sh -o -Dmaven.repo.local=\"\$HOME/.m2/repository\"
    echo \"== jdk-only: ./mvnw verify against the embedded PostgreSQL (as \$(whoami), offline)\"
    ./mvnw -B -o verify -Dmaven.repo.local=\"\$HOME/.m2/repository\"
  "
' jdk-only "$USER_NAME" "$USER_HOME"
