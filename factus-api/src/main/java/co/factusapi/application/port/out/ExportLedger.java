package co.factusapi.application.port.out;

import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.export.ExportedDocument;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The ledger documents an export takes, read a page at a time (keyset on the document id, never all at once). */
public interface ExportLedger {

    long count(UUID tenantId, Criteria criteria);

    /** The next {@code limit} documents in id order after {@code after} (null: from the first). */
    List<ExportedDocument> page(UUID tenantId, Criteria criteria, UUID after, int limit);

    /** Documents of these kinds and statuses issued (created, when never issued) in {@code [from, until)}. */
    record Criteria(Instant from, Instant until, Set<DocumentKind> kinds, Set<DocumentStatus> statuses) {
    }
}
