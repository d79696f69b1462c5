package co.factusapi.adapter.in.web.archive;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.application.port.out.DocumentArchive;
import co.factusapi.domain.archive.ArchiveKey;
import co.factusapi.domain.archive.ArchivedFile;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.party.NitCheckDigit;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.DocumentFixture;
import co.factusapi.testsupport.EmulatorControl;
import co.factusapi.testsupport.Poll;
import co.factusapi.testsupport.Responses;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The legal archive over HTTP, the same on every store: the test classes bring a running service (H2 with files,
 * PostgreSQL with the database) whose archiver runs every 200 ms, and call these.
 */
final class ArchiveScenarios {
    static final String[] FAST_ARCHIVER = {"factus.archive.enabled=true", "factus.archive.interval=200ms",
            "factus.archive.batch-size=50", "factus.archive.lag-threshold=0s",
            "factus.archive.retry-initial-backoff=300ms"};
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String JSON = "application/json";

    private final ApiClient api;
    private final EmulatorControl emulator;
    private final DocumentArchive archive;
    private final JdbcClient jdbc;

    ArchiveScenarios(ApiClient api, EmulatorControl emulator, DocumentArchive archive, JdbcClient jdbc) {
        this.api = api;
        this.emulator = emulator;
        this.archive = archive;
        this.jdbc = jdbc;
    }

    /** A document as issued: its tenant, kind and number. */
    record Issued(UUID tenant, DocumentKind kind, String number, String route) {
        ArchiveKey key(DocumentFile.Format format) {
            return new ArchiveKey(tenant, kind, number, format);
        }
    }

    /** One document of every kind for the caller's (default) tenant, and an invoice of a sandbox tenant. */
    List<Issued> issueEveryKind(String run) {
        UUID defaultTenant = UUID.fromString(ApiClient.json(api.get("/api/v1/tenant")).path("id").asString());
        Map<DocumentFixture, String> numbers = new EnumMap<>(DocumentFixture.class);
        List<Issued> issued = new ArrayList<>();
        for (DocumentFixture kind : DocumentFixture.values()) {
            String corrected = kind.corrects() == null ? null : numbers.get(kind.corrects());
            String number = issue(api, kind, "ARC-" + run + "-" + kind.ordinal(), corrected);
            numbers.put(kind, number);
            issued.add(new Issued(defaultTenant, DocumentKind.valueOf(kind.name()), number, kind.route()));
        }
        ApiClient sandbox = sandboxTenant();
        UUID sandboxTenant = UUID.fromString(ApiClient.json(sandbox.get("/api/v1/tenant")).path("id").asString());
        issued.add(new Issued(sandboxTenant, DocumentKind.INVOICE,
                issue(sandbox, DocumentFixture.INVOICE, "ARC-" + run + "-SB", null), DocumentFixture.INVOICE.route()));
        return issued;
    }

    /** Waits until the archiver has kept both files of every document. */
    void awaitArchived(List<Issued> documents) {
        Poll.until(DEADLINE, "every document archived", () -> documents.stream().allMatch(document ->
                archive.find(document.key(DocumentFile.Format.PDF)).isPresent()
                        && archive.find(document.key(DocumentFile.Format.XML)).isPresent()));
    }

    /**
     * The archiver keeps the PDF and XML of every kind with their hash, size and content type, per tenant; a
     * document whose download fails is tried again after its backoff while the others go through; every write is
     * audited, and the lag gauge is back to zero.
     */
    void theArchiverKeepsEveryKindAndRetriesAFailingDocument() {
        // The client tries an idempotent GET three times: four failures fail the first attempt at one invoice's PDF.
        emulator.fault("GET /v1/bills/download-pdf/{number}", "\"type\":\"status\",\"status\":500,\"count\":4");
        long start = System.nanoTime();
        List<Issued> documents = issueEveryKind("KEEP" + System.nanoTime());

        awaitArchived(documents);
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        long bytes = 0;
        for (Issued document : documents) {
            for (DocumentFile.Format format : DocumentFile.Format.values()) {
                ArchivedFile file = archive.find(document.key(format)).orElseThrow();
                byte[] content = archive.content(file).orElseThrow();
                assertThat(file.sha256()).isEqualTo(ArchivedFile.sha256(content));
                assertThat(file.size()).isEqualTo(content.length).isPositive();
                assertThat(file.contentType()).isEqualTo(format == DocumentFile.Format.PDF ? "application/pdf"
                        : "application/xml");
                assertThat(file.issuedAt()).isNotNull();
                assertThat(new String(content, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                        .isEqualTo(format == DocumentFile.Format.PDF ? "%PDF-" : "<?xml");
                bytes += content.length;
            }
        }
        System.out.printf("Archived %d documents (%d files, %d bytes) in %d ms from the first issue%n",
                documents.size(), documents.size() * 2, bytes, millis);
        assertThat(metric("factus.archive.failures")).as("the failed attempt at the invoice").isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM archive_attempts").query(Long.class).single())
                .as("attempts are forgotten once archived").isZero();
        Poll.until(DEADLINE, "the lag gauge back to zero", () -> metric("factus.archive.lag") == 0);
        Issued invoice = documents.getFirst();
        JsonNode audit = ApiClient.json(Responses.ok(api.asAdmin().get("/api/v1/audit-events?action=invoice.archive"
                + "&resource_id=" + invoice.number())));
        assertThat(audit.path("data")).extracting(event -> event.path("outcome").asString() + " "
                + event.path("actor").asString()).containsOnly("STORED system:archiver").hasSize(2);
    }

    double metric(String name) {
        JsonNode metric = ApiClient.json(Responses.ok(api.asAdmin().get("/actuator/metrics/" + name)));
        return metric.path("measurements").get(0).path("value").asDouble();
    }

    private static String issue(ApiClient client, DocumentFixture kind, String reference, String corrected) {
        HttpResponse<String> issued = client.postJson(kind.route(), kind.body(reference, corrected));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return ApiClient.json(issued).path("number").asString();
    }

    /** A new sandbox tenant (its own emulator account) and a client with its key. */
    private ApiClient sandboxTenant() {
        ApiClient platform = api.asAdmin();
        String name = "archive-" + UUID.randomUUID();
        String digits = Long.toString(900_000_000L + Math.floorMod(name.hashCode(), 99_999_999));
        HttpResponse<String> created = platform.send("POST", "/api/v1/tenants", "{\"name\":\"" + name
                + "\",\"nit\":\"" + digits + "-" + NitCheckDigit.of(digits) + "\",\"sandbox\":true}", JSON);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> key = platform.send("POST", "/api/v1/api-keys", "{\"name\":\"pos-" + UUID.randomUUID()
                + "\"}", JSON, "Factus-Tenant", ApiClient.json(created).path("id").asString());
        assertThat(key.statusCode()).as(key.body()).isEqualTo(201);
        return api.withKey(ApiClient.json(key).path("key").asString());
    }
}
