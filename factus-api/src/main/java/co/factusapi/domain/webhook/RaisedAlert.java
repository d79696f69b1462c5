package co.factusapi.domain.webhook;

import java.time.Instant;
import java.util.Objects;

/**
 * A compliance alert raised now, as the last poll left it: its {@code type}, its {@code subject} ({@code range:<id>}
 * or {@code quota}), the setting it was judged against (remaining numbers or documents, or days) and since when.
 */
public record RaisedAlert(WebhookEventType type, String subject, long threshold, Instant since) {
    public RaisedAlert {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(since, "since");
    }
}
