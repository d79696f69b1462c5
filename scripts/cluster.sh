#!/usr/bin/env bash
# Several instances on one PostgreSQL, behind HAProxy: the cluster harness of docs/scale-out.md.
#
#   scripts/cluster.sh up            the emulator, a fresh PostgreSQL database, N instances and HAProxy; prints the URL
#   scripts/cluster.sh down          stops everything (SIGTERM) and drops the database
#   scripts/cluster.sh kill I        SIGKILL instance I (1..N), the way a machine loses one
#   scripts/cluster.sh stop I        SIGTERM instance I: it drains in-flight requests and stops
#   scripts/cluster.sh start I       starts instance I again and waits until it is ready
#   scripts/cluster.sh status        which instances run and what their readiness probe says
#
# Settings (environment): CLUSTER_DIR (target/cluster: pids, logs, generated keys, haproxy.cfg), CLUSTER_INSTANCES
# (3), CLUSTER_PORT (18080: HAProxy; the instances take the next N ports, the emulator the one after), CLUSTER_PG_URL
# (jdbc:postgresql://127.0.0.1:5432), CLUSTER_PG_USER (postgres), CLUSTER_JAVA_OPTS (JVM flags of the instances),
# CLUSTER_SERVICE_ARGS (extra --name=value arguments of the instances), CLUSTER_ADMIN_PASSWORD (generated).
# Every instance gets the same environment, the one a real deployment needs: the database, the vault master key,
# the JWT secret, the Factus account (here the emulator's). Nothing runs in containers: this machine has no Docker
# engine; the Dockerfile and compose.yaml use the same variables and flags.
set -euo pipefail
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh

