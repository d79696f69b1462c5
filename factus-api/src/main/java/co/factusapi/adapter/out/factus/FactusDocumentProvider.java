package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.DocumentProvider;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentRequest;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.UpstreamException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/**
 * One kind of DIAN document over the Factus API (the v1 or v2 paths its {@link FactusEndpoints} name): the same validate / list / show / download / e-mail / delete
 * conversation for every kind, with the kind's own paths and payload. Validates of the account take turns when
 * Factus refuses overlapping ones ({@link ValidateSerializer}).
 */
final class FactusDocumentProvider<R extends DocumentRequest> implements DocumentProvider<R> {
    private static final int MAX_LOOKUP_PAGES = 20;
    private final FactusClient client;
    private final FactusEndpoints endpoints;
    private final Function<R, Map<String, Object>> payload;
    private final ValidateSerializer validates;

    FactusDocumentProvider(FactusClient client, FactusEndpoints endpoints, Function<R, Map<String, Object>> payload,
                           ValidateSerializer validates) {
        this.client = client;
        this.endpoints = endpoints;
        this.payload = payload;
        this.validates = validates;
    }

    @Override
    public ProviderDocument issue(R request) {
        Map<String, Object> body = payload.apply(request);
        FactusResponse answer = validates.validate(() -> client.sendSlow(operation("validate"), endpoints.validate(), body));
        return FactusDocumentJson.document(ok(answer).path("data"), endpoints);
    }

    /** Factus filters reference codes with a partial match (docs/factus-upstream.md §3.8), so we compare exactly here. */
    @Override
    public Optional<ProviderDocument> findByReference(String referenceCode) {
        int lastPage = 1;
        for (int page = 1; page <= lastPage && page <= MAX_LOOKUP_PAGES; page++) {
            JsonNode body = ok(client.get(operation("list"), endpoints.list(),
                    Map.of("filter[reference_code]", referenceCode, "page", Integer.toString(page))));
            for (JsonNode row : body.path("data").path("data")) {
                if (referenceCode.equals(row.path("reference_code").asString(null))) {
                    return Optional.of(show(row.path("number").asString()));
                }
            }
            lastPage = body.path("data").path("pagination").path("last_page").asInt(1);
        }
        return Optional.empty();
    }

    @Override
    public void deleteUnvalidated(String referenceCode) {
        ok(client.send(operation("destroy"), HttpMethod.DELETE, endpoints.delete(), null, referenceCode));
    }

    @Override
    public DocumentFile download(String number, DocumentFile.Format format) {
        boolean pdf = format == DocumentFile.Format.PDF;
        JsonNode data = ok(client.get(operation(pdf ? "download-pdf" : "download-xml"),
                pdf ? endpoints.pdf() : endpoints.xml(), Map.of(), number)).path("data");
        return FactusDocumentJson.file(data, number, format);
    }

    @Override
    public void sendEmail(String number, String email) {
        if (endpoints.sendEmail() == null) {
            // No route of ours offers it for these kinds.
            throw new UnsupportedOperationException("Factus does not e-mail " + endpoints.operation());
        }
        ok(client.send(operation("send-email"), HttpMethod.POST, endpoints.sendEmail(), Map.of("email", email), number));
    }

    private ProviderDocument show(String number) {
        return FactusDocumentJson.document(ok(client.get(operation("show"), endpoints.show(), Map.of(), number)).path("data"),
                endpoints);
    }

    private String operation(String name) {
        return endpoints.operation() + "." + name;
    }

    /**
     * The document with this number as its show endpoint answers it ({@code data.<key>}), for a payload that needs
     * what only Factus knows of it: its Factus id, its payment form and method. Without its id the answer is broken.
     */
    static JsonNode stored(FactusClient client, FactusEndpoints endpoints, String number) {
        JsonNode document = ok(client.get(endpoints.operation() + ".show", endpoints.show(), Map.of(), number))
                .path("data").path(endpoints.documentKey());
        if (!document.path("id").canConvertToLong()) {
            throw UpstreamException.badResponse("The e-invoicing provider's " + endpoints.operation() + " answer "
                    + "has no document id.", null);
        }
        return document;
    }

    /** The {@code data} of a v2 show answer: the document itself, flat (contract §5.1, §7). */
    static JsonNode shown(FactusClient client, FactusEndpoints endpoints, String number) {
        return ok(client.get(endpoints.operation() + ".show", endpoints.show(), Map.of(), number)).path("data");
    }

    static JsonNode ok(FactusResponse response) {
        if (!response.ok()) {
            throw FactusErrors.translate(response);
        }
        return response.body();
    }
}
