package co.factusapi.emulator.adjustmentnotes;

import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.document.DianSimulator;
import co.factusapi.emulator.document.DocumentPdf;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.DocumentXml;
import co.factusapi.emulator.document.ListQuery;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Exchange;
import co.factusapi.emulator.http.Json;
import co.factusapi.emulator.http.Router;
import co.factusapi.emulator.supportdocs.SupportDocument;
import java.time.Clock;
import java.util.Base64;

/** The {@code /v1/adjustment-notes} endpoints (docs/factus-upstream.md §7); show has no {@code /show/} segment. */
public final class AdjustmentNotesApi {
    private final DocumentStore<AdjustmentNote> store =
            new DocumentStore<>("No se encontró la nota de ajuste con número ");
    private final AdjustmentNoteIssuer issuer;
    private final Account account;

    public AdjustmentNotesApi(DocumentStore<SupportDocument> supportDocuments, DianSimulator dian, Account account,
            Clock clock, Counters counters) {
        this.issuer = new AdjustmentNoteIssuer(store, supportDocuments, dian, account, clock, counters);
        this.account = account;
    }

    public void register(Router router) {
        router.add("POST", "/v1/adjustment-notes/validate", exchange -> issuer.validate(exchange.json()))
                .add("GET", "/v1/adjustment-notes", this::list)
                .add("GET", "/v1/adjustment-notes/{number}", ex -> ApiResponse.ok(AdjustmentNoteJson.full(note(ex))))
                .add("GET", "/v1/adjustment-notes/download-pdf/{number}", this::downloadPdf)
                .add("GET", "/v1/adjustment-notes/download-xml/{number}", this::downloadXml)
                .add("DELETE", "/v1/adjustment-notes/reference/{reference_code}", this::delete);
    }

    /** The account's adjustment notes, for the control plane. */
    public DocumentStore<AdjustmentNote> store() {
        return store;
    }

    /** Drops every adjustment note; part of the emulator reset. */
    public void reset() {
        store.reset();
    }

    private AdjustmentNote note(Exchange exchange) {
        return store.byNumber(exchange.path("number"));
    }

    private ApiResponse list(Exchange exchange) {
        ListQuery<AdjustmentNote> query = ListQuery.<AdjustmentNote>of(exchange)
                .contains("identification", n -> n.provider().identification())
                .contains("names", n -> n.provider().names())
                .contains("number", AdjustmentNote::number)
                .contains("prefix", n -> n.range().prefix())
                .contains("reference_code", AdjustmentNote::referenceCode)
                .equalTo("status", n -> String.valueOf(n.dian().status()));
        return ApiResponse.ok(query.page(store.find(query.filter()), "/v1/adjustment-notes",
                AdjustmentNoteJson::listRow));
    }

    private ApiResponse downloadPdf(Exchange exchange) {
        AdjustmentNote note = note(exchange);
        return ApiResponse.ok(Json.obj("file_name", note.fileName(), "pdf_base_64_encoded",
                Base64.getEncoder().encodeToString(DocumentPdf.render(note, account.logo()))));
    }

    private ApiResponse downloadXml(Exchange exchange) {
        AdjustmentNote note = note(exchange);
        return ApiResponse.ok(Json.obj("file_name", note.fileName(), "xml_base_64_encoded",
                Base64.getEncoder().encodeToString(DocumentXml.render(note))));
    }

    private ApiResponse delete(Exchange exchange) {
        String reference = exchange.path("reference_code");
        AdjustmentNote note = store.deleteUnvalidated(reference);
        note.supportDocument().removeAdjustmentNote(note.id());
        return ApiResponse.okMessage("Documento con código de referencia " + reference + " eliminado con éxito");
    }
}
