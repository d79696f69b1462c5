# syntax=docker/dockerfile:1
# Factus API: the packaged service on a JRE, as a non-root user, the data directory as a volume.
# Build: docker build -t factus-api .   Run (embedded defaults): docker run -p 8080:8080 -v factus-data:/data factus-api
# Not built on the project's own CI machine (it has no Docker engine); scripts/cluster.sh runs the same jar with the
# same variables and flags without containers (docs/deployment.md).

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY factus-emulator factus-emulator
COPY factus-api factus-api
RUN --mount=type=cache,target=/root/.m2 ./mvnw -q -B -DskipTests package

FROM eclipse-temurin:21-jre
RUN groupadd --system --gid 10001 factus && useradd --system --uid 10001 --gid factus --home-dir /data factus \
    && mkdir -p /app /data && chown factus:factus /data
COPY --from=build /src/factus-api/target/factus-api.jar /app/factus-api.jar
USER 10001:10001
VOLUME /data
EXPOSE 8080
# docs/performance.md "Recommended JVM settings"; the heap follows the container's memory limit.
ENV FACTUS_API_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError"
# Readiness, not liveness: a starting instance or one whose database is away is not healthy for traffic.
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 CMD ["bash", "-c", \
    "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-jar", "/app/factus-api.jar"]
