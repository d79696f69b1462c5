package co.factusapi.adapter.out.persistence;

import static co.factusapi.testsupport.Ledgers.INVOICE_TOTALS;
import static co.factusapi.testsupport.Ledgers.pendingInvoice;
import static co.factusapi.testsupport.Ledgers.validated;
import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.application.port.out.RadianWatchlist.Watched;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.document.PaymentForm;
import co.factusapi.domain.invoice.InvoiceEvent;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.domain.vault.SealedSecret;
import co.factusapi.domain.webhook.WebhookEndpoint;
import co.factusapi.testsupport.Invoices;
import co.factusapi.testsupport.MigratedDatabase;
import co.factusapi.testsupport.TestTenants;
import java.time.Duration;
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
 * The RADIAN watch on H2 and PostgreSQL: a credit-sale invoice is watched from the transaction that issues it, a cash
 * sale never; each event is announced once, whatever the number of looks that see it.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(MigratedDatabase.Kind.class)
class RadianWatchlistTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final InvoiceEvent ACUSE = new InvoiceEvent("AR01", "c".repeat(96), "030",
            "Acuse de recibo de la factura electrónica de venta", "2026-12-02", "09:00:00");
    private static final InvoiceEvent RECIBO = new InvoiceEvent("RB01", "d".repeat(96), "032",
            "Recibo del bien o prestación del servicio", "2026-12-03", "10:30:00");

    @Parameter
    private MigratedDatabase.Kind database;
    private JdbcClient jdbc;
    private JdbcDocumentLedger ledger;
    private JdbcRadianWatchlist watchlist;
    private UUID tenant;

    @BeforeEach
    void setUp() {
        DataSource dataSource = database.create();
        jdbc = JdbcClient.create(dataSource);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        JdbcWebhookOutbox outbox = new JdbcWebhookOutbox(jdbc, transactions);
        ledger = new JdbcDocumentLedger(jdbc, transactions,
                new JdbcInstanceRegistry(jdbc, Duration.ofSeconds(5), Duration.ofSeconds(1)), outbox);
        watchlist = new JdbcRadianWatchlist(jdbc, transactions, outbox);
        tenant = TestTenants.create(jdbc);
        WebhookEndpoint endpoint = WebhookEndpoint.create(tenant, "https://hooks.tienda.co/radian", null,
                List.of("document.radian_event"), T0);
        new JdbcWebhookEndpoints(jdbc).add(endpoint, new SealedSecret("k1",
                Base64.getEncoder().encodeToString(new byte[40])));
    }

    @Test
    void onlyCreditSalesAreWatchedFromTheirIssue() {
        UUID credit = issue("REF-CREDIT", "SETP990000001", PaymentForm.CREDIT);
        issue("REF-CASH", "SETP990000002", PaymentForm.CASH);

        List<Watched> due = watchlist.due(tenant, T0.plusSeconds(60), 10);

        assertThat(due).extracting(Watched::documentId).containsExactly(credit);
        assertThat(due.getFirst().number()).isEqualTo("SETP990000001");
        assertThat(due.getFirst().looks()).isZero();
        assertThat(watchlist.due(TestTenants.create(jdbc), T0.plusSeconds(60), 10)).as("another tenant's").isEmpty();
    }

    @Test
    void eachEventIsAnnouncedOnceWithTheInvoiceAndTheEvent() {
        UUID credit = issue("REF-CREDIT", "SETP990000003", PaymentForm.CREDIT);
        Watched watched = watchlist.due(tenant, T0.plusSeconds(60), 10).getFirst();

        assertThat(watchlist.looked(watched, List.of(ACUSE), Optional.of(T0.plusSeconds(3600)), T0.plusSeconds(60)))
                .isEqualTo(1);
        Watched again = watchlist.due(tenant, T0.plusSeconds(3600), 10).getFirst();
        assertThat(again.looks()).isEqualTo(1);
        assertThat(watchlist.due(tenant, T0.plusSeconds(3599), 10)).as("not due before its next look").isEmpty();
        assertThat(watchlist.looked(again, List.of(ACUSE, RECIBO), Optional.of(T0.plusSeconds(7200)),
                T0.plusSeconds(3600))).as("only the new one").isEqualTo(1);

        List<String> payloads = jdbc.sql("SELECT payload FROM webhook_events WHERE document_id = :id "
                + "AND type = 'document.radian_event' ORDER BY seq").param("id", credit).query(String.class).list();
        assertThat(payloads).hasSize(2);
        assertThat(payloads.getFirst()).contains("\"number\":\"SETP990000003\"", "\"kind\":\"invoice\"",
                "\"radian_event\":{\"code\":\"030\"", "\"cude\":\"" + "c".repeat(96), "\"effective_date\":\"2026-12-02\"");
        assertThat(payloads.get(1)).contains("\"code\":\"032\"", "Recibo del bien");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id "
                + "WHERE e.type = 'document.radian_event'").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theWatchEndsWhenThereIsNoNextLook() {
        issue("REF-CREDIT", "SETP990000004", PaymentForm.CREDIT);
        Watched watched = watchlist.due(tenant, T0.plusSeconds(60), 10).getFirst();

        assertThat(watchlist.looked(watched, List.of(), Optional.empty(), T0.plus(Duration.ofDays(31)))).isZero();

        assertThat(watchlist.due(tenant, T0.plus(Duration.ofDays(400)), 10)).isEmpty();
    }

    private UUID issue(String reference, String number, PaymentForm form) {
        InvoiceRequest base = Invoices.request(reference);
        InvoiceRequest request = new InvoiceRequest(base.numberingRangePrefix(), base.documentType(), reference,
                base.observation(), form, base.paymentMethod(),
                form == PaymentForm.CREDIT ? LocalDate.of(2027, 1, 31) : null, base.operationType(),
                base.sendEmail(), base.orderReference(), base.relatedDocuments(), base.billingPeriod(),
                base.establishment(), base.allowanceCharges(), base.customer(), base.items());
        LedgerEntry<InvoiceRequest> pending = pendingInvoice(tenant, request, T0);
        ledger.insert(pending);
        ledger.update(pending.settled(validated(number, INVOICE_TOTALS), T0.plusSeconds(1)));
        return pending.id();
    }
}
