package co.factusapi.adapter.in.web.error;

import co.factusapi.domain.error.FieldViolation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns an unreadable request body into a problem that names the offending JSON path. */
final class JsonProblems {
    private JsonProblems() {
    }

    static ProblemDetail fromUnreadableBody(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof StreamReadException) {
            return Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "The request body is not valid JSON.");
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Problems.withViolations(HttpStatus.UNPROCESSABLE_CONTENT, "validation-error",
                    "The request has a field this API does not know (check its spelling).",
                    List.of(new FieldViolation(pathOf(unknown), "unknown field")));
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return Problems.withViolations(HttpStatus.UNPROCESSABLE_CONTENT, "validation-error",
                    "A field has the wrong type or format.",
                    List.of(new FieldViolation(pathOf(jackson), "has the wrong type or format")));
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "The request body is missing or not a JSON object.");
    }

    static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
