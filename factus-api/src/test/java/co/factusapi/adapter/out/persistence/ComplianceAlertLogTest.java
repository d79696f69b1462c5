package co.factusapi.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.domain.numbering.NumberingRange;
import co.factusapi.domain.numbering.RangeDocument;
import co.factusapi.domain.tenant.DocumentQuota;
import co.factusapi.domain.vault.SealedSecret;
import co.factusapi.domain.webhook.AlertCondition;
import co.factusapi.domain.webhook.ComplianceAlertRules;
import co.factusapi.domain.webhook.RaisedAlert;
import co.factusapi.domain.webhook.WebhookEndpoint;
import co.factusapi.domain.webhook.WebhookEvent;
import co.factusapi.domain.webhook.WebhookEventType;
import co.factusapi.testsupport.MigratedDatabase;
import co.factusapi.testsupport.TestTenants;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The compliance alert state on H2 and PostgreSQL: one alert per crossing, a cleared condition alerts again when it
 * crosses again, and the state never changes without its event.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(MigratedDatabase.Kind.class)
class ComplianceAlertLogTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final ComplianceAlertRules rules = new ComplianceAlertRules(100, 30, 50);

    @Parameter
    private MigratedDatabase.Kind database;
    private JdbcClient jdbc;
    private TransactionTemplate transactions;
    private JdbcWebhookOutbox outbox;
    private JdbcComplianceAlertLog alerts;
    private UUID tenant;

    @BeforeEach
    void setUp() {
        DataSource dataSource = database.create();
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        outbox = new JdbcWebhookOutbox(jdbc, transactions);
        alerts = new JdbcComplianceAlertLog(jdbc, transactions, outbox);
        tenant = TestTenants.create(jdbc);
        WebhookEndpoint endpoint = WebhookEndpoint.create(tenant, "https://hooks.tienda.co/factus", null,
                List.of("numbering_range.low", "quota.low"), T0);
        new JdbcWebhookEndpoints(jdbc).add(endpoint, new SealedSecret("k1",
                Base64.getEncoder().encodeToString(new byte[40])));
    }

    @Test
    void aConditionThatStaysTrueAlertsOnceAndAgainOnlyAfterItCleared() {
        assertThat(alerts.record(tenant, ranges(950), T0)).isEqualTo(1);
        assertThat(alerts.record(tenant, ranges(960), T0.plusSeconds(60))).isZero();
        assertThat(alerts.record(tenant, ranges(999), T0.plusSeconds(120))).isZero();
        assertThat(alerts.record(tenant, ranges(100), T0.plusSeconds(180))).as("cleared").isZero();
        assertThat(alerts.raised(tenant)).isEmpty();
        assertThat(alerts.record(tenant, ranges(990), T0.plusSeconds(240))).as("crossed again").isEqualTo(1);
        assertThat(alerts.raised(tenant)).containsExactly(new RaisedAlert(WebhookEventType.NUMBERING_RANGE_LOW,
                "range:7", 100, T0.plusSeconds(240)));
        assertThat(alerts.raised(TestTenants.create(jdbc))).isEmpty();

        assertThat(count("webhook_events WHERE type = 'numbering_range.low'")).isEqualTo(2);
        assertThat(count("webhook_deliveries")).isEqualTo(2);
        String payload = jdbc.sql("SELECT payload FROM webhook_events ORDER BY seq LIMIT 1").query(String.class)
                .single();
        assertThat(payload).contains("\"type\":\"numbering_range.low\"", "\"id\":7", "\"prefix\":\"SETP\"",
                "\"from\":1", "\"to\":1000", "\"current\":950", "\"remaining\":51", "\"end_date\":\"2027-12-01\"");
    }

    @Test
    void theQuotaAlertsOnceWithItsFigures() {
        List<AlertCondition> low = List.of(rules.quota(Optional.of(new DocumentQuota(4960L, 40L, false,
                LocalDate.of(2027, 3, 1))), TODAY).orElseThrow());
        assertThat(alerts.record(tenant, low, T0)).isEqualTo(1);
        assertThat(alerts.record(tenant, low, T0.plusSeconds(60))).isZero();
        assertThat(jdbc.sql("SELECT payload FROM webhook_events").query(String.class).single())
                .contains("\"type\":\"quota.low\"", "\"used\":4960", "\"remaining\":40", "\"expires_on\":\"2027-03-01\"");
    }

    @Test
    void anEventThatCannotBeWrittenLeavesTheAlertUnraised() {
        JdbcWebhookOutbox failing = new JdbcWebhookOutbox(jdbc, transactions) {
            @Override
            public void append(WebhookEvent event, List<UUID> endpointIds) {
                super.append(event, endpointIds);
                throw new IllegalStateException("the database went away mid-transaction");
            }
        };
        assertThatThrownBy(() -> new JdbcComplianceAlertLog(jdbc, transactions, failing).record(tenant, ranges(950), T0))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count("webhook_alert_states")).isZero();
        assertThat(count("webhook_events")).isZero();

        assertThat(alerts.record(tenant, ranges(950), T0.plusSeconds(60))).as("raised by the next poll").isEqualTo(1);
    }

    private List<AlertCondition> ranges(long current) {
        return rules.ranges(List.of(new NumberingRange(7, RangeDocument.values()[0], "SETP", 1L, 1000L, current,
                "18760000001", TODAY.minusYears(1), TODAY.plusYears(1), null, true, false)), TODAY);
    }

    private long count(String from) {
        return jdbc.sql("SELECT COUNT(*) FROM " + from).query(Long.class).single();
    }
}
