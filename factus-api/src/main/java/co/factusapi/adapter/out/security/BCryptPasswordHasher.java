package co.factusapi.adapter.out.security;

import co.factusapi.application.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Spring Security's BCrypt behind our port. */
public class BCryptPasswordHasher implements PasswordHasher {
    /** BCrypt reads at most 72 bytes; Spring's encoder refuses longer input instead of silently cutting it. */
    private static final int BCRYPT_MAX_BYTES = 72;

    private final PasswordEncoder encoder;

    public BCryptPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String rawPassword) {
        if (tooLong(rawPassword)) {
            throw new IllegalArgumentException("a password may have at most " + BCRYPT_MAX_BYTES + " bytes");
        }
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return !tooLong(rawPassword) && encoder.matches(rawPassword, hash);
    }

    private static boolean tooLong(String rawPassword) {
        return rawPassword.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES;
    }
}
