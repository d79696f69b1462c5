package co.factusapi.domain.error;

import java.time.Duration;
import java.util.List;

/**
 * The e-invoicing provider failed us. The four kinds decide the HTTP answer: the provider rejected the document
 * (422, with its field or DIAN-rule errors), it refused our own credentials (502: the caller can do nothing),
 * it is unavailable (503 with Retry-After), or it did not answer in time (504: outcome unknown).
 */
public final class UpstreamException extends FactusApiException {

    public enum Kind { REJECTED, DIAN_REJECTED, CONFLICT, BAD_CREDENTIALS, UNAVAILABLE, TIMEOUT, BAD_RESPONSE }

    private final Kind kind;
    private final List<FieldViolation> violations;
    private final Duration retryAfter;

    private UpstreamException(Kind kind, String code, String message, List<FieldViolation> violations,
                              Duration retryAfter, Throwable cause) {
        super(code, message, cause);
        this.kind = kind;
        this.violations = List.copyOf(violations);
        this.retryAfter = retryAfter;
    }

    public static UpstreamException rejected(String message, List<FieldViolation> violations) {
        return new UpstreamException(Kind.REJECTED, "upstream-rejected", message, violations, null, null);
    }

    /** DIAN itself refused the document (Factus 422 whose errors are DIAN rules with "Rechazo"). */
    public static UpstreamException dianRejected(String message, List<FieldViolation> violations) {
        return new UpstreamException(Kind.DIAN_REJECTED, "dian-rejected", message, violations, null, null);
    }

    public static UpstreamException conflict(String message) {
        return new UpstreamException(Kind.CONFLICT, "upstream-conflict", message, List.of(), null, null);
    }

    public static UpstreamException badCredentials(String message) {
        return new UpstreamException(Kind.BAD_CREDENTIALS, "upstream-credentials-refused", message, List.of(), null, null);
    }

    public static UpstreamException unavailable(String message, Duration retryAfter, Throwable cause) {
        return new UpstreamException(Kind.UNAVAILABLE, "upstream-unavailable", message, List.of(), retryAfter, cause);
    }

    public static UpstreamException timeout(String message, Throwable cause) {
        return new UpstreamException(Kind.TIMEOUT, "upstream-timeout", message, List.of(), null, cause);
    }

    public static UpstreamException badResponse(String message, Throwable cause) {
        return new UpstreamException(Kind.BAD_RESPONSE, "upstream-bad-response", message, List.of(), null, cause);
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** Null when the provider gave no hint. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds a caller should wait before trying again: the provider's hint (at least 1), else 30. */
    public long retryAfterSeconds() {
        return retryAfter == null ? 30 : Math.max(1, retryAfter.toSeconds());
    }
}
