#!/usr/bin/env bash
# Smoke test of the packaged service: `java -jar` on its embedded defaults (H2 + in-process emulator), ready within
# two minutes, the README walk-through passes, and the log holds no secret or customer identification.
set -euo pipefail
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
JAR=factus-api/target/factus-api.jar
[ -f "$JAR" ] || { echo "$JAR is missing: run ./mvnw -q -DskipTests package first" >&2; exit 1; }
WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
PASSWORD="smoke-$(date +%s%N)"
SERVER_PORT=$PORT FACTUS_API_ADMIN_PASSWORD=$PASSWORD FACTUS_API_DATA_DIR=$WORK/data \
  "$JAVA_HOME/bin/java" -jar "$JAR" > "$WORK/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break
  kill -0 $PID 2>/dev/null || { cat "$WORK/service.log"; echo "the service died" >&2; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null || { tail -50 "$WORK/service.log"; echo "not ready" >&2; exit 1; }
WALKTHROUGH_DIR=$WORK scripts/walkthrough.sh "http://127.0.0.1:$PORT" "$PASSWORD"
for secret in "$PASSWORD" emulator-password factus-emulator-secret 1137624282 fak_ eyJ; do
  if grep -q -- "$secret" "$WORK/service.log"; then
    echo "the service log contains a secret or personal data ($secret)" >&2; exit 1
  fi
done
echo "Smoke test passed: packaged jar ready, walk-through done, no secret or identification in the log"
