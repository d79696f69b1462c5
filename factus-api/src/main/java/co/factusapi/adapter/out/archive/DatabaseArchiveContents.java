package co.factusapi.adapter.out.archive;

import co.factusapi.domain.archive.ArchiveKey;
import co.factusapi.domain.archive.ArchivedFile;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bytes in the database, {@code archived_file_contents.content} (BYTEA on PostgreSQL and H2). */
public final class DatabaseArchiveContents implements ArchiveContents {
    public static final String NAME = "database";
    private final JdbcClient jdbc;

    public DatabaseArchiveContents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String location(ArchivedFile file) {
        return null;
    }

    @Override
    public void write(ArchivedFile file, String location, byte[] content) {
        ArchiveKey key = file.key();
        jdbc.sql("INSERT INTO archived_file_contents (tenant_id, kind, number, format, content) "
                        + "VALUES (:tenant_id, :kind, :number, :format, :content)")
                .param("tenant_id", key.tenantId())
                .param("kind", key.kind().name())
                .param("number", key.number())
                .param("format", key.format().name())
                .param("content", content)
                .update();
    }

    @Override
    public Optional<byte[]> read(ArchivedFile file, String location) {
        ArchiveKey key = file.key();
        return jdbc.sql("SELECT content FROM archived_file_contents "
                        + "WHERE tenant_id = :tenant_id AND kind = :kind AND number = :number AND format = :format")
                .param("tenant_id", key.tenantId())
                .param("kind", key.kind().name())
                .param("number", key.number())
                .param("format", key.format().name())
                .query((rs, row) -> rs.getBytes("content"))
                .optional();
    }
}
