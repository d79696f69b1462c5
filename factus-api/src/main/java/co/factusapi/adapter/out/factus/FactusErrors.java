package co.factusapi.adapter.out.factus;

import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.FactusApiException;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.error.UpstreamException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** Sorts a non-2xx Factus answer into our exception family (docs/factus-upstream.md §3.5 and §11). */
final class FactusErrors {
    private static final Pattern INDEX = Pattern.compile("\\.(\\d+)(?=\\.|$)");
    private static final Pattern DIAN_RULE = Pattern.compile("[A-Z]{2,5}\\d+[a-z]?");
    private static final Pattern RULE_IN_TEXT = Pattern.compile("Regla:\\s*([A-Za-z0-9]+)");
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);
    /** Factus request fields (v1 ids, v2 DIAN codes) and the canonical field our callers sent instead. */
    private static final Map<String, String> CANONICAL_NAMES = Map.ofEntries(
            Map.entry("numbering_range_id", "numbering_range_prefix"), Map.entry("document", "document_type"),
            Map.entry("identification_document_id", "document_type"),
            Map.entry("identification_document_code", "document_type"),
            Map.entry("legal_organization_id", "organization_type"),
            Map.entry("legal_organization_code", "organization_type"), Map.entry("tribute_id", "tribute"),
            Map.entry("tribute_code", "tribute"), Map.entry("municipality_id", "municipality_code"),
            Map.entry("unit_measure_id", "unit_measure_code"), Map.entry("standard_code_id", "standard_code"));

    private FactusErrors() {
    }

    static FactusApiException translate(FactusResponse response) {
        String message = message(response.body());
        return switch (response.status()) {
            case 401 -> UpstreamException.badCredentials("The e-invoicing provider refused the access token.");
            case 402, 403 -> UpstreamException.badCredentials(
                    "The e-invoicing provider refused the operation for this account (permissions or subscription).");
            case 404 -> new NotFoundException(message == null ? "The e-invoicing provider does not have that document." : message);
            case 409 -> message != null && message.contains("validad")
                    ? new ConflictException("invoice-validated", message)
                    : UpstreamException.conflict(message == null ? "The e-invoicing provider reported a conflict." : message);
            // A rejection is read from its JSON; without it (an HTML page, truncated JSON, a bare value) we cannot tell
            // a field error from a stored DIAN rejection, so the outcome is unknown and reconciled (502 to the caller).
            case 400, 422 -> response.body().isObject() ? rejection(response.body(), message)
                    : UpstreamException.badResponse("The e-invoicing provider answered HTTP " + response.status()
                    + " with a body that is not its documented JSON; the outcome is checked before any resend.", null);
            case 429 -> UpstreamException.unavailable("The e-invoicing provider is rate limiting this account.",
                    retryAfter(response.headers()), null);
            default -> response.status() >= 500
                    ? UpstreamException.unavailable("The e-invoicing provider is failing (HTTP " + response.status() + ").",
                    retryAfter(response.headers()), null)
                    : UpstreamException.badResponse("Unexpected answer from the e-invoicing provider (HTTP "
                    + response.status() + ").", null);
        };
    }

    /**
     * {@code data.errors} or {@code errors}: an object keyed by field path or DIAN rule, or (v2, contract §9.1) a list
     * of "Regla: X, Rechazo: …" strings whose rule becomes the field. "Rechazo" or a rule-shaped key means DIAN.
     */
    private static UpstreamException rejection(JsonNode body, String message) {
        JsonNode errors = body.path("data").path("errors");
        if (!errors.isObject() && !errors.isArray()) {
            errors = body.path("errors");
        }
        List<FieldViolation> violations = new ArrayList<>();
        boolean dian = false;
        if (errors.isArray()) {
            for (String text : texts(errors)) {
                Matcher rule = RULE_IN_TEXT.matcher(text);
                boolean ruled = rule.find();
                dian |= text.contains("Rechazo") || text.contains("rechazo");
                violations.add(new FieldViolation(ruled ? rule.group(1) : "dian", text));
            }
        } else if (errors.isObject()) {
            for (Map.Entry<String, JsonNode> entry : errors.properties()) {
                String key = entry.getKey();
                for (String text : texts(entry.getValue())) {
                    dian |= text.contains("Rechazo") || DIAN_RULE.matcher(key).matches();
                    violations.add(new FieldViolation(canonicalPath(key), text));
                }
            }
        }
        if (dian) {
            return UpstreamException.dianRejected("DIAN rejected the invoice.", violations);
        }
        return UpstreamException.rejected("The e-invoicing provider rejected the request"
                + (message == null ? "." : ": " + message), violations);
    }

    /** {@code items.0.tribute_id} (Factus) becomes {@code items[0].tribute} (ours). */
    static String canonicalPath(String factusPath) {
        Matcher index = INDEX.matcher(factusPath);
        String path = index.replaceAll("[$1]");
        int dot = Math.max(path.lastIndexOf('.'), path.lastIndexOf(']'));
        String leaf = path.substring(dot + 1);
        String canonical = CANONICAL_NAMES.get(leaf);
        return canonical == null ? path : path.substring(0, dot + 1) + canonical;
    }

    /** Every scalar text inside a value, whatever its nesting (unexpected types are read, never a 500). */
    private static List<String> texts(JsonNode value) {
        List<String> texts = new ArrayList<>();
        collect(value, texts, 0);
        return texts;
    }

    private static void collect(JsonNode value, List<String> texts, int depth) {
        if (value.isString() || value.isNumber() || value.isBoolean()) {
            String text = value.asString().trim();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        } else if ((value.isArray() || value.isObject()) && depth < 5) {
            for (JsonNode inner : value) {
                collect(inner, texts, depth + 1);
            }
        }
    }

    static String message(JsonNode body) {
        for (String field : List.of("message", "error_description", "error")) {
            JsonNode value = body.path(field);
            if (value.isString() && !value.asString().isBlank()) {
                return value.asString();
            }
        }
        return null;
    }

    static Duration retryAfter(HttpHeaders headers) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value != null && value.matches("\\d{1,6}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        return DEFAULT_RETRY_AFTER;
    }
}
