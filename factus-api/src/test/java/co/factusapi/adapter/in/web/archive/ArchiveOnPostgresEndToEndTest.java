package co.factusapi.adapter.in.web.archive;

import co.factusapi.application.port.out.DocumentArchive;
import co.factusapi.testsupport.PostgresEndToEndTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The legal archive on PostgreSQL with its files in the database, the default there (docs/archive.md). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArchiveOnPostgresEndToEndTest extends PostgresEndToEndTest {
    private static final ArchiveScenarios.Upstream UPSTREAM = ArchiveScenarios.Upstream.start();

    @Autowired
    private DocumentArchive archive;
    @Autowired
    private JdbcClient jdbc;
    private ArchiveScenarios scenarios;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        UPSTREAM.register(registry);
    }

    @BeforeEach
    void scenarios() {
        scenarios = new ArchiveScenarios(api, UPSTREAM, archive, jdbc);
    }

    @Test
    @Order(1)
    void theArchiverKeepsEveryKindAndRetriesAFailingDocument() {
        scenarios.theArchiverKeepsEveryKindAndRetriesAFailingDocument();
    }

    /** Last: it stops the emulators of this class's own context. */
    @Test
    @Order(Integer.MAX_VALUE)
    void everyFileIsServedFromTheArchiveByteForByteWithTheProviderStopped() {
        scenarios.everyFileIsServedFromTheArchiveByteForByteWithTheProviderStopped(factus.emulator());
    }
}
