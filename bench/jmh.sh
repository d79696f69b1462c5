#!/usr/bin/env bash
# JMH micro-benchmark of the service's hot path (request parse -> validation -> Factus payload mapping; the class
# HotPathBenchmark in factus-api's tests). Writes bench/results/jmh-latest.json and compares its score with
# bench/results/jmh-baseline.json: exit 1 when it is more than the tolerance slower (a regression guard, run by hand or
# by bench/run.sh; not in CI, whose timings on a shared 2-core machine would make it flaky).
# Usage: bench/jmh.sh [--tolerance 1.5] [--save-baseline] [extra JMH options, e.g. -f 2 -i 10]
set -euo pipefail
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
tolerance=1.5
save=false
jmh_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --tolerance) tolerance="$2"; shift 2 ;;
    --save-baseline) save=true; shift ;;
    *) jmh_args+=("$1"); shift ;;
  esac
done
./mvnw -q -B -pl factus-api -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/jmh.classpath
classpath="factus-api/target/test-classes:factus-api/target/classes:$(cat factus-api/target/jmh.classpath)"
latest=bench/results/jmh-latest.json
echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" -cp "$classpath" org.openjdk.jmh.Main HotPathBenchmark -f 1 -wi 5 -w 2s -i 5 -r 2s \
  -rf json -rff "$latest" "${jmh_args[@]+"${jmh_args[@]}"}"
if $save; then
  cp "$latest" bench/results/jmh-baseline.json
  echo "Saved as the baseline: bench/results/jmh-baseline.json"
  exit 0
fi
python3 - "$latest" bench/results/jmh-baseline.json "$tolerance" <<'PY'
import json, sys
latest, baseline, tolerance = sys.argv[1], sys.argv[2], float(sys.argv[3])
def score(path):
    result = json.load(open(path))[0]["primaryMetric"]
    return result["score"], result["scoreError"], result["scoreUnit"]
now, error, unit = score(latest)
try:
    then, then_error, _ = score(baseline)
except FileNotFoundError:
    print(f"hot path: {now:.2f} ± {error:.2f} {unit}; no baseline (bench/jmh.sh --save-baseline)")
    sys.exit(0)
ratio = now / then
print(f"hot path: {now:.2f} ± {error:.2f} {unit}, baseline {then:.2f} ± {then_error:.2f}: {ratio:.2f} x")
if ratio > tolerance:
    print(f"REGRESSION: more than {tolerance} x the baseline")
    sys.exit(1)
PY
