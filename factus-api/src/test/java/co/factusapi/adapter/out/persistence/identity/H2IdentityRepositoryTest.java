package co.factusapi.adapter.out.persistence.identity;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class H2IdentityRepositoryTest extends JdbcIdentityRepositoryContractTest {
    @Override
    protected DataSource newDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:identity-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }
}
