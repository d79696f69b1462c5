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
        registerV2(router);
    }

    /**
     * The v2 routes (v2 contract §2, §7.4): the same store as v1. Delete is {@code /v2/adjustment-notes/reference/…}
     * although the docs' page prints {@code /v1/…} (FIND #1, §14 Q17). Faults, latency, the overlap guard, the rate
     * limit and the counters key on "METHOD /template" as for v1.
     */
    private void registerV2(Router router) {
        router.add("POST", "/v2/adjustment-notes/validate", exchange -> issuer.validateV2(exchange.json()))
                .add("GET", "/v2/adjustment-notes", list("/v2/adjustment-notes", AdjustmentNoteV2Json::listRow,
                        query -> query.createdBetween(AdjustmentNote::createdAt)))
                .add("GET", "/v2/adjustment-notes/{number}", show(AdjustmentNoteV2Json::full))
                .add("GET", "/v2/adjustment-notes/{number}/download-pdf", this::downloadPdf)
                .add("GET", "/v2/adjustment-notes/{number}/download-xml", this::downloadXml)
                .add("DELETE", "/v2/adjustment-notes/reference/{reference_code}", this::delete);
    }

    /** The support document no longer lists a deleted note. */
    @Override
    protected void deleted(AdjustmentNote note) {
        note.supportDocument().removeAdjustmentNote(note.id());
    }
}
