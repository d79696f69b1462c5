package co.factusapi.domain.idempotency;

import co.factusapi.domain.error.InvalidRequestException;

/** The shape of an {@code Idempotency-Key}: 1 to 255 visible ASCII characters (a UUID is the usual choice). */
public final class IdempotencyKeys {
    public static final int MAX_LENGTH = 255;

    private IdempotencyKeys() {
    }

    public static String requireValid(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw InvalidRequestException.of("Idempotency-Key", "must be 1 to " + MAX_LENGTH
                    + " visible ASCII characters (a UUID is a good choice)");
        }
        return key;
    }
}
