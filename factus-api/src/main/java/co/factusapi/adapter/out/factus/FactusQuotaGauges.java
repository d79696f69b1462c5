package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.ProviderQuota;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.error.FactusApiException;
import co.factusapi.domain.tenant.DocumentQuota;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The acting tenant's quota ({@code delegate}, routed to its adapter), remembered per tenant on every read and
 * published as gauges tagged with the tenant id only: {@code factus.quota.documents.remaining} and
 * {@code factus.quota.expires.days} (days from today to the expiry; negative once expired). A gauge reads the last
 * quota read for its tenant; it is NaN while none was read, when the plan is unlimited, or the field unreported.
 * A provider that cannot be asked leaves the quota out of the answer (logged, without any body) instead of failing
 * the status read.
 */
public final class FactusQuotaGauges implements ProviderQuota {
    private static final Logger log = LoggerFactory.getLogger(FactusQuotaGauges.class);
    private final ProviderQuota delegate;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<UUID, DocumentQuota> last = new ConcurrentHashMap<>();
    private final Map<UUID, Boolean> registered = new ConcurrentHashMap<>();

    public FactusQuotaGauges(ProviderQuota delegate, MeterRegistry meters, Clock clock) {
        this.delegate = delegate;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public Optional<DocumentQuota> documentQuota() {
        UUID tenant = ActingTenant.id();
        Optional<DocumentQuota> quota;
        try {
            quota = delegate.documentQuota();
        } catch (FactusApiException e) {
            log.warn("Could not read the document quota of tenant {} from Factus: {}", tenant, e.getMessage());
            return Optional.empty();
        }
        quota.ifPresent(q -> {
            last.put(tenant, q);
            registered.computeIfAbsent(tenant, this::register);
        });
        return quota;
    }

    private Boolean register(UUID tenant) {
        String id = tenant.toString();
        Gauge.builder("factus.quota.documents.remaining", last, cache -> remaining(cache.get(tenant)))
                .description("Documents left in the tenant's Factus subscription, as last read (NaN: unlimited)")
                .tag("tenant", id).register(meters);
        Gauge.builder("factus.quota.expires.days", last, cache -> daysLeft(cache.get(tenant)))
                .description("Days until the tenant's Factus subscription expires, as last read")
                .tag("tenant", id).register(meters);
        return Boolean.TRUE;
    }

    private static double remaining(DocumentQuota quota) {
        return quota == null || quota.documentsRemaining() == null ? Double.NaN : quota.documentsRemaining();
    }

    private double daysLeft(DocumentQuota quota) {
        LocalDate expires = quota == null ? null : quota.expiresOn();
        return expires == null ? Double.NaN : ChronoUnit.DAYS.between(LocalDate.now(clock), expires);
    }
}
