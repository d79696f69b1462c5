package co.factusapi.adapter.in.web.archive;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.application.port.out.DocumentArchive;
import co.factusapi.domain.archive.ArchiveKey;
import co.factusapi.emulator.FactusEmulator;
import co.factusapi.testsupport.PostgresEndToEndTest;
import org.junit.jupiter.api.MethodOrderer;
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
class ArchiveOnPostgresEndToEndTest extends PostgresEndToEndTest implements ArchiveContract {
    private static final String BY_KEY = "WHERE tenant_id = ? AND kind = ? AND number = ? AND format = ?";
    private static final ArchiveScenarios.Upstream UPSTREAM = ArchiveScenarios.Upstream.start();

    @Autowired
    private DocumentArchive archive;
    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) {
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

    /** The row's bytes updated or deleted with SQL. */
    @Override
    public ArchiveScenarios.Tampering tampering() {
        return new ArchiveScenarios.Tampering() {
            @Override
            public void alter(ArchiveKey key, byte[] content) {
                assertThat(jdbc.sql("UPDATE archived_file_contents SET content = ? " + BY_KEY)
                        .params(content, key.tenantId(), key.kind().name(), key.number(), key.format().name())
                        .update()).isEqualTo(1);
            }

            @Override
            public void lose(ArchiveKey key) {
                assertThat(jdbc.sql("DELETE FROM archived_file_contents " + BY_KEY)
                        .params(key.tenantId(), key.kind().name(), key.number(), key.format().name())
                        .update()).isEqualTo(1);
            }
        };
    }
}
