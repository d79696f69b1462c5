package co.factusapi.adapter.in.console;

import co.factusapi.application.port.in.FindDocumentsUseCase;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.NotFoundException;

/** A document of the acting tenant as the console's addresses name it: its kind's slug and its reference code. */
final class ConsoleLookup {
    private ConsoleLookup() {
    }

    static LedgerEntry<?> byReference(FindDocumentsUseCase documents, String kind, String reference) {
        DocumentKind documentKind = kindOf(kind);
        return documents.find(new DocumentQuery(documentKind, null, reference, null, null, null, null, null, 1, 1))
                .items().stream().findFirst().orElseThrow(() -> new NotFoundException("There is no "
                        + documentKind.label() + " with reference code " + reference + " in this account."));
    }

    static DocumentKind kindOf(String slug) {
        return DocumentKind.fromSlug(slug).orElseThrow(() -> new NotFoundException("There is no kind of document " + slug + "."));
    }
}
