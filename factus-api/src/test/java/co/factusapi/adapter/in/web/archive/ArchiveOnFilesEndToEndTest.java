package co.factusapi.adapter.in.web.archive;

import co.factusapi.application.port.out.DocumentArchive;
import co.factusapi.testsupport.EndToEndTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The legal archive on the embedded H2 database with its files in a directory (docs/archive.md). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "factus.archive.store=filesystem"})
class ArchiveOnFilesEndToEndTest extends EndToEndTest {
    private static final Path DIRECTORY = temporaryDirectory();

    @Autowired
    private DocumentArchive archive;
    @Autowired
    private JdbcClient jdbc;
    private ArchiveScenarios scenarios;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("factus.archive.directory", DIRECTORY::toString);
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

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("factus-archive-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
