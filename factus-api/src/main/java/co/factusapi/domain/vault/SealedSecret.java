package co.factusapi.domain.vault;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A secret as it is stored: encrypted with AES-256-GCM under the master key named by {@code keyId}.
 * {@code ciphertext} is the base64 (RFC 4648, standard alphabet) of the 12-byte nonce followed by the GCM ciphertext
 * and its 16-byte tag. The key id is stored beside the ciphertext so a value sealed under an older key can still be
 * opened during a key rotation, and so the rotation knows which values still need sealing under the new key.
 *
 * <p>{@link #toString()} never shows the ciphertext.
 */
public record SealedSecret(String keyId, String ciphertext) {
    public static final int MAX_KEY_ID_LENGTH = 16;
    public static final int NONCE_BYTES = 12;
    public static final int TAG_BYTES = 16;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]+");
    private static final char SEPARATOR = ':';

    public SealedSecret {
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("a sealed secret needs a key id");
        }
        if (keyId.length() > MAX_KEY_ID_LENGTH) {
            throw new IllegalArgumentException("a sealed secret's key id has at most " + MAX_KEY_ID_LENGTH
                    + " characters, not " + keyId.length());
        }
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("a sealed secret's key id holds only letters, digits, '.', '_' and '-'");
        }
        if (ciphertext == null || ciphertext.isBlank()) {
            throw new IllegalArgumentException("a sealed secret needs its ciphertext");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(ciphertext);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("a sealed secret's ciphertext is not base64");
        }
        if (bytes.length < NONCE_BYTES + TAG_BYTES) {
            throw new IllegalArgumentException("a sealed secret's ciphertext has " + bytes.length + " bytes, fewer than "
                    + "its " + NONCE_BYTES + "-byte nonce and " + TAG_BYTES + "-byte tag");
        }
    }

    /**
     * Reads the single-column form written by {@link #stored()}: {@code <keyId>:<base64>}.
     *
     * @throws IllegalArgumentException when {@code stored} is not in that form (the message never repeats it)
     */
    public static SealedSecret parse(String stored) {
        if (stored == null || stored.isBlank()) {
            throw new IllegalArgumentException("a stored sealed secret must not be blank");
        }
        int separator = stored.indexOf(SEPARATOR);
        if (separator < 0) {
            throw new IllegalArgumentException("a stored sealed secret has the form <keyId>:<base64>");
        }
        return new SealedSecret(stored.substring(0, separator), stored.substring(separator + 1));
    }

    /** The single-column form {@code <keyId>:<base64>}, read back by {@link #parse(String)}. */
    public String stored() {
        return keyId + SEPARATOR + ciphertext;
    }

    @Override
    public String toString() {
        return "SealedSecret[keyId=" + keyId + ", ciphertext=***]";
    }
}
