package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.adapter.out.vault.AesGcmSecretVault;
import co.factusapi.adapter.out.vault.MasterKeyring;
import co.factusapi.application.port.in.ManageTenantsUseCase;
import co.factusapi.application.port.out.ProviderAccounts;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.tenant.ApiVersion;
import co.factusapi.domain.tenant.FactusCredentials;
import co.factusapi.domain.tenant.Nit;
import co.factusapi.domain.tenant.Tenant;
import co.factusapi.domain.tenant.TenantRegistration;
import co.factusapi.domain.tenant.TenantSecrets;
import co.factusapi.domain.tenant.TenantStatus;
import co.factusapi.testsupport.InMemoryAuditLog;
import co.factusapi.testsupport.InMemoryTenantRepository;
import co.factusapi.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TenantServiceTest {
    private static final byte[] KEY = filled(1);
    private static final byte[] OTHER_KEY = filled(2);
    private static final FactusCredentials CREDENTIALS =
            new FactusCredentials("client", "the-client-secret", "user@shop.co", "the-password");

    private static final Duration TTL = Duration.ofSeconds(5);

    private final InMemoryTenantRepository tenants = new InMemoryTenantRepository();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final List<String> verified = new ArrayList<>();
    private final ProviderAccounts accounts = new ProviderAccounts() {
        @Override
        public void verify(String baseUrl, ApiVersion version, FactusCredentials credentials) {
            if (credentials.password().equals("refused")) {
                throw InvalidRequestException.of("factus", "Factus refused these credentials: invalid_grant");
            }
            verified.add(baseUrl);
        }

        @Override
        public FactusCredentials openSandbox(String name) {
            return new FactusCredentials("sandbox-client", "sandbox-secret", "sandbox@emulator", "sandbox-password");
        }

        @Override
        public void disconnect(UUID tenantId) {
        }
    };

    @Test
    void liveTenantsAreCheckedWithFactusAndTheirSecretsSealed() {
        Tenant tenant = service(KEY).create(live("Tienda", CREDENTIALS), "user:root");

        assertThat(verified).containsExactly("https://api.factus.com.co");
        TenantSecrets stored = tenants.secrets(tenant.id()).orElseThrow();
        assertThat(stored.clientSecret().stored()).doesNotContain("the-client-secret");
        assertThat(stored.password().stored()).doesNotContain("the-password");
        assertThat(service(KEY).credentials(tenant)).isEqualTo(CREDENTIALS);
    }

    @Test
    void refusedCredentialsSaveNothing() {
        FactusCredentials refused = new FactusCredentials("client", "secret", "user@shop.co", "refused");

        assertThatThrownBy(() -> service(KEY).create(live("Tienda", refused), "user:root"))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(tenants.findAll()).isEmpty();
    }

    @Test
    void aSecretOpensOnlyInItsOwnRow() {
        TenantService service = service(KEY);
        Tenant first = service.create(live("Uno", CREDENTIALS), "user:root");
        Tenant second = service.create(live("Dos", CREDENTIALS), "user:root");
        tenants.update(second, tenants.secrets(first.id()).orElseThrow());

        assertThatThrownBy(() -> service.credentials(second)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aServiceWithoutTheMasterKeyOfTheStoredSecretsRefusesToStart() {
        service(KEY).create(live("Tienda", CREDENTIALS), "user:root");

        assertThatThrownBy(() -> service(OTHER_KEY).requireReadableSecrets())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FACTUS_API_MASTER_KEY")
                .hasMessageNotContaining("the-password");
        service(KEY).requireReadableSecrets();
    }

    @Test
    void rotationResealsUnderTheNewKeyAndTheOldKeyCanThenGo() {
        Tenant tenant = service(KEY).create(live("Tienda", CREDENTIALS), "user:root");
        TenantService rotating = new TenantService(tenants, UUID.randomUUID(), accounts,
                new AesGcmSecretVault(MasterKeyring.of(OTHER_KEY, KEY)), clock, new AuditTrail(audit, clock), TTL);

        assertThat(rotating.resealSecrets("user:root")).isEqualTo(1);
        assertThat(rotating.resealSecrets("user:root")).isZero();
        assertThat(service(OTHER_KEY).credentials(tenant)).isEqualTo(CREDENTIALS);
    }

    @Test
    void suspendingKeepsTheTenantAndDeletingOneWithDocumentsIsRefused() {
        UUID defaultTenant = UUID.randomUUID();
        tenants.with(defaultTenant);
        TenantService service = new TenantService(tenants, defaultTenant, accounts,
                new AesGcmSecretVault(MasterKeyring.of(KEY)), clock, new AuditTrail(audit, clock), TTL);
        Tenant tenant = service.create(live("Tienda", CREDENTIALS), "user:root");

        assertThat(service.update(tenant.id(), new ManageTenantsUseCase.Change(null, null, TenantStatus.SUSPENDED,
                null), "user:root").isSuspended()).isTrue();
        assertThatThrownBy(() -> service.delete(defaultTenant, "user:root")).isInstanceOf(ConflictException.class);
    }

    @Test
    void aTenantSwitchesItsFactusApiVersionWithoutNewCredentials() {
        List<UUID> disconnected = new ArrayList<>();
        TenantService service = new TenantService(tenants, UUID.randomUUID(), new ProviderAccounts() {
            @Override
            public void verify(String baseUrl, ApiVersion version, FactusCredentials credentials) {
                accounts.verify(baseUrl, version, credentials);
            }

            @Override
            public FactusCredentials openSandbox(String name) {
                return accounts.openSandbox(name);
            }

            @Override
            public void disconnect(UUID tenantId) {
                disconnected.add(tenantId);
            }
        }, new AesGcmSecretVault(MasterKeyring.of(KEY)), clock, new AuditTrail(audit, clock), TTL);
        Tenant tenant = service.create(live("Tienda", CREDENTIALS), "user:root");
        verified.clear();

        Tenant switched = service.update(tenant.id(),
                new ManageTenantsUseCase.Change(null, null, null, null, ApiVersion.V2), "user:root");

        assertThat(switched.apiVersion()).isEqualTo(ApiVersion.V2);
        assertThat(tenants.find(tenant.id()).orElseThrow().apiVersion()).isEqualTo(ApiVersion.V2);
        assertThat(service.credentials(switched)).isEqualTo(CREDENTIALS);
        assertThat(verified).as("no credential check: the same account speaks both versions").isEmpty();
        assertThat(disconnected).as("the next call builds the adapter of the new version").contains(tenant.id());
        assertThat(ApiVersion.fromCode("V2")).contains(ApiVersion.V2);
    }

    @Test
    void theActingTenantIsReadOncePerTtlAndASuspensionHereAppliesAtOnce() {
        TenantService service = service(KEY);
        Tenant tenant = service.create(live("Tienda", CREDENTIALS), "user:root");
        assertThat(service.find(tenant.id())).contains(tenant);

        tenants.update(tenant.withStatus(TenantStatus.SUSPENDED, clock.instant()), null);
        assertThat(service.find(tenant.id()).orElseThrow().isSuspended()).as("another instance's change: cached")
                .isFalse();
        clock.advance(TTL);
        assertThat(service.find(tenant.id()).orElseThrow().isSuspended()).as("seen within the TTL").isTrue();

        service.update(tenant.id(), new ManageTenantsUseCase.Change(null, null, TenantStatus.ACTIVE, null, null),
                "user:root");
        assertThat(service.find(tenant.id()).orElseThrow().isSuspended()).as("this instance's change: at once")
                .isFalse();
        service.update(tenant.id(), new ManageTenantsUseCase.Change(null, null, TenantStatus.SUSPENDED, null, null),
                "user:root");
        assertThat(service.find(tenant.id()).orElseThrow().isSuspended()).isTrue();
    }

    private TenantService service(byte[] key) {
        return new TenantService(tenants, UUID.randomUUID(), accounts, new AesGcmSecretVault(MasterKeyring.of(key)),
                clock, new AuditTrail(audit, clock), TTL);
    }

    private static TenantRegistration live(String name, FactusCredentials credentials) {
        return new TenantRegistration(name + " " + UUID.randomUUID(), Nit.parse("900123456-8", "nit"), false,
                "https://api.factus.com.co", ApiVersion.V1, credentials, null);
    }

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }
}
