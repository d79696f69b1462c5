package co.factusapi.adapter.out.factus;

import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Authenticated calls to the Factus {@code /v1} API. Path variables are strictly URL-encoded (a {@code ?} or
 * {@code /} in a number can never reach Factus as syntax). A 401 renews the session token and retries once.
 */
public final class FactusClient {
    private final FactusTransport normal;
    private final FactusTransport slow;
    private final FactusSession session;
    private final String baseUrl;
    private final Supplier<String> callerToken;

    /**
     * @param callerToken the caller's own Factus token for the current call, or null: compatibility with the
     *                    original service, where a caller could bring its own token (the web side reads it)
     */
    FactusClient(FactusTransport normal, FactusTransport slow, FactusSession session, String baseUrl,
                 Supplier<String> callerToken) {
        this.normal = normal;
        this.slow = slow;
        this.session = session;
        this.baseUrl = baseUrl;
        this.callerToken = callerToken;
    }

    public FactusResponse get(String operation, String pathTemplate, Map<String, String> query, Object... pathVariables) {
        return call(normal, operation, HttpMethod.GET, uri(pathTemplate, query, pathVariables), Payload.NONE);
    }

    public FactusResponse send(String operation, HttpMethod method, String pathTemplate, Object jsonBody,
                               Object... pathVariables) {
        return call(normal, operation, method, uri(pathTemplate, Map.of(), pathVariables), Payload.json(jsonBody));
    }

    /** For bill validation, which waits for DIAN and gets the longer timeout. */
    public FactusResponse sendSlow(String operation, String pathTemplate, Object jsonBody) {
        return call(slow, operation, HttpMethod.POST, uri(pathTemplate, Map.of()), Payload.json(jsonBody));
    }

    /** A multipart/form-data POST with one file part; the bytes travel untouched (the original corrupted images). */
    public FactusResponse upload(String operation, String pathTemplate, String partName, String fileName,
                                 MediaType fileType, byte[] content) {
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(fileType);
        partHeaders.setContentDisposition(ContentDisposition.formData().name(partName).filename(fileName).build());
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add(partName, new HttpEntity<>(content, partHeaders));
        return call(normal, operation, HttpMethod.POST, uri(pathTemplate, Map.of()),
                new Payload(parts, MediaType.MULTIPART_FORM_DATA));
    }

    public FactusSession session() {
        return session;
    }

    private FactusResponse call(FactusTransport transport, String operation, HttpMethod method, URI uri, Payload body) {
        String override = callerToken();
        String token = override != null ? override : session.accessToken();
        FactusResponse response = attempt(transport, operation, method, uri, body, token);
        if (response.status() == 401 && override == null) {
            session.invalidate(token);
            response = attempt(transport, operation, method, uri, body, session.accessToken());
        }
        return response;
    }

    private FactusResponse attempt(FactusTransport transport, String operation, HttpMethod method, URI uri, Payload body,
                                   String token) {
        Object content = body.content() != null && body.type().equals(MediaType.APPLICATION_JSON)
                ? transport.json().writeValueAsBytes(body.content()) : body.content();
        return transport.exchange(operation, method, uri, headers -> headers.setBearerAuth(token), content, body.type());
    }

    private record Payload(Object content, MediaType type) {
        static final Payload NONE = new Payload(null, MediaType.APPLICATION_JSON);

        static Payload json(Object body) {
            return new Payload(body, MediaType.APPLICATION_JSON);
        }
    }

    private URI uri(String pathTemplate, Map<String, String> query, Object... pathVariables) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(baseUrl).path(pathTemplate);
        Object[] variables = java.util.Arrays.copyOf(pathVariables, pathVariables.length + query.size());
        int i = pathVariables.length;
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            builder.queryParam(parameter.getKey(), "{q" + i + "}");
            variables[i++] = parameter.getValue();
        }
        return builder.encode().buildAndExpand(variables).toUri();
    }

    private String callerToken() {
        String token = callerToken.get();
        return token == null || token.isBlank() ? null : token.trim();
    }
}
