package co.factusapi.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code factus-api.admin-password} (FACTUS_API_ADMIN_PASSWORD): the password of the {@code admin} user created on
 * the first start, when no user exists. Unset or blank: a random one, printed once.
 */
@ConfigurationProperties("factus-api")
public record AdminProperties(String adminPassword) {
    @Override
    public String toString() {
        return "AdminProperties[adminPassword=***]";
    }
}
