package co.factusapi.domain.document;

import java.time.Instant;
import java.util.Objects;

/**
 * Filters over the ledger of one kind of document; every filter but the kind is optional. {@code correctedNumber}
 * finds the notes of one document; {@code page} is 1-based.
 */
public record DocumentQuery(DocumentKind kind, DocumentStatus status, String referenceCode, String number,
                            String partyIdentification, String correctedNumber, Instant createdFrom,
                            Instant createdTo, int page, int size) {
    public static final int MAX_SIZE = 100;

    public DocumentQuery {
        Objects.requireNonNull(kind, "kind");
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page starts at 1 and size is 1.." + MAX_SIZE);
        }
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
