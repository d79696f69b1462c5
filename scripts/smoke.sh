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
echo "Smoke test passed: packaged jar ready, walk-through done, console answers, no secret or identification in the log"
