package co.factusapi.emulator.supportdocs;

import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.document.DianSimulator;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.DocumentsApi;
import co.factusapi.emulator.http.Router;
import java.time.Clock;

/**
 * The {@code /v1/support-documents} endpoints (docs/factus-upstream.md §6). Show has a {@code /show/} segment like
 * bills; there is no e-mail endpoint.
 */
public final class SupportDocumentsApi extends DocumentsApi<SupportDocument> {
    private final SupportDocumentIssuer issuer;

    public SupportDocumentsApi(DianSimulator dian, Account account, Clock clock, Counters counters) {
        super(new DocumentStore<>("No se encontró el documento soporte con número "), account);
        this.issuer = new SupportDocumentIssuer(store(), dian, account, clock, counters);
    }

    @Override
    public void register(Router router) {
        router.add("POST", "/v1/support-documents/validate", exchange -> issuer.validate(exchange.json()))
                .add("GET", "/v1/support-documents", list("/v1/support-documents", SupportDocumentJson::listRow))
                .add("GET", "/v1/support-documents/show/{number}", show(SupportDocumentJson::full))
                .add("GET", "/v1/support-documents/download-pdf/{number}", this::downloadPdf)
                .add("GET", "/v1/support-documents/download-xml/{number}", this::downloadXml)
                .add("DELETE", "/v1/support-documents/reference/{reference_code}", this::delete);
    }
}
