package co.factusapi.adapter.out.factus;

import co.factusapi.domain.error.UpstreamException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One HTTP exchange with Factus over a pooled, keep-alive client, behind the account's {@link FactusResilience}
 * guards: each attempt timed per operation (metric {@code factus.client.requests}), transport failures sorted into
 * unavailable (nothing was sent) or timeout (outcome unknown). Bodies are never logged.
 */
final class FactusTransport {
    /** How much of an unreadable body is logged: enough to recognise an HTML error page, never a whole document. */
    static final int EXCERPT_LENGTH = 200;
    private static final Logger log = LoggerFactory.getLogger(FactusTransport.class);
    private static final JsonMapper PARSER = JsonMapper.builder().build();
    private static final Pattern SECRETS = Pattern.compile("(?i)(bearer\\s+)[^\\s\"']+"
            + "|eyJ[\\w-]*\\.[\\w-]*\\.[\\w-]*"
            + "|(\"(?:access_token|refresh_token|client_secret|client_id|password|username|token)\"\\s*:\\s*\")[^\"]*");
    private final RestClient client;
    private final JsonMapper json;
    private final MeterRegistry meters;
    private final FactusResilience resilience;

    FactusTransport(RestClient client, JsonMapper json, MeterRegistry meters, FactusResilience resilience) {
        this.client = client;
        this.json = json;
        this.meters = meters;
        this.resilience = resilience;
    }

    FactusResponse exchange(String operation, HttpMethod method, URI uri, Consumer<HttpHeaders> headers,
                            Object body, MediaType contentType) {
        return resilience.call(operation, method, () -> attempt(operation, method, uri, headers, body, contentType));
    }

    private FactusResponse attempt(String operation, HttpMethod method, URI uri, Consumer<HttpHeaders> headers,
                                   Object body, MediaType contentType) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "io_error";
        try {
            RestClient.RequestBodySpec request = client.method(method).uri(uri)
                    .accept(MediaType.APPLICATION_JSON)
                    .headers(headers);
            if (body != null) {
                request.contentType(contentType).body(body);
            }
            FactusResponse response = request.exchange((req, res) -> new FactusResponse(res.getStatusCode().value(),
                    res.getHeaders(), parse(res.getBody().readAllBytes(), operation, res.getStatusCode().value())), true);
            outcome = response.ok() ? "success" : response.status() >= 500 ? "server_error" : "client_error";
            return response;
        } catch (ResourceAccessException e) {
            outcome = e.getCause() instanceof SocketTimeoutException ? "timeout" : "io_error";
            throw transportFailure(operation, e);
        } finally {
            sample.stop(meters.timer("factus.client.requests", "operation", operation, "outcome", outcome));
        }
    }

    JsonMapper json() {
        return json;
    }

    /**
     * The body as a JSON tree, or null when it is empty or not JSON (an HTML error page, truncated JSON): then a short,
     * scrubbed excerpt is logged ({@link #excerpt}) and the answer is judged on its status alone (FactusErrors). No
     * excerpt ever reaches our callers.
     */
    static JsonNode parse(byte[] bytes, String operation, int status) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return PARSER.readTree(bytes);
        } catch (JacksonException e) {
            log.warn("Factus answered {} with HTTP {} and a body that is not JSON ({} bytes): {}", operation, status,
                    bytes.length, excerpt(bytes));
            return null;
        }
    }

    /**
     * At most {@link #EXCERPT_LENGTH} characters of a body, on one line (control characters become spaces), with
     * bearer tokens, JWTs and credential-named JSON values replaced by "[redacted]".
     */
    static String excerpt(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, EXCERPT_LENGTH * 4), StandardCharsets.UTF_8);
        text = SECRETS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : "") + "[redacted]"));
        text = text.replaceAll("\\p{Cntrl}", " ");
        return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH) + "…";
    }

    private static UpstreamException transportFailure(String operation, ResourceAccessException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ConnectException || cause instanceof HttpHostConnectException
                || cause instanceof ConnectTimeoutException || cause instanceof ConnectionRequestTimeoutException) {
            return UpstreamException.unavailable("The e-invoicing provider cannot be reached (" + operation + ").",
                    null, e);
        }
        if (cause instanceof IOException) {
            return UpstreamException.timeout("The e-invoicing provider did not answer in time (" + operation
                    + "); the outcome is unknown.", e);
        }
        return UpstreamException.unavailable("The e-invoicing provider cannot be reached (" + operation + ").", null, e);
    }
}
