package co.factusapi.adapter.out.persistence.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** PostgreSQL's driver and H2 both map TIMESTAMP WITH TIME ZONE to OffsetDateTime, not to Instant. */
final class JdbcTimestamps {
    private JdbcTimestamps() {
    }

    static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant fromColumn(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
