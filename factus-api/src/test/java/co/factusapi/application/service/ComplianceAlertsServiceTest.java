package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.application.port.out.ComplianceAlertLog;
import co.factusapi.application.port.out.NumberingRangeGateway;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.numbering.NumberingRange;
import co.factusapi.domain.numbering.RangeDocument;
import co.factusapi.domain.numbering.RangeFilter;
import co.factusapi.domain.tenant.DocumentQuota;
import co.factusapi.domain.webhook.AlertCondition;
import co.factusapi.domain.webhook.ComplianceAlertRules;
import co.factusapi.domain.webhook.RaisedAlert;
import co.factusapi.testsupport.InMemoryTenantRepository;
import co.factusapi.testsupport.MutableClock;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The alert poller with fakes: each tenant is read while acting for it, its conditions are judged on the injected
 * clock's date, and a tenant whose provider fails is skipped without touching its alerts while the others go on.
 */
class ComplianceAlertsServiceTest {
    private static final UUID HEALTHY = UUID.randomUUID();
    private static final UUID BROKEN = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final Map<UUID, List<AlertCondition>> recorded = new ConcurrentHashMap<>();

    @Test
    void eachTenantIsReadActingForItAndAFailingOneIsSkipped() {
        ComplianceAlertLog log = new ComplianceAlertLog() {
            @Override
            public int record(UUID tenant, List<AlertCondition> conditions, Instant at) {
                assertThat(at).isEqualTo(NOW);
                recorded.put(tenant, conditions);
                return (int) conditions.stream().filter(AlertCondition::holds).count();
            }

            @Override
            public List<RaisedAlert> raised(UUID tenant) {
                throw new UnsupportedOperationException("the poller only records");
            }
        };
        ComplianceAlertsService service = new ComplianceAlertsService(
                new InMemoryTenantRepository().with(BROKEN).with(HEALTHY), ranges(), this::quota, log,
                new ComplianceAlertRules(100, 30, 50), new MutableClock(NOW));

        int raised = service.poll();

        assertThat(recorded).containsOnlyKeys(HEALTHY);
        assertThat(recorded.get(HEALTHY)).extracting(AlertCondition::subject)
                .containsExactly("range:8", "range:8", AlertCondition.QUOTA_SUBJECT);
        assertThat(raised).as("the range is low, not expiring; the quota is low").isEqualTo(2);
    }

    private Optional<DocumentQuota> quota() {
        return Optional.of(new DocumentQuota(990L, 10L, false, null));
    }

    /** The acting tenant's ranges: one low range for the healthy tenant, the provider down for the broken one. */
    private static NumberingRangeGateway ranges() {
        return (NumberingRangeGateway) Proxy.newProxyInstance(NumberingRangeGateway.class.getClassLoader(),
                new Class<?>[] {NumberingRangeGateway.class}, (proxy, method, args) -> {
                    assertThat(method.getName()).isEqualTo("list");
                    assertThat(args[0]).isEqualTo(new RangeFilter(null, null, null, null, null));
                    if (ActingTenant.id().equals(BROKEN)) {
                        throw new IllegalStateException("the provider is down");
                    }
                    return List.of(new NumberingRange(8, RangeDocument.values()[0], "SETP", 1L, 1000L, 990L,
                            "18760000001", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null, true, false));
                });
    }
}
