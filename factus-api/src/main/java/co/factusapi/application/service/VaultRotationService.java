package co.factusapi.application.service;

import co.factusapi.application.port.in.ManageTenantsUseCase;
import co.factusapi.application.port.in.RotateVaultUseCase;
import co.factusapi.application.port.out.SecretVault;

/** Adds a master key where the deployment lets the service do so, then re-seals every secret under the current key. */
public final class VaultRotationService implements RotateVaultUseCase {
    private final SecretVault vault;
    private final Runnable addKeyWherePossible;
    private final ManageTenantsUseCase tenants;

    public VaultRotationService(SecretVault vault, Runnable addKeyWherePossible, ManageTenantsUseCase tenants) {
        this.vault = vault;
        this.addKeyWherePossible = addKeyWherePossible;
        this.tenants = tenants;
    }

    @Override
    public Rotation rotate(String actor) {
        addKeyWherePossible.run();
        return new Rotation(vault.currentKeyId(), tenants.resealSecrets(actor));
    }
}
