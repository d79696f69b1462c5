package co.factusapi.domain.tenant;

import co.factusapi.domain.error.InvalidRequestException;
import java.net.URI;
import java.util.Objects;

/**
 * A business to onboard: a live tenant brings its Factus base URL and credentials; a sandbox tenant gets its own
 * account in the embedded emulator instead and must not bring any.
 */
public record TenantRegistration(String name, Nit nit, boolean sandbox, String baseUrl, ApiVersion apiVersion,
                                 FactusCredentials credentials, Integer requestsPerMinute) {
    public TenantRegistration {
        Tenant.requireValidName(name);
        Objects.requireNonNull(nit, "nit");
        apiVersion = apiVersion == null ? ApiVersion.V1 : apiVersion;
        if (sandbox && (baseUrl != null || credentials != null)) {
            throw InvalidRequestException.of("factus", "must be absent for a sandbox tenant: its account is made in "
                    + "the embedded emulator");
        }
        if (!sandbox) {
            requireHttpUrl(baseUrl);
            if (credentials == null) {
                throw InvalidRequestException.of("factus", "is required: client_id, client_secret, username, password");
            }
        }
    }

    public static void requireHttpUrl(String baseUrl) {
        try {
            URI uri = URI.create(Objects.requireNonNull(baseUrl));
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (RuntimeException e) {
            throw InvalidRequestException.of("factus.base_url", "must be the http(s) URL of the Factus API, e.g. "
                    + "https://api.factus.com.co");
        }
    }
}
