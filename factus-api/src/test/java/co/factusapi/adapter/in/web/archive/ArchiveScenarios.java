package co.factusapi.adapter.in.web.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.application.port.out.DocumentArchive;
import co.factusapi.domain.archive.ArchiveKey;
import co.factusapi.domain.archive.ArchivedFile;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.party.NitCheckDigit;
import co.factusapi.emulator.EmulatorCredentials;
import co.factusapi.emulator.FactusEmulator;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.DocumentFixture;
import co.factusapi.testsupport.EmulatorControl;
import co.factusapi.testsupport.Poll;
import co.factusapi.testsupport.RecordingProxy;
import co.factusapi.testsupport.Responses;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The legal archive over HTTP, the same on every store: the test classes bring a running service (H2 with files,
 * PostgreSQL with the database) whose archiver runs every 200 ms, and call these.
 */
final class ArchiveScenarios {
    private static final String[] FAST_ARCHIVER = {"factus-api.archive.enabled=true", "factus-api.archive.interval=200ms",
            "factus-api.archive.batch-size=50", "factus-api.archive.lag-threshold=0s",
            "factus-api.archive.retry-initial-backoff=300ms"};
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String JSON = "application/json";
    private static final String VERIFY = "/api/v1/admin/archive/verify";

    private final ApiClient api;
    private final Upstream upstream;
    private final EmulatorControl emulator;
    private final DocumentArchive archive;
    private final JdbcClient jdbc;

    ArchiveScenarios(ApiClient api, Upstream upstream, DocumentArchive archive, JdbcClient jdbc) {
        this.api = api;
        this.upstream = upstream;
        this.emulator = new EmulatorControl(upstream.emulator());
        this.emulator.clearFaults();
        this.archive = archive;
        this.jdbc = jdbc;
    }

    /**
     * The default tenant's Factus: an emulator of the test class's own behind a {@link RecordingProxy}, so the test
     * knows the very bytes the emulator served the archiver (it renders each PDF anew, with a new document id).
     */
    record Upstream(FactusEmulator emulator, RecordingProxy proxy) {
        static Upstream start() {
            FactusEmulator emulator = FactusEmulator.start(0);
            return new Upstream(emulator, new RecordingProxy(emulator.baseUrl()));
        }

        /** The service's settings: this upstream as a live Factus (unpaced), and an archiver running every 200 ms. */
        void register(DynamicPropertyRegistry registry) {
            EmulatorCredentials credentials = emulator.credentials();
            registry.add("factus.base-url", proxy::baseUrl);
            registry.add("factus.client-id", credentials::clientId);
            registry.add("factus.client-secret", credentials::clientSecret);
            registry.add("factus.username", credentials::username);
            registry.add("factus.password", credentials::password);
            registry.add("factus.allowance.requests-per-minute", () -> "0");
            for (String setting : FAST_ARCHIVER) {
                String[] pair = setting.split("=", 2);
                registry.add(pair[0], () -> pair[1]);
            }
        }

        void stop() {
            emulator.close();
            proxy.close();
        }
    }

    /** A document as issued: its tenant, kind and number; the client of its tenant; its emulator account (null: default). */
    record Issued(UUID tenant, DocumentKind kind, String number, String route, ApiClient client, String account) {
        ArchiveKey key(DocumentFile.Format format) {
            return new ArchiveKey(tenant, kind, number, format);
        }
    }

