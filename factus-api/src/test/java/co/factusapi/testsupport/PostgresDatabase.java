package co.factusapi.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL the machine runs (127.0.0.1:5432, database {@code test}, trust auth; override with
 * FACTUS_TEST_POSTGRES_URL / _USER). Each caller gets its own fresh schema, dropped when the JVM exits.
 * Without PostgreSQL the tests are skipped, unless FACTUS_TEST_REQUIRE_POSTGRES=true (CI), where they fail.
 */
public final class PostgresDatabase {
    private static final String BASE_URL = env("FACTUS_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("FACTUS_TEST_POSTGRES_USER", "postgres");

    private PostgresDatabase() {
    }

    /** A JDBC URL whose default schema is new and empty. */
    public static String freshSchemaUrl() {
        String schema = "factus_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(BASE_URL, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if (Boolean.parseBoolean(System.getenv("FACTUS_TEST_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("PostgreSQL is required (FACTUS_TEST_REQUIRE_POSTGRES=true) but "
                        + BASE_URL + " is not reachable: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + BASE_URL + "; set FACTUS_TEST_REQUIRE_POSTGRES=true to fail instead");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(schema)));
        return BASE_URL + (BASE_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static String user() {
        return USER;
    }

    private static void drop(String schema) {
        try (Connection connection = DriverManager.getConnection(BASE_URL, USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException ignored) {
            // best effort: a leftover test schema is harmless
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
