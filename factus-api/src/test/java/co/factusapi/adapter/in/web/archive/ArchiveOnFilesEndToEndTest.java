package co.factusapi.adapter.in.web.archive;

import co.factusapi.application.port.out.DocumentArchive;
import co.factusapi.testsupport.EndToEndTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** The legal archive on the embedded H2 database with its files in a directory (docs/archive.md). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "factus.archive.store=filesystem")
class ArchiveOnFilesEndToEndTest extends EndToEndTest {
    private static final Path DIRECTORY = temporaryDirectory();
    private static final ArchiveScenarios.Upstream UPSTREAM = ArchiveScenarios.Upstream.start();

    @Autowired
    private DocumentArchive archive;
    @Autowired
    private JdbcClient jdbc;
    private ArchiveScenarios scenarios;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("factus.archive.directory", DIRECTORY::toString);
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

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("factus-archive-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
