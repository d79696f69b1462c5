package co.factusapi.emulator.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Injected delay per endpoint key ("*" for all); requests run on virtual threads, so sleeping is cheap. */
public final class Latency {
    public static final String ALL = "*";
    private final Map<String, Long> millisByEndpoint = new ConcurrentHashMap<>();

    public void set(String endpoint, long millis) {
        millisByEndpoint.put(endpoint, millis);
    }

    public void clear() {
        millisByEndpoint.clear();
    }

    public void apply(String endpointKey) throws InterruptedException {
        if (millisByEndpoint.isEmpty()) {
            return;
        }
        long millis = millisByEndpoint.getOrDefault(endpointKey, millisByEndpoint.getOrDefault(ALL, 0L));
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
