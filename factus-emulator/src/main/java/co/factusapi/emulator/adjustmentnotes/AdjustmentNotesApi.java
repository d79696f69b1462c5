package co.factusapi.emulator.adjustmentnotes;

import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.document.DianSimulator;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.DocumentsApi;
import co.factusapi.emulator.http.Router;
import co.factusapi.emulator.supportdocs.SupportDocument;
import java.time.Clock;

/** The {@code /v1/adjustment-notes} endpoints (docs/factus-upstream.md §7); show has no {@code /show/} segment. */
public final class AdjustmentNotesApi extends DocumentsApi<AdjustmentNote> {
    private final AdjustmentNoteIssuer issuer;

    public AdjustmentNotesApi(DocumentStore<SupportDocument> supportDocuments, DianSimulator dian, Account account,
            Clock clock, Counters counters) {
        super(new DocumentStore<>("No se encontró la nota de ajuste con número "), account);
        this.issuer = new AdjustmentNoteIssuer(store(), supportDocuments, dian, account, clock, counters);
    }

    @Override
    public void register(Router router) {
        router.add("POST", "/v1/adjustment-notes/validate", exchange -> issuer.validate(exchange.json()))
                .add("GET", "/v1/adjustment-notes", list("/v1/adjustment-notes", AdjustmentNoteJson::listRow))
                .add("GET", "/v1/adjustment-notes/{number}", show(AdjustmentNoteJson::full))
                .add("GET", "/v1/adjustment-notes/download-pdf/{number}", this::downloadPdf)
                .add("GET", "/v1/adjustment-notes/download-xml/{number}", this::downloadXml)
                .add("DELETE", "/v1/adjustment-notes/reference/{reference_code}", this::delete);
    }

    /** The support document no longer lists a deleted note. */
    @Override
    protected void deleted(AdjustmentNote note) {
        note.supportDocument().removeAdjustmentNote(note.id());
    }
}
