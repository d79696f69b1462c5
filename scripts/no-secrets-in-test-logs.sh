#!/usr/bin/env bash
# After the test suite: no secret the tests use (Factus credentials of the emulator accounts, vault master keys, the
# JWT key, passwords, API keys, bearer tokens, webhook signing secrets) appears in what the suite logged (docs/tenants.md).
set -euo pipefail
cd "$(dirname "$0")/.."
logs=$(ls factus-*/target/surefire-reports/*-output.txt factus-*/target/failsafe-reports/*-output.txt 2>/dev/null || true)
[ -n "$logs" ] || { echo "no test output to check"; exit 0; }
secrets=(factus-emulator-secret emulator-password test-admin-password una-clave-larga-y-unica the-client-secret
  dGVzdC12YXVsdC1tYXN0ZXIta2V5LTMyLWJ5dGVzISE= Y3Jhc2gtcmVjb3ZlcnktbWFzdGVyLWtleS0zMi1ieXQ=
  test-jwt-secret-that-is-long-enough-for-hs256 "fak_[A-Za-z0-9]{8}_" "eyJhbGciOi" "whsec_[A-Za-z0-9+/]{8}")
for secret in "${secrets[@]}"; do
  if grep -E -l -- "$secret" $logs; then
    echo "the test logs above contain a secret ($secret)" >&2; exit 1
  fi
done
echo "Test logs checked: $(echo "$logs" | wc -l) files, no secret in them"
