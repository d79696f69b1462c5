package co.factusapi.adapter.out.webhook;

import co.factusapi.application.port.out.WebhookSender;
import co.factusapi.domain.webhook.DeliveryAttempt;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Webhooks over the JDK HttpClient: HTTP/1.1, redirects never followed (a 3xx is a failed attempt: following it could
 * lead past the SSRF guard), {@code timeout} for connecting and again for the answer, and only the first kilobyte of
 * the answer read, for the delivery log.
 */
public final class JdkWebhookSender implements WebhookSender {
    private static final String USER_AGENT = "factus-api-webhooks/1";

    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    public JdkWebhookSender(Duration timeout, Clock clock) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public DeliveryAttempt post(URI url, Map<String, String> headers, String body) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json").header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String excerpt;
            try (InputStream answer = response.body()) {
                excerpt = new String(answer.readNBytes(DeliveryAttempt.MAX_EXCERPT), StandardCharsets.UTF_8);
            }
            return new DeliveryAttempt(at, response.statusCode(), millisSince(started), excerpt, null);
        } catch (HttpTimeoutException e) {
            return new DeliveryAttempt(at, null, millisSince(started), null, "no answer within " + timeout.toMillis()
                    + " ms");
        } catch (IOException e) {
            return new DeliveryAttempt(at, null, millisSince(started), null, "connection failed ("
                    + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryAttempt(at, null, millisSince(started), null, "interrupted (the instance is stopping)");
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
