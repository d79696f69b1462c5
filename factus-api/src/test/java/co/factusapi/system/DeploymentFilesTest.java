package co.factusapi.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The deployment files (Dockerfile, compose.yaml, deploy/) cannot be built or applied on this machine (no Docker
 * engine, no Kubernetes), so what can be checked is: they keep the promises of docs/deployment.md (non-root, a JRE,
 * readiness for traffic, the data directory as a volume, the recommended JVM flags), and every variable they set is a
 * setting the README documents, spelled as scripts/cluster.sh spells it.
 */
class DeploymentFilesTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern VARIABLE = Pattern.compile("\\b((?:FACTUS|SPRING)_[A-Z_]+)\\b");

    @Test
    void theImageRunsTheJarOnAJreAsANonRootUserWithTheDataDirectoryAsAVolume() throws IOException {
        String dockerfile = read("Dockerfile");
        assertThat(dockerfile).containsPattern("(?m)^FROM eclipse-temurin:21-jdk AS build$")
                .containsPattern("(?m)^FROM eclipse-temurin:21-jre$")
                .containsPattern("(?m)^USER 10001:10001$")
                .containsPattern("(?m)^VOLUME /data$")
                .contains("FACTUS_API_DATA_DIR=/data")
                .contains("/actuator/health/readiness")
                .contains("-XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m")
                .containsPattern("(?m)^ENTRYPOINT \\[\"java\", \"-jar\", \"/app/factus-api.jar\"]$");
        assertThat(read(".dockerignore")).contains("**/target");
    }

    @Test
    void kubernetesProbesReadinessDrainsAndKeepsTwoPodsThroughDisruptions() throws IOException {
        String manifests = read("deploy/kubernetes/factus-api.yaml");
        assertThat(manifests).contains("kind: Deployment", "kind: PodDisruptionBudget", "minAvailable: 2",
                "path: /actuator/health/readiness", "path: /actuator/health/liveness", "preStop:",
                "runAsNonRoot: true", "secretRef: {name: factus-api}", "terminationGracePeriodSeconds: 45");
        assertThat(read("deploy/kubernetes/secret.example.yaml")).contains("FACTUS_API_MASTER_KEY",
                "FACTUS_API_JWT_SECRET");
    }

    @Test
    void theLoadBalancersCheckReadinessAndNeverCutADrainingInstance() throws IOException {
        for (String config : Set.of(read("deploy/haproxy.cfg"), read("scripts/cluster.sh"))) {
            assertThat(config).contains("option httpchk GET /actuator/health/readiness", "option redispatch")
                    .doesNotContain("on-marked-down shutdown-sessions");
        }
    }

    @Test
    void everyVariableTheDeploymentFilesSetIsADocumentedSetting() throws IOException {
        String readme = read("README.md");
        Set<String> used = new TreeSet<>();
        for (String file : Set.of("Dockerfile", "compose.yaml", "deploy/kubernetes/factus-api.yaml",
                "deploy/kubernetes/secret.example.yaml", "scripts/cluster.sh")) {
            Matcher variable = VARIABLE.matcher(read(file));
            while (variable.find()) {
                used.add(variable.group(1));
            }
        }
        assertThat(used).contains("FACTUS_API_MASTER_KEY", "FACTUS_API_JWT_SECRET", "SPRING_DATASOURCE_URL")
                .allSatisfy(name -> assertThat(readme).as(name + " in README's configuration").contains(name));
    }

    private static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file));
    }
}
