package co.factusapi.domain.archive;

import co.factusapi.domain.common.Sha256;
import co.factusapi.domain.document.DocumentFile;
import java.time.Instant;
import java.util.Objects;

/**
 * What the archive records of one file besides its bytes: the provider's file name, content type, size, SHA-256 (hex)
 * and when it was stored. {@code issuedAt} is when DIAN validated the document (retention counts from it; null when
 * the ledger does not know it).
 */
public record ArchivedFile(ArchiveKey key, String fileName, String contentType, long size, String sha256,
                           Instant issuedAt, Instant storedAt) {

    public ArchivedFile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(storedAt, "storedAt");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }

    /** The record of {@code file} as the provider served it, stored now. */
    public static ArchivedFile of(ArchiveKey key, DocumentFile file, Instant issuedAt, Instant storedAt) {
        if (file.format() != key.format()) {
            throw new IllegalArgumentException("A " + file.format() + " file cannot be archived as " + key.format());
        }
        return new ArchivedFile(key, file.fileName(), contentType(key.format()), file.content().length,
                sha256(file.content()), issuedAt, storedAt);
    }

    /** Whether {@code content} is exactly the bytes this record describes. */
    public boolean matches(byte[] content) {
        return content.length == size && sha256(content).equals(sha256);
    }

    public DocumentFile toFile(byte[] content) {
        return new DocumentFile(fileName, key.format(), content);
    }

    public static String contentType(DocumentFile.Format format) {
        return format == DocumentFile.Format.PDF ? "application/pdf" : "application/xml";
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public static String sha256(byte[] content) {
        return Sha256.hex(content);
    }
}
