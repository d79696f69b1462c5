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
        registerV2(router);
    }

    /**
     * The v2 routes (v2 contract §2, §7.3): the same store as v1, so each version lists and shows the other's
     * documents; no AttachedDocument and no e-mail endpoints. Faults, latency, the overlap guard, the rate limit and
     * the counters key on "METHOD /template" as for v1.
     */
    private void registerV2(Router router) {
        router.add("POST", "/v2/support-documents/validate", exchange -> issuer.validateV2(exchange.json()))
                .add("GET", "/v2/support-documents", list("/v2/support-documents", SupportDocumentV2Json::listRow,
                        query -> query.createdBetween(SupportDocument::createdAt)))
                .add("GET", "/v2/support-documents/{number}", show(SupportDocumentV2Json::full))
                .add("GET", "/v2/support-documents/{number}/download-pdf", this::downloadPdf)
                .add("GET", "/v2/support-documents/{number}/download-xml", this::downloadXml)
                .add("DELETE", "/v2/support-documents/reference/{reference_code}", this::delete);
    }
}
