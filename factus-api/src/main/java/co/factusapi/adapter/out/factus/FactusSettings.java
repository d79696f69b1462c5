package co.factusapi.adapter.out.factus;

import java.time.Duration;
import java.util.Objects;

/** How to reach one Factus account. {@link #toString()} never shows the secrets. */
public record FactusSettings(String baseUrl, String clientId, String clientSecret, String username, String password,
                             Duration connectTimeout, Duration readTimeout, Duration validateTimeout, int maxConnections,
                             Duration tokenRefreshMargin, Duration catalogTtl, FactusResilienceSettings resilience) {
    public FactusSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(resilience, "resilience");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (maxConnections < 1) {
            throw new IllegalArgumentException("factus.max-connections must be at least 1");
        }
    }

    @Override
    public String toString() {
        return "FactusSettings[baseUrl=" + baseUrl + ", clientId=" + clientId + ", username=***, secrets=***]";
    }
}
