package co.factusapi.testsupport;

import co.factusapi.config.FactusConfig;
import co.factusapi.config.ReliabilityJobs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service over real HTTP on a fresh PostgreSQL schema, with its bundled emulator: what the reliability
 * guarantees are proven on. Subclasses add {@code @SpringBootTest(RANDOM_PORT)} with their own settings; each test
 * starts with a new API key and no armed emulator fault. Skipped without PostgreSQL (required in CI).
 */
@ActiveProfiles("test")
public abstract class PostgresEndToEndTest {
    private static String databaseUrl;

    @LocalServerPort
    protected int port;
    @Autowired
    protected FactusConfig.EmbeddedFactus factus;
    @Autowired
    protected ReliabilityJobs jobs;
    protected ApiClient api;
    protected EmulatorControl emulator;

    @BeforeAll
    static void createSchema() {
        databaseUrl = PostgresDatabase.freshSchemaUrl();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> databaseUrl);
        registry.add("spring.datasource.username", PostgresDatabase::user);
    }

    @BeforeEach
    void connectAsANewApiClient() {
        api = new ApiClient(port).withNewApiKey();
        emulator = new EmulatorControl(factus.emulator());
        emulator.clearFaults();
    }
}
