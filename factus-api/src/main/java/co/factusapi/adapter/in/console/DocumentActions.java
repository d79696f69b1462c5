package co.factusapi.adapter.in.console;

import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.invoice.InvoiceRequest;
import java.util.Set;

/**
 * What a document's page offers someone who may change documents (documents:issue, as the API's document routes ask),
 * by the document's kind and state. Nothing for a reader; the security chain refuses their POSTs anyway.
 *
 * @param emailTo the invoice's customer address, proposed for a resend; null when unknown
 */
record DocumentActions(boolean creditNote, boolean delete, boolean reconcile, boolean email, String emailTo) {
    private static final DocumentActions NONE = new DocumentActions(false, false, false, false, null);
    /** The kinds Factus e-mails (support documents and adjustment notes have no e-mail route). */
    private static final Set<DocumentKind> EMAILED = Set.of(DocumentKind.INVOICE, DocumentKind.CREDIT_NOTE,
            DocumentKind.DEBIT_NOTE);

    static DocumentActions of(LedgerEntry<?> entry, boolean mayIssue) {
        if (!mayIssue) {
            return NONE;
        }
        DocumentStatus status = entry.status();
        boolean issued = status == DocumentStatus.ISSUED;
        // A rejected document may still be held by the provider (and block the account); an unknown one may be held
        // unvalidated. A failed one never reached it, a pending one is being sent right now.
        boolean deletable = status == DocumentStatus.REJECTED || status == DocumentStatus.UNKNOWN;
        return new DocumentActions(issued && entry.kind() == DocumentKind.INVOICE, deletable,
                status == DocumentStatus.UNKNOWN || status == DocumentStatus.PENDING,
                issued && EMAILED.contains(entry.kind()), customerEmail(entry));
    }

    public boolean any() {
        return creditNote || delete || reconcile || email;
    }

    private static String customerEmail(LedgerEntry<?> entry) {
        return entry.request() instanceof InvoiceRequest invoice && invoice.customer() != null
                ? invoice.customer().email() : null;
    }
}
