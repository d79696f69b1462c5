package co.factusapi.adapter.in.web.archive;

import co.factusapi.application.port.out.DocumentArchive;
import co.factusapi.testsupport.PostgresEndToEndTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The legal archive on PostgreSQL with its files in the database, the default there (docs/archive.md). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArchiveOnPostgresEndToEndTest extends PostgresEndToEndTest {
    @Autowired
    private DocumentArchive archive;
    @Autowired
    private JdbcClient jdbc;
    private ArchiveScenarios scenarios;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        for (String setting : ArchiveScenarios.FAST_ARCHIVER) {
            String[] pair = setting.split("=", 2);
            registry.add(pair[0], () -> pair[1]);
        }
    }

    @BeforeEach
    void scenarios() {
        scenarios = new ArchiveScenarios(api, emulator, archive, jdbc);
    }

    @Test
    void theArchiverKeepsEveryKindAndRetriesAFailingDocument() {
        scenarios.theArchiverKeepsEveryKindAndRetriesAFailingDocument();
    }
}
