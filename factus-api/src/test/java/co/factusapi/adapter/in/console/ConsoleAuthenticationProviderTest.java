package co.factusapi.adapter.in.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.adapter.in.web.ratelimit.LoginLockout;
import co.factusapi.adapter.in.web.ratelimit.RequestBuckets;
import co.factusapi.adapter.in.web.security.CallerAuthentication;
import co.factusapi.adapter.out.ratelimit.MemoryLoginFailures;
import co.factusapi.adapter.out.ratelimit.MemoryRequestAllowances;
import co.factusapi.application.port.in.LogInUseCase;
import co.factusapi.domain.error.AuthenticationFailedException;
import co.factusapi.domain.identity.AccessToken;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.identity.Role;
import co.factusapi.domain.identity.Scope;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The console's sign-in keeps the API's lock-out: the same counter, the same refusal of a right password. */
class ConsoleAuthenticationProviderTest {
    private static final UUID TENANT = UUID.randomUUID();
    private final LogInUseCase users = new LogInUseCase() {
        @Override
        public AccessToken logIn(String username, String password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Caller signIn(String username, String password) {
            if (!"maria".equals(username) || !"right password".equals(password)) {
                throw new AuthenticationFailedException("Wrong username or password.");
            }
            return new Caller("user:maria", TENANT, Scope.ofUser(Role.READER, false));
        }
    };
    private final LoginLockout lockout =
            new LoginLockout(new MemoryLoginFailures(Clock.systemUTC(), Duration.ofMinutes(15)), 3, Duration.ofMinutes(15));
    private final ConsoleAuthenticationProvider provider = new ConsoleAuthenticationProvider(users, lockout, null);

    @Test
    void theRightPasswordSignsInAsTheUsersCaller() {
        CallerAuthentication signedIn = (CallerAuthentication) provider.authenticate(attempt("maria", "right password"));
        assertThat(signedIn.caller().tenantId()).isEqualTo(TENANT);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("SCOPE_documents:read");
    }

    @Test
    void repeatedFailuresLockTheNameEvenForTheRightPasswordAndInAnyCase() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt("maria", "guess"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(attempt("maria", "right password"))).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> provider.authenticate(attempt(" MARIA", "right password"))).isInstanceOf(LockedException.class);
        assertThat(lockout.remainingLock("maria")).isPositive();
    }

    @Test
    void unknownNamesAreCountedAndLockedTheSameWay() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt("nobody", "guess"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(attempt("nobody", "guess"))).isInstanceOf(LockedException.class);
    }

    @Test
    void anEmptyFormIsAWrongPasswordNotAnError() {
        LogInUseCase strict = new LogInUseCase() {
            @Override
            public AccessToken logIn(String username, String password) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Caller signIn(String username, String password) {
                throw co.factusapi.domain.error.InvalidRequestException.of("username", "is required");
            }
        };
        assertThatThrownBy(() -> new ConsoleAuthenticationProvider(strict, lockout, null).authenticate(attempt("", "")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void oneAddressGetsTheApiLoginsAttemptsPerMinuteForOneName() {
        RequestBuckets attempts = new RequestBuckets(new MemoryRequestAllowances(), "login", 2, Duration.ofMinutes(1));
        ConsoleAuthenticationProvider limited = new ConsoleAuthenticationProvider(users, lockout, attempts);

        limited.authenticate(from("10.0.0.1", attempt("maria", "right password")));
        limited.authenticate(from("10.0.0.1", attempt("maria", "right password")));
        assertThatThrownBy(() -> limited.authenticate(from("10.0.0.1", attempt("Maria", "right password"))))
                .isInstanceOf(LockedException.class);
        assertThat(limited.authenticate(from("10.0.0.2", attempt("maria", "right password")))).isNotNull();
    }

    private static UsernamePasswordAuthenticationToken from(String address, UsernamePasswordAuthenticationToken attempt) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return attempt;
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
