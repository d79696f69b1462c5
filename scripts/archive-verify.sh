#!/usr/bin/env bash
# Verifies the legal archive of a running service (docs/archive.md#integrity-verify): logs in as the platform admin,
# calls POST /api/v1/admin/archive/verify (every tenant, or one), prints the report and exits
#   0  every archived file is intact (files fetched again from the provider, "refetched", are intact again)
#   1  some file is altered ("mismatch") or gone ("missing"): restore it from a backup
#   2  the check could not run (service unreachable, login refused, unknown tenant, ...)
# Usage: FACTUS_API_ADMIN_PASSWORD=... scripts/archive-verify.sh [base-url] [tenant-id]
#   base-url defaults to http://localhost:8080; ARCHIVE_VERIFY_USERNAME (a platform admin) defaults to admin. The
#   password is read from the environment only and sent to curl on its standard input (the token too), so neither
#   shows in a process list; neither is printed.
set -uo pipefail
BASE=${1:-http://localhost:8080}
TENANT=${2:-}
USERNAME=${ARCHIVE_VERIFY_USERNAME:-admin}
if [[ -z ${FACTUS_API_ADMIN_PASSWORD:-} ]]; then
  echo "archive-verify: set FACTUS_API_ADMIN_PASSWORD (the platform admin's password)" >&2
  exit 2
fi
for tool in curl python3; do
  command -v "$tool" >/dev/null || { echo "archive-verify: $tool is required" >&2; exit 2; }
done
BODY=$(mktemp)
trap 'rm -f "$BODY"' EXIT

# call METHOD PATH [curl args...]: the answer's body in $BODY, its status on stdout ("000" when nothing answered)
call() {
  local method=$1 path=$2
  shift 2
  curl -s -o "$BODY" -w '%{http_code}' --max-time 3600 -X "$method" "$BASE$path" "$@"
}
# fail WHAT STATUS: the problem+json detail (or the status alone) on stderr, exit 2
fail() {
  local detail
  detail=$(python3 -c 'import json, sys; p = json.load(open(sys.argv[1])); print(p.get("detail") or p.get("title") or "")' \
    "$BODY" 2>/dev/null)
  echo "archive-verify: $1 failed (HTTP $2)${detail:+: $detail}" >&2
  exit 2
}

STATUS=$(python3 -c 'import json, os, sys; json.dump({"username": sys.argv[1], "password": os.environ["FACTUS_API_ADMIN_PASSWORD"]}, sys.stdout)' \
  "$USERNAME" | call POST /api/v1/auth/login -H 'Content-Type: application/json' --data-binary @-)
[[ $STATUS == 200 ]] || fail "login as $USERNAME at $BASE" "$STATUS"
TOKEN=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["access_token"])' "$BODY")

STATUS=$(call POST "/api/v1/admin/archive/verify${TENANT:+?tenant_id=$TENANT}" -H @- <<<"Authorization: Bearer $TOKEN")
[[ $STATUS == 200 ]] || fail "verify" "$STATUS"

python3 - "$BODY" "$BASE" "${TENANT:-every tenant}" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
print(f"Archive of {sys.argv[3]} at {sys.argv[2]}: {report['checked']} files checked, {report['intact']} intact, "
      f"{report['mismatched']} mismatched, {report['missing']} missing, {report['refetched']} fetched again")
for finding in report["findings"]:
    print(f"{finding['problem']:<9} {finding['tenant_id']} {finding['kind']} {finding['number']} {finding['format']}")
if report["findings_truncated"]:
    print(f"(only the first {len(report['findings'])} findings are listed; the counts are complete)")
damaged = report["mismatched"] + report["missing"]
print("DAMAGED: restore the files listed from a backup (docs/archive.md)" if damaged else "INTACT")
sys.exit(1 if damaged else 0)
PY
