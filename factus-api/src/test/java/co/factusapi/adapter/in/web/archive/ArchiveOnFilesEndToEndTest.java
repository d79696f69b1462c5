package co.factusapi.adapter.in.web.archive;

import co.factusapi.application.port.out.DocumentArchive;
import co.factusapi.domain.archive.ArchiveKey;
import co.factusapi.emulator.FactusEmulator;
import co.factusapi.testsupport.EndToEndTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.MethodOrderer;
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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "factus-api.archive.store=filesystem")
class ArchiveOnFilesEndToEndTest extends EndToEndTest implements ArchiveContract {
    private static final Path DIRECTORY = temporaryDirectory();
    private static final ArchiveScenarios.Upstream UPSTREAM = ArchiveScenarios.Upstream.start();

    @Autowired
    private DocumentArchive archive;
    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
        registry.add("factus-api.archive.directory", DIRECTORY::toString);
        UPSTREAM.register(registry);
    }

    @Override
    public ArchiveScenarios scenarios() {
        return new ArchiveScenarios(api, UPSTREAM, archive, jdbc);
    }

    @Override
    public FactusEmulator embeddedEmulator() {
        return factus.emulator();
    }

    /** The file made writable again (it is archived owner-read-only) and overwritten, or deleted. */
    @Override
    public ArchiveScenarios.Tampering tampering() {
        return new ArchiveScenarios.Tampering() {
            @Override
            public void alter(ArchiveKey key, byte[] content) {
                try {
                    Path file = file(key);
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    Files.write(file, content);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void lose(ArchiveKey key) {
                try {
                    Files.delete(file(key));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private Path file(ArchiveKey key) {
        return DIRECTORY.resolve(jdbc.sql("SELECT location FROM archived_files WHERE tenant_id = ? AND kind = ? "
                        + "AND number = ? AND format = ?")
                .params(key.tenantId(), key.kind().name(), key.number(), key.format().name())
                .query(String.class).single());
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("factus-archive-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
