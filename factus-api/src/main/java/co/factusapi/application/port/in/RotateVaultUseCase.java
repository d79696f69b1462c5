package co.factusapi.application.port.in;

/**
 * Key rotation: with a key file, a new master key is appended and becomes current; with keys from the environment
 * the operator has already made the new key current (and kept the old one readable). Either way every stored secret
 * is re-sealed under the current key, so the old key can then be dropped.
 */
public interface RotateVaultUseCase {

    Rotation rotate(String actor);

    /** The master key now current, and how many tenants' secrets were re-sealed under it. */
    record Rotation(String currentKeyId, int resealedTenants) {
    }
}
