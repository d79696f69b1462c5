#!/usr/bin/env bash
# Redraws docs/images/swagger-ui.png: starts the packaged jar on its embedded defaults (H2 in a temporary directory,
# the in-process emulator) on a free port, waits for readiness and lets headless Chromium photograph Swagger UI, whose
# front page shows the title, the build's version and the two-minute story.
# Needs the jar (./mvnw -q -DskipTests package) and Chromium (Debian: apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
OUT=${1:-docs/images/swagger-ui.png}
CHROMIUM=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$CHROMIUM" ] || { echo "no Chromium found: apt-get install -y chromium" >&2; exit 1; }

PASSWORD="screenshot-$(date +%s%N)"
. scripts/lib/packaged-service.sh
trap 'stop_service; rm -rf "$WORK"' EXIT
curl -sf "http://127.0.0.1:$PORT/v3/api-docs" >/dev/null || { tail -50 "$WORK/service.log"; echo "no OpenAPI document" >&2; exit 1; }

mkdir -p "$(dirname "$OUT")"
# The virtual time budget lets Swagger UI fetch its configuration and the document and render them before the shot.
"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$WORK/chromium" --window-size=1280,900 \
  --virtual-time-budget=8000 --screenshot="$OUT" "http://127.0.0.1:$PORT/swagger-ui/index.html" \
  > "$WORK/chromium.log" 2>&1 || { cat "$WORK/chromium.log"; echo "Chromium failed" >&2; exit 1; }
[ -s "$OUT" ] || { cat "$WORK/chromium.log"; echo "no screenshot written" >&2; exit 1; }
echo "Swagger UI screenshot: $OUT"
