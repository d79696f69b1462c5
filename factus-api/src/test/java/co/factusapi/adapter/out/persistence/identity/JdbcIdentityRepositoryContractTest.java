package co.factusapi.adapter.out.persistence.identity;

import co.factusapi.application.port.out.ApiKeyRepository;
import co.factusapi.application.port.out.UserRepository;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The JDBC repositories on a freshly migrated database, so the migration itself is tested too. */
abstract class JdbcIdentityRepositoryContractTest extends IdentityRepositoryContractTest {
    private JdbcClient jdbc;

    protected abstract DataSource newDatabase();

    @BeforeEach
    @Override
    void createRepositories() {
        DataSource dataSource = newDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        super.createRepositories();
    }

    @Override
    protected UserRepository newUserRepository() {
        return new JdbcUserRepository(jdbc);
    }

    @Override
    protected ApiKeyRepository newApiKeyRepository() {
        return new JdbcApiKeyRepository(jdbc);
    }
}
