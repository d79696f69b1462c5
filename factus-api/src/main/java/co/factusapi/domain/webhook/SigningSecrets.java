package co.factusapi.domain.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The secrets that sign an endpoint's deliveries: the current one, and after a rotation the previous one until its
 * grace period ends, so receivers can switch to the new secret without losing a delivery.
 */
public record SigningSecrets(WebhookSecret current, WebhookSecret previous, Instant previousUntil) {
    public SigningSecrets {
        Objects.requireNonNull(current, "current");
        if ((previous == null) != (previousUntil == null)) {
            throw new IllegalArgumentException("a previous secret needs the end of its grace period, and only it");
        }
    }

    public static SigningSecrets of(WebhookSecret current) {
        return new SigningSecrets(current, null, null);
    }

    /** The secrets that sign at {@code now}, current first. */
    public List<WebhookSecret> signingAt(Instant now) {
        List<WebhookSecret> secrets = new ArrayList<>(List.of(current));
        if (previous != null && now.isBefore(previousUntil)) {
            secrets.add(previous);
        }
        return secrets;
    }
}
