package co.factusapi.config;

import co.factusapi.adapter.in.web.provider.FactusLoginController;
import co.factusapi.adapter.out.factus.FactusAccounts;
import co.factusapi.adapter.out.factus.FactusAdapterFactory;
import co.factusapi.adapter.out.factus.FactusAuthGateway;
import co.factusapi.adapter.out.factus.FactusClient;
import co.factusapi.adapter.out.factus.FactusHealthIndicator;
import co.factusapi.adapter.out.factus.FactusPacer;
import co.factusapi.adapter.out.factus.FactusProviderAccounts;
import co.factusapi.adapter.out.factus.FactusSettings;
import co.factusapi.adapter.out.factus.InstanceCoordination;
import co.factusapi.application.port.out.ProviderSessions;
import co.factusapi.application.port.out.SubmissionTurns;
import co.factusapi.application.port.out.TenantRepository;
import co.factusapi.application.port.out.UpstreamAllowance;
import co.factusapi.application.service.ProviderLoginService;
import co.factusapi.application.service.TenantService;
import co.factusapi.domain.tenant.FactusCredentials;
import co.factusapi.domain.tenant.Tenant;
import co.factusapi.emulator.EmulatorCredentials;
import co.factusapi.emulator.FactusEmulator;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The Factus side: with FACTUS_BASE_URL unset, the bundled emulator is started in-process and used as the
 * upstream (no account, no internet); with it set, the real Factus with the configured credentials.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FactusProperties.class)
public class FactusConfig {
    private static final Logger log = LoggerFactory.getLogger(FactusConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedFactus embeddedFactus(FactusProperties properties) {
        EmbeddedFactus embedded = new EmbeddedFactus();
        if (properties.embedded()) {
            log.info("No FACTUS_BASE_URL set: using the bundled Factus emulator at {} (no real invoices are issued)",
                    embedded.emulator().baseUrl());
        }
        return embedded;
    }

    @Bean
    FactusSettings factusSettings(FactusProperties properties, EmbeddedFactus embedded) {
        if (properties.embedded()) {
            EmulatorCredentials credentials = embedded.emulator().credentials();
            return settings(properties, embedded.emulator().baseUrl(), credentials.clientId(),
                    credentials.clientSecret(), credentials.username(), credentials.password());
        }
        requireCredentials(properties);
        return settings(properties, properties.baseUrl(), properties.clientId(), properties.clientSecret(),
                properties.username(), properties.password());
    }

    /**
     * Every tenant's Factus adapter: the default tenant's from the settings above, the others from their stored
     * connection and vaulted credentials; a sandbox tenant's account lives in the embedded emulator.
     */
    @Bean(destroyMethod = "close")
    FactusAccounts factusAccounts(FactusProperties properties, FactusSettings defaults,
                                  TenantConfig.DefaultTenant defaultTenant, TenantRepository tenants,
                                  ObjectProvider<TenantService> tenantService, EmbeddedFactus embedded,
                                  UpstreamAllowance allowance, ProviderSessions sessions, SubmissionTurns turns,
                                  Clock clock, MeterRegistry meters) {
        return new FactusAccounts(id -> {
            Tenant tenant = tenants.find(id).orElseThrow();
            FactusSettings settings = id.equals(defaultTenant.id()) ? defaults
                    : settingsOf(properties, tenant, tenantService.getObject(), embedded);
            return new FactusAdapterFactory(settings, tenant.apiVersion(), clock, meters, FactusConfig::callerToken,
                    pacer(properties.allowance(), tenant, allowance, clock),
                    InstanceCoordination.of(sessions, turns, id, settings));
        });
    }

    private static FactusPacer pacer(FactusProperties.Allowance defaults, Tenant tenant, UpstreamAllowance allowance,
                                     Clock clock) {
        int perMinute = tenant.requestsPerMinute() != null ? tenant.requestsPerMinute() : defaults.requestsPerMinute();
        return FactusPacer.of(allowance, tenant.id(), perMinute, defaults.burst(), clock, defaults.maxWait());
    }

    private static FactusSettings settingsOf(FactusProperties properties, Tenant tenant, TenantService tenants,
                                             EmbeddedFactus embedded) {
        FactusCredentials credentials = tenants.credentials(tenant);
        String baseUrl = tenant.baseUrl();
        if (tenant.sandbox()) {
            FactusEmulator emulator = embedded.emulator();
            emulator.openAccount(tenant.name(), new EmulatorCredentials(credentials.clientId(),
                    credentials.clientSecret(), credentials.username(), credentials.password()));
            baseUrl = emulator.baseUrl();
        }
        return settings(properties, baseUrl, credentials.clientId(), credentials.clientSecret(),
                credentials.username(), credentials.password());
    }

    @Bean
    FactusProviderAccounts providerAccounts(FactusProperties properties, FactusAccounts accounts,
                                            EmbeddedFactus embedded, Clock clock, MeterRegistry meters) {
        return new FactusProviderAccounts(accounts, (baseUrl, credentials) -> new FactusAdapterFactory(
                settings(properties, baseUrl, credentials.clientId(), credentials.clientSecret(),
                        credentials.username(), credentials.password()), clock, meters),
                name -> {
                    EmulatorCredentials sandbox = embedded.emulator()
                            .openAccount(name, FactusEmulator.newCredentials()).credentials();
                    return new FactusCredentials(sandbox.clientId(), sandbox.clientSecret(), sandbox.username(),
                            sandbox.password());
                });
    }

    /** The default tenant's client: the pass-through login and the readiness probe use the deployment's account. */
    @Bean
    FactusClient factusClient(FactusAccounts accounts, TenantConfig.DefaultTenant defaultTenant) {
        return accounts.of(defaultTenant.id()).client();
    }

    @Bean
    FactusAuthGateway factusAuthGateway(FactusClient client) {
        return new FactusAuthGateway(client.session());
    }

    @Bean
    ProviderLoginService providerLoginService(FactusAuthGateway gateway) {
        return new ProviderLoginService(gateway);
    }

    @Bean("factus")
    FactusHealthIndicator factusHealthIndicator(FactusClient client) {
        return new FactusHealthIndicator(client.session());
    }

    /** The Factus token the current HTTP caller brought in {@code X-Factus-Token}, if any. */
    private static String callerToken() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getHeader(FactusLoginController.TOKEN_OVERRIDE_HEADER) : null;
    }

