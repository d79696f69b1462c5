package co.factusapi.emulator.supportdocs;

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
import java.time.Clock;
import java.util.Base64;

/**
 * The {@code /v1/support-documents} endpoints (docs/factus-upstream.md §6). Show has a {@code /show/} segment like
 * bills; there is no e-mail endpoint.
 */
public final class SupportDocumentsApi {
    private final DocumentStore<SupportDocument> store =
            new DocumentStore<>("No se encontró el documento soporte con número ");
    private final SupportDocumentIssuer issuer;
    private final Account account;

    public SupportDocumentsApi(DianSimulator dian, Account account, Clock clock, Counters counters) {
        this.issuer = new SupportDocumentIssuer(store, dian, account, clock, counters);
        this.account = account;
    }

    public void register(Router router) {
        router.add("POST", "/v1/support-documents/validate", exchange -> issuer.validate(exchange.json()))
                .add("GET", "/v1/support-documents", this::list)
                .add("GET", "/v1/support-documents/show/{number}",
                        ex -> ApiResponse.ok(SupportDocumentJson.full(document(ex))))
                .add("GET", "/v1/support-documents/download-pdf/{number}", this::downloadPdf)
                .add("GET", "/v1/support-documents/download-xml/{number}", this::downloadXml)
                .add("DELETE", "/v1/support-documents/reference/{reference_code}", this::delete);
    }

    /** The account's support documents, for adjustment notes and the control plane. */
    public DocumentStore<SupportDocument> store() {
        return store;
    }

    /** Drops every support document; part of the emulator reset. */
    public void reset() {
        store.reset();
    }

    private SupportDocument document(Exchange exchange) {
        return store.byNumber(exchange.path("number"));
    }

    /** {@code filter[identification]} and {@code filter[names]} refer to the provider (§6). */
    private ApiResponse list(Exchange exchange) {
        ListQuery<SupportDocument> query = ListQuery.<SupportDocument>of(exchange)
                .contains("identification", d -> d.provider().identification())
                .contains("names", d -> d.provider().names())
                .contains("number", SupportDocument::number)
                .contains("prefix", d -> d.range().prefix())
                .contains("reference_code", SupportDocument::referenceCode)
                .equalTo("status", d -> String.valueOf(d.dian().status()));
        return ApiResponse.ok(query.page(store.find(query.filter()), "/v1/support-documents",
                SupportDocumentJson::listRow));
    }

    private ApiResponse downloadPdf(Exchange exchange) {
        SupportDocument document = document(exchange);
        return ApiResponse.ok(Json.obj("file_name", document.fileName(), "pdf_base_64_encoded",
                Base64.getEncoder().encodeToString(DocumentPdf.render(document, account.logo()))));
    }

    private ApiResponse downloadXml(Exchange exchange) {
        SupportDocument document = document(exchange);
        return ApiResponse.ok(Json.obj("file_name", document.fileName(), "xml_base_64_encoded",
                Base64.getEncoder().encodeToString(DocumentXml.render(document))));
    }

    /** Only an unvalidated one; a validated one answers "… se encuentra validado" (§6, A for the text). */
    private ApiResponse delete(Exchange exchange) {
        String reference = exchange.path("reference_code");
        store.deleteUnvalidated(reference);
        return ApiResponse.okMessage("Documento con código de referencia " + reference + " eliminado con éxito");
    }
}
