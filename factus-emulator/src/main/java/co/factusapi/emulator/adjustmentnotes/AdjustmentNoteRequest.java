package co.factusapi.emulator.adjustmentnotes;

import co.factusapi.emulator.document.DocumentDraft;
import co.factusapi.emulator.supportdocs.Provider;
import co.factusapi.emulator.supportdocs.V2Provider;

/**
 * A validated adjustment note of either API version: {@code POST /v1/adjustment-notes/validate}
 * ({@link AdjustmentNoteDraft}) or {@code POST /v2/adjustment-notes/validate} ({@link V2AdjustmentNoteDraft}). Both
 * go into the one adjustment-note store, range and CUDS rule, so each version shows the other's notes.
 */
public sealed interface AdjustmentNoteRequest extends DocumentDraft
        permits AdjustmentNoteDraft, V2AdjustmentNoteDraft {
    /** 1–5 (v2 contract §7.4). */
    String correctionConceptCode();

    Provider v1Provider();

    V2Provider v2Provider();
}