    /**
     * The in-process emulator: started at once when it is the default tenant's upstream, else on the first sandbox
     * tenant's first call.
     */
    public static final class EmbeddedFactus implements AutoCloseable {
        private FactusEmulator emulator;

        public synchronized FactusEmulator emulator() {
            if (emulator == null) {
                emulator = FactusEmulator.start(0);
            }
            return emulator;
        }

        @Override
        public synchronized void close() {
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    /** A straight mapping: every default was applied when the properties were bound (FactusProperties). */
    private static FactusSettings settings(FactusProperties p, String baseUrl, String clientId, String clientSecret,
                                           String username, String password) {
        return new FactusSettings(baseUrl, clientId, clientSecret, username, password, p.connectTimeout(),
                p.readTimeout(), p.validateTimeout(), p.maxConnections(), p.tokenRefreshMargin(), p.catalogCacheTtl(),
                p.resilience().settings());
    }

    private static void requireCredentials(FactusProperties p) {
        List<String> missing = new ArrayList<>();
        if (blank(p.clientId())) missing.add("FACTUS_CLIENT_ID");
        if (blank(p.clientSecret())) missing.add("FACTUS_CLIENT_SECRET");
        if (blank(p.username())) missing.add("FACTUS_USERNAME");
        if (blank(p.password())) missing.add("FACTUS_PASSWORD");
        if (!missing.isEmpty()) {
            throw new IllegalStateException("FACTUS_BASE_URL is set, so the Factus credentials are required too; missing: "
                    + String.join(", ", missing) + ". Unset FACTUS_BASE_URL to use the bundled emulator instead.");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
