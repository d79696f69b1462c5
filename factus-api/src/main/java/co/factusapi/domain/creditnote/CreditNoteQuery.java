package co.factusapi.domain.creditnote;

import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.invoice.InvoiceQuery;
import java.time.Instant;

/** Filters over the credit-note ledger; every filter is optional. {@code page} is 1-based. */
public record CreditNoteQuery(DocumentStatus status, String referenceCode, String invoiceNumber, Instant createdFrom,
                              Instant createdTo, int page, int size) {
    public CreditNoteQuery {
        if (page < 1 || size < 1 || size > InvoiceQuery.MAX_SIZE) {
            throw new IllegalArgumentException("page starts at 1 and size is 1.." + InvoiceQuery.MAX_SIZE);
        }
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
