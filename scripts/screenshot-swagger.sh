#!/usr/bin/env bash
# Redraws docs/images/swagger-ui.png: starts the packaged jar on its embedded defaults (H2 in a temporary directory,
# the in-process emulator) on a free port, waits for readiness and lets headless Chromium photograph Swagger UI, whose
# front page shows the title, the build's version and the two-minute story.
# Needs the jar (./mvnw -q -DskipTests package) and Chromium (Debian: apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
JAR=factus-api/target/factus-api.jar
OUT=${1:-docs/images/swagger-ui.png}
[ -f "$JAR" ] || { echo "$JAR is missing: run ./mvnw -q -DskipTests package first" >&2; exit 1; }
CHROMIUM=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$CHROMIUM" ] || { echo "no Chromium found: apt-get install -y chromium" >&2; exit 1; }

WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
SERVER_PORT=$PORT FACTUS_API_ADMIN_PASSWORD="screenshot-$(date +%s%N)" FACTUS_API_DATA_DIR=$WORK/data \
  "$JAVA_HOME/bin/java" -jar "$JAR" > "$WORK/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break
  kill -0 $PID 2>/dev/null || { cat "$WORK/service.log"; echo "the service died" >&2; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/v3/api-docs" >/dev/null || { tail -50 "$WORK/service.log"; echo "no OpenAPI document" >&2; exit 1; }

mkdir -p "$(dirname "$OUT")"
# The virtual time budget lets Swagger UI fetch its configuration and the document and render them before the shot.
"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$WORK/chromium" --window-size=1280,900 \
  --virtual-time-budget=8000 --screenshot="$OUT" "http://127.0.0.1:$PORT/swagger-ui/index.html" \
  > "$WORK/chromium.log" 2>&1 || { cat "$WORK/chromium.log"; echo "Chromium failed" >&2; exit 1; }
[ -s "$OUT" ] || { cat "$WORK/chromium.log"; echo "no screenshot written" >&2; exit 1; }
echo "Swagger UI screenshot: $OUT"
