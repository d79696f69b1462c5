package co.factusapi.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Searches every character column of every table of the current schema for a text, on H2 and PostgreSQL alike. */
public final class SecretSearch {
    private SecretSearch() {
    }

    /** The columns ("table.column") holding {@code secret} anywhere in a value. */
    public static List<String> columnsHolding(JdbcClient jdbc, String secret) {
        List<List<String>> columns = jdbc.sql("SELECT LOWER(table_name), LOWER(column_name) FROM "
                        + "information_schema.columns WHERE table_schema = CURRENT_SCHEMA "
                        + "AND UPPER(data_type) IN ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'VARCHAR', 'TEXT')")
                .query((row, n) -> List.of(row.getString(1), row.getString(2))).list();
        assertThat(columns).as("the search covers the tenant secrets and the ledger")
                .contains(List.of("tenants", "client_secret"), List.of("documents", "request_payload"));
        List<String> found = new ArrayList<>();
        for (List<String> column : columns) {
            long hits = jdbc.sql("SELECT COUNT(*) FROM " + column.get(0) + " WHERE " + column.get(1) + " LIKE :needle")
                    .param("needle", "%" + secret + "%").query(Long.class).single();
            if (hits > 0) {
                found.add(column.get(0) + "." + column.get(1));
            }
        }
        return found;
    }
}
