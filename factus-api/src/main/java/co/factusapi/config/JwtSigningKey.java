package co.factusapi.config;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns {@code factus-api.jwt.secret} into the HMAC key that signs and verifies our tokens. */
final class JwtSigningKey {
    /** RFC 7518 section 3.2: an HS256 key must have at least 256 bits. */
    static final int MIN_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Logger log = LoggerFactory.getLogger(JwtSigningKey.class);

    private JwtSigningKey() {
    }

    /**
     * {@code datasourceUrl}: on the embedded H2 database only one instance can run, so a blank secret may mean a
     * random key per start; with a database server several instances may serve one deployment, and a key of each
     * instance's own would make a token signed by one refused by the next: the start is refused instead.
     */
    static SecretKey from(String secret, String datasourceUrl) {
        if (secret.isBlank() && !Datasources.embedded(datasourceUrl)) {
            throw new IllegalStateException("factus-api.jwt.secret (FACTUS_API_JWT_SECRET) is not set, and the "
                    + "database is a server that several instances may share: each would sign tokens with a random key "
                    + "of its own and refuse the others'. Set FACTUS_API_JWT_SECRET to the same random secret of at "
                    + "least " + MIN_BYTES + " bytes on every instance (e.g. openssl rand -base64 48).");
        }
        if (secret.isBlank()) {
            log.info("factus-api.jwt.secret is not set: signing tokens with a random key made at start-up, so tokens "
                    + "will not survive a restart nor work across instances. Set FACTUS_API_JWT_SECRET to keep them.");
            byte[] random = new byte[MIN_BYTES];
            new SecureRandom().nextBytes(random);
            return new SecretKeySpec(random, ALGORITHM);
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException("factus-api.jwt.secret (FACTUS_API_JWT_SECRET) has " + bytes.length
                    + " bytes but HS256 needs at least " + MIN_BYTES + ". Use a longer random secret, or leave it blank "
                    + "for a random key per start.");
        }
        return new SecretKeySpec(bytes, ALGORITHM);
    }
}
