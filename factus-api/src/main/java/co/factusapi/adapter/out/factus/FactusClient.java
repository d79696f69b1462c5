package co.factusapi.adapter.out.factus;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Authenticated calls to the Factus {@code /v1} API. Path variables are strictly URL-encoded (a {@code ?} or
 * {@code /} in a number can never reach Factus as syntax). A 401 renews the session token and retries once.
 */
public final class FactusClient {
    /** Compatibility with the original service: a caller may bring its own Factus token. */
    public static final String TOKEN_OVERRIDE_HEADER = "X-Factus-Token";

    private final FactusTransport normal;
    private final FactusTransport slow;
    private final FactusSession session;
    private final String baseUrl;

    FactusClient(FactusTransport normal, FactusTransport slow, FactusSession session, String baseUrl) {
        this.normal = normal;
        this.slow = slow;
        this.session = session;
        this.baseUrl = baseUrl;
    }

    public FactusResponse get(String operation, String pathTemplate, Map<String, String> query, Object... pathVariables) {
        return call(normal, operation, HttpMethod.GET, uri(pathTemplate, query, pathVariables), null);
    }

    public FactusResponse send(String operation, HttpMethod method, String pathTemplate, Object jsonBody,
                               Object... pathVariables) {
        return call(normal, operation, method, uri(pathTemplate, Map.of(), pathVariables), jsonBody);
    }

    /** For bill validation, which waits for DIAN and gets the longer timeout. */
    public FactusResponse sendSlow(String operation, String pathTemplate, Object jsonBody) {
        return call(slow, operation, HttpMethod.POST, uri(pathTemplate, Map.of()), jsonBody);
    }

    public FactusSession session() {
        return session;
    }

    private FactusResponse call(FactusTransport transport, String operation, HttpMethod method, URI uri, Object body) {
        String override = callerToken();
        String token = override != null ? override : session.accessToken();
        FactusResponse response = attempt(transport, operation, method, uri, body, token);
        if (response.status() == 401 && override == null) {
            session.invalidate(token);
            response = attempt(transport, operation, method, uri, body, session.accessToken());
        }
        return response;
    }

    private FactusResponse attempt(FactusTransport transport, String operation, HttpMethod method, URI uri, Object body,
                                   String token) {
        byte[] json = body == null ? null : transport.json().writeValueAsBytes(body);
        return transport.exchange(operation, method, uri, headers -> headers.setBearerAuth(token), json,
                MediaType.APPLICATION_JSON);
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

    private static String callerToken() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            String token = servlet.getRequest().getHeader(TOKEN_OVERRIDE_HEADER);
            return token == null || token.isBlank() ? null : token.trim();
        }
        return null;
    }
}
