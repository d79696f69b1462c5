#!/usr/bin/env bash
# Smoke test of the packaged service: `java -jar` on its embedded defaults (H2 + in-process emulator), ready within
# two minutes, the README walk-through passes, the operations console answers, and the log holds no secret or customer
# identification.
set -euo pipefail
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
PASSWORD="smoke-$(date +%s%N)"
. scripts/lib/packaged-service.sh
WALKTHROUGH_DIR=$WORK scripts/walkthrough.sh "http://127.0.0.1:$PORT" "$PASSWORD"
# The operations console ships in the jar: its sign-in page (Spanish by default) and its stylesheet answer.
if ! curl -s "http://127.0.0.1:$PORT/console/sign-in" | grep -q 'Iniciar sesión'; then
  echo "the operations console's sign-in page does not answer from the packaged jar" >&2; exit 1
fi
if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/console/assets/console.css")" != 200 ]; then
  echo "the operations console's stylesheet is missing from the packaged jar" >&2; exit 1
fi
for secret in "$PASSWORD" emulator-password factus-emulator-secret 1137624282 fak_ eyJ; do
  if grep -q -- "$secret" "$WORK/service.log"; then
    echo "the service log contains a secret or personal data ($secret)" >&2; exit 1
  fi
done
# The recommended fast start (docs/performance.md): Spring's AOT bean definitions and the JDK's AOT cache serve the
# same walk-through. It needs JDK 25+; with an older JDK the check is skipped and says so.
stop_service
if "$JAVA_HOME/bin/java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput; then
  APP=$(mktemp -d)/app
  scripts/fast-start.sh prepare "$APP" > /dev/null
  SERVICE_COMMAND="scripts/fast-start.sh run $APP" . scripts/lib/packaged-service.sh
  WALKTHROUGH_DIR=$WORK scripts/walkthrough.sh "http://127.0.0.1:$PORT" "$PASSWORD" > /dev/null
  grep -q "Starting AOT-processed" "$WORK/service.log" || { echo "fast start did not use the AOT-processed context" >&2; exit 1; }
  stop_service
  rm -rf "$(dirname "$APP")"
  FAST="; scripts/fast-start.sh ready, walk-through done"
else
  FAST="; fast start skipped (JDK $JAVA_HOME has no AOT cache)"
fi
echo "Smoke test passed: packaged jar ready, walk-through done, console answers, no secret or identification in the log$FAST"
