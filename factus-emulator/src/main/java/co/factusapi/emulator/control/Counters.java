package co.factusapi.emulator.control;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Lock-free tallies of one account, read by tests and benchmarks (connections are counted emulator-wide). */
public final class Counters {
    private final LongAdder tokensIssued = new LongAdder();
    private final LongAdder invoicesCreated = new LongAdder();
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> documentsCreated = new ConcurrentHashMap<>();

    public void tokenIssued() {
        tokensIssued.increment();
    }

    public void invoiceCreated() {
        invoicesCreated.increment();
    }

    /** A new stored document of a family ("bills", "credit_notes", "debit_notes", …); bills also count above. */
    public void documentCreated(String family) {
        documentsCreated.computeIfAbsent(family, key -> new LongAdder()).increment();
    }

    /** Every document created, of every family: what a subscription has consumed. */
    public long documentsCreatedTotal() {
        return documentsCreated.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public void request(String endpointKey) {
        requests.computeIfAbsent(endpointKey, key -> new LongAdder()).increment();
    }

    public long tokensIssued() {
        return tokensIssued.sum();
    }

    public long invoicesCreated() {
        return invoicesCreated.sum();
    }

    public Map<String, Long> requests() {
        Map<String, Long> snapshot = new TreeMap<>();
        requests.forEach((key, count) -> snapshot.put(key, count.sum()));
        return snapshot;
    }

    public Map<String, Long> documentsCreated() {
        Map<String, Long> snapshot = new TreeMap<>();
        documentsCreated.forEach((key, count) -> snapshot.put(key, count.sum()));
        return snapshot;
    }

    public void reset() {
        tokensIssued.reset();
        invoicesCreated.reset();
        requests.clear();
        documentsCreated.clear();
    }
}
