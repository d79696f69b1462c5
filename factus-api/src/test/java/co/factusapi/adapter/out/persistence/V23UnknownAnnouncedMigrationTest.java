package co.factusapi.adapter.out.persistence;

import static co.factusapi.testsupport.Ledgers.pendingInvoice;
import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.webhook.WebhookEvent;
import co.factusapi.domain.webhook.WebhookEventType;
import co.factusapi.testsupport.MigratedDatabase;
import co.factusapi.testsupport.TestTenants;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** V23 on H2 and PostgreSQL: a document whose document.unknown is not yet settled is marked from the events. */
@ParameterizedClass(name = "{0}")
@EnumSource(MigratedDatabase.Kind.class)
class V23UnknownAnnouncedMigrationTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Parameter
    private MigratedDatabase.Kind database;

    @Test
    void onlyAnUnknownNotYetFollowedByItsSettledIsMarkedAnnounced() {
        DataSource dataSource = database.createAt("20");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        JdbcWebhookOutbox outbox = new JdbcWebhookOutbox(jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        UUID tenant = TestTenants.create(jdbc);
        UUID unsettled = document(jdbc, outbox, tenant, "REF-1", List.of(WebhookEventType.DOCUMENT_UNKNOWN));
        UUID settled = document(jdbc, outbox, tenant, "REF-2", List.of(WebhookEventType.DOCUMENT_UNKNOWN,
                WebhookEventType.DOCUMENT_ISSUED, WebhookEventType.DOCUMENT_SETTLED));
        UUID plain = document(jdbc, outbox, tenant, "REF-3", List.of(WebhookEventType.DOCUMENT_ISSUED));

        MigratedDatabase.migrate(dataSource);

        assertThat(List.of(announced(jdbc, unsettled), announced(jdbc, settled), announced(jdbc, plain)))
                .containsExactly(true, false, false);
    }

    private static UUID document(JdbcClient jdbc, JdbcWebhookOutbox outbox, UUID tenant, String reference,
                                 List<WebhookEventType> events) {
        LedgerEntry<?> entry = pendingInvoice(tenant, reference, T0);
        jdbc.sql(DocumentRow.INSERT).params(DocumentRow.params(entry)).param("holder", "old-instance").update();
        for (WebhookEventType type : events) {
            UUID id = UUID.randomUUID();
            outbox.append(new WebhookEvent(id, tenant, type, entry.id(), T0, "{}"), List.of());
        }
        return entry.id();
    }

    private static boolean announced(JdbcClient jdbc, UUID document) {
        return jdbc.sql("SELECT unknown_announced FROM documents WHERE id = :id").param("id", document)
                .query(Boolean.class).single();
    }
}