DIR=${CLUSTER_DIR:-target/cluster}
INSTANCES=${CLUSTER_INSTANCES:-3}
LB_PORT=${CLUSTER_PORT:-18080}
EMULATOR_PORT=$((LB_PORT + INSTANCES + 1))
PG_URL=${CLUSTER_PG_URL:-jdbc:postgresql://127.0.0.1:5432}
PG_USER=${CLUSTER_PG_USER:-postgres}
SERVICE_JAR=factus-api/target/factus-api.jar
EMULATOR_JAR=factus-emulator/target/factus-emulator.jar

port_of() { echo $((LB_PORT + $1)); }
pid_of() { cat "$DIR/$1.pid" 2>/dev/null || true; }
alive() { local pid; pid=$(pid_of "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
ready() { curl -sf -o /dev/null "http://127.0.0.1:$(port_of "$1")/actuator/health/readiness"; }
psql_admin() { psql -q -h 127.0.0.1 -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -c "$1" >/dev/null; }

secret() { # a value generated once per cluster directory, owner-only
  local file="$DIR/$1"
  [ -s "$file" ] || (umask 077 && head -c "$2" /dev/urandom | base64 -w0 > "$file")
  cat "$file"
}

wait_until() { # wait_until SECONDS DESCRIPTION COMMAND...
  local deadline=$((SECONDS + $1)) what=$2
  shift 2
  until "$@"; do
    [ $SECONDS -lt $deadline ] || { echo "cluster: $what did not happen within the time allowed" >&2; return 1; }
    sleep 0.2
  done
}

start_emulator() {
  [ -f "$EMULATOR_JAR" ] || { echo "$EMULATOR_JAR is missing: run ./mvnw -q -DskipTests package first" >&2; exit 1; }
  "$JAVA_HOME/bin/java" -jar "$EMULATOR_JAR" --host 127.0.0.1 --port "$EMULATOR_PORT" > "$DIR/emulator.log" 2>&1 &
  echo $! > "$DIR/emulator.pid"
  wait_until 60 "the emulator start" curl -s -o /dev/null "http://127.0.0.1:$EMULATOR_PORT/__emulator/bills"
}

start_instance() {
  local i=$1 port
  port=$(port_of "$i")
  alive "instance$i" && { echo "instance $i is already running"; return 0; }
  [ -f "$SERVICE_JAR" ] || { echo "$SERVICE_JAR is missing: run ./mvnw -q -DskipTests package first" >&2; exit 1; }
  # shellcheck disable=SC2086 # CLUSTER_JAVA_OPTS and CLUSTER_SERVICE_ARGS are word lists
  env SERVER_PORT="$port" \
    SPRING_DATASOURCE_URL="$PG_URL/$(cat "$DIR/database")" SPRING_DATASOURCE_USERNAME="$PG_USER" \
    SPRING_DATASOURCE_PASSWORD="${CLUSTER_PG_PASSWORD:-}" \
    FACTUS_API_MASTER_KEY="$(secret master.key 32)" FACTUS_API_JWT_SECRET="$(secret jwt.secret 48)" \
    FACTUS_API_ADMIN_PASSWORD="${CLUSTER_ADMIN_PASSWORD:-$(secret admin.password 18)}" \
    FACTUS_API_DATA_DIR="$DIR/data$i" FACTUS_API_ARCHIVE_EXPORT_DIRECTORY="$DIR/exports" \
    FACTUS_BASE_URL="http://127.0.0.1:$EMULATOR_PORT" \
    FACTUS_CLIENT_ID=factus-emulator-client FACTUS_CLIENT_SECRET=factus-emulator-secret \
    FACTUS_USERNAME=sandbox@factus-emulator.local FACTUS_PASSWORD=emulator-password \
    FACTUS_ALLOWANCE_REQUESTS_PER_MINUTE="${FACTUS_ALLOWANCE_REQUESTS_PER_MINUTE:-0}" \
    "$JAVA_HOME/bin/java" ${CLUSTER_JAVA_OPTS:-} -jar "$SERVICE_JAR" ${CLUSTER_SERVICE_ARGS:-} \
    >> "$DIR/instance$i.log" 2>&1 &
  echo $! > "$DIR/instance$i.pid"
  wait_until 120 "instance $i becoming ready (see $DIR/instance$i.log)" ready "$i"
  echo "instance $i ready on port $port"
}

stop_process() { # stop_process NAME SIGNAL
  local pid
  pid=$(pid_of "$1")
  [ -n "$pid" ] || return 0
  kill "-$2" "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$DIR/$1.pid"
}

write_haproxy_config() {
  {
    echo "global"
    echo "  maxconn 2000"
    echo "defaults"
    echo "  mode http"
    echo "  timeout connect 2s"
    echo "  timeout client 90s"
    echo "  timeout server 90s"
    # Only a connection that never reached an instance is retried elsewhere: a request that did reach one may have
    # issued an invoice, and clients repeat it themselves with the same Idempotency-Key.
    echo "  retries 3"
    echo "  option redispatch"
    echo "frontend api"
    echo "  bind 127.0.0.1:$LB_PORT"
    echo "  default_backend instances"
    echo "backend instances"
    echo "  balance roundrobin"
    echo "  option httpchk GET /actuator/health/readiness"
    echo "  default-server inter 500ms fall 2 rise 2"
    for i in $(seq 1 "$INSTANCES"); do
      echo "  server instance$i 127.0.0.1:$(port_of "$i") check"
    done
  } > "$DIR/haproxy.cfg"
}

up() {
  command -v haproxy >/dev/null || { echo "haproxy is missing: apt-get install haproxy" >&2; exit 1; }
  mkdir -p "$DIR"
  local database
  database="factus_cluster_$(date +%s)_$$"
  psql_admin "CREATE DATABASE $database"
  echo "$database" > "$DIR/database"
  start_emulator
  # The first instance migrates the schema alone; the others then start side by side.
  start_instance 1
  local starting=()
  for i in $(seq 2 "$INSTANCES"); do start_instance "$i" & starting+=($!); done
  for pid in "${starting[@]}"; do wait "$pid"; done
  write_haproxy_config
  haproxy -f "$DIR/haproxy.cfg" -D -p "$DIR/haproxy.pid"
  wait_until 30 "HAProxy routing" curl -sf -o /dev/null "http://127.0.0.1:$LB_PORT/actuator/health/readiness"
  echo "cluster up: http://127.0.0.1:$LB_PORT ($INSTANCES instances, database $database, emulator" \
    "http://127.0.0.1:$EMULATOR_PORT, admin password in $DIR/admin.password)"
}

down() {
  stop_process haproxy TERM
  for i in $(seq 1 "$INSTANCES"); do stop_process "instance$i" TERM; done
  stop_process emulator TERM
  if [ -s "$DIR/database" ]; then
    psql_admin "DROP DATABASE IF EXISTS $(cat "$DIR/database") WITH (FORCE)" || true
    rm -f "$DIR/database"
  fi
  echo "cluster down"
}

status() {
  for i in $(seq 1 "$INSTANCES"); do
    if alive "instance$i"; then
      ready "$i" && echo "instance $i: running, ready" || echo "instance $i: running, not ready"
    else
      echo "instance $i: stopped"
    fi
  done
}

instance_arg() {
  [[ "${1:-}" =~ ^[0-9]+$ ]] && [ "$1" -ge 1 ] && [ "$1" -le "$INSTANCES" ] \
    || { echo "name an instance from 1 to $INSTANCES" >&2; exit 2; }
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  kill) instance_arg "${2:-}"; stop_process "instance$2" KILL; echo "instance $2 killed" ;;
  stop) instance_arg "${2:-}"; stop_process "instance$2" TERM; echo "instance $2 stopped" ;;
  start) instance_arg "${2:-}"; start_instance "$2" ;;
  status) status ;;
  *) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
