package co.factusapi.adapter.in.console;

import co.factusapi.adapter.in.web.CorrelationIdFilter;
import co.factusapi.domain.error.AccessDeniedException;
import co.factusapi.domain.error.FactusApiException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.error.UpstreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

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

    @ExceptionHandler(UpstreamException.class)
    @ResponseStatus(HttpStatus.BAD_GATEWAY)
    String upstream(UpstreamException e, Model model) {
        return page(model, "error.upstream", e.getMessage());
    }

    @ExceptionHandler(FactusApiException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(FactusApiException e, Model model) {
        return page(model, "error.refused", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    String internal(Exception e, Model model) {
        log.error("Console request failed", e);
        return page(model, "error.internal", null);
    }

    private static String page(Model model, String title, String detail) {
        model.addAttribute("errorTitle", title);
        model.addAttribute("errorDetail", detail);
        model.addAttribute("correlationId", MDC.get(CorrelationIdFilter.MDC_KEY));
        return VIEW;
    }
}
