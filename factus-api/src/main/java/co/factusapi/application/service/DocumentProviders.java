package co.factusapi.application.service;

import co.factusapi.application.port.out.DocumentProvider;
import co.factusapi.domain.document.DocumentKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The provider of each kind of document, from the document types. */
final class DocumentProviders {
    private final Map<DocumentKind, DocumentProvider<?>> providers = new EnumMap<>(DocumentKind.class);

    DocumentProviders(List<DocumentType<?>> types) {
        types.forEach(type -> providers.put(type.kind(), type.provider()));
    }

    DocumentProvider<?> of(DocumentKind kind) {
        DocumentProvider<?> provider = providers.get(kind);
        if (provider == null) {
            throw new IllegalStateException("No provider is registered for " + kind);
        }
        return provider;
    }
}
