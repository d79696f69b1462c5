package co.factusapi.adapter.in.web.ratelimit;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;

/**
 * What one request left of its bucket, told to the caller with the IETF draft headers
 * (draft-ietf-httpapi-ratelimit-headers): {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} (seconds until the bucket is full again).
 */
public record Quota(long limit, long remaining, boolean granted, Duration retryAfter, Duration reset) {

    void writeHeaders(HttpServletResponse response) {
        response.setHeader("RateLimit-Limit", Long.toString(limit));
        response.setHeader("RateLimit-Remaining", Long.toString(remaining));
        response.setHeader("RateLimit-Reset", Long.toString(seconds(reset)));
        if (!granted) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, seconds(retryAfter))));
        }
    }

    /** Rounded up: a client that waits this long is never early. */
    static long seconds(Duration duration) {
        return (duration.toMillis() + 999) / 1000;
    }
}
