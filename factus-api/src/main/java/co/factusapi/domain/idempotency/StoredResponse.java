package co.factusapi.domain.idempotency;

import java.util.Objects;

/** The answer given to the first request with an idempotency key, replayed to every repeat of it. */
public record StoredResponse(int status, String contentType, String location, String body) {
    public StoredResponse {
        Objects.requireNonNull(body, "body");
    }

    /**
     * Only final answers are kept. A 5xx, 202 (outcome not known yet), 409 (a conflict of the moment) or 429 is not:
     * the client repeats the request and the ledger's reconciliation keeps the repeat from issuing twice.
     */
    public static boolean isFinal(int status) {
        return status < 500 && status != 202 && status != 409 && status != 429;
    }
}
