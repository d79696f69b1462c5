# Sourced by scripts/smoke.sh and scripts/screenshot-swagger.sh (after .mvn/select-jdk.sh): starts the packaged jar on
# its embedded defaults (H2 in a temporary directory, the in-process emulator) on a free port, with the admin password
# $PASSWORD, and returns once it is ready; SERVICE_COMMAND, when set, starts it instead of `java -jar` (e.g.
# scripts/fast-start.sh run). Sets WORK (the temporary directory, log in $WORK/service.log), PORT and PID;
# stop_service, run on exit, stops it.
JAR=factus-api/target/factus-api.jar
[ -f "$JAR" ] || { echo "$JAR is missing: run ./mvnw -q -DskipTests package first" >&2; exit 1; }
WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# shellcheck disable=SC2086 # SERVICE_COMMAND is a word list
SERVER_PORT=$PORT FACTUS_API_ADMIN_PASSWORD=$PASSWORD FACTUS_API_DATA_DIR=$WORK/data \
  ${SERVICE_COMMAND:-"$JAVA_HOME/bin/java" -jar "$JAR"} > "$WORK/service.log" 2>&1 &
PID=$!
stop_service() {
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
}
trap stop_service EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break
  kill -0 "$PID" 2>/dev/null || { cat "$WORK/service.log"; echo "the service died" >&2; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null || { tail -50 "$WORK/service.log"; echo "not ready" >&2; exit 1; }
