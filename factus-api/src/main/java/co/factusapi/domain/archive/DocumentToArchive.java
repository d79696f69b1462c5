package co.factusapi.domain.archive;

import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An ISSUED document of the ledger whose archive is not complete: the formats still {@code missing}, and how many
 * times the archiver already failed to fetch them.
 */
public record DocumentToArchive(UUID documentId, UUID tenantId, DocumentKind kind, String number, Instant issuedAt,
                                Set<DocumentFile.Format> missing, int attempts) {
    public DocumentToArchive {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        missing = Set.copyOf(missing);
    }

    public ArchiveKey key(DocumentFile.Format format) {
        return new ArchiveKey(tenantId, kind, number, format);
    }
}
