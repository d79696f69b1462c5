package co.factusapi.adapter.in.web.archive;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.adapter.out.persistence.JdbcInstanceRegistry;
import co.factusapi.application.port.in.ArchiveDocumentsUseCase;
import co.factusapi.application.port.out.DocumentArchive;
import co.factusapi.config.ArchiveJobs;
import co.factusapi.config.ArchiveProperties;
import co.factusapi.domain.archive.ArchiveKey;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.emulator.EmulatorAccount;
import co.factusapi.emulator.RateLimitCounters;
import co.factusapi.testsupport.ApiClient;
import co.factusapi.testsupport.DocumentFixture;
import co.factusapi.testsupport.FastFactus;
import co.factusapi.testsupport.Poll;
import co.factusapi.testsupport.PostgresEndToEndTest;
import co.factusapi.testsupport.Responses;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import tools.jackson.databind.JsonNode;

/**
 * The issue's "done when" for the back-fill: 1,000 invoices issued before any archiver ran are archived within the
 * tenant's upstream allowance, by an archiver that is stopped part-way and resumed.
 * <ul>
 * <li><b>Pre-existing.</b> The service runs with {@code factus-api.archive.enabled=false}, so its own scheduler never
 * archives, and nothing else calls the archiver while the 1,000 invoices are issued through the API: when the
 * back-fill starts they are exactly what a deployment upgrading to the archive has, ISSUED documents with no file
 * archived (the progress endpoint says 1,000 issued, 0 archived, and the emulator served no download).</li>
 * <li><b>The archiver, started and stopped for real.</b> The back-fill is run by {@link ArchiveJobs}, the class that
 * schedules the archiver in production, built with the service's own archiver and settings but
 * {@code enabled=true}, registering its leader-only fixed-delay task (every 100 ms, 50 documents a run) on a
 * {@link ThreadPoolTaskScheduler} of the test's: an archiver instance. It is stopped part-way (once the progress
 * endpoint shows 300 or more archived) as a scheduler is stopped on shutdown: its task cancelled and its thread
 * interrupted in the middle of a run, whatever it was doing (waiting for an allowance slot, downloading, storing).
 * While no archiver runs, the archive and the emulator's download count stay still. Then a new scheduler with a new
 * {@link ArchiveJobs} resumes, as a restarted instance would; it starts from the archive's own state.</li>
 * <li><b>Within the allowance, fast.</b> As in the allowance test ({@link FastFactus}) time runs {@value #SPEED} times
 * faster at the emulator, whose account allows 80 requests a minute of its clock, and the tenant's allowance is 70 a
 * minute of that clock, with a burst of 1. The figures printed are real seconds, upstream requests, the most requests
 * the emulator saw in any minute of its clock and its 429s.</li>
 * </ul>
 * Checked at the end: every invoice has its XML and PDF archived, the emulator never answered 429 and never held more
 * than 80 requests in a window, and the downloads are 2,000 plus at most one per stop (the download in flight when the
 * thread was interrupted, fetched again after the resume); the progress read while the archiver ran never went back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "factus.allowance.burst=1", "factus-api.archive.enabled=false", "factus-api.archive.interval=100ms",
        "factus-api.archive.batch-size=50", "factus-api.archive.lag-threshold=0s"})
class ArchiveBackfillOnPostgresEndToEndTest extends PostgresEndToEndTest {
    private static final int SPEED = 40;
    private static final int DOCUMENTS = 1000;
    private static final int ACCOUNT_LIMIT = 80;
    private static final int STOP_AT = 300;
    private static final List<String> DOWNLOADS = List.of("GET /v1/bills/download-pdf/{number}",
            "GET /v1/bills/download-xml/{number}");

    @Autowired
    private ArchiveDocumentsUseCase archiver;
    @Autowired
    private ArchiveProperties properties;
    @Autowired
    private JdbcInstanceRegistry instances;
    @Autowired
    private DocumentArchive archive;

    private final FastFactus factusAtSpeed = new FastFactus(SPEED);

    @AfterEach
    void stop() {
        factusAtSpeed.close();
    }

    @Test
    void aThousandPreExistingInvoicesAreBackFilledWithinTheAllowanceByAnArchiverStoppedAndResumed() throws Exception {
        EmulatorAccount account = factusAtSpeed.account("backfill", ACCOUNT_LIMIT);
        ApiClient tenant = factusAtSpeed.tenant(api, account, 70);
        UUID tenantId = UUID.fromString(ApiClient.json(tenant.get("/api/v1/tenant")).path("id").asString());
        ApiClient admin = api.asAdmin();

        long started = System.nanoTime();
        List<String> numbers = issue(tenant, DOCUMENTS);
        long issuedSeconds = secondsSince(started);
        RateLimitCounters issuing = account.rateLimitCounters();
        assertThat(progress(admin, tenantId)).isEqualTo(new Progress(DOCUMENTS, 0, DOCUMENTS, 0));
        assertThat(downloads(account)).as("nothing archived them yet").isZero();

        long backfillStarted = System.nanoTime();
        List<Long> observed = new ArrayList<>();
        RunningArchiver first = RunningArchiver.start(archiver, properties, instances);
        Poll.until(Duration.ofMinutes(2), STOP_AT + " archived", () -> observe(admin, tenantId, observed) >= STOP_AT);
        first.stop();
        Progress atStop = progress(admin, tenantId);
        long downloadsAtStop = downloads(account);
        Thread.sleep(properties.interval().multipliedBy(20));
        assertThat(progress(admin, tenantId)).as("nothing archived while stopped").isEqualTo(atStop);
        assertThat(downloads(account)).as("nothing downloaded while stopped").isEqualTo(downloadsAtStop);
        assertThat(atStop.archived()).as("stopped part-way").isBetween((long) STOP_AT, DOCUMENTS - 1L);
        assertThat(atStop.failing()).as("an interrupted run records no failure").isZero();

        RunningArchiver resumed = RunningArchiver.start(archiver, properties, instances);
        try {
            Poll.until(Duration.ofMinutes(2), "every document archived",
                    () -> observe(admin, tenantId, observed) == DOCUMENTS);
        } finally {
            resumed.stop();
        }
        long backfillSeconds = secondsSince(backfillStarted);

        for (String number : numbers) {
            for (DocumentFile.Format format : DocumentFile.Format.values()) {
                assertThat(archive.find(new ArchiveKey(tenantId, DocumentKind.INVOICE, number, format)))
                        .as(number + " " + format).isPresent();
            }
        }
        RateLimitCounters upstream = account.rateLimitCounters();
        long downloads = downloads(account);
        System.out.printf("Back-fill: %d invoices issued in %d s (%d upstream requests, at most %d in one minute of "
                        + "the emulator's clock), then archived in %d s (stopped at %d archived, resumed): %d downloads "
                        + "(%d again), %d upstream requests in all, at most %d in one minute of the emulator's clock "
                        + "(limit %d), %d answered 429; progress read %d times, archived %s%n", DOCUMENTS,
                issuedSeconds, issuing.accepted(), issuing.maxInWindow(), backfillSeconds, atStop.archived(),
                downloads, downloads - 2L * DOCUMENTS, upstream.accepted(), upstream.maxInWindow(), ACCOUNT_LIMIT,
                upstream.throttled(), observed.size(), sample(observed));
        assertThat(progress(admin, tenantId)).isEqualTo(new Progress(DOCUMENTS, DOCUMENTS, 0, 0));
        assertThat(upstream.throttled()).isZero();
        assertThat(upstream.maxInWindow()).isLessThanOrEqualTo(ACCOUNT_LIMIT);
        assertThat(downloads).as("each file downloaded once, but the one in flight at the stop")
                .isBetween(2L * DOCUMENTS, 2L * DOCUMENTS + 1);
        assertThat(observed).as("progress never goes back").isSorted();
        assertThat(observed.stream().distinct().count()).as("progress seen rising").isGreaterThan(5);
    }

    @Test
    void theProgressIsThePlatformAdminsOnlyAndDescribedInTheOpenApiDocument() {
        assertThat(Responses.problem(api.get("/api/v1/admin/archive"), 403).path("type").asString())
                .as("an API key, never a platform admin").isEqualTo("urn:factus-api:problem:forbidden");
        JsonNode operation = ApiClient.json(api.anonymous().get("/v3/api-docs")).path("paths")
                .path("/api/v1/admin/archive").path("get");
        assertThat(operation.path("summary").asString()).contains("back-fill");
        assertThat(operation.path("responses").path("200").path("content").toString())
                .contains("ArchiveProgressResponse");
    }

    /**
     * Issues {@code count} invoices from 4 clients at once (the allowance paces them); their numbers. Few clients: a
     * caller stalled past its slot (the machine busy) sends late, bunched with the next ones, so the most requests in
     * one window can exceed the allowance by up to the number of callers waiting (with 6 clients 74 to 76 were seen in
     * a window of 1.5 s, against the account's 80; the archiver alone, one call at a time, stays at the allowance).
     */
    private static List<String> issue(ApiClient tenant, int count) throws Exception {
        List<Future<HttpResponse<String>>> issued = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < count; i++) {
                String reference = "BACKFILL-" + i + "-" + UUID.randomUUID();
                issued.add(clients.submit(() -> tenant.postJson("/api/v1/invoices",
                        DocumentFixture.INVOICE.body(reference, null))));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<HttpResponse<String>> invoice : issued) {
                HttpResponse<String> response = invoice.get(3, TimeUnit.MINUTES);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                numbers.add(ApiClient.json(response).path("number").asString());
            }
            return numbers;
        }
    }

    /** The tenant's line of {@code GET /api/v1/admin/archive}. */
    private static Progress progress(ApiClient admin, UUID tenantId) {
        JsonNode body = ApiClient.json(Responses.ok(admin.get("/api/v1/admin/archive")));
        for (JsonNode line : body.path("tenants")) {
            if (line.path("tenant_id").asString().equals(tenantId.toString())) {
                assertThat(line.path("pending").asLong()).isEqualTo(line.path("issued").asLong()
                        - line.path("archived").asLong());
                return new Progress(line.path("issued").asLong(), line.path("archived").asLong(),
                        line.path("pending").asLong(), line.path("failing").asLong());
            }
        }
        throw new AssertionError("No progress for the tenant in " + body);
    }

    private static long observe(ApiClient admin, UUID tenantId, List<Long> observed) {
        long archived = progress(admin, tenantId).archived();
        observed.add(archived);
        return archived;
    }

    private static long downloads(EmulatorAccount account) {
        Map<String, Long> requests = account.counters().requests();
        return DOWNLOADS.stream().mapToLong(route -> requests.getOrDefault(route, 0L)).sum();
    }

    private static long secondsSince(long nanos) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - nanos);
    }

    /** About ten of the values read, first and last included. */
    private static List<Long> sample(List<Long> observed) {
        int step = Math.max(1, observed.size() / 10);
        List<Long> sample = new ArrayList<>();
        for (int i = 0; i < observed.size(); i += step) {
            sample.add(observed.get(i));
        }
        if (!sample.getLast().equals(observed.getLast())) {
            sample.add(observed.getLast());
        }
        return sample;
    }

    private record Progress(long issued, long archived, long pending, long failing) {
    }

    /**
     * An archiver instance: {@link ArchiveJobs} with {@code enabled=true} registering its task on a scheduler of its
     * own, as the service does at start-up; {@link #stop} cancels the task and interrupts a run in progress, as a
     * scheduler shut down with its instance does, and waits until the thread has let go.
     */
    private record RunningArchiver(ThreadPoolTaskScheduler scheduler, ScheduledTaskRegistrar registrar) {
        static RunningArchiver start(ArchiveDocumentsUseCase archiver, ArchiveProperties settings,
                                     JdbcInstanceRegistry instances) {
            ArchiveProperties enabled = new ArchiveProperties(settings.store(), settings.directory(),
                    settings.retention(), true, settings.interval(), settings.batchSize(), settings.lagThreshold(),
                    settings.retryInitialBackoff(), settings.retryMaxBackoff(), settings.exportTtl(),
                    settings.exportMaxDays(), settings.exportDirectory(), settings.exportInterval(),
                    settings.exportProgressEvery(), settings.exportPurgeInterval());
            ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
            scheduler.setThreadNamePrefix("archiver-");
            scheduler.initialize();
            ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
            registrar.setTaskScheduler(scheduler);
            new ArchiveJobs(archiver, enabled, instances, new SimpleMeterRegistry()).configureTasks(registrar);
            assertThat(registrar.hasTasks()).as("the archiver's task is registered").isTrue();
            registrar.afterPropertiesSet();
            return new RunningArchiver(scheduler, registrar);
        }

        void stop() throws InterruptedException {
            registrar.destroy();
            scheduler.shutdown();
            assertThat(scheduler.getScheduledExecutor().awaitTermination(30, TimeUnit.SECONDS))
                    .as("the archiver's thread let go").isTrue();
        }
    }
}
