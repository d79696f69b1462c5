package co.factusapi.emulator.control;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** One armed fault; {@code remaining} is negative when it never disarms. */
public final class Fault {
    public enum Type { STATUS, RESET, HANG }

    private final String endpoint;
    private final Type type;
    private final int status;
    private final Object body;
    private final Double probability;
    private final long hangMillis;
    private final AtomicInteger remaining;

    public Fault(String endpoint, Type type, int status, Object body, Integer count, Double probability,
            long hangMillis) {
        this.endpoint = endpoint;
        this.type = type;
        this.status = status;
        this.body = body;
        this.probability = probability;
        this.hangMillis = hangMillis;
        this.remaining = new AtomicInteger(count == null ? -1 : count);
    }

    boolean fires(String endpointKey) {
        if (!endpoint.equals(Latency.ALL) && !endpoint.equals(endpointKey)) {
            return false;
        }
        if (probability != null && ThreadLocalRandom.current().nextDouble() >= probability) {
            return false;
        }
        return remaining.get() < 0 || remaining.getAndUpdate(n -> Math.max(n - 1, 0)) > 0;
    }

    boolean exhausted() {
        return remaining.get() == 0;
    }

    public Type type() {
        return type;
    }

    public int status() {
        return status;
    }

    public Object body() {
        return body;
    }

    public long hangMillis() {
        return hangMillis;
    }
}
