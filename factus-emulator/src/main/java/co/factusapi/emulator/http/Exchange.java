package co.factusapi.emulator.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;
import tools.jackson.databind.JsonNode;

/** What a route handler sees of one request: path variables, query, headers and the body. */
public final class Exchange {
    private final Request request;
    private final Map<String, String> pathVariables;
    private final String baseUrl;
    private final byte[] body;
    private Fields query;

    Exchange(Request request, byte[] body, Map<String, String> pathVariables, String baseUrl) {
        this.request = request;
        this.body = body;
        this.pathVariables = pathVariables;
        this.baseUrl = baseUrl;
    }

    /**
     * The whole request body, read before anything is answered. An answer given from the headers alone (a fault, a
     * 401, a 404) followed by Jetty closing the connection over the unread body resets it under the client, which
     * then loses the answer; Factus's web server, too, reads the request before the application answers.
     */
    static byte[] readBody(Request request) {
        try (InputStream in = Request.asInputStream(request)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String path(String name) {
        return pathVariables.get(name);
    }

    public String query(String name) {
        if (query == null) {
            query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        }
        return query.getValue(name);
    }

    public int queryInt(String name, int fallback) {
        String value = query(name);
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public String header(HttpHeader header) {
        return request.getHeaders().get(header);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public byte[] body() {
        return body;
    }

    public JsonNode json() {
        return Json.read(body());
    }

    public Map<String, String> form() {
        return form(body);
    }

    /** An application/x-www-form-urlencoded body as a map; also read before routing, to find a token call's account. */
    static Map<String, String> form(byte[] body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return form;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
