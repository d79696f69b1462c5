package co.factusapi.adapter.out.archive;

import co.factusapi.adapter.out.persistence.SqlTime;
import co.factusapi.application.port.out.ArchiveBacklog;
import co.factusapi.domain.archive.ArchiveProgress;
import co.factusapi.domain.archive.DocumentToArchive;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backlog read straight from the ledger table {@code documents} beside {@code archived_files} (an ISSUED
 * document lacking either format) and {@code archive_attempts}; each statement is its own short transaction.
 */
public final class JdbcArchiveBacklog implements ArchiveBacklog {
    private static final String HAS_PDF = archived(DocumentFile.Format.PDF);
    private static final String HAS_XML = archived(DocumentFile.Format.XML);
    private static final String INCOMPLETE = "d.status = 'ISSUED' AND d.number IS NOT NULL AND NOT (" + HAS_PDF
            + " AND " + HAS_XML + ")";

    private final JdbcClient jdbc;

    public JdbcArchiveBacklog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DocumentToArchive> due(UUID tenantId, Instant now, int limit) {
        return jdbc.sql("SELECT d.id, d.tenant_id, d.kind, d.number, d.issued_at, COALESCE(a.attempts, 0) AS attempts, "
                        + "CASE WHEN " + HAS_PDF + " THEN 1 ELSE 0 END AS has_pdf, "
                        + "CASE WHEN " + HAS_XML + " THEN 1 ELSE 0 END AS has_xml "
                        + "FROM documents d LEFT JOIN archive_attempts a ON a.document_id = d.id "
                        + "WHERE d.tenant_id = :tenant_id AND " + INCOMPLETE
                        + " AND (a.next_attempt_at IS NULL OR a.next_attempt_at <= :now) "
                        + "ORDER BY COALESCE(a.attempts, 0), d.issued_at, d.id LIMIT :limit")
                .param("tenant_id", tenantId)
                .param("now", SqlTime.timestamp(now))
                .param("limit", limit)
                .query((rs, n) -> document(rs))
                .list();
    }

    @Override
    public void failed(UUID documentId, int attempts, String error, Instant nextAttemptAt, Instant now) {
        String lastError = error == null || error.length() <= 200 ? error : error.substring(0, 200);
        if (update(documentId, attempts, lastError, nextAttemptAt, now) > 0) {
            return;
        }
        try {
            attempt("INSERT INTO archive_attempts (document_id, attempts, last_error, next_attempt_at, updated_at) "
                    + "VALUES (:document_id, :attempts, :last_error, :next_attempt_at, :updated_at)", documentId,
                    attempts, lastError, nextAttemptAt, now).update();
        } catch (DuplicateKeyException raced) {
            update(documentId, attempts, lastError, nextAttemptAt, now);
        }
    }

    @Override
    public void archived(UUID documentId) {
        jdbc.sql("DELETE FROM archive_attempts WHERE document_id = :document_id").param("document_id", documentId)
                .update();
    }

    @Override
    public long lagging(Instant issuedBefore) {
        return jdbc.sql("SELECT COUNT(*) FROM documents d WHERE " + INCOMPLETE
                        + " AND COALESCE(d.issued_at, d.updated_at) < :before")
                .param("before", SqlTime.timestamp(issuedBefore))
                .query(Long.class)
                .single();
    }

    @Override
    public long lagging(UUID tenantId, Instant createdSince, Instant issuedBefore) {
        return jdbc.sql("SELECT COUNT(*) FROM documents d WHERE d.tenant_id = :tenant AND d.created_at >= :since AND "
                        + INCOMPLETE + " AND COALESCE(d.issued_at, d.updated_at) < :before")
                .param("tenant", tenantId)
                .param("since", SqlTime.timestamp(createdSince))
                .param("before", SqlTime.timestamp(issuedBefore))
                .query(Long.class)
                .single();
    }

    @Override
    public List<ArchiveProgress> progress(Instant issuedBefore) {
        return jdbc.sql("SELECT tenant_id, COUNT(*) AS issued, SUM(complete) AS archived, "
                        + "SUM(CASE WHEN complete = 0 AND attempts IS NOT NULL THEN 1 ELSE 0 END) AS failing, "
                        + "SUM(CASE WHEN complete = 0 THEN COALESCE(attempts, 0) ELSE 0 END) AS failed_attempts, "
                        + "SUM(CASE WHEN complete = 0 AND issued < :before THEN 1 ELSE 0 END) AS lagging "
                        + "FROM (SELECT d.tenant_id, a.attempts, COALESCE(d.issued_at, d.updated_at) AS issued, "
                        + "CASE WHEN " + HAS_PDF + " AND " + HAS_XML + " THEN 1 ELSE 0 END AS complete "
                        + "FROM documents d LEFT JOIN archive_attempts a ON a.document_id = d.id "
                        + "WHERE d.status = 'ISSUED' AND d.number IS NOT NULL) p "
                        + "GROUP BY tenant_id ORDER BY tenant_id")
                .param("before", SqlTime.timestamp(issuedBefore))
                .query((rs, n) -> new ArchiveProgress(rs.getObject("tenant_id", UUID.class), rs.getLong("issued"),
                        rs.getLong("archived"), rs.getLong("failing"), rs.getLong("failed_attempts"),
                        rs.getLong("lagging")))
                .list();
    }

    private int update(UUID documentId, int attempts, String lastError, Instant nextAttemptAt, Instant now) {
        return attempt("UPDATE archive_attempts SET attempts = :attempts, last_error = :last_error, "
                + "next_attempt_at = :next_attempt_at, updated_at = :updated_at WHERE document_id = :document_id",
                documentId, attempts, lastError, nextAttemptAt, now).update();
    }

    private JdbcClient.StatementSpec attempt(String sql, UUID documentId, int attempts, String lastError,
                                             Instant nextAttemptAt, Instant now) {
        return jdbc.sql(sql)
                .param("document_id", documentId)
                .param("attempts", attempts)
                .param("last_error", lastError)
                .param("next_attempt_at", SqlTime.timestamp(nextAttemptAt))
                .param("updated_at", SqlTime.timestamp(now));
    }

    private static DocumentToArchive document(ResultSet rs) throws SQLException {
        Set<DocumentFile.Format> missing = EnumSet.noneOf(DocumentFile.Format.class);
        if (rs.getInt("has_pdf") == 0) {
            missing.add(DocumentFile.Format.PDF);
        }
        if (rs.getInt("has_xml") == 0) {
            missing.add(DocumentFile.Format.XML);
        }
        return new DocumentToArchive(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("number"), SqlTime.instant(rs, "issued_at"),
                missing, rs.getInt("attempts"));
    }

    private static String archived(DocumentFile.Format format) {
        return "EXISTS (SELECT 1 FROM archived_files f WHERE f.tenant_id = d.tenant_id AND f.kind = d.kind "
                + "AND f.number = d.number AND f.format = '" + format.name() + "')";
    }
}
