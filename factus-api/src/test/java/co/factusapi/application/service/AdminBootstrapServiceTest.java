package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.domain.identity.Role;
import co.factusapi.domain.identity.User;
import co.factusapi.testsupport.FakePasswordHasher;
import co.factusapi.testsupport.InMemoryUserRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdminBootstrapServiceTest {
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final AdminBootstrapService service = new AdminBootstrapService(users, hasher,
            Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC), new SecureRandom());

    @Test
    void createsAdminWithTheConfiguredPasswordAndShowsNothing() {
        Optional<String> generated = service.ensureAdminExists("configured-secret");

        assertThat(generated).isEmpty();
        User admin = users.findByUsername("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(hasher.matches("configured-secret", admin.passwordHash())).isTrue();
    }

    @Test
    void generatesARandomPasswordWhenNoneIsConfigured() {
        String generated = service.ensureAdminExists(" ").orElseThrow();

        assertThat(generated).hasSizeGreaterThanOrEqualTo(24);
        assertThat(hasher.matches(generated, users.findByUsername("admin").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void generatedPasswordsDifferBetweenInstallations() {
        InMemoryUserRepository otherUsers = new InMemoryUserRepository();
        AdminBootstrapService other = new AdminBootstrapService(otherUsers, hasher, Clock.systemUTC(), new SecureRandom());

        assertThat(service.ensureAdminExists(null)).isNotEqualTo(other.ensureAdminExists(null));
    }

    @Test
    void doesNothingWhenAnyUserExists() {
        users.add(new User(UUID.randomUUID(), "maria", "hashed:x", Role.USER, Instant.EPOCH, null));

        assertThat(service.ensureAdminExists(null)).isEmpty();
        assertThat(users.findByUsername("admin")).isEmpty();
    }
}
