package co.factusapi.application.service;

import co.factusapi.application.port.in.ManageWebhookEndpointsUseCase;
import co.factusapi.application.port.out.SecretVault;
import co.factusapi.application.port.out.WebhookDestinations;
import co.factusapi.application.port.out.WebhookEndpointRepository;
import co.factusapi.application.port.out.WebhookEndpointRepository.SealedSecrets;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.vault.SealedSecret;
import co.factusapi.domain.webhook.SigningSecrets;
import co.factusapi.domain.webhook.WebhookEndpoint;
import co.factusapi.domain.webhook.WebhookSecret;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The acting tenant's webhook endpoints: URLs checked against server-side request forgery, secrets sealed. */
public final class WebhookEndpointService implements ManageWebhookEndpointsUseCase {
    /** The columns a secret is bound to (associated data). */
    private static final String CURRENT = "secret";
    private static final String PREVIOUS = "previous_secret";

    private final WebhookEndpointRepository endpoints;
    private final WebhookDestinations destinations;
    private final SecretVault vault;
    private final Clock clock;
    private final Duration rotationGrace;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    public WebhookEndpointService(WebhookEndpointRepository endpoints, WebhookDestinations destinations,
                                  SecretVault vault, Clock clock, Duration rotationGrace, AuditTrail audit) {
        this.endpoints = endpoints;
        this.destinations = destinations;
        this.vault = vault;
        this.clock = clock;
        this.rotationGrace = rotationGrace;
        this.audit = audit;
    }

    @Override
    public EndpointWithSecret create(String url, String description, List<String> eventTypes, String actor) {
        WebhookEndpoint endpoint = WebhookEndpoint.create(ActingTenant.id(), url, description, eventTypes, now());
        destinations.check(endpoint.url());
        WebhookSecret secret = WebhookSecret.generate(random);
        endpoints.add(endpoint, vault.seal(secret.value(), context(endpoint.id(), CURRENT)));
        record(actor, "webhook-endpoint.create", endpoint, "CREATED");
        return new EndpointWithSecret(endpoint, secret);
    }

    @Override
    public List<WebhookEndpoint> list() {
        return endpoints.findAll(ActingTenant.id());
    }

    /** Another tenant's endpoint is not found rather than forbidden: its existence is none of the caller's business. */
    @Override
    public WebhookEndpoint get(UUID id) {
        return endpoints.find(ActingTenant.id(), id)
                .orElseThrow(() -> new NotFoundException("No webhook endpoint has the id " + id + "."));
    }

    @Override
    public WebhookEndpoint update(UUID id, EndpointChange change, String actor) {
        WebhookEndpoint changed = get(id).changed(change.url(), change.description(), change.eventTypes(),
                change.enabled(), now());
        if (change.url() != null) {
            destinations.check(changed.url());
        }
        endpoints.update(changed);
        record(actor, "webhook-endpoint.update", changed, changed.enabled() ? "ENABLED" : "DISABLED");
        return changed;
    }

    @Override
    public void delete(UUID id, String actor) {
        WebhookEndpoint endpoint = get(id);
        endpoints.delete(ActingTenant.id(), id);
        record(actor, "webhook-endpoint.delete", endpoint, "DELETED");
    }

    @Override
    public EndpointWithSecret rotateSecret(UUID id, String actor) {
        WebhookEndpoint endpoint = get(id);
        WebhookSecret previous = signingSecrets(id).current();
        WebhookSecret next = WebhookSecret.generate(random);
        Instant graceUntil = now().plus(rotationGrace);
        WebhookEndpoint rotated = endpoint.rotated(graceUntil, now());
        endpoints.replaceSecrets(rotated, new SealedSecrets(vault.seal(next.value(), context(id, CURRENT)),
                vault.seal(previous.value(), context(id, PREVIOUS)), graceUntil));
        record(actor, "webhook-endpoint.rotate-secret", rotated, "ROTATED");
        return new EndpointWithSecret(rotated, next);
    }

    @Override
    public int resealSecrets() {
        int resealed = 0;
        for (UUID id : endpoints.allIds()) {
            SealedSecrets sealed = endpoints.secrets(id);
            boolean current = vault.isUnderCurrentKey(sealed.current())
                    && (sealed.previous() == null || vault.isUnderCurrentKey(sealed.previous()));
            if (!current) {
                SigningSecrets open = opened(id, sealed, vault);
                endpoints.reseal(id, new SealedSecrets(vault.seal(open.current().value(), context(id, CURRENT)),
                        open.previous() == null ? null : vault.seal(open.previous().value(), context(id, PREVIOUS)),
                        sealed.previousUntil()));
                resealed++;
            }
        }
        return resealed;
    }

    /**
     * Opens every endpoint's signing secrets once, like the tenants' secrets at start-up: a master key that cannot
     * open them stops the start instead of failing every delivery later.
     */
    public void requireReadableSecrets() {
        List<UUID> unreadable = new ArrayList<>();
        for (UUID id : endpoints.allIds()) {
            try {
                signingSecrets(id);
            } catch (RuntimeException e) {
                unreadable.add(id);
            }
        }
        if (!unreadable.isEmpty()) {
            throw new IllegalStateException("The signing secrets of " + unreadable.size() + " webhook endpoint(s) "
                    + unreadable + " cannot be opened with the configured master key(s): set FACTUS_API_MASTER_KEY "
                    + "(and FACTUS_API_PREVIOUS_MASTER_KEYS) or FACTUS_API_VAULT_KEY_FILE to the key(s) they were "
                    + "sealed with (docs/tenants.md). The service does not start with secrets it cannot read.");
        }
    }

    /** The secrets that sign this endpoint's deliveries, opened from the vault. */
    public SigningSecrets signingSecrets(UUID endpointId) {
        return opened(endpointId, endpoints.secrets(endpointId), vault);
    }

    static SigningSecrets opened(UUID endpointId, SealedSecrets sealed, SecretVault vault) {
        WebhookSecret current = new WebhookSecret(vault.open(sealed.current(), context(endpointId, CURRENT)));
        SealedSecret previous = sealed.previous();
        return previous == null ? SigningSecrets.of(current) : new SigningSecrets(current,
                new WebhookSecret(vault.open(previous, context(endpointId, PREVIOUS))), sealed.previousUntil());
    }

    /** Associated data binds a ciphertext to its row and column: copied elsewhere, it no longer opens. */
    private static String context(UUID endpoint, String column) {
        return "webhook-endpoint:" + endpoint + "/" + column;
    }

    private void record(String actor, String action, WebhookEndpoint endpoint, String outcome) {
        audit.record(actor, action, "webhook-endpoint", endpoint.id().toString(), null, outcome, null);
    }

    private Instant now() {
        return clock.instant();
    }
}
