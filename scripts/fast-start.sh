#!/usr/bin/env bash
# The recommended way to run the packaged service when start-up time matters (rolling restarts, autoscaling):
# docs/performance.md "Start-up". The jar extracted (classes load from plain jars), Spring's build-time (AOT)
# bean definitions switched on, and the JDK's AOT cache (JEP 483/514, JDK 25+) recorded by one training run.
#
#   scripts/fast-start.sh prepare [DIR]   extract factus-api/target/factus-api.jar into DIR (default
#                                         factus-api/target/app) and record DIR/factus-api.aot (about 30 s, 115 MB);
#                                         again after every build: the cache belongs to one jar and one JDK
#   scripts/fast-start.sh run [DIR]       start it; the environment configures it exactly as for `java -jar`
#
# JAVA_OPTS: the JVM flags, the same for both steps (default: the recommended flags of docs/performance.md).
# The training run starts the service on a throw-away H2 database and the embedded emulator, and stops once the
# application context is ready (spring.context.exit=onRefresh): no request, nothing reaches Factus.
set -euo pipefail
cd "$(dirname "$0")/.."
. ./.mvn/select-jdk.sh
JAVA_OPTS=${JAVA_OPTS:--Xms256m -Xmx256m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m}
JAR=factus-api/target/factus-api.jar
DIR=${2:-factus-api/target/app}
# shellcheck disable=SC2086 # JAVA_OPTS is a word list
case "${1:-}" in
  prepare)
    [ -f "$JAR" ] || { echo "$JAR is missing: run ./mvnw -q -DskipTests package first" >&2; exit 1; }
    if ! "$JAVA_HOME/bin/java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput; then
      echo "$JAVA_HOME has no AOT cache (JDK 25 or newer needed): install temurin-25-jdk" >&2; exit 1
    fi
    rm -rf "$DIR"
    "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$JAR" extract --destination "$DIR" > /dev/null
    TRAINING=$(mktemp -d)
    trap 'rm -rf "$TRAINING"' EXIT
    env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
      FACTUS_API_DATA_DIR="$TRAINING" FACTUS_API_ADMIN_PASSWORD="training-$RANDOM$RANDOM" SERVER_PORT=0 \
      "$JAVA_HOME/bin/java" $JAVA_OPTS -XX:AOTCacheOutput="$DIR/factus-api.aot" -Dspring.aot.enabled=true \
      -Dspring.context.exit=onRefresh -jar "$DIR/factus-api.jar" > "$TRAINING/training.log" 2>&1 \
      || { tail -40 "$TRAINING/training.log"; echo "the training run failed" >&2; exit 1; }
    echo "Ready: scripts/fast-start.sh run $DIR"
    ;;
  run)
    [ -f "$DIR/factus-api.aot" ] || { echo "$DIR/factus-api.aot is missing: scripts/fast-start.sh prepare first" >&2; exit 1; }
    exec "$JAVA_HOME/bin/java" $JAVA_OPTS -XX:AOTCache="$DIR/factus-api.aot" -Dspring.aot.enabled=true \
      -jar "$DIR/factus-api.jar"
    ;;
  *)
    sed -n '2,14p' "$0" >&2; exit 2
    ;;
esac
