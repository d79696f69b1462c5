package co.factusapi.domain.webhook;

import java.time.Instant;
import java.util.Objects;

/**
 * One attempt to deliver an event: the receiver's status code (null when no answer came), how long it took, the
 * start of its answer (at most 1 KB, for the delivery log) and our error (a timeout, a refused address).
 */
public record DeliveryAttempt(Instant at, Integer statusCode, long latencyMillis, String responseExcerpt, String error) {
    public static final int MAX_EXCERPT = 1024;
    public static final int MAX_ERROR = 300;

    public DeliveryAttempt {
        Objects.requireNonNull(at, "at");
        responseExcerpt = cut(responseExcerpt, MAX_EXCERPT);
        error = cut(error, MAX_ERROR);
    }

    /** A 2xx answer; anything else (a redirect too: none is followed) is a failure. */
    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
