package co.factusapi.adapter.in.web.ratelimit;

import co.factusapi.application.port.out.RequestAllowances;
import co.factusapi.domain.common.Sha256;
import java.time.Duration;

/**
 * One limit ({@code capacity} requests refilled smoothly over {@code period}) applied per key (a principal, or an
 * address and user name) through the deployment's {@link RequestAllowances}. Keys are stored hashed under this
 * limit's name: a user name typed at the login is not kept, and no key can be too long.
 */
public final class RequestBuckets {
    private final RequestAllowances allowances;
    private final String name;
    private final long capacity;
    private final Duration period;

    public RequestBuckets(RequestAllowances allowances, String name, long capacity, Duration period) {
        this.allowances = allowances;
        this.name = name;
        this.capacity = capacity;
        this.period = period;
    }

    public Quota take(String key) {
        RequestAllowances.Grant grant = allowances.take(name + ":" + Sha256.hex(key), capacity, period);
        return new Quota(capacity, grant.remaining(), grant.granted(), grant.retryAfter(), grant.untilFull());
    }
}
