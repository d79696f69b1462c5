#!/usr/bin/env bash
# Cluster benchmark (docs/scale-out.md): scripts/cluster.sh's three instances behind HAProxy, loaded with wrk;
# writes bench/results/cluster.md. Not part of CI. Usage: bench/cluster.sh [--duration 30s] [--connections 64]
#   [--latency 100] [--build]
set -euo pipefail
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
args=()
build=false
for arg in "$@"; do
  if [ "$arg" = "--build" ]; then build=true; else args+=("$arg"); fi
done
if $build || [ ! -f factus-api/target/factus-api.jar ] || [ ! -f factus-emulator/target/factus-emulator.jar ]; then
  ./mvnw -q -DskipTests package
fi
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v haproxy >/dev/null || { apt-get update -qq && apt-get install -y -qq haproxy >/dev/null; }
exec python3 bench/cluster.py "${args[@]+"${args[@]}"}"
