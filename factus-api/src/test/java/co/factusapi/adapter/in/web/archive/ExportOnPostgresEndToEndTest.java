package co.factusapi.adapter.in.web.archive;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.adapter.out.persistence.JdbcInstanceRegistry;
import co.factusapi.application.port.out.DocumentArchive;
import co.factusapi.domain.archive.ArchivedFile;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.Poll;
import co.factusapi.testsupport.PostgresEndToEndTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk export of the legal archive (docs/archive.md#export) on PostgreSQL with the files in the database: documents of
 * every kind issued against the emulator, archived, exported and downloaded; then 10,000 archived documents exported
 * with the heap measured.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "factus-api.archive.export-interval=200ms", "factus-api.archive.export-progress-every=100"})
class ExportOnPostgresEndToEndTest extends PostgresEndToEndTest {
    private static final ArchiveScenarios.Upstream UPSTREAM = ArchiveScenarios.Upstream.start();
    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EXPORTS = "/api/v1/exports";
    private static final int LARGE = 10_000;

    @Autowired
    private DocumentArchive archive;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcInstanceRegistry instances;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        UPSTREAM.register(registry);
    }

    @Test
    @Order(1)
    void documentsOfEveryKindAreExportedWithTheirArchivedBytesAndAnIndex() throws IOException {
        ArchiveScenarios scenarios = new ArchiveScenarios(api, UPSTREAM, archive, jdbc);
        List<ArchiveScenarios.Issued> issued = scenarios.issueEveryKind("EXP" + System.nanoTime(), true);
        scenarios.awaitArchived(issued);
        List<ArchiveScenarios.Issued> ours = issued.subList(0, issued.size() - 1);
        ArchiveScenarios.Issued ofSandbox = issued.getLast();
        ApiClient admin = api.asAdmin();
        LocalDate today = LocalDate.now(BOGOTA);

        HttpResponse<String> created = admin.postJson(EXPORTS, "{\"from\":\"" + today.minusDays(1) + "\",\"to\":\""
                + today.plusDays(1) + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        JsonNode job = ApiClient.json(created);
        String id = job.path("id").asString();
        assertThat(job.path("state").asString()).isIn("QUEUED", "RUNNING", "DONE");
        assertThat(created.headers().firstValue("Location")).hasValue(EXPORTS + "/" + id);

        JsonNode done = awaitDone(admin, id, Duration.ofSeconds(60), new ArrayList<>());
        assertThat(done.path("total").asInt()).isEqualTo(ours.size());
        assertThat(done.path("done").asInt()).isEqualTo(ours.size());
        assertThat(done.path("percent").asInt()).isEqualTo(100);
        assertThat(done.path("download_url").asString()).isEqualTo(EXPORTS + "/" + id + "/download");
        assertThat(ApiClient.json(admin.get(EXPORTS)).valueStream().map(e -> e.path("id").asString())).contains(id);

        HttpResponse<byte[]> zip = admin.getBytes(EXPORTS + "/" + id + "/download");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains(".zip");
        Contents contents = read(new ByteArrayInputStream(zip.body()), true);
        JsonNode index = JSON.readTree(contents.index());
        assertThat(index.size()).isEqualTo(ours.size());
        for (ArchiveScenarios.Issued document : ours) {
            JsonNode row = index.valueStream().filter(r -> r.path("number").asString().equals(document.number())
                    && r.path("kind").asString().equals(document.kind().name().toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new AssertionError("no index row for " + document.number()));
            assertThat(row.path("status").asString()).isEqualTo("ISSUED");
            assertThat(row.path("unique_code").asString()).isNotBlank();
            assertThat(row.path("customer_identification").asString()).isNotBlank();
            assertThat(row.path("issue_date").asString()).isEqualTo(today.toString());
            for (DocumentFile.Format format : DocumentFile.Format.values()) {
                JsonNode file = row.path(format.name().toLowerCase(Locale.ROOT));
                byte[] bytes = contents.files().get(file.path("file").asString());
                assertThat(bytes).as(file.toString()).isNotNull();
                assertThat(sha256(bytes)).isEqualTo(file.path("sha256").asString());
                assertThat((long) bytes.length).isEqualTo(file.path("size").asLong());
                ArchivedFile archived = archive.find(document.key(format)).orElseThrow();
                assertThat(bytes).isEqualTo(archive.content(archived).orElseThrow());
            }
        }
        String csv = new String(contents.csv(), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(ours.size() + 1);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("number,kind,status,issue_date,");
        System.out.printf("Exported %d documents (%d files, ZIP of %d bytes)%n", ours.size(), contents.files().size(),
                zip.body().length);

        // Another tenant's export does not exist for it; nor do its documents appear in ours (checked above)
        String sandboxTenant = ofSandbox.tenant().toString();
        assertThat(admin.get(EXPORTS + "/" + id, "Factus-Tenant", sandboxTenant).statusCode()).isEqualTo(404);
        assertThat(admin.getBytes(EXPORTS + "/" + id + "/download", "Factus-Tenant", sandboxTenant).statusCode())
                .isEqualTo(404);
        assertThat(admin.get(EXPORTS, "Factus-Tenant", sandboxTenant).body()).doesNotContain(id);

        // Expired: 410 Gone, and no download URL any more
        jdbc.sql("UPDATE export_jobs SET expires_at = :past WHERE id = :id")
                .param("past", Timestamp.from(Instant.now().minusSeconds(1))).param("id", UUID.fromString(id)).update();
        HttpResponse<byte[]> gone = admin.getBytes(EXPORTS + "/" + id + "/download");
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode expired = ApiClient.json(admin.get(EXPORTS + "/" + id));
        assertThat(expired.path("download_url").isMissingNode() || expired.path("download_url").isNull())
                .as(expired.toString()).isTrue();
    }

    @Test
    @Order(2)
    void badInputIsA422NamingTheField() {
        ApiClient admin = api.asAdmin();
        assertViolation(admin, "{\"from\":\"2026-02-01\",\"to\":\"2026-01-01\"}", "from");
        assertViolation(admin, "{\"from\":\"2024-01-01\",\"to\":\"2026-01-01\"}", "to");
        assertViolation(admin, "{\"from\":\"2026-01-01\",\"to\":\"2026-01-31\",\"kinds\":[\"receipt\"]}",
                "kinds[0]", "invoice, credit_note");
        assertViolation(admin, "{\"from\":\"2026-01-01\",\"to\":\"2026-01-31\",\"statuses\":[\"paid\"]}",
                "statuses[0]", "issued");
        assertViolation(admin, "{\"from\":\"January\",\"to\":\"2026-01-31\"}", "from");
        assertViolation(admin, "{\"to\":\"2026-01-31\"}", "from");
        assertThat(admin.get(EXPORTS + "/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(api.postJson(EXPORTS, "{\"from\":\"2026-01-01\",\"to\":\"2026-01-31\"}").statusCode())
                .as("an API key without tenant:manage").isEqualTo(403);
    }

    /** A job left RUNNING by an instance that is gone is taken over by a live one and finished. */
    @Test
    @Order(3)
    void aJobOfAnInstanceThatIsGoneOrOfAFailedTurnOfThisOneIsTakenOver() {
        ApiClient admin = api.asAdmin();
        UUID tenant = UUID.fromString(ApiClient.json(admin.get("/api/v1/tenant")).path("id").asString());
        for (String owner : List.of("instance-gone", instances.self())) {
            UUID id = UUID.randomUUID();
            jdbc.sql("INSERT INTO export_jobs (id, tenant_id, state, owner, from_date, to_date, kinds, statuses, "
                            + "done, total, created_by, created_at, started_at, expires_at) VALUES (:id, :tenant, "
                            + "'RUNNING', :owner, DATE '2019-01-01', DATE '2019-01-31', 'INVOICE', 'ISSUED', 3, 10, "
                            + "'test', :now, :now, :expires)")
                    .param("id", id).param("tenant", tenant).param("owner", owner)
                    .param("now", Timestamp.from(Instant.now()))
                    .param("expires", Timestamp.from(Instant.now().plusSeconds(3600))).update();

            JsonNode done = awaitDone(admin, id.toString(), Duration.ofSeconds(30), new ArrayList<>());
            assertThat(done.path("total").asInt()).as(owner).isZero();
            assertThat(admin.getBytes(EXPORTS + "/" + id + "/download").statusCode()).as(owner).isEqualTo(200);
        }
    }

    /**
     * 10,000 archived documents (inserted with SQL: a document and its XML and PDF in the database store) exported
     * with the heap measured after a collection every 250 ms: it stays within 64 MB of before the export.
     */
    @Test
    @Order(4)
    void tenThousandDocumentsAreExportedInConstantMemory() throws Exception {
        ApiClient admin = api.asAdmin();
        UUID tenant = UUID.fromString(ApiClient.json(admin.get("/api/v1/tenant")).path("id").asString());
        Map<String, String> expected = insertArchived(tenant);
        long bytesArchived = expected.size() == 0 ? 0 : jdbc.sql("SELECT SUM(size_bytes) FROM archived_files "
                + "WHERE tenant_id = :t AND number LIKE 'BULK%'").param("t", tenant).query(Long.class).single();

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean measuring = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (measuring.get()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long started = System.nanoTime();
        HttpResponse<String> created = admin.postJson(EXPORTS, "{\"from\":\"2020-03-01\",\"to\":\"2020-03-31\","
                + "\"kinds\":[\"invoice\",\"credit_note\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        String id = ApiClient.json(created).path("id").asString();
        List<Integer> progress = new CopyOnWriteArrayList<>();
        JsonNode done = awaitDone(admin, id, Duration.ofSeconds(90), progress);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        measuring.set(false);
        sampler.join();

        assertThat(done.path("done").asInt()).isEqualTo(LARGE);
        assertThat(progress).as("progress rises monotonically").isSorted();
        assertThat(progress.stream().filter(p -> p > 0 && p < LARGE).count()).as("progress seen while running")
                .isPositive();
        long growth = peak.get() - before;
        System.out.printf(Locale.ROOT, "Large export: %d documents, %d files, %d bytes archived, ZIP %d bytes, %d ms; "
                        + "heap before %d MB, peak %d MB, growth %d MB; %d progress samples (%s ...)%n", LARGE,
                LARGE * 2, bytesArchived, done.path("size_bytes").asLong(), millis, before >> 20, peak.get() >> 20,
                growth >> 20, progress.size(), progress.stream().distinct().limit(8).toList());
        assertThat(growth).as("heap growth during the export").isLessThan(64L << 20);

        HttpResponse<InputStream> zip = admin.getStream(EXPORTS + "/" + id + "/download");
        assertThat(zip.statusCode()).isEqualTo(200);
        Contents contents;
        try (InputStream body = zip.body()) {
            contents = read(body, false);
        }
        assertThat(contents.hashes()).hasSize(LARGE * 2);
        JsonNode index = JSON.readTree(contents.index());
        assertThat(index.size()).isEqualTo(LARGE);
        for (JsonNode row : index) {
            for (String format : List.of("xml", "pdf")) {
                JsonNode file = row.path(format);
                String name = file.path("file").asString();
                assertThat(contents.hashes().get(name)).as(name).isEqualTo(file.path("sha256").asString());
                assertThat(expected.get(row.path("number").asString() + "." + format)).as(name)
                        .isEqualTo(file.path("sha256").asString());
            }
        }
    }

    /** 10,000 ISSUED invoices and credit notes of March 2020, each with a 2 KB XML and 6 KB PDF archived. */
    private Map<String, String> insertArchived(UUID tenant) {
        JdbcTemplate sql = new JdbcTemplate(dataSource);
        Map<String, String> expected = new HashMap<>();
        Random random = new Random(42);
        Instant base = LocalDate.of(2020, 3, 2).atStartOfDay(BOGOTA).toInstant();
        int batch = 500;
        for (int start = 0; start < LARGE; start += batch) {
            List<Object[]> documents = new ArrayList<>();
            List<Object[]> files = new ArrayList<>();
            List<Object[]> contents = new ArrayList<>();
            for (int i = start; i < start + batch; i++) {
                String kind = i % 5 == 0 ? "CREDIT_NOTE" : "INVOICE";
                String number = "BULK" + i;
                Timestamp issued = Timestamp.from(base.plusSeconds(i * 200L));
                documents.add(new Object[] {UUID.randomUUID(), tenant, kind, "BULK-" + i, number, "cufe-" + i,
                        "900" + i, "Cliente " + i, issued, issued, issued});
                for (String format : List.of("XML", "PDF")) {
                    byte[] content = new byte[format.equals("XML") ? 2048 : 6144];
                    random.nextBytes(content);
                    String sha = ArchivedFile.sha256(content);
                    expected.put(number + "." + format.toLowerCase(Locale.ROOT), sha);
                    files.add(new Object[] {tenant, kind, number, format, number + "." + format.toLowerCase(Locale.ROOT),
                            format.equals("XML") ? "application/xml" : "application/pdf", content.length, sha, issued,
                            issued});
                    contents.add(new Object[] {tenant, kind, number, format, content});
                }
            }
            sql.batchUpdate("INSERT INTO documents (id, tenant_id, kind, reference_code, status, number, unique_code, "
                    + "party_identification, party_name, gross_value, tax_amount, total, request_payload, created_by, "
                    + "created_at, updated_at, issued_at) VALUES (?, ?, ?, ?, 'ISSUED', ?, ?, ?, ?, 1000.00, 190.00, "
                    + "1190.00, '{}', 'test', ?, ?, ?)", documents);
            sql.batchUpdate("INSERT INTO archived_files (tenant_id, kind, number, format, file_name, content_type, "
                    + "size_bytes, sha256, store, location, issued_at, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                    + "'database', NULL, ?, ?)", files);
            sql.batchUpdate("INSERT INTO archived_file_contents (tenant_id, kind, number, format, content) "
                    + "VALUES (?, ?, ?, ?, ?)", contents);
        }
        return expected;
    }

    private static JsonNode awaitDone(ApiClient client, String id, Duration deadline, List<Integer> progress) {
        JsonNode[] last = new JsonNode[1];
        Poll.until(deadline, "export " + id + " done", () -> {
            last[0] = ApiClient.json(client.get(EXPORTS + "/" + id));
            progress.add(last[0].path("done").asInt());
            assertThat(last[0].path("state").asString()).isNotEqualTo("FAILED");
            return last[0].path("state").asString().equals("DONE");
        });
        return last[0];
    }

    private static void assertViolation(ApiClient client, String body, String field, String... mentions) {
        HttpResponse<String> answer = client.postJson(EXPORTS, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"" + field + "\"");
        for (String mention : mentions) {
            assertThat(answer.body()).contains(mention);
        }
    }

    /** The ZIP read as a stream: each file's SHA-256 (and, if kept, its bytes), and the two index files. */
    private static Contents read(InputStream zip, boolean keep) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        Map<String, String> hashes = new HashMap<>();
        byte[] index = null;
        byte[] csv = null;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                switch (entry.getName()) {
                    case "index.json" -> index = bytes;
                    case "index.csv" -> csv = bytes;
                    default -> {
                        hashes.put(entry.getName(), sha256(bytes));
                        if (keep) {
                            files.put(entry.getName(), bytes);
                        }
                    }
                }
            }
        }
        assertThat(index).as("index.json").isNotNull();
        assertThat(csv).as("index.csv").isNotNull();
        return new Contents(files, hashes, index, csv);
    }

    private record Contents(Map<String, byte[]> files, Map<String, String> hashes, byte[] index, byte[] csv) {
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
