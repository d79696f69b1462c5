package co.factusapi.adapter.out.vault;

/**
 * The vault cannot do its job: a master key is missing, malformed or unreadable, or a sealed value names a key the
 * keyring does not hold or fails its integrity check. A server configuration problem, never a caller's error, so it
 * stays outside the {@code FactusApiException} family (the web edge answers it as any unexpected 500). Messages name
 * the setting or file at fault and never carry a key or a secret.
 */
public class VaultException extends IllegalStateException {
    public VaultException(String message) {
        super(message);
    }

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
