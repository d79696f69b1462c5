package co.factusapi.adapter.in.web.error;

import co.factusapi.adapter.in.web.document.IssueAnswers;
import co.factusapi.domain.error.AccessDeniedException;
import co.factusapi.domain.error.AuthenticationFailedException;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.FactusApiException;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.GoneException;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.error.UpstreamException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** The one place where exceptions become HTTP answers (RFC 9457 problem+json, never a stack trace). */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(FactusApiException.class)
    ResponseEntity<ProblemDetail> handle(FactusApiException e, HttpServletRequest request) {
        return switch (e) {
            case InvalidRequestException invalid -> respond(Problems.withViolations(
                    HttpStatus.UNPROCESSABLE_CONTENT, invalid.code(), invalid.getMessage(), invalid.violations()), request);
            case NotFoundException notFound -> respond(Problems.of(HttpStatus.NOT_FOUND, notFound.code(),
                    notFound.getMessage()), request);
            case ConflictException conflict -> conflict(conflict, request);
            case AuthenticationFailedException failed -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer") // RFC 9110 section 15.5.2: every 401 names a scheme
                    .body(Problems.at(Problems.of(HttpStatus.UNAUTHORIZED, failed.code(), failed.getMessage()), request));
            case AccessDeniedException denied -> respond(Problems.of(HttpStatus.FORBIDDEN, denied.code(),
                    denied.getMessage()), request);
            case UpstreamException upstream -> upstream(upstream, request);
            case GoneException gone -> respond(Problems.of(HttpStatus.GONE, gone.code(), gone.getMessage()), request);
        };
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(Problems.withViolations(HttpStatus.BAD_REQUEST, "invalid-parameter", "A parameter has the wrong format.",
                List.of(new FieldViolation(e.getName(), "has the wrong format"))), request);
    }

    /** An override, not an {@code @ExceptionHandler}: the base class already maps this exception (ambiguous otherwise). */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "The uploaded file is too large."),
                request);
    }

    /** A multipart content type without a readable body (no boundary, truncated parts) is the caller's mistake. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> handleUnreadableMultipart(MultipartException e, HttpServletRequest request) {
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "bad-request", "The multipart request body cannot be read."),
                request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e, HttpServletRequest request) {
        if (StorageFailures.isStorageUnavailable(e)) {
            log.warn("Database unavailable ({}); answered 503", e.getClass().getSimpleName());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, StorageFailures.RETRY_AFTER_SECONDS)
                    .body(Problems.at(StorageFailures.problem(), request));
        }
        log.error("Unhandled error", e);
        return respond(Problems.ofStatus(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL_ERROR), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return respond(JsonProblems.fromUnreadableBody(e), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(Problems.withViolations(HttpStatus.BAD_REQUEST, "invalid-parameter",
                "A required query parameter is missing.", List.of(new FieldViolation(e.getParameterName(), "is required"))),
                request);
    }

    /** Every Spring MVC exception (404 route, 405, 406, 415, ...) gets our type and correlation id. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        String detail = body instanceof ProblemDetail given && given.getDetail() != null ? given.getDetail() : Problems.UNHANDLED;
        return new ResponseEntity<>(Problems.at(Problems.ofStatus(status, detail), servletRequest(request)), headers, status);
    }

    /**
     * An attempt in progress settles within seconds: tell the client when to come back for the final answer. A
     * reference code already issued points at the document, so the client can fetch it in one step.
     */
    private static ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.CONFLICT);
        if (e.code().endsWith("in-progress")) {
            response.header(HttpHeaders.RETRY_AFTER, "1");
        }
        if (e.existing() != null) {
            response.location(IssueAnswers.location(e.existing().kind(), e.existing().number()));
        }
        return response.body(Problems.at(Problems.of(HttpStatus.CONFLICT, e.code(), e.getMessage()), request));
    }

    private ResponseEntity<ProblemDetail> upstream(UpstreamException e, HttpServletRequest request) {
        HttpStatus status = switch (e.kind()) {
            case REJECTED, DIAN_REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT -> HttpStatus.CONFLICT;
            case BAD_CREDENTIALS, BAD_RESPONSE -> HttpStatus.BAD_GATEWAY;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case TIMEOUT -> HttpStatus.GATEWAY_TIMEOUT;
        };
        log.warn("Upstream failure {} ({})", e.code(), e.kind());
        ProblemDetail problem = e.violations().isEmpty() ? Problems.of(status, e.code(), e.getMessage())
                : Problems.withViolations(status, e.code(), e.getMessage(), e.violations());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (e.kind() == UpstreamException.Kind.UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return response.body(Problems.at(problem, request));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        return ResponseEntity.status(problem.getStatus()).body(Problems.at(problem, request));
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, WebRequest request) {
        return ResponseEntity.status(problem.getStatus()).body(Problems.at(problem, servletRequest(request)));
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }
}
