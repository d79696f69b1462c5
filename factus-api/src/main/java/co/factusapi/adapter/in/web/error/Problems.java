package co.factusapi.adapter.in.web.error;

import co.factusapi.adapter.in.web.CorrelationIdFilter;
import co.factusapi.domain.error.FieldViolation;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds every RFC 9457 body the service sends, whoever sends it (the controller advice or {@link ProblemWriter}).
 * The {@code type} is a stable URN per error code, documented in docs/errors.md; clients switch on it, never on the
 * human {@code detail}.
 */
public final class Problems {
    public static final String TYPE_PREFIX = "urn:factus-api:problem:";
    /** A 5xx never explains itself: the correlation id leads to the log line. */
    static final String INTERNAL_ERROR = "Internal error. Quote the correlation_id when you report it.";
    static final String UNHANDLED = "The request could not be handled.";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(titleOf(status));
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (correlationId != null) {
            problem.setProperty("correlation_id", correlationId);
        }
        return problem;
    }

    /** A problem for a bare HTTP status, with the code that status always has (see {@link #codeFor}). */
    public static ProblemDetail ofStatus(HttpStatusCode status, String detail) {
        return of(status, codeFor(status), detail);
    }

    public static ProblemDetail withViolations(HttpStatusCode status, String code, String detail,
                                               List<FieldViolation> violations) {
        ProblemDetail problem = of(status, code, detail);
        problem.setProperty("errors", violations);
        return problem;
    }

    /**
     * Sets the {@code instance} to the path the caller asked for, as Spring MVC does for a handler's problem; inside an
     * error dispatch that is the original path, not {@code /error}. A path Tomcat refused may be no URI: then none.
     */
    public static ProblemDetail at(ProblemDetail problem, HttpServletRequest request) {
        if (problem.getInstance() != null) {
            return problem;
        }
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        if (path != null) {
            try {
                problem.setInstance(URI.create(path));
            } catch (IllegalArgumentException notAUri) {
                // Leave the instance out rather than echo a malformed path.
            }
        }
        return problem;
    }

    /** The code used for a bare HTTP status that no handler classified (404 route, 405, 415 and so on). */
    public static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "validation-error";
            case 429 -> "too-many-requests";
            default -> status.is5xxServerError() ? "internal-error" : "http-" + status.value();
        };
    }

    private static String titleOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "HTTP " + status.value() : known.getReasonPhrase();
    }
}
