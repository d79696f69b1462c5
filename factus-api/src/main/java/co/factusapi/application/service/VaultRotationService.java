package co.factusapi.application.service;

import co.factusapi.application.port.in.ManageTenantsUseCase;
import co.factusapi.application.port.in.ManageWebhookEndpointsUseCase;
import co.factusapi.application.port.in.RotateVaultUseCase;
import co.factusapi.application.port.out.SecretVault;

/** Adds a master key where the deployment lets the service do so, then re-seals every secret under the current key. */
public final class VaultRotationService implements RotateVaultUseCase {
    private final SecretVault vault;
    private final Runnable addKeyWherePossible;
    private final ManageTenantsUseCase tenants;
    private final ManageWebhookEndpointsUseCase webhooks;

    public VaultRotationService(SecretVault vault, Runnable addKeyWherePossible, ManageTenantsUseCase tenants,
                                ManageWebhookEndpointsUseCase webhooks) {
        this.vault = vault;
        this.addKeyWherePossible = addKeyWherePossible;
        this.tenants = tenants;
        this.webhooks = webhooks;
    }

    /** The webhook signing secrets are sealed by the same vault: they are re-sealed with the tenants' secrets. */
    @Override
    public Rotation rotate(String actor) {
        addKeyWherePossible.run();
        int tenantsResealed = tenants.resealSecrets(actor);
        webhooks.resealSecrets();
        return new Rotation(vault.currentKeyId(), tenantsResealed);
    }
}
