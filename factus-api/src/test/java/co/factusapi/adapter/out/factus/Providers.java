package co.factusapi.adapter.out.factus;

import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.invoice.InvoiceRequest;
import co.factusapi.domain.tenant.ApiVersion;

/** The adapter's document providers built on a test's own factory and validate turn-taking. */
final class Providers {
    private Providers() {
    }

    static FactusDocumentProvider<InvoiceRequest> bills(FactusAdapterFactory factory, ValidateSerializer validates) {
        return bills(ApiVersion.V1, factory, validates);
    }

    static FactusDocumentProvider<InvoiceRequest> bills(ApiVersion version, FactusAdapterFactory factory,
                                                        ValidateSerializer validates) {
        return FactusAdapterFactory.bills(version, factory.client(), factory.catalog(), validates);
    }

    static FactusDocumentProvider<CreditNoteRequest> creditNotes(ApiVersion version, FactusAdapterFactory factory,
                                                                ValidateSerializer validates) {
        return FactusAdapterFactory.creditNotes(version, factory.client(), factory.catalog(), validates);
    }
}
