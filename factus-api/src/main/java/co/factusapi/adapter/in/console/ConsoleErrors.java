package co.factusapi.adapter.in.console;

import co.factusapi.adapter.in.web.CorrelationIdFilter;
import co.factusapi.adapter.in.web.error.StorageFailures;
import co.factusapi.domain.error.AccessDeniedException;
import co.factusapi.domain.error.FactusApiException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.error.UpstreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The console's failures as pages, not problem+json: a missing document, a refused action, the provider away. The
 * message of our own exceptions is written for people (and escaped like all data); anything else shows only the
 * correlation id, never the exception's text.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsoleErrors {
    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);
    private static final String VIEW = "console/error";

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Exception e, Model model) {
        return page(model, "error.not-found", e instanceof NotFoundException ? e.getMessage() : null);
    }

    @ExceptionHandler({ServletRequestBindingException.class, HttpMessageNotReadableException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(Exception e, Model model) {
        return page(model, "error.bad-request", null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied(AccessDeniedException e, Model model) {
        return page(model, "error.denied", e.getMessage());
    }

    /** The provider away or slow as the API tells it (503 with Retry-After, 504, 502), each with what to do. */
    @ExceptionHandler(UpstreamException.class)
    ModelAndView upstream(UpstreamException e, HttpServletResponse response) {
        log.warn("Upstream failure on a console page {} ({})", e.code(), e.kind());
        return switch (e.kind()) {
            case REJECTED, DIAN_REJECTED, CONFLICT -> page(HttpStatus.CONFLICT, "error.refused", e.getMessage());
            case BAD_CREDENTIALS, BAD_RESPONSE -> page(HttpStatus.BAD_GATEWAY, "error.upstream", e.getMessage());
            case UNAVAILABLE -> {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
                yield page(HttpStatus.SERVICE_UNAVAILABLE, "error.upstream-unavailable", null);
            }
            case TIMEOUT -> page(HttpStatus.GATEWAY_TIMEOUT, "error.upstream-timeout", null);
        };
    }

    @ExceptionHandler(FactusApiException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(FactusApiException e, Model model) {
        return page(model, "error.refused", e.getMessage());
    }

    /** The database away for a moment (as the API's 503 {@code storage-unavailable}) is not a bug: say so, and wait. */
    @ExceptionHandler(Exception.class)
    ModelAndView internal(Exception e, HttpServletResponse response) {
        if (StorageFailures.isStorageUnavailable(e)) {
            return storageUnavailable(e, response);
        }
        log.error("Console request failed", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal", null);
    }

    /** Also written by {@link ConsoleOutageFilter} when the session itself could not be read. */
    static ModelAndView storageUnavailable(Exception e, HttpServletResponse response) {
        log.warn("Console page without its database: {}", e.getClass().getSimpleName());
        response.setHeader(HttpHeaders.RETRY_AFTER, StorageFailures.RETRY_AFTER_SECONDS);
        return page(HttpStatus.SERVICE_UNAVAILABLE, "error.storage-unavailable", null);
    }

    private static ModelAndView page(HttpStatus status, String title, String detail) {
        ExtendedModelMap model = new ExtendedModelMap();
        return new ModelAndView(page(model, title, detail), model, status);
    }

    private static String page(Model model, String title, String detail) {
        model.addAttribute("errorTitle", title);
        model.addAttribute("errorDetail", detail);
        model.addAttribute("correlationId", MDC.get(CorrelationIdFilter.MDC_KEY));
        return VIEW;
    }
}
