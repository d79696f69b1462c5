package co.factusapi.adapter.in.web.error;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (servlet container, filters) also answer problem+json, not Boot's default page,
 * whatever the caller accepts. Not an API operation: hidden from the OpenAPI document, and a direct call is a 404.
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {
    private final ProblemWriter problems;

    public ProblemErrorController(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && StorageFailures.isStorageUnavailable(failure)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, StorageFailures.RETRY_AFTER_SECONDS);
            problems.write(request, response, StorageFailures.problem());
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatusCode status = code instanceof Integer value ? HttpStatusCode.valueOf(value) : HttpStatus.NOT_FOUND;
        problems.write(request, response, status, status.is5xxServerError() ? Problems.INTERNAL_ERROR : Problems.UNHANDLED);
    }
}
