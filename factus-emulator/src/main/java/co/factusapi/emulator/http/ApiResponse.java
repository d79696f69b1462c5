package co.factusapi.emulator.http;

import java.util.Map;

/** A status, a JSON body (null for none) and extra headers. */
public record ApiResponse(int status, Object body, Map<String, String> headers) {
    public static final String RATE_LIMIT_LIMIT = "X-RateLimit-Limit";
    public static final String RATE_LIMIT_REMAINING = "X-RateLimit-Remaining";

    public static ApiResponse of(int status, Object body) {
        return new ApiResponse(status, body, Map.of());
    }

    public static ApiResponse ok(Object data) {
        return of(200, Json.obj("status", "OK", "message", "Solicitud exitosa", "data", data));
    }

    public static ApiResponse okMessage(String message) {
        return of(200, Json.obj("status", "OK", "message", message));
    }

    public static ApiResponse okMessage(String message, Object data) {
        return of(200, Json.obj("status", "OK", "message", message, "data", data));
    }

    public static ApiResponse created(String message, Object data) {
        return of(201, Json.obj("status", "Created", "message", message, "data", data));
    }

    public static ApiResponse notFound(String message) {
        return of(404, Json.obj("status", "Not Found", "message", message));
    }

    public static ApiResponse conflict(String message) {
        return of(409, Json.obj("status", "Conflict", "message", message));
    }

    /** The real recorded 409 (docs/factus-upstream.md §3.5): no data key. */
    public static ApiResponse pendingConflict() {
        return conflict("Se encontró una factura pendiente por enviar a la DIAN");
    }

    /**
     * Over the account's allowance (docs/factus-upstream.md §11): the throttle headers, and the message of Laravel's
     * throttle in Factus's {status, message} error shape.
     */
    public static ApiResponse tooManyRequests(int limit, long retryAfterSeconds) {
        return new ApiResponse(429, Json.obj("status", "Too Many Requests", "message", "Too Many Attempts."),
                Map.of(RATE_LIMIT_LIMIT, String.valueOf(limit), RATE_LIMIT_REMAINING, "0",
                        "Retry-After", String.valueOf(retryAfterSeconds)));
    }

    public static ApiResponse unauthenticated() {
        return of(401, Json.obj("message", "Unauthenticated."));
    }

    /** Laravel FormRequest shape (docs/factus-upstream.md §3.5): dotted field paths to arrays of Spanish messages. */
    public static ApiResponse validationError(Map<String, ?> errors) {
        return of(422, Json.obj("status", "Validation error", "message", "Error de validación",
                "data", Json.obj("message", "Error de validación", "errors", errors)));
    }

    /**
     * DIAN rejected the stored document (docs/factus-upstream.md §3.5, C): errors keyed by DIAN rule, each a single
     * "Regla: …, Rechazo: …" string; the same shape in v2 (§13).
     */
    public static ApiResponse dianRejection(Map<String, String> errorsByRule) {
        return of(422, Json.obj("status", "Validation error", "message", "El documento contiene errores de validación",
                "data", Json.obj("message", "El documento contiene errores de validación", "errors", errorsByRule)));
    }

    public static ApiResponse fieldError(String field, String message) {
        return validationError(Map.of(field, java.util.List.of(message)));
    }
}
