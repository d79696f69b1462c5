package co.factusapi.domain.archive;

import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import java.util.Objects;
import java.util.UUID;

/** Which archived file: one format (PDF or XML) of one document of one tenant. At most one file per key, ever. */
public record ArchiveKey(UUID tenantId, DocumentKind kind, String number, DocumentFile.Format format) {
    public ArchiveKey {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(format, "format");
    }

    /** "invoice SETP990000001 (pdf)": no personal data, safe for logs and reports. */
    public String describe() {
        return kind.label() + " " + number + " (" + format.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
