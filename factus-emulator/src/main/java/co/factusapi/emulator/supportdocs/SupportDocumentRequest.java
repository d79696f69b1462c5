package co.factusapi.emulator.supportdocs;

import co.factusapi.emulator.document.DocumentDraft;

/**
 * A validated support document of either API version: {@code POST /v1/support-documents/validate}
 * ({@link SupportDocumentDraft}) or {@code POST /v2/support-documents/validate} ({@link V2SupportDocumentDraft}). Both
 * go into the one support-document store, range and CUDS rule, so each version shows the other's documents.
 */
public sealed interface SupportDocumentRequest extends DocumentDraft
        permits SupportDocumentDraft, V2SupportDocumentDraft {
    /** The provider in Factus ids, as v1 answers it. */
    Provider v1Provider();

    /** The provider in DIAN codes, as v2 answers it. */
    V2Provider v2Provider();
}
