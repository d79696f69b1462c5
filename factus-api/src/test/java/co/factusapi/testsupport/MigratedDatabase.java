package co.factusapi.testsupport;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A real database with the service's Flyway migrations applied: H2 in PostgreSQL mode, or a fresh PostgreSQL schema. */
public final class MigratedDatabase {
    private MigratedDatabase() {
    }

    /** Which database a repository contract runs on: {@code @ParameterizedClass @EnumSource(MigratedDatabase.Kind.class)}. */
    public enum Kind {
        H2, POSTGRES;

        /** A fresh database of this kind (PostgreSQL tests are skipped when no server answers, see PostgresDatabase). */
        public DataSource create() {
            return this == H2 ? h2() : postgres();
        }

        /** A fresh database of this kind migrated up to {@code version} only, to test the migrations after it. */
        public DataSource createAt(String version) {
            DataSource dataSource = this == H2 ? emptyH2() : emptyPostgres();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load()
                    .migrate();
            return dataSource;
        }
    }

    public static DataSource h2() {
        return migrate(emptyH2());
    }

    public static DataSource postgres() {
        return migrate(emptyPostgres());
    }

    /** Migrates what {@link Kind#createAt} left at an earlier version to the latest. */
    public static DataSource migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    private static DataSource emptyH2() {
        String url = "jdbc:h2:mem:test-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        return new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
    }

    private static DataSource emptyPostgres() {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), PostgresDatabase.freshSchemaUrl(),
                PostgresDatabase.user(), "");
    }

}
