package co.factusapi.adapter.out.persistence.identity;

import co.factusapi.testsupport.PostgresDatabase;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class PostgresIdentityRepositoryTest extends JdbcIdentityRepositoryContractTest {
    @Override
    protected DataSource newDatabase() {
        return new DriverManagerDataSource(PostgresDatabase.freshSchemaUrl(), PostgresDatabase.user(), "");
    }
}