    /** One document of every kind for the caller's (default) tenant and, if asked, an invoice of a sandbox tenant. */
    List<Issued> issueEveryKind(String run, boolean sandboxToo) {
        UUID defaultTenant = UUID.fromString(ApiClient.json(api.get("/api/v1/tenant")).path("id").asString());
        Map<DocumentFixture, String> numbers = new EnumMap<>(DocumentFixture.class);
        List<Issued> issued = new ArrayList<>();
        for (DocumentFixture kind : DocumentFixture.values()) {
            String corrected = kind.corrects() == null ? null : numbers.get(kind.corrects());
            String number = issue(api, kind, "ARC-" + run + "-" + kind.ordinal(), corrected);
            numbers.put(kind, number);
            issued.add(new Issued(defaultTenant, DocumentKind.valueOf(kind.name()), number, kind.route(), api, null));
        }
        if (!sandboxToo) {
            return issued;
        }
        String name = "archive-" + UUID.randomUUID();
        ApiClient sandbox = sandboxTenant(name);
        UUID sandboxTenant = UUID.fromString(ApiClient.json(sandbox.get("/api/v1/tenant")).path("id").asString());
        issued.add(new Issued(sandboxTenant, DocumentKind.INVOICE,
                issue(sandbox, DocumentFixture.INVOICE, "ARC-" + run + "-SB", null), DocumentFixture.INVOICE.route(),
                sandbox, name));
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
        List<Issued> documents = issueEveryKind("KEEP" + System.nanoTime(), true);

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
                assertThat(new String(content, 0, 5, StandardCharsets.ISO_8859_1))
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

    /**
     * The issue's "done when": documents of every kind archived, the emulator stopped, and every PDF and XML
     * downloaded through our API is byte for byte what the emulator served, with its file name.
     */
    void everyFileIsServedFromTheArchiveByteForByteWithTheProviderStopped(FactusEmulator embedded) {
        List<Issued> documents = issueEveryKind("STOP" + System.nanoTime(), false);
        awaitArchived(documents);
        Map<String, byte[]> served = new HashMap<>();
        for (Issued document : documents) {
            for (DocumentFile.Format format : DocumentFile.Format.values()) {
                served.put(document.number() + format, servedByTheEmulator(document, format));
            }
        }
        Issued invoice = documents.getFirst();
        long pdfDownloads = emulator.requests("GET /v1/bills/download-pdf/{number}");
        assertThat(download(invoice, DocumentFile.Format.PDF).body())
                .isEqualTo(served.get(invoice.number() + DocumentFile.Format.PDF));
        assertThat(emulator.requests("GET /v1/bills/download-pdf/{number}")).as("served without calling Factus")
                .isEqualTo(pdfDownloads);

        upstream.stop();
        embedded.close();
        assertThatThrownBy(() -> send(HttpRequest.newBuilder(URI.create(upstream.emulator().baseUrl()
                + "/oauth/token")).GET())).as("the emulator is stopped").isInstanceOf(IllegalStateException.class);

        long start = System.nanoTime();
        int files = 0;
        long bytes = 0;
        for (Issued document : documents) {
            for (DocumentFile.Format format : DocumentFile.Format.values()) {
                String what = document.kind() + " " + document.number() + " " + format;
                byte[] original = served.get(document.number() + format);
                HttpResponse<byte[]> file = download(document, format);
                assertThat(file.statusCode()).as(what).isEqualTo(200);
                assertThat(file.body()).as(what).isEqualTo(original);
                assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                        .startsWith(format == DocumentFile.Format.PDF ? "application/pdf" : "application/xml"));
                assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                        assertThat(disposition).contains(archive.find(document.key(format)).orElseThrow().fileName()));
                JsonNode json = ApiClient.json(Responses.ok(document.client().get(path(document, format),
                        "Accept", JSON)));
                assertThat(Base64.getDecoder().decode(json.path("file_content").asString())).as(what)
                        .isEqualTo(original);
                files++;
                bytes += original.length;
            }
        }
        System.out.printf("With the emulator stopped: %d files (%d bytes) of %d documents served from the archive "
                + "byte for byte in %d ms%n", files, bytes, documents.size(),
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    private static HttpResponse<byte[]> download(Issued document, DocumentFile.Format format) {
        return document.client().getBytes(path(document, format));
    }

    private static String path(Issued document, DocumentFile.Format format) {
        return document.route() + "/" + document.number() + "/" + format.name().toLowerCase(Locale.ROOT);
    }

    /** The file as the emulator served it to the service, from the proxy's recording of the Factus JSON answer. */
    private byte[] servedByTheEmulator(Issued document, DocumentFile.Format format) {
        String name = format.name().toLowerCase(Locale.ROOT);
        String collection = switch (document.kind()) {
            case INVOICE -> "bills";
            case CREDIT_NOTE -> "credit-notes";
            case DEBIT_NOTE -> "debit-notes";
            case SUPPORT_DOCUMENT -> "support-documents";
            case ADJUSTMENT_NOTE -> "adjustment-notes";
        };
        // v1 paths; debit notes only exist in v2, which puts the number first
        String path = document.kind() == DocumentKind.DEBIT_NOTE
                ? "/v2/debit-notes/" + document.number() + "/download-" + name
                : "/v1/" + collection + "/download-" + name + "/" + document.number();
        byte[] answer = upstream.proxy().served(path);
        assertThat(answer).as("the emulator served " + path).isNotNull();
        return Base64.getDecoder().decode(JsonMapper.builder().build().readTree(answer).path("data").path(name + "_base_64_encoded").asString());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The emulator did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What an intruder or a failing disk does to the stored bytes of a file (the service itself never can). */
    interface Tampering {
        void alter(ArchiveKey key, byte[] content);

        void lose(ArchiveKey key);
    }

    /**
     * Verify re-hashes every file: an altered file is a mismatch, a lost XML is fetched again (the provider serves the
     * same bytes) and archived again, a lost PDF stays missing (the provider renders it anew, with other bytes); each
     * reported by kind, number and format, and the run audited. Only the platform may run it.
     */
    void verifyFindsAlteredAndMissingFilesAndFetchesBackWhatTheProviderStillHas(Tampering tampering) {
        List<Issued> documents = issueEveryKind("VERIFY" + System.nanoTime(), false);
        awaitArchived(documents);
        UUID tenant = documents.getFirst().tenant();
        ArchiveKey altered = documents.get(0).key(DocumentFile.Format.PDF);
        ArchiveKey lostXml = documents.get(1).key(DocumentFile.Format.XML);
        ArchiveKey lostPdf = documents.get(2).key(DocumentFile.Format.PDF);
        byte[] xml = archive.content(archive.find(lostXml).orElseThrow()).orElseThrow();
        tampering.alter(altered, "%PDF-1.4 forged".getBytes(StandardCharsets.US_ASCII));
        tampering.lose(lostXml);
        tampering.lose(lostPdf);

        long start = System.nanoTime();
        JsonNode report = ApiClient.json(Responses.ok(api.asAdmin().send("POST", VERIFY + "?tenant_id=" + tenant,
                null, null)));
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        long checked = report.path("checked").asLong();
        assertThat(checked).isGreaterThanOrEqualTo(documents.size() * 2L);
        assertThat(List.of(report.path("intact").asLong(), report.path("mismatched").asLong(),
                report.path("missing").asLong(), report.path("refetched").asLong()))
                .containsExactly(checked - 3, 1L, 1L, 1L);
        assertThat(report.path("findings")).extracting(finding -> finding.path("kind").asString() + " "
                + finding.path("number").asString() + " " + finding.path("format").asString() + " "
                + finding.path("problem").asString() + " " + finding.path("tenant_id").asString())
                .containsExactlyInAnyOrder(
                        "invoice " + altered.number() + " pdf mismatch " + tenant,
                        "credit-note " + lostXml.number() + " xml refetched " + tenant,
                        "debit-note " + lostPdf.number() + " pdf missing " + tenant);
        assertThat(report.path("findings_truncated").asBoolean()).isFalse();
        assertThat(archive.content(archive.find(lostXml).orElseThrow())).hasValueSatisfying(bytes ->
                assertThat(bytes).isEqualTo(xml));
        System.out.printf("Verify: %d files checked in %d ms, 1 altered, 1 missing, 1 fetched again%n", checked, millis);

        JsonNode again = ApiClient.json(Responses.ok(api.asAdmin().send("POST", VERIFY, null, null)));
        assertThat(again.path("mismatched").asLong()).as("every tenant").isEqualTo(1);
        assertThat(again.path("missing").asLong()).isEqualTo(1);
        assertThat(again.path("refetched").asLong()).isZero();
        JsonNode audit = ApiClient.json(Responses.ok(api.asAdmin().get("/api/v1/audit-events?action=archive.verify")));
        assertThat(audit.path("data")).extracting(event -> event.path("outcome").asString()).contains("DAMAGED");

        assertThat(Responses.problem(api.send("POST", VERIFY, null, null), 403).path("status").asInt()).isEqualTo(403);
        Responses.problem(api.asAdmin().send("POST", VERIFY + "?tenant_id=" + UUID.randomUUID(), null, null), 404);
        Responses.problem(api.asAdmin().send("POST", VERIFY + "?tenant_id=not-a-uuid", null, null), 400);
    }

    /**
     * The verify command, {@code scripts/archive-verify.sh}, run with bash against this service for one tenant: the
     * report and exit 0 while its files are intact, the damaged file listed and exit 1 once one is altered, exit 2 with
     * the reason when the check cannot run (an unknown tenant, a wrong password, which it never prints).
     */
    void theVerifyCommandPrintsTheReportAndExitsNonZeroOnADamagedFile(Tampering tampering) throws Exception {
        String name = "verify-command-" + UUID.randomUUID();
        ApiClient sandbox = sandboxTenant(name);
        UUID tenant = UUID.fromString(ApiClient.json(sandbox.get("/api/v1/tenant")).path("id").asString());
        Issued invoice = new Issued(tenant, DocumentKind.INVOICE, issue(sandbox, DocumentFixture.INVOICE,
                "ARC-CMD-" + System.nanoTime(), null), DocumentFixture.INVOICE.route(), sandbox, name);
        awaitArchived(List.of(invoice));

        Command intact = verifyCommand(ApiClient.ADMIN_PASSWORD, tenant.toString());
        assertThat(intact.exit()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("Archive of " + tenant + " at " + api.baseUrl()
                + ": 2 files checked, 2 intact, 0 mismatched, 0 missing, 0 fetched again").endsWith("INTACT\n");

        tampering.alter(invoice.key(DocumentFile.Format.PDF), "%PDF-1.4 forged".getBytes(StandardCharsets.US_ASCII));
        Command damaged = verifyCommand(ApiClient.ADMIN_PASSWORD, tenant.toString());
        assertThat(damaged.exit()).as(damaged.output()).isEqualTo(1);
        assertThat(damaged.output()).contains("2 files checked, 1 intact, 1 mismatched, 0 missing")
                .contains("mismatch  " + tenant + " invoice " + invoice.number() + " pdf\n").contains("DAMAGED");

        Command unknown = verifyCommand(ApiClient.ADMIN_PASSWORD, UUID.randomUUID().toString());
        assertThat(unknown.exit()).as(unknown.output()).isEqualTo(2);
        assertThat(unknown.output()).contains("verify failed (HTTP 404)");
        String wrong = "wrong-" + UUID.randomUUID();
        Command refused = verifyCommand(wrong, tenant.toString());
        assertThat(refused.exit()).as(refused.output()).isEqualTo(2);
        assertThat(refused.output()).contains("login as admin at " + api.baseUrl() + " failed (HTTP 401)")
                .doesNotContain(wrong);
        System.out.printf("Verify command: exit %d intact, %d with one altered file, %d for an unknown tenant, %d for "
                + "a wrong password; with the altered file it printed:%n%s", intact.exit(), damaged.exit(),
                unknown.exit(), refused.exit(), damaged.output());
    }

    private record Command(int exit, String output) {
    }

    private Command verifyCommand(String password, String tenant) throws IOException, InterruptedException {
        ProcessBuilder command = new ProcessBuilder("bash", Path.of("..", "scripts", "archive-verify.sh").toString(),
                api.baseUrl(), tenant).redirectErrorStream(true);
        command.environment().put("FACTUS_API_ADMIN_PASSWORD", password);
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("archive-verify.sh ended").isTrue();
        return new Command(process.exitValue(), output);
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
    private ApiClient sandboxTenant(String name) {
        ApiClient platform = api.asAdmin();
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
