package co.factusapi.adapter.out.factus;

import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.invoice.InvoiceRequest;

/** The adapter's document providers built on a test's own factory and validate turn-taking. */
final class Providers {
    private Providers() {
    }

    static FactusDocumentProvider<InvoiceRequest> bills(FactusAdapterFactory factory, ValidateSerializer validates) {
        return new FactusDocumentProvider<>(factory.client(), FactusEndpoints.BILLS,
                new FactusBillPayload(factory.catalog())::of, validates);
    }

    static FactusDocumentProvider<CreditNoteRequest> creditNotes(FactusAdapterFactory factory,
                                                                ValidateSerializer validates) {
        return new FactusDocumentProvider<>(factory.client(), FactusEndpoints.CREDIT_NOTES,
                new FactusCreditNotePayload(factory.client(), factory.catalog())::of, validates);
    }
}
