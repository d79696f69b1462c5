package co.factusapi.domain.tenant;

import co.factusapi.domain.vault.SealedSecret;
import java.util.Objects;

/** A tenant's Factus secrets as stored: sealed by the vault, never in plain text. */
public record TenantSecrets(SealedSecret clientSecret, SealedSecret password) {
    public TenantSecrets {
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(password, "password");
    }
}
