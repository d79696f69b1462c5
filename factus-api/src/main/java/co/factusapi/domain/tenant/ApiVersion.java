package co.factusapi.domain.tenant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which Factus API a tenant's account speaks. */
public enum ApiVersion {
    V1;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ApiVersion> fromCode(String code) {
        return Arrays.stream(values()).filter(version -> version.code().equalsIgnoreCase(code)).findFirst();
    }
}
