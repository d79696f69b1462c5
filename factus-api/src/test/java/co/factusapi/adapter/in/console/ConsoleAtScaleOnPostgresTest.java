package co.factusapi.adapter.in.console;

import static co.factusapi.testsupport.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.ConsoleClient;
import co.factusapi.testsupport.DocumentFixture;
import co.factusapi.testsupport.PostgresEndToEndTest;
import co.factusapi.testsupport.TestTenants;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16's figure: every console page renders in under 300 ms with 100,000 documents in the ledger. The ledger is
 * seeded in one SQL statement (a year of documents, five an hour, spread over kinds, states and 2,000 customers, with
 * request payloads copied from documents issued through the API) beside a few of another tenant; then each page is
 * read over HTTP as a signed-in admin, and its median time over several reads after a warm-up is printed and checked.
 * Time is measured by the client on loopback, up to the last byte: an upper bound of the server's time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleAtScaleOnPostgresTest extends PostgresEndToEndTest {
    private static final int DOCUMENTS = 100_000;
    private static final int WARM_UP = 3;
    private static final int TIMED = 7;
    private static final Duration BUDGET = Duration.ofMillis(300);

    @Autowired
    private JdbcClient jdbc;

    @Test
    void everyPageRendersInUnder300MillisecondsWith100000Documents() {
        UUID tenant = issueOneOfEachKindThroughTheApi();
        seed(tenant, DOCUMENTS, "SEED");
        seed(TestTenants.create(jdbc), 50, "OTHER");
        // What autovacuum does after a bulk load: statistics for the planner, a visibility map for index-only scans.
        jdbc.sql("VACUUM ANALYZE documents").update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM documents WHERE tenant_id = :tenant").param("tenant", tenant)
                .query(Long.class).single()).isGreaterThanOrEqualTo(DOCUMENTS);

        ConsoleClient console = new ConsoleClient(port);
        console.signIn("admin", ApiClient.ADMIN_PASSWORD);
        String customer = "900000123";
        long customerInvoices = jdbc.sql("SELECT COUNT(*) FROM documents WHERE tenant_id = :tenant AND kind = 'INVOICE'"
                + " AND party_identification = :customer").param("tenant", tenant).param("customer", customer)
                .query(Long.class).single();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("Hoy", "/console");
        pages.put("Documents, first page", "/console/documents");
        pages.put("Documents, REJECTED", "/console/documents?kind=invoice&status=REJECTED");
        pages.put("Documents, by number", "/console/documents?kind=invoice&number=SEED50100");
        pages.put("Documents, by customer", "/console/documents?kind=invoice&customer=" + customer);
        pages.put("Documents, page 2,000", "/console/documents?kind=invoice&page=2000");
        pages.put("Credit notes, UNKNOWN", "/console/documents?kind=credit-note&status=UNKNOWN");
        pages.put("Document detail", "/console/documents/invoice/SEED-50100");
        pages.put("API keys", "/console/api-keys");
        pages.put("Numbering ranges", "/console/numbering-ranges");

        assertThat(console.get("/console/documents?kind=invoice&customer=" + customer).body())
                .as("the customer filter narrows the list and its pager keeps it")
                .contains(customerInvoices + " documentos").contains("customer=" + customer + "&amp;page=2");
        assertThat(console.get("/console/documents?kind=invoice&number=SEED50100").body()).contains("SEED-50100");
        // A range alert as the poller leaves it (a range the emulator does not have, so no poll clears it).
        jdbc.sql("INSERT INTO webhook_alert_states (tenant_id, subject, kind, raised, threshold, changed_at) "
                + "VALUES (:tenant, 'range:999999', 'numbering_range.low', TRUE, 100, CURRENT_TIMESTAMP)")
                .param("tenant", tenant).update();
        assertThat(console.get("/console").body()).doesNotContain("OTHER-")
                .contains("Al rango de numeración 999999 le quedan 100 números o menos",
                        "href=\"/console/numbering-ranges\"")
                .as("the seed is archived by nobody").containsPattern("[0-9.]+ documentos emitidos en los últimos 7 días");

        Map<String, Duration> medians = new LinkedHashMap<>();
        pages.forEach((name, path) -> medians.put(name, median(console, path)));
        print(medians);
        assertThat(medians).allSatisfy((name, median) -> assertThat(median).as(name).isLessThan(BUDGET));
    }

    /** The default tenant's id, with one document of every kind, whose request payloads the seed copies. */
    private UUID issueOneOfEachKindThroughTheApi() {
        Map<DocumentFixture, String> numbers = new LinkedHashMap<>();
        String reference = null;
        for (DocumentFixture kind : DocumentFixture.values()) {
            reference = "TEMPLATE-" + kind.name() + "-" + UUID.randomUUID();
            HttpResponse<String> issued = api.postJson(kind.route(),
                    kind.body(reference, kind.corrects() == null ? null : numbers.get(kind.corrects())));
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            numbers.put(kind, json(issued).path("number").asString());
        }
        return jdbc.sql("SELECT tenant_id FROM documents WHERE reference_code = :reference")
                .param("reference", reference).query(UUID.class).single();
    }

    /**
     * {@code count} documents of {@code tenant}, the newest now, one every 12 minutes before: per 100, 80 invoices, 10
     * credit notes, 3 debit notes, 5 support documents and 2 adjustment notes; per 1,000, 20 REJECTED, 5 UNKNOWN, 3
     * PENDING, the rest ISSUED.
     */
    private void seed(UUID tenant, int count, String prefix) {
        jdbc.sql("""
                WITH seed AS (
                  SELECT g,
                         CASE WHEN g % 100 < 80 THEN 'INVOICE' WHEN g % 100 < 90 THEN 'CREDIT_NOTE'
                              WHEN g % 100 < 93 THEN 'DEBIT_NOTE' WHEN g % 100 < 98 THEN 'SUPPORT_DOCUMENT'
                              ELSE 'ADJUSTMENT_NOTE' END AS kind,
                         CASE WHEN g % 1000 < 20 THEN 'REJECTED' WHEN g % 1000 < 25 THEN 'UNKNOWN'
                              WHEN g % 1000 < 28 THEN 'PENDING' ELSE 'ISSUED' END AS status,
                         CAST(:now AS TIMESTAMP WITH TIME ZONE) - g * INTERVAL '12 minutes' AS at,
                         ((g * 7919) % 100000 + 1) * 100.00 AS gross
                  FROM generate_series(1, :count) AS g)
                INSERT INTO documents (id, tenant_id, kind, reference_code, status, prefix, number, unique_code,
                                       qr_url, party_identification, party_name, gross_value, tax_amount, total,
                                       upstream_errors, request_payload, needs_upstream_delete, created_by,
                                       created_at, updated_at, issued_at)
                SELECT gen_random_uuid(), :tenant, seed.kind, :prefix || '-' || g, seed.status,
                       'SEED', CASE WHEN seed.status = 'ISSUED' THEN 'SEED' || g END,
                       CASE WHEN seed.status = 'ISSUED' THEN md5(:prefix || g) || md5(CAST(g AS TEXT)) END,
                       NULL, CAST(900000000 + g % 2000 AS TEXT), 'Cliente ' || (g % 2000),
                       gross, round(gross * 0.19, 2), round(gross * 1.19, 2),
                       NULL, template.request_payload, FALSE, 'user:seed',
                       at, at + INTERVAL '3 seconds', CASE WHEN seed.status = 'ISSUED' THEN at + INTERVAL '3 seconds' END
                FROM seed JOIN (SELECT DISTINCT ON (kind) kind, request_payload FROM documents
                                WHERE reference_code LIKE 'TEMPLATE-%' ORDER BY kind) AS template
                  ON template.kind = seed.kind""")
                .param("now", java.time.OffsetDateTime.ofInstant(Instant.now(), java.time.ZoneOffset.UTC))
                .param("count", count).param("tenant", tenant).param("prefix", prefix)
                .update();
    }

    private static Duration median(ConsoleClient console, String path) {
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(console.get(path).statusCode()).as(path).isEqualTo(200);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < TIMED; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = console.get(path);
            nanos.add(System.nanoTime() - start);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
        }
        return Duration.ofNanos(nanos.stream().sorted().toList().get(TIMED / 2));
    }

    private static void print(Map<String, Duration> medians) {
        StringBuilder table = new StringBuilder("\nConsole pages with " + DOCUMENTS + " documents (median of " + TIMED
                + " reads, ms):\n");
        medians.forEach((name, median) -> table.append("  %-26s %6.1f%n".formatted(name, median.toNanos() / 1e6)));
        System.out.print(table);
    }
}
