# Sourced by ./mvnw and .ci/run: makes JAVA_HOME point at a JDK >= 21 (the project targets Java 21).
# Keeps a JAVA_HOME that is already new enough; otherwise takes the newest JDK >= 21 under /usr/lib/jvm.
factus_jdk_major() {
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}
factus_select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ "$(factus_jdk_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  best="" best_major=0
  set +f # ./mvnw runs with globbing off
  for dir in /usr/lib/jvm/*/; do
    dir=${dir%/}
    major=$(factus_jdk_major "$dir")
    [ -x "$dir/bin/javac" ] && [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ] || continue
    best=$dir best_major=$major
  done
  if [ -z "$best" ]; then
    echo "Factus API needs a JDK 21 or newer and found none (JAVA_HOME=${JAVA_HOME:-unset}, nothing >= 21 in /usr/lib/jvm)." >&2
    echo "Install one, e.g. 'apt-get install openjdk-21-jdk-headless' (Debian/Ubuntu) or Temurin 21/25, or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}
factus_select_jdk || exit 1
