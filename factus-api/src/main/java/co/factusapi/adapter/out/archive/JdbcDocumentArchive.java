package co.factusapi.adapter.out.archive;

import co.factusapi.adapter.out.persistence.SqlTime;
import co.factusapi.application.port.out.DocumentArchive;
import co.factusapi.domain.archive.ArchiveKey;
import co.factusapi.domain.archive.ArchivedFile;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The archive's records in {@code archived_files} (one row per tenant, kind, number and format: the primary key
 * makes every file write-once across instances) and its bytes in the configured {@link ArchiveContents}. Each row
 * names the store that holds its bytes, so a deployment that changes stores still reads what it archived before.
 */
public final class JdbcDocumentArchive implements DocumentArchive {
    private static final String COLUMNS = "tenant_id, kind, number, format, file_name, content_type, size_bytes, sha256, "
            + "store, location, issued_at, stored_at";
    private static final String BY_KEY = "tenant_id = :tenant_id AND kind = :kind AND number = :number AND format = :format";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ArchiveContents writeTo;
    private final Map<String, ArchiveContents> stores;

    /** New files go to {@code writeTo}; files are read from whichever of {@code stores} their row names. */
    public JdbcDocumentArchive(JdbcClient jdbc, TransactionTemplate transactions, ArchiveContents writeTo,
                               List<ArchiveContents> stores) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.writeTo = writeTo;
        this.stores = stores.stream().collect(Collectors.toMap(ArchiveContents::name, Function.identity()));
        this.stores.putIfAbsent(writeTo.name(), writeTo);
    }

    @Override
    public Write store(ArchivedFile file, byte[] content) {
        if (!file.matches(content)) {
            throw new IllegalArgumentException("The content does not match the record of " + file.key().describe());
        }
        Optional<Row> existing = row(file.key());
        if (existing.isPresent()) {
            return again(existing.get(), content);
        }
        String location = writeTo.location(file);
        try {
            transactions.executeWithoutResult(status -> {
                insert(file, location);
                writeTo.write(file, location, content);
            });
            return Write.STORED;
        } catch (DuplicateKeyException raced) {
            // Another instance archived the same key first: the same answer as if it had been there before.
            return again(row(file.key()).orElseThrow(() -> raced), content);
        }
    }

    /** The key is archived already: equal bytes are a no-op (their bytes put back if they went missing). */
    private Write again(Row existing, byte[] content) {
        if (!existing.file().matches(content)) {
            return Write.CONFLICT;
        }
        ArchiveContents store = store(existing);
        if (store.read(existing.file(), existing.location()).isPresent()) {
            return Write.ALREADY_STORED;
        }
        store.write(existing.file(), existing.location(), content);
        return Write.RESTORED;
    }

    @Override
    public Optional<ArchivedFile> find(ArchiveKey key) {
        return row(key).map(Row::file);
    }

    @Override
    public Optional<byte[]> content(ArchivedFile file) {
        return row(file.key()).flatMap(row -> store(row).read(row.file(), row.location()));
    }

    @Override
    public List<ArchivedFile> list(UUID tenantId, ArchiveKey after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM archived_files WHERE 1 = 1");
        if (tenantId != null) {
            sql.append(" AND tenant_id = :only_tenant");
        }
        if (after != null) {
            sql.append(" AND (tenant_id, kind, number, format) > (:tenant_id, :kind, :number, :format)");
        }
        sql.append(" ORDER BY tenant_id, kind, number, format LIMIT :limit");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("limit", limit);
        if (tenantId != null) {
            statement = statement.param("only_tenant", tenantId);
        }
        if (after != null) {
            statement = key(statement, after);
        }
        return statement.query((rs, n) -> row(rs).file()).list();
    }

    private void insert(ArchivedFile file, String location) {
        key(jdbc.sql("INSERT INTO archived_files (" + COLUMNS + ") VALUES (:tenant_id, :kind, :number, :format, "
                        + ":file_name, :content_type, :size_bytes, :sha256, :store, :location, :issued_at, :stored_at)"),
                file.key())
                .param("file_name", file.fileName())
                .param("content_type", file.contentType())
                .param("size_bytes", file.size())
                .param("sha256", file.sha256())
                .param("store", writeTo.name())
                .param("location", location)
                .param("issued_at", SqlTime.timestamp(file.issuedAt()))
                .param("stored_at", SqlTime.timestamp(file.storedAt()))
                .update();
    }

    private Optional<Row> row(ArchiveKey key) {
        return key(jdbc.sql("SELECT " + COLUMNS + " FROM archived_files WHERE " + BY_KEY), key)
                .query((rs, n) -> row(rs)).optional();
    }

    private ArchiveContents store(Row row) {
        ArchiveContents store = stores.get(row.store());
        if (store == null) {
            throw new IllegalStateException("No archive store named " + row.store() + " is configured");
        }
        return store;
    }

    private static JdbcClient.StatementSpec key(JdbcClient.StatementSpec statement, ArchiveKey key) {
        return statement.param("tenant_id", key.tenantId())
                .param("kind", key.kind().name())
                .param("number", key.number())
                .param("format", key.format().name());
    }

    private static Row row(ResultSet rs) throws SQLException {
        ArchiveKey key = new ArchiveKey(rs.getObject("tenant_id", UUID.class), DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("number"), DocumentFile.Format.valueOf(rs.getString("format")));
        return new Row(new ArchivedFile(key, rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), SqlTime.instant(rs, "issued_at"),
                SqlTime.instant(rs, "stored_at")),
                rs.getString("store"), rs.getString("location"));
    }

    private record Row(ArchivedFile file, String store, String location) {
    }
}
