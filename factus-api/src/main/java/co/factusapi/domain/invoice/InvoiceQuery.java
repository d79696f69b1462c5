package co.factusapi.domain.invoice;

import co.factusapi.domain.document.DocumentStatus;
import java.time.Instant;

/** Filters over our ledger; every filter is optional. {@code page} is 1-based. */
public record InvoiceQuery(DocumentStatus status, String referenceCode, String number, String customerIdentification,
                           Instant createdFrom, Instant createdTo, int page, int size) {
    public static final int MAX_SIZE = 100;

    public InvoiceQuery {
        if (page < 1) {
            throw new IllegalArgumentException("page starts at 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE);
        }
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
