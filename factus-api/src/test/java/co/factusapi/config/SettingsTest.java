package co.factusapi.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * The settings records hold every default (README "Configuration", docs/resilience-and-limits.md, docs/reliability.md)
 * and take the documented environment variables, with nothing in application.yml.
 */
class SettingsTest {

    @Test
    void withNothingConfiguredEverySettingHasItsDocumentedDefault() {
        Binder none = binder(Map.of());

        FactusProperties factus = none.bindOrCreate("factus", FactusProperties.class);
        assertThat(factus.embedded()).isTrue();
        assertThat(factus.accountName()).isEqualTo("default");
        assertThat(List.of(factus.connectTimeout(), factus.readTimeout(), factus.validateTimeout(),
                factus.tokenRefreshMargin(), factus.catalogCacheTtl())).containsExactly(Duration.ofSeconds(2),
                Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofHours(1));
        assertThat(factus.maxConnections()).isEqualTo(64);
        FactusProperties.Resilience resilience = factus.resilience();
        assertThat(List.of(resilience.breakerWindowSize(), resilience.breakerMinimumCalls(),
                resilience.breakerHalfOpenCalls(), resilience.retryMaxAttempts(), resilience.bulkheadMaxCalls()))
                .containsExactly(20, 10, 3, 3, 64);
        assertThat(resilience.breakerFailureRate()).isEqualTo(50f);
        assertThat(List.of(resilience.breakerOpenDuration(), resilience.retryInitialBackoff(),
                resilience.retryMaxBackoff(), resilience.bulkheadMaxWait())).containsExactly(Duration.ofSeconds(30),
                Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofMillis(500));
        assertThat(List.of(resilience.retryMultiplier(), resilience.retryJitter())).containsExactly(2.0, 0.5);
        assertThat(factus.allowance()).isEqualTo(new FactusProperties.Allowance(75, 10, Duration.ofMinutes(2)));
        assertThat(factus.apiVersion()).isEqualTo("v1");

        ReliabilityProperties reliability = none.bindOrCreate("factus-api", ReliabilityProperties.class);
        assertThat(reliability.idempotency().ttl()).isEqualTo(Duration.ofHours(24));
        assertThat(reliability.idempotency().paths()).contains("/api/v1/invoices", "/api/v1/credit-notes",
                "/api/v1/api-keys");
        assertThat(reliability.idempotency().inFlightTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(reliability.idempotency().purgeInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(reliability.reconciler()).isEqualTo(new ReliabilityProperties.Reconciler(true, Duration.ofSeconds(30), 50));
        assertThat(reliability.instances()).isEqualTo(
                new ReliabilityProperties.Instances(Duration.ofSeconds(1), Duration.ofSeconds(5)));

        WebhookProperties webhooks = none.bindOrCreate("factus-api.webhooks", WebhookProperties.class);
        assertThat(webhooks.allow()).isEmpty();
        assertThat(List.of(webhooks.rotationGrace(), webhooks.timeout(), webhooks.retryFor(), webhooks.disableAfter()))
                .containsExactly(Duration.ofHours(24), Duration.ofSeconds(10), Duration.ofDays(3), Duration.ofDays(3));
        assertThat(webhooks.retrySchedule()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(6),
                Duration.ofHours(12), Duration.ofHours(24));
        assertThat(webhooks.dispatcher()).isEqualTo(new WebhookProperties.Dispatcher(true, Duration.ofSeconds(1), 50, 4));
        assertThat(webhooks.alerts()).isEqualTo(new WebhookProperties.Alerts(true, Duration.ofMinutes(15), 100, 30, 50));

        assertThat(none.bindOrCreate("factus-api.rate-limit", RateLimitProperties.class)).isEqualTo(
                new RateLimitProperties(true, 120, new RateLimitProperties.Login(10, 5, Duration.ofMinutes(15)),
                        RateLimitProperties.Store.AUTO));
        assertThat(none.bindOrCreate("factus-api.cors", CorsProperties.class))
                .isEqualTo(new CorsProperties(List.of(), Duration.ofMinutes(30)));
        assertThat(none.bindOrCreate("factus-api", BodySizeProperties.class).maxBodySize())
                .isEqualTo(DataSize.ofKilobytes(256));
        assertThat(none.bindOrCreate("factus-api.shutdown", ShutdownProperties.class).drainDelay()).isZero();
        JwtProperties jwt = none.bindOrCreate("factus-api.jwt", JwtProperties.class);
        assertThat(List.of(jwt.secret(), jwt.ttl(), jwt.issuer())).containsExactly("", Duration.ofHours(1), "factus-api");
        assertThat(none.bindOrCreate("factus-api", AdminProperties.class).adminPassword()).isNull();
        assertThat(none.bindOrCreate("factus-api.vault", VaultProperties.class))
                .isEqualTo(new VaultProperties("", List.of(), ""));
        assertThat(none.bindOrCreate("factus-api.archive", ArchiveProperties.class)).isEqualTo(new ArchiveProperties("auto",
                "", Period.ofYears(10), true, Duration.ofMinutes(1), 10, Duration.ofMinutes(15), Duration.ofMinutes(1),
                Duration.ofHours(6), Duration.ofHours(24), 366, "", Duration.ofSeconds(2), 100, Duration.ofMinutes(10)));
        assertThat(none.bindOrCreate("factus-api.console", ConsoleProperties.class))
                .isEqualTo(new ConsoleProperties(Duration.ofMinutes(30), true));
        assertThat(none.bindOrCreate("factus-api.cache", CacheProperties.class)).isEqualTo(
                new CacheProperties(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5)));
    }

    @Test
    void theDocumentedEnvironmentVariablesOverrideThem() {
        Binder environment = binder(Map.ofEntries(
                Map.entry("FACTUS_BASE_URL", "https://api-sandbox.factus.com.co"),
                Map.entry("FACTUS_CLIENT_ID", "client"), Map.entry("FACTUS_CLIENT_SECRET", "secret"),
                Map.entry("FACTUS_USERNAME", "user@example.com"), Map.entry("FACTUS_PASSWORD", "password"),
                Map.entry("FACTUS_ACCOUNT_NAME", "shop"), Map.entry("FACTUS_CONNECT_TIMEOUT", "3s"),
                Map.entry("FACTUS_READ_TIMEOUT", "20s"), Map.entry("FACTUS_VALIDATE_TIMEOUT", "45s"),
                Map.entry("FACTUS_MAX_CONNECTIONS", "8"), Map.entry("FACTUS_CATALOG_CACHE_TTL", "10m"),
                Map.entry("FACTUS_API_CORS_ALLOWED_ORIGINS", "https://a.example.com,https://b.example.com"),
                Map.entry("FACTUS_API_JWT_SECRET", "a-secret-of-at-least-thirty-two-bytes-0123"),
                Map.entry("FACTUS_API_ADMIN_PASSWORD", "choose-a-password"),
                Map.entry("FACTUS_API_VAULT_KEY_FILE", "/run/secrets/vault.keys"),
                Map.entry("FACTUS_ALLOWANCE_REQUESTS_PER_MINUTE", "80"), Map.entry("FACTUS_ALLOWANCE_BURST", "5"),
                Map.entry("FACTUS_ALLOWANCE_MAX_WAIT", "30s"), Map.entry("FACTUS_API_VERSION", "v2"),
                Map.entry("FACTUS_API_ARCHIVE_STORE", "Database"), Map.entry("FACTUS_API_ARCHIVE_DIRECTORY", "/srv/archive"),
                Map.entry("FACTUS_API_ARCHIVE_RETENTION", "P12Y"), Map.entry("FACTUS_API_ARCHIVE_ENABLED", "false"),
                Map.entry("FACTUS_API_ARCHIVE_BATCH_SIZE", "5"), Map.entry("FACTUS_API_RATE_LIMIT_STORE", "database"),
                Map.entry("FACTUS_API_SHUTDOWN_DRAIN_DELAY", "3s"), Map.entry("FACTUS_API_WEBHOOKS_ALLOW", "10.0.0.0/8"),
                Map.entry("FACTUS_API_CONSOLE_IDLE_TIMEOUT", "10m"), Map.entry("FACTUS_API_CONSOLE_SECURE_COOKIE", "false"),
                Map.entry("FACTUS_API_CACHE_API_KEYS", "0s"), Map.entry("FACTUS_API_CACHE_TENANTS", "2s"),
                Map.entry("FACTUS_API_CACHE_WEBHOOK_ENDPOINTS", "1m")));

        FactusProperties factus = environment.bindOrCreate("factus", FactusProperties.class);
        assertThat(factus.embedded()).isFalse();
        assertThat(List.of(factus.baseUrl(), factus.clientId(), factus.clientSecret(), factus.username(),
                factus.password(), factus.accountName())).containsExactly("https://api-sandbox.factus.com.co", "client",
                "secret", "user@example.com", "password", "shop");
        assertThat(List.of(factus.connectTimeout(), factus.readTimeout(), factus.validateTimeout(),
                factus.catalogCacheTtl())).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(20),
                Duration.ofSeconds(45), Duration.ofMinutes(10));
        assertThat(factus.maxConnections()).isEqualTo(8);
        assertThat(factus.resilience().bulkheadMaxCalls()).as("the bulkhead follows the pool").isEqualTo(8);
        assertThat(factus.allowance()).isEqualTo(new FactusProperties.Allowance(80, 5, Duration.ofSeconds(30)));
        assertThat(factus.apiVersion()).isEqualTo("v2");
        assertThat(environment.bindOrCreate("factus-api.cors", CorsProperties.class).allowedOrigins())
                .containsExactly("https://a.example.com", "https://b.example.com");
        assertThat(environment.bindOrCreate("factus-api.jwt", JwtProperties.class).secret())
                .isEqualTo("a-secret-of-at-least-thirty-two-bytes-0123");
        assertThat(environment.bindOrCreate("factus-api", AdminProperties.class).adminPassword())
                .isEqualTo("choose-a-password");
        // FACTUS_API_MASTER_KEY and FACTUS_API_PREVIOUS_MASTER_KEYS are read by VaultConfig (VaultConfigTest)
        assertThat(environment.bindOrCreate("factus-api.vault", VaultProperties.class).keyFile())
                .isEqualTo("/run/secrets/vault.keys");
        assertThat(environment.bindOrCreate("factus-api.rate-limit", RateLimitProperties.class).store())
                .isEqualTo(RateLimitProperties.Store.DATABASE);
        assertThat(environment.bindOrCreate("factus-api.shutdown", ShutdownProperties.class).drainDelay())
                .isEqualTo(Duration.ofSeconds(3));
        assertThat(environment.bindOrCreate("factus-api.webhooks", WebhookProperties.class).allow())
                .containsExactly("10.0.0.0/8");
        ArchiveProperties archive = environment.bindOrCreate("factus-api.archive", ArchiveProperties.class);
        assertThat(List.of(archive.store(), archive.directory())).containsExactly("database", "/srv/archive");
        assertThat(archive.retention()).isEqualTo(Period.ofYears(12));
        assertThat(archive.enabled()).isFalse();
        assertThat(archive.batchSize()).isEqualTo(5);
        assertThat(environment.bindOrCreate("factus-api.console", ConsoleProperties.class))
                .isEqualTo(new ConsoleProperties(Duration.ofMinutes(10), false));
        assertThat(environment.bindOrCreate("factus-api.cache", CacheProperties.class)).isEqualTo(
                new CacheProperties(Duration.ZERO, Duration.ofSeconds(2), Duration.ofMinutes(1)));
    }

    @Test
    void aBlankAccountNameIsTheDefaultAccount() {
        assertThat(binder(Map.of("FACTUS_ACCOUNT_NAME", " ")).bindOrCreate("factus", FactusProperties.class)
                .accountName()).isEqualTo("default");
    }

    private static Binder binder(Map<String, Object> variables) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return new Binder(ConfigurationPropertySources.from(sources));
    }
}
