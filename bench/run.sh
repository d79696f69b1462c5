#!/usr/bin/env bash
# Benchmark harness (docs/performance.md): wrk directly against the Factus emulator, then through the service, same
# concurrency and duration; writes bench/results/latest.md and latest.html. Not part of CI (it takes minutes).
# Usage: bench/run.sh [--duration 60s] [--warmup 10s] [--postgres] [--only zero|latency] [--latency 100]
#                     [--connections 64] [--clients 200] [--pool-size 64] [--service-jvm-opts "..."] [--build]
set -euo pipefail
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
args=()
build=false
for arg in "$@"; do
  if [ "$arg" = "--build" ]; then build=true; else args+=("$arg"); fi
done
if $build || [ ! -f factus-api/target/factus-api.jar ] \
    || [ ! -f factus-emulator/target/factus-emulator-0.1.0-SNAPSHOT-exec.jar ]; then
  ./mvnw -q -DskipTests package
fi
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
if [[ " ${args[*]:-} " == *" --postgres "* ]]; then
  pg_isready -h 127.0.0.1 -p 5432 -q || { echo "PostgreSQL is not reachable on 127.0.0.1:5432" >&2; exit 1; }
fi
echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
exec python3 bench/bench.py "${args[@]+"${args[@]}"}"
