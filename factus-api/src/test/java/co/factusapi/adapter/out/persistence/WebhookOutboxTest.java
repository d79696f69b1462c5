package co.factusapi.adapter.out.persistence;

import static co.factusapi.testsupport.Ledgers.INVOICE_TOTALS;
import static co.factusapi.testsupport.Ledgers.pendingInvoice;
import static co.factusapi.testsupport.Ledgers.validated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.application.port.out.WebhookOutbox.Delivery;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.domain.vault.SealedSecret;
import co.factusapi.domain.webhook.DeliveryAttempt;
import co.factusapi.domain.webhook.WebhookEndpoint;
import co.factusapi.testsupport.MigratedDatabase;
import co.factusapi.testsupport.TestTenants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
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
 * The transactional outbox on H2 and PostgreSQL: an event row exists exactly when the ledger change that causes it
 * committed; claims lease deliveries to one owner and keep each document's order per endpoint.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(MigratedDatabase.Kind.class)
class WebhookOutboxTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Parameter
    private MigratedDatabase.Kind database;
    JdbcClient jdbc;
    TransactionTemplate transactions;
    JdbcWebhookOutbox outbox;
    JdbcDocumentLedger ledger;
    JdbcInstanceRegistry instances;
    UUID tenant;
    UUID endpoint;

    @BeforeEach
    void setUp() {
        DataSource dataSource = database.create();
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        outbox = new JdbcWebhookOutbox(jdbc, transactions);
        instances = new JdbcInstanceRegistry(jdbc, Duration.ofSeconds(5), Duration.ofSeconds(1));
        ledger = new JdbcDocumentLedger(jdbc, transactions, instances, outbox);
        tenant = TestTenants.create(jdbc);
        endpoint = endpoint(List.of("document.issued", "document.unknown", "document.settled"));
    }

    @Test
    void aSettlementWritesItsEventAndADeliveryInItsTransaction() {
        LedgerEntry<InvoiceRequest> pending = pendingInvoice(tenant, "REF-1", T0);
        ledger.insert(pending);
        assertThat(events(pending.id())).as("PENDING emits nothing").isEmpty();

        ledger.update(pending.settled(validated("SETP990000001", INVOICE_TOTALS), T0.plusSeconds(1)));

        assertThat(events(pending.id())).containsExactly("document.issued");
        String payload = jdbc.sql("SELECT payload FROM webhook_events WHERE document_id = :id")
                .param("id", pending.id()).query(String.class).single();
        assertThat(payload).contains("\"type\":\"document.issued\"", "\"kind\":\"invoice\"",
                "\"number\":\"SETP990000001\"", "\"status\":\"ISSUED\"", "\"cufe\":\"" + "f".repeat(96),
                "\"reference_code\":\"REF-1\"", "\"total\":23800.00");
        assertThat(deliveries()).isEqualTo(1);
    }

    @Test
    void aChangeWhoseTransactionFailsLeavesNeitherTheChangeNorItsEvent() {
        JdbcWebhookOutbox failing = new JdbcWebhookOutbox(jdbc, transactions) {
            @Override
            void documentChanged(DocumentStatus before, BooleanSupplier unknownAnnounced, LedgerEntry<?> after) {
                super.documentChanged(before, unknownAnnounced, after);
                throw new IllegalStateException("the database went away mid-transaction");
            }
        };
        JdbcDocumentLedger failingLedger = new JdbcDocumentLedger(jdbc, transactions, instances, failing);
        LedgerEntry<InvoiceRequest> pending = pendingInvoice(tenant, "REF-2", T0);
        failingLedger.insert(pending);

        assertThatThrownBy(() -> failingLedger.update(pending.settled(validated("SETP990000002", INVOICE_TOTALS),
                T0.plusSeconds(1)))).isInstanceOf(IllegalStateException.class);

        assertThat(ledger.findByReference(tenant, pending.kind(), "REF-2").orElseThrow().status())
                .isEqualTo(DocumentStatus.PENDING);
        assertThat(events(pending.id())).isEmpty();
        assertThat(deliveries()).isZero();
    }

    @Test
    void cachedSubscriptionsSeeThisInstancesChangesAtOnceAndNeverQueueForAnEndpointDisabledElsewhere() {
        WebhookSubscriptions subscriptions = new WebhookSubscriptions(jdbc, Duration.ofMinutes(1),
                Clock.fixed(T0, ZoneOffset.UTC));
        JdbcDocumentLedger cachedLedger = new JdbcDocumentLedger(jdbc, transactions, instances,
                new JdbcWebhookOutbox(jdbc, transactions, subscriptions));
        issue(cachedLedger, "REF-C1", "SETP990000101");
        assertThat(deliveries()).isEqualTo(1);

        jdbc.sql("UPDATE webhook_endpoints SET enabled = FALSE WHERE id = :id").param("id", endpoint).update();
        UUID settled = issue(cachedLedger, "REF-C2", "SETP990000102");
        assertThat(events(settled)).as("the change and its event commit").containsExactly("document.issued");
        assertThat(deliveries()).as("nothing queued for an endpoint disabled by another instance").isEqualTo(1);

        WebhookEndpoint added = WebhookEndpoint.create(tenant, "https://hooks.tienda.co/other", null,
                List.of("document.issued"), T0);
        new JdbcWebhookEndpoints(jdbc, subscriptions).add(added, new SealedSecret("k1",
                Base64.getEncoder().encodeToString(new byte[40])));
        issue(cachedLedger, "REF-C3", "SETP990000103");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM webhook_deliveries WHERE endpoint_id = :id").param("id", added.id())
                .query(Long.class).single()).as("an endpoint added here gets the next event").isEqualTo(1);
    }

    private UUID issue(JdbcDocumentLedger on, String reference, String number) {
        LedgerEntry<InvoiceRequest> pending = pendingInvoice(tenant, reference, T0);
        on.insert(pending);
        on.update(pending.settled(validated(number, INVOICE_TOTALS), T0.plusSeconds(1)));
        return pending.id();
    }

    @Test
    void anUnknownSettledByTheLateAnswerOfItsAttemptEmitsSettled() {
        LedgerEntry<InvoiceRequest> pending = pendingInvoice(tenant, "REF-4", T0);
        ledger.insert(pending);
        ledger.update(pending.failed(DocumentStatus.UNKNOWN, List.of(), T0.plusSeconds(1)));

        ledger.update(pending.settled(validated("SETP990000004", INVOICE_TOTALS), T0.plusSeconds(2)));
        ledger.update(pending.settled(validated("SETP990000004", INVOICE_TOTALS), T0.plusSeconds(3)));

        assertThat(events(pending.id())).containsExactly("document.unknown", "document.issued", "document.settled");
        assertThat(jdbc.sql("SELECT unknown_announced FROM documents WHERE id = :id").param("id", pending.id())
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void anUnknownSettledByATakeOverEmitsSettledExactlyOnce() {
        LedgerEntry<InvoiceRequest> pending = pendingInvoice(tenant, "REF-3", T0);
        ledger.insert(pending);
        LedgerEntry<InvoiceRequest> unknown = pending.failed(DocumentStatus.UNKNOWN,
                List.of(new FieldViolation("upstream", "timeout")), T0.plusSeconds(1));
        ledger.update(unknown);
        LedgerEntry<InvoiceRequest> resent = unknown.resent(T0.plusSeconds(2));
        assertThat(ledger.takeOver(resent, unknown)).isTrue();
        LedgerEntry<InvoiceRequest> unknownAgain = resent.failed(DocumentStatus.UNKNOWN, List.of(), T0.plusSeconds(3));
        ledger.update(unknownAgain);
        LedgerEntry<InvoiceRequest> adopted = unknownAgain.settled(validated("SETP990000003", INVOICE_TOTALS),
                T0.plusSeconds(4));
        assertThat(ledger.takeOver(adopted, unknownAgain)).isTrue();
        assertThat(ledger.takeOver(adopted, unknownAgain)).as("a second settler loses the compare-and-set").isFalse();

        assertThat(events(pending.id())).containsExactly("document.unknown", "document.issued", "document.settled");
    }

    @Test
    void claimsLeaseDeliveriesToOneOwnerAndKeepEachDocumentsOrder() {
        LedgerEntry<InvoiceRequest> pending = pendingInvoice(tenant, "REF-4", T0);
        ledger.insert(pending);
        LedgerEntry<InvoiceRequest> unknown = pending.failed(DocumentStatus.UNKNOWN, List.of(), T0.plusSeconds(1));
        ledger.update(unknown);
        ledger.takeOver(unknown.settled(validated("SETP990000004", INVOICE_TOTALS), T0.plusSeconds(2)), unknown);
        Instant now = T0.plusSeconds(10);

        List<Delivery> first = outbox.claimDue("instance-a", now, now.plusSeconds(30), 10);
        assertThat(first).extracting(delivery -> delivery.event().type().code()).containsExactly("document.unknown");
        assertThat(outbox.claimDue("instance-b", now, now.plusSeconds(30), 10)).as("leased, and the rest waits")
                .isEmpty();

        outbox.recordAttempt(first.getFirst(), "instance-a", new DeliveryAttempt(now, 200, 12, "ok", null), Optional.empty());
        List<Delivery> second = outbox.claimDue("instance-b", now, now.plusSeconds(30), 10);
        assertThat(second).extracting(delivery -> delivery.event().type().code()).containsExactly("document.issued");
        outbox.recordAttempt(second.getFirst(), "instance-b", new DeliveryAttempt(now, 503, 8, "down", null),
                Optional.of(now.plusSeconds(5)));
        assertThat(outbox.claimDue("instance-a", now.plusSeconds(1), now.plusSeconds(30), 10))
                .as("the issued event waits for its retry, and the settled one behind it").isEmpty();
        List<Delivery> retried = outbox.claimDue("instance-a", now.plusSeconds(5), now.plusSeconds(30), 10);
        assertThat(retried).extracting(Delivery::id).containsExactly(second.getFirst().id());
        assertThat(retried.getFirst().attempts()).isEqualTo(1);
        assertThat(retried.getFirst().event().id()).isEqualTo(second.getFirst().event().id());
    }

    @Test
    void aLeaseThatRunsOutIsTakenUpByAnotherOwner() {
        LedgerEntry<InvoiceRequest> pending = pendingInvoice(tenant, "REF-5", T0);
        ledger.insert(pending);
        ledger.update(pending.settled(validated("SETP990000005", INVOICE_TOTALS), T0.plusSeconds(1)));
        Instant now = T0.plusSeconds(10);
        Delivery claimed = outbox.claimDue("instance-a", now, now.plusSeconds(30), 10).getFirst();

        Delivery takenUp = outbox.claimDue("instance-b", now.plusSeconds(31), now.plusSeconds(60), 10).getFirst();
        assertThat(takenUp.event().id()).isEqualTo(claimed.event().id());
        outbox.recordAttempt(claimed, "instance-a", new DeliveryAttempt(now, 200, 5, null, null), Optional.empty());
        assertThat(jdbc.sql("SELECT status FROM webhook_deliveries WHERE id = :id").param("id", claimed.id())
                .query(String.class).single()).as("the stale owner's outcome is ignored").isEqualTo("PENDING");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM webhook_attempts WHERE delivery_id = :id")
                .param("id", claimed.id()).query(Long.class).single()).as("but its attempt is logged").isEqualTo(1);
    }

    /** Four instances on one database, claiming in parallel: each delivery goes to exactly one of them. */
    @Test
    void instancesClaimingAtTheSameTimeNeverGetTheSameDelivery() throws Exception {
        List<UUID> documents = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            LedgerEntry<InvoiceRequest> pending = pendingInvoice(tenant, "REF-C" + i, T0);
            ledger.insert(pending);
            ledger.update(pending.settled(validated("SETP99" + (1000 + i), INVOICE_TOTALS), T0.plusSeconds(1)));
            documents.add(pending.id());
        }
        Instant now = T0.plusSeconds(10);
        Map<UUID, String> claimedBy = new ConcurrentHashMap<>();
        List<String> doubles = new CopyOnWriteArrayList<>();
        try (var instances = Executors.newFixedThreadPool(4)) {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String owner = "instance-" + i;
                runs.add(instances.submit(() -> {
                    List<Delivery> claimed;
                    while (!(claimed = outbox.claimDue(owner, now, now.plusSeconds(60), 5)).isEmpty()) {
                        for (Delivery delivery : claimed) {
                            String previous = claimedBy.putIfAbsent(delivery.id(), owner);
                            if (previous != null) {
                                doubles.add(delivery.id() + " by " + previous + " and " + owner);
                            }
                            outbox.recordAttempt(delivery, owner, new DeliveryAttempt(now, 200, 1, "ok", null),
                                    Optional.empty());
                        }
                    }
                    return null;
                }));
            }
            for (var run : runs) {
                run.get();
            }
        }
        assertThat(doubles).isEmpty();
        List<UUID> ours = jdbc.sql("SELECT id FROM webhook_deliveries WHERE endpoint_id = :id")
                .param("id", endpoint).query(UUID.class).list();
        assertThat(ours).hasSize(documents.size());
        assertThat(claimedBy.keySet()).containsAll(ours);
    }

    @Test
    void thePurgeDeletesOldDeliveredEventsButKeepsWhatIsUndeliveredUnsettledOrRecent() {
        UUID delivered = issued("REF-P1", "SETP990000101", T0);
        UUID undelivered = issued("REF-P2", "SETP990000102", T0);
        UUID recent = issued("REF-P3", "SETP990000103", T0.plus(Duration.ofDays(20)));
        LedgerEntry<InvoiceRequest> pending = pendingInvoice(tenant, "REF-P4", T0);
        ledger.insert(pending);
        ledger.update(pending.failed(DocumentStatus.UNKNOWN, List.of(), T0.plusSeconds(1)));
        jdbc.sql("UPDATE webhook_deliveries SET status = 'DELIVERED' WHERE event_id IN (SELECT id FROM webhook_events "
                + "WHERE document_id IN (:ids))").param("ids", List.of(delivered, recent, pending.id())).update();
        long attemptsBefore = jdbc.sql("SELECT COUNT(*) FROM webhook_deliveries").query(Long.class).single();

        int purged = outbox.purge(T0.plus(Duration.ofDays(10)), 1_000);

        assertThat(purged).isEqualTo(1);
        assertThat(events(delivered)).as("old and delivered: gone").isEmpty();
        assertThat(events(undelivered)).as("still to deliver").containsExactly("document.issued");
        assertThat(events(recent)).as("younger than the retention").containsExactly("document.issued");
        assertThat(events(pending.id())).as("its document is still UNKNOWN").containsExactly("document.unknown");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM webhook_deliveries").query(Long.class).single())
                .as("the purged event's delivery went with it").isEqualTo(attemptsBefore - 1);
    }

    @Test
    void thePurgeWorksInBatches() {
        for (int i = 0; i < 5; i++) {
            issued("REF-B" + i, "SETP99000020" + i, T0);
        }
        jdbc.sql("UPDATE webhook_deliveries SET status = 'DELIVERED'").update();

        assertThat(outbox.purge(T0.plus(Duration.ofDays(1)), 2)).isEqualTo(2);
        assertThat(outbox.purge(T0.plus(Duration.ofDays(1)), 2)).isEqualTo(2);
        assertThat(outbox.purge(T0.plus(Duration.ofDays(1)), 2)).isEqualTo(1);
        assertThat(outbox.purge(T0.plus(Duration.ofDays(1)), 2)).isZero();
    }

    private UUID issued(String reference, String number, Instant at) {
        LedgerEntry<InvoiceRequest> pending = pendingInvoice(tenant, reference, at);
        ledger.insert(pending);
        ledger.update(pending.settled(validated(number, INVOICE_TOTALS), at.plusSeconds(1)));
        return pending.id();
    }

    private UUID endpoint(List<String> types) {
        WebhookEndpoint endpoint = WebhookEndpoint.create(tenant, "https://hooks.tienda.co/factus", null, types, T0);
        new JdbcWebhookEndpoints(jdbc).add(endpoint, new SealedSecret("k1",
                Base64.getEncoder().encodeToString(new byte[40])));
        return endpoint.id();
    }

    private List<String> events(UUID document) {
        return jdbc.sql("SELECT type FROM webhook_events WHERE document_id = :id ORDER BY seq")
                .param("id", document).query(String.class).list();
    }

    private long deliveries() {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_deliveries WHERE endpoint_id = :id").param("id", endpoint)
                .query(Long.class).single();
    }
}
