package co.factusapi.domain.webhook;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * An endpoint's signing secret in the Standard Webhooks form: {@code whsec_} followed by the base64 of 32 random bytes.
 * The bytes after the prefix are the HMAC-SHA256 key. {@link #toString()} never shows it.
 */
public record WebhookSecret(String value) {
    public static final String PREFIX = "whsec_";
    private static final int KEY_BYTES = 32;

    public WebhookSecret {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
        }
        try {
            Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook secret is " + PREFIX + " and base64");
        }
    }

    public static WebhookSecret generate(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The HMAC key. */
    public byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return "WebhookSecret[***]";
    }
}
