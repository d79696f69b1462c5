package co.factusapi.domain.tenant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which Factus API a tenant's account speaks. Only the Factus adapter acts on it; switching a tenant from one to the
 * other needs no data migration: the ledger keeps every document by number either way.
 */
public enum ApiVersion {
    V1,
    V2;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ApiVersion> fromCode(String code) {
        return Arrays.stream(values()).filter(version -> version.code().equalsIgnoreCase(code)).findFirst();
    }
}
