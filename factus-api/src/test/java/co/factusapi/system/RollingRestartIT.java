package co.factusapi.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.Cluster;
import org.junit.jupiter.api.Test;

/**
 * A release rolled out under load: each of three instances behind HAProxy gets SIGTERM in turn and is started again.
 * With a drain delay longer than HAProxy's detection time (3 s against 2 checks 500 ms apart) the instance's readiness
 * goes down first, HAProxy moves away, in-flight requests finish, and only then does it stop: clients see no error at
 * all, not even a retryable one. The figures are printed.
 */
class RollingRestartIT {

    @Test
    void aRollingRestartUnderLoadLosesNoRequest() throws Exception {
        try (Cluster cluster = new Cluster("cluster-rolling", 3, "-XX:TieredStopAtLevel=1 -Xmx384m",
                "--factus-api.rate-limit.requests-per-minute=1000000 --factus-api.shutdown.drain-delay=3s");
             ClusterLoad load = new ClusterLoad(cluster, 6)) {
            long started = System.nanoTime();
            for (int instance = 1; instance <= cluster.instances(); instance++) {
                Thread.sleep(2000);
                cluster.stop(instance);
                cluster.start(instance);
            }
            // HAProxy takes the last one back after two good checks.
            Thread.sleep(2000);
            ClusterLoad.Outcome outcome = load.finish(cluster);
            System.out.printf("rolling restart: 3 instances in %d ms, %s%n",
                    (System.nanoTime() - started) / 1_000_000, outcome);

            outcome.assertNothingLostNorIssuedTwice(30);
            assertThat(outcome.tally().repeats()).as("errors seen by clients: " + outcome.tally()).isZero();
        }
    }
}
