package co.factusapi.application.port.out;

/** A slow, salted one-way hash for passwords people choose. */
public interface PasswordHasher {
    String hash(String rawPassword);

    /** Takes about the same time whether or not the password matches. */
    boolean matches(String rawPassword, String hash);
}
