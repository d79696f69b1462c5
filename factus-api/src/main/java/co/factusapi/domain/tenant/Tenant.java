package co.factusapi.domain.tenant;

import co.factusapi.domain.error.InvalidRequestException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One business with its own Factus account: everything it issues, its keys, users and audit trail belong to it.
 * {@code nit} is null only for the default tenant made from a deployment's FACTUS_* settings before tenants
 * existed. A sandbox tenant issues through its own account of the embedded emulator ({@code baseUrl} null).
 * {@code requestsPerMinute} is the tenant's Factus allowance (null: the deployment's default; 0: unlimited).
 */
public record Tenant(UUID id, String name, Nit nit, TenantStatus status, boolean sandbox, ApiVersion apiVersion,
                     String baseUrl, String clientId, String username, Instant createdAt, Instant updatedAt,
                     Integer requestsPerMinute) {
    public static final int MAX_NAME_LENGTH = 100;

    public Tenant {
        Objects.requireNonNull(id, "id");
        requireValidName(name);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (requestsPerMinute != null && requestsPerMinute < 0) {
            throw InvalidRequestException.of("requests_per_minute", "must be 0 (unlimited) or more");
        }
        if (!sandbox && (baseUrl == null || baseUrl.isBlank())) {
            throw new IllegalArgumentException("A tenant outside the sandbox needs its Factus base URL");
        }
    }

    public static void requireValidName(String name) {
        if (name == null || name.isBlank()) {
            throw InvalidRequestException.of("name", "is required");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw InvalidRequestException.of("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
    }

    public boolean isSuspended() {
        return status == TenantStatus.SUSPENDED;
    }

    public Tenant withRequestsPerMinute(int perMinute, Instant now) {
        return new Tenant(id, name, nit, status, sandbox, apiVersion, baseUrl, clientId, username, createdAt, now,
                perMinute);
    }

    /** The Factus API the account speaks from now on; documents already issued keep their numbers in the ledger. */
    public Tenant withApiVersion(ApiVersion version, Instant now) {
        return new Tenant(id, name, nit, status, sandbox, Objects.requireNonNull(version, "apiVersion"), baseUrl,
                clientId, username, createdAt, now, requestsPerMinute);
    }

    public Tenant withStatus(TenantStatus newStatus, Instant now) {
        return new Tenant(id, name, nit, newStatus, sandbox, apiVersion, baseUrl, clientId, username, createdAt, now,
                requestsPerMinute);
    }
}
