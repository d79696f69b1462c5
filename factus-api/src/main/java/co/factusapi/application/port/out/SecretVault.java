package co.factusapi.application.port.out;

import co.factusapi.domain.vault.SealedSecret;

/**
 * Encrypts the secrets the service keeps for its tenants (Factus OAuth client secrets, passwords, tokens) so that
 * the database only ever holds {@link SealedSecret}s. Values are sealed under the current master key; every key of
 * the keyring (the current one and older ones kept during a rotation) can open them.
 *
 * <p>Failures are server configuration problems, not caller errors: the adapter throws an unchecked
 * {@link IllegalStateException} (its {@code VaultException}) when a value's key is not in the keyring or when a value
 * fails its integrity check (altered ciphertext, wrong key, wrong context).
 *
 * <p>The {@code context} overloads bind a value to where it is stored (GCM associated data, e.g.
 * {@code "tenant:42/client_secret"}): it is not stored, it must be passed again to open the value, and a value copied
 * to another row or column does not open there. The plain methods are the empty context: {@code seal(p)} and
 * {@code seal(p, "")} are interchangeable, and a value sealed with a non-empty context opens only with that context.
 */
public interface SecretVault {

    /** Seals {@code plaintext} (empty allowed) under the current key with a fresh random 96-bit nonce. */
    SealedSecret seal(String plaintext);

    /** Seals {@code plaintext} bound to {@code context} (non-null; empty = no context). */
    SealedSecret seal(String plaintext, String context);

    /** Opens a value sealed without context under any key of the keyring. */
    String open(SealedSecret sealed);

    /** Opens a value sealed with {@code context} under any key of the keyring. */
    String open(SealedSecret sealed, String context);

    /** The id of the key {@link #seal(String)} uses now. */
    String currentKeyId();

    /** Whether the keyring holds the key with this id, so values sealed under it can be opened. */
    boolean canOpen(String keyId);

    /** Whether {@code sealed} is under the current key; a rotation re-seals the values for which this is false. */
    default boolean isUnderCurrentKey(SealedSecret sealed) {
        return sealed.keyId().equals(currentKeyId());
    }
}
