package co.factusapi.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.application.port.out.AccessTokenIssuer;
import co.factusapi.domain.error.AuthenticationFailedException;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.identity.AccessToken;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.identity.Role;
import co.factusapi.domain.identity.Scope;
import co.factusapi.domain.identity.User;
import co.factusapi.testsupport.FakePasswordHasher;
import co.factusapi.testsupport.InMemoryUserRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogInServiceTest {
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final AccessTokenIssuer issuer = user -> new AccessToken("token-for-" + user.username(), Duration.ofHours(1));
    private LogInService service;

    @BeforeEach
    void setUp() {
        users.add(new User(UUID.randomUUID(), "maria", hasher.hash("right password"), Role.USER, Instant.EPOCH, null));
        service = new LogInService(users, hasher, issuer);
    }

    @Test
    void rightPasswordGivesATokenForThatUser() {
        assertThat(service.logIn("maria", "right password").value()).isEqualTo("token-for-maria");
    }

    @Test
    void wrongPasswordAndUnknownUserFailAlike() {
        assertThatThrownBy(() -> service.logIn("maria", "wrong"))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessage(LogInService.WRONG_CREDENTIALS);
        assertThatThrownBy(() -> service.logIn("nobody", "wrong"))
                .isInstanceOf(AuthenticationFailedException.class)
                .hasMessage(LogInService.WRONG_CREDENTIALS);
    }

    @Test
    void unknownUserStillCostsOneHashCheck() {
        hasher.checkedHashes().clear();

        assertThatThrownBy(() -> service.logIn("nobody", "guess")).isInstanceOf(AuthenticationFailedException.class);

        assertThat(hasher.checkedHashes()).hasSize(1);
    }

    @Test
    void signingInToTheConsoleChecksTheSameWayAndNamesTheCallerWithoutAToken() {
        UUID tenant = UUID.randomUUID();
        users.add(new User(UUID.randomUUID(), "lector", hasher.hash("reader password"), Role.READER, Instant.EPOCH, tenant));

        Caller reader = service.signIn("lector", "reader password");

        assertThat(reader).isEqualTo(new Caller("user:lector", tenant, Set.of(Scope.DOCUMENTS_READ)));
        assertThat(service.signIn("maria", "right password").isPlatform()).isTrue();
        assertThatThrownBy(() -> service.signIn("lector", "wrong")).isInstanceOf(AuthenticationFailedException.class)
                .hasMessage(LogInService.WRONG_CREDENTIALS);
        assertThatThrownBy(() -> service.signIn("nobody", "wrong")).isInstanceOf(AuthenticationFailedException.class)
                .hasMessage(LogInService.WRONG_CREDENTIALS);
    }

    @Test
    void missingFieldsAreReportedTogether() {
        assertThatThrownBy(() -> service.logIn(" ", ""))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(violation -> violation.field()).containsExactly("username", "password"));
    }
}
