package co.factusapi.system;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.Cluster;
import co.factusapi.testsupport.RepeatingPos;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Steady load through a cluster's load balancer: each client issues invoice after invoice, repeating each until it is
 * final, until {@link #finish} stops them and compares what clients saw, the ledger and the emulator.
 */
final class ClusterLoad implements AutoCloseable {
    private final RepeatingPos.Tally tally = new RepeatingPos.Tally();
    private final Map<String, String> seen = new ConcurrentHashMap<>();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private final ExecutorService clients;
    private final List<Future<?>> running = new ArrayList<>();

    /** Brings the cluster up, slows Factus to a realistic 150 ms per validation and starts {@code count} clients. */
    ClusterLoad(Cluster cluster, int count) {
        this(cluster, count, ready -> { });
    }

    /** The same, with {@code setUp} run once the cluster is up and before the first invoice. */
    ClusterLoad(Cluster cluster, int count, Consumer<Cluster> setUp) {
        cluster.up();
        cluster.upstreamLatency(150);
        setUp.accept(cluster);
        List<String> keys = cluster.apiKeys(count);
        clients = Executors.newFixedThreadPool(count);
        for (int c = 0; c < count; c++) {
            RepeatingPos pos = new RepeatingPos(cluster.baseUrl(), keys.get(c), tally);
            String prefix = "LOAD-" + c + "-";
            running.add(clients.submit(() -> {
                for (int i = 0; loading.get(); i++) {
                    seen.put(prefix + i, pos.issue(prefix + i));
                }
                return null;
            }));
        }
    }

    /** Stops the clients (each finishes its invoice), waits for the reconciler and reads the ledger and the emulator. */
    /** How many invoices clients have seen issued so far. */
    int issued() {
        return seen.size();
    }

    Outcome finish(Cluster cluster) throws Exception {
        loading.set(false);
        for (Future<?> client : running) {
            client.get(3, TimeUnit.MINUTES);
        }
        return new Outcome(Map.copyOf(seen), cluster.settledLedger(Duration.ofSeconds(60)), cluster.emulatorBills(),
                tally);
    }

    @Override
    public void close() {
        loading.set(false);
        clients.shutdownNow();
    }

    record Outcome(Map<String, String> seen, Map<String, List<String>> ledger,
                   List<Map.Entry<String, String>> emulatorBills, RepeatingPos.Tally tally) {

        Map<String, String> billsByReference() {
            Map<String, String> bills = new HashMap<>();
            emulatorBills.forEach(bill -> bills.put(bill.getKey(), bill.getValue()));
            return bills;
        }

        long duplicates() {
            return emulatorBills.size() - billsByReference().size();
        }

        /** Invoices a client saw as 201 that the ledger does not hold as ISSUED under the same number. */
        long lost() {
            return seen.entrySet().stream().filter(invoice -> !List.of("ISSUED", invoice.getValue())
                    .equals(ledger.get(invoice.getKey()))).count();
        }

        long unsettled() {
            return ledger.values().stream().filter(entry -> !"ISSUED".equals(entry.getFirst())).count();
        }

        void assertNothingLostNorIssuedTwice(int atLeast) {
            assertThat(seen).hasSizeGreaterThan(atLeast);
            assertThat(unsettled()).isZero();
            assertThat(lost()).isZero();
            assertThat(duplicates()).isZero();
            // Ledger and emulator agree one to one, and every 201 a client saw is among them with its number.
            Map<String, String> bills = billsByReference();
            assertThat(ledger.keySet()).isEqualTo(bills.keySet());
            ledger.forEach((reference, entry) -> assertThat(entry.get(1)).isEqualTo(bills.get(reference)));
        }

        @Override
        public String toString() {
            return String.format("%d requests (%s), %d repeats, %d invoices seen as 201, %d ledger entries, %d emulator "
                            + "bills, %d not ISSUED, duplicates = %d, lost = %d", tally.requests(), tally, tally.repeats(),
                    seen.size(), ledger.size(), emulatorBills.size(), unsettled(), duplicates(), lost());
        }
    }
}
