package co.factusapi.adapter.in.web.error;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (servlet container, filters) also answer problem+json, not Boot's default page.
 * Not an API operation: hidden from the OpenAPI document, and a direct call is a 404, not an error.
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.APPLICATION_PROBLEM_JSON_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode status = code instanceof Integer value ? HttpStatusCode.valueOf(value) : HttpStatus.NOT_FOUND;
        String detail = status.is5xxServerError() ? "Internal error. Quote the correlation_id when you report it."
                : "The request could not be handled.";
        ProblemDetail problem = Problems.of(status, Problems.codeFor(status), detail);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
