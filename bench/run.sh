#!/usr/bin/env bash
# Benchmark harness (docs/performance.md): every target of issue 17 in one command. wrk directly against the Factus
# emulator, then through the service (H2 and PostgreSQL), same concurrency and duration; an open-loop phase at half
# the measured capacity; 100 tenants at once; start-up; three instances behind HAProxy. Writes
# bench/results/latest.md and latest.html with a verdict per target. Not part of CI (about 25 minutes).
# Usage: bench/run.sh [--duration 40s] [--warmup 20s] [--no-postgres] [--only zero,latency,tenants,startup,cluster]
#                     [--latency 100] [--connections 64] [--clients 200] [--tenants 100] [--no-profile] [--build]
#        (bench/bench.py --help lists every option)
set -euo pipefail
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
args=()
build=false
for arg in "$@"; do
  if [ "$arg" = "--build" ]; then build=true; else args+=("$arg"); fi
done
if $build || [ ! -f factus-api/target/factus-api.jar ] \
    || [ ! -f factus-emulator/target/factus-emulator-0.1.0-SNAPSHOT-exec.jar ] \
    || [ ! -f factus-emulator/target/factus-emulator.jar ]; then
  ./mvnw -q -DskipTests package
fi
install() { apt-get update -qq && apt-get install -y -qq "$@" >/dev/null; }
command -v wrk >/dev/null || install wrk
if [[ " ${args[*]:-} " != *" --no-postgres "* ]]; then
  pg_isready -h 127.0.0.1 -p 5432 -q || { echo "PostgreSQL is not reachable on 127.0.0.1:5432 (or use --no-postgres)" >&2; exit 1; }
  command -v haproxy >/dev/null || install haproxy
fi
echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
exec python3 bench/bench.py "${args[@]+"${args[@]}"}"
