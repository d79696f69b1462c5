package co.factusapi.config;

import co.factusapi.adapter.in.web.error.ProblemWriter;
import co.factusapi.adapter.in.web.tenant.ActingTenantFilter;
import co.factusapi.adapter.out.factus.FactusSettings;
import co.factusapi.adapter.out.persistence.JdbcProviderSessions;
import co.factusapi.adapter.out.persistence.JdbcSubmissionTurns;
import co.factusapi.adapter.out.persistence.JdbcTenantRepository;
import co.factusapi.adapter.out.persistence.JdbcUpstreamAllowance;
import co.factusapi.adapter.out.vault.MasterKeyring;
import co.factusapi.application.port.out.ProviderAccounts;
import co.factusapi.application.port.in.ManageWebhookEndpointsUseCase;
import co.factusapi.application.port.out.SecretVault;
import co.factusapi.application.port.out.TenantRepository;
import co.factusapi.application.service.AuditTrail;
import co.factusapi.application.service.VaultRotationService;
import co.factusapi.application.service.TenantService;
import co.factusapi.application.service.WebhookEndpointService;
import co.factusapi.domain.tenant.ApiVersion;
import co.factusapi.domain.tenant.Tenant;
import co.factusapi.domain.tenant.TenantStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Tenants (docs/tenants.md): the repository, the default tenant made from FACTUS_*, and the acting-tenant filter. */
@Configuration(proxyBeanMethods = false)
public class TenantConfig {

    /** The embedded emulator's default account has no rate limit (tests and benchmarks hammer it). */
    private static final Integer UNLIMITED = 0;

    @Bean
    JdbcTenantRepository tenantRepository(JdbcClient jdbc) {
        return new JdbcTenantRepository(jdbc);
    }

    @Bean
    JdbcProviderSessions providerSessions(JdbcClient jdbc, SecretVault vault, Clock clock) {
        return new JdbcProviderSessions(jdbc, vault, clock);
    }

    @Bean
    JdbcSubmissionTurns submissionTurns(JdbcClient jdbc, Clock clock) {
        return new JdbcSubmissionTurns(jdbc, clock);
    }

    @Bean
    JdbcUpstreamAllowance upstreamAllowance(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new JdbcUpstreamAllowance(jdbc, new TransactionTemplate(transactions));
    }

    /**
     * The deployment's own Factus account (FACTUS_* settings, or the bundled emulator) as a tenant, so a deployment
     * made before tenants existed keeps working unchanged: created on first start, its connection refreshed on every
     * start. With the emulator it is a sandbox tenant.
     */
    @Bean
    DefaultTenant defaultTenant(TenantRepository tenants, FactusProperties properties, FactusSettings settings,
                                Clock clock) {
        boolean sandbox = properties.embedded();
        Instant now = clock.instant();
        Tenant wanted = new Tenant(UUID.randomUUID(), properties.accountName(), null, TenantStatus.ACTIVE, sandbox,
                apiVersion(properties.apiVersion()), sandbox ? null : settings.baseUrl(), settings.clientId(), settings.username(), now, now,
                sandbox ? UNLIMITED : null);
        return new DefaultTenant(tenants.ensure(wanted).id());
    }

    @Bean
    TenantService tenantService(TenantRepository tenants, DefaultTenant defaultTenant, ProviderAccounts accounts,
                                SecretVault vault, Clock clock, AuditTrail audit, CacheProperties caches) {
        return new TenantService(tenants, defaultTenant.id(), accounts, vault, clock, audit, caches.tenants());
    }

    /** Refuses to start with a master key that cannot open the stored secrets (docs/tenants.md). */
    @Bean
    InitializingBean vaultOpensEveryStoredSecret(TenantService tenants, WebhookEndpointService webhooks) {
        return () -> {
            tenants.requireReadableSecrets();
            webhooks.requireReadableSecrets();
        };
    }

    /** A key file gets a new key appended (it becomes current); keys from the environment are the operator's. */
    @Bean
    VaultRotationService vaultRotationService(SecretVault vault, MasterKeyring keyring, TenantService tenants,
                                              ManageWebhookEndpointsUseCase webhooks) {
        return new VaultRotationService(vault, () -> keyring.keyFile().ifPresent(file -> keyring.rotate()), tenants,
                webhooks);
    }

    @Bean
    FilterRegistrationBean<ActingTenantFilter> actingTenantFilter(TenantService tenants, ProblemWriter problems) {
        FilterRegistrationBean<ActingTenantFilter> registration =
                new FilterRegistrationBean<>(new ActingTenantFilter(tenants, problems));
        registration.setOrder(WebFilterConfig.ACTING_TENANT);
        return registration;
    }

    private static ApiVersion apiVersion(String code) {
        return ApiVersion.fromCode(code).orElseThrow(() -> new IllegalStateException(
                "FACTUS_API_VERSION must be v1 or v2, not " + code));
    }

    public record DefaultTenant(UUID id) {
    }
}
