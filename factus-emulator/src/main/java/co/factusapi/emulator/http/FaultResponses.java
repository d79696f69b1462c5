package co.factusapi.emulator.http;

import co.factusapi.emulator.control.Fault;
import java.util.Map;

/** Default Factus/Laravel-shaped bodies for injected status faults (docs/factus-upstream.md §11; bodies graded D). */
final class FaultResponses {
    private FaultResponses() {
    }

    static ApiResponse of(Fault fault) {
        int status = fault.status();
        Object body = fault.body() != null ? fault.body() : defaultBody(status);
        Map<String, String> headers = status == 429 ? Map.of("Retry-After", "60") : Map.of();
        return new ApiResponse(status, body, headers);
    }

    private static Object defaultBody(int status) {
        return switch (status) {
            case 401 -> Json.obj("message", "Unauthenticated.");
            case 403 -> Json.obj("message", "This action is unauthorized.");
            case 409 -> ApiResponse.pendingConflict().body();
            case 429 -> Json.obj("message", "Too Many Attempts.");
            case 503 -> Json.obj("message", "Service Unavailable");
            default -> status >= 500 ? Json.obj("message", "Server Error")
                    : Json.obj("status", "Error", "message", "Error simulado por el emulador");
        };
    }
}
