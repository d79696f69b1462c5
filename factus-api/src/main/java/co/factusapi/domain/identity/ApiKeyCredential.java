package co.factusapi.domain.identity;

import co.factusapi.domain.common.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The plain API key a machine client sends: {@code fak_<public id>_<secret>}. The public id finds the stored key;
 * the secret (32 random bytes) proves possession and is stored only as its SHA-256 hash.
 * <p>SHA-256 rather than BCrypt: the secret has 256 bits of entropy, so a slow hash adds no protection against
 * guessing, while BCrypt would cost tens of milliseconds on every API request.
 */
public record ApiKeyCredential(String publicId, String secret) {
    public static final String PREFIX = "fak_";
    private static final String PUBLIC_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int PUBLIC_ID_LENGTH = 8;
    private static final int SECRET_BYTES = 32;
    private static final Pattern PUBLIC_ID = Pattern.compile("[a-z0-9]{" + PUBLIC_ID_LENGTH + "}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern PLAIN = Pattern.compile(
            PREFIX + "(" + PUBLIC_ID.pattern() + ")_(" + SECRET.pattern() + ")");

    public ApiKeyCredential {
        Objects.requireNonNull(publicId, "publicId");
        Objects.requireNonNull(secret, "secret");
        if (!PUBLIC_ID.matcher(publicId).matches() || !SECRET.matcher(secret).matches()) {
            throw new IllegalArgumentException("malformed API key parts");
        }
    }

    public static ApiKeyCredential generate(RandomGenerator random) {
        StringBuilder publicId = new StringBuilder(PUBLIC_ID_LENGTH);
        for (int i = 0; i < PUBLIC_ID_LENGTH; i++) {
            publicId.append(PUBLIC_ID_ALPHABET.charAt(random.nextInt(PUBLIC_ID_ALPHABET.length())));
        }
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return new ApiKeyCredential(publicId.toString(), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** Empty when the text cannot be one of our keys, so callers treat it like any wrong key. */
    public static Optional<ApiKeyCredential> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        var matcher = PLAIN.matcher(presented.strip());
        return matcher.matches() ? Optional.of(new ApiKeyCredential(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    public String plainText() {
        return PREFIX + publicId + "_" + secret;
    }

    public String secretHash() {
        return Sha256.hex(secret);
    }

    /** Constant-time comparison, so response timing does not reveal how much of a guessed secret was right. */
    public boolean matchesHash(String storedHash) {
        return MessageDigest.isEqual(secretHash().getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    static String displayPrefix(String publicId) {
        return PREFIX + publicId;
    }

    @Override
    public String toString() {
        return "ApiKeyCredential[publicId=" + publicId + "]";
    }
}
