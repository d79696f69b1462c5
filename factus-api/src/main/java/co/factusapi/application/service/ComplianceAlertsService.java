package co.factusapi.application.service;

import co.factusapi.application.port.in.PollComplianceAlertsUseCase;
import co.factusapi.application.port.out.ComplianceAlertLog;
import co.factusapi.application.port.out.NumberingRangeGateway;
import co.factusapi.application.port.out.ProviderQuota;
import co.factusapi.application.port.out.TenantRepository;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.numbering.RangeFilter;
import co.factusapi.domain.tenant.Tenant;
import co.factusapi.domain.webhook.AlertCondition;
import co.factusapi.domain.webhook.ComplianceAlertRules;
import co.factusapi.domain.webhook.RaisedAlert;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The compliance alert poller (docs/webhooks.md "Alerts"). Per tenant, acting for it (so each call goes to that
 * tenant's own Factus account, through its pacer and allowance), it reads the numbering ranges and the document quota
 * outside any transaction, judges them by the {@link ComplianceAlertRules}, then hands the conditions to the
 * {@link ComplianceAlertLog}, which raises each alert once per crossing in a short transaction of its own.
 */
public final class ComplianceAlertsService implements PollComplianceAlertsUseCase {
    private static final System.Logger LOG = System.getLogger(ComplianceAlertsService.class.getName());

    private final TenantRepository tenants;
    private final NumberingRangeGateway ranges;
    private final ProviderQuota quota;
    private final ComplianceAlertLog alerts;
    private final ComplianceAlertRules rules;
    private final Clock clock;

    public ComplianceAlertsService(TenantRepository tenants, NumberingRangeGateway ranges, ProviderQuota quota,
                                   ComplianceAlertLog alerts, ComplianceAlertRules rules, Clock clock) {
        this.tenants = tenants;
        this.ranges = ranges;
        this.quota = quota;
        this.alerts = alerts;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public int poll() {
        int raised = 0;
        for (Tenant tenant : tenants.findAll()) {
            raised += ActingTenant.call(tenant.id(), () -> poll(tenant.id()));
        }
        return raised;
    }

    @Override
    public List<RaisedAlert> raised() {
        return alerts.raised(ActingTenant.id());
    }

    private int poll(UUID tenantId) {
        List<AlertCondition> conditions;
        try {
            LocalDate today = LocalDate.now(clock);
            conditions = new ArrayList<>(rules.ranges(ranges.list(new RangeFilter(null, null, null, null, null)),
                    today));
            rules.quota(quota.documentQuota(), today).ifPresent(conditions::add);
        } catch (RuntimeException e) {
            // The provider is down, slow or the tenant's allowance is spent: the next run reads it again.
            LOG.log(System.Logger.Level.WARNING, "Compliance alerts: could not read a tenant's ranges or quota ("
                    + e.getClass().getSimpleName() + "); the next run tries again");
            return 0;
        }
        try {
            return alerts.record(tenantId, conditions, clock.instant());
        } catch (RuntimeException e) {
            // The database is away, or another instance recorded the same alert first: the next run judges again.
            LOG.log(System.Logger.Level.WARNING, "Compliance alerts: could not record a tenant's alerts ("
                    + e.getClass().getSimpleName() + "); the next run tries again");
            return 0;
        }
    }
}
