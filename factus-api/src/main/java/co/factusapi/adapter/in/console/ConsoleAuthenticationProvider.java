package co.factusapi.adapter.in.console;

import co.factusapi.adapter.in.web.ratelimit.LoginLockout;
import co.factusapi.adapter.in.web.ratelimit.LoginThrottleFilter;
import co.factusapi.adapter.in.web.ratelimit.RequestBuckets;
import co.factusapi.adapter.in.web.security.CallerAuthentication;
import co.factusapi.application.port.in.LogInUseCase;
import co.factusapi.domain.error.AuthenticationFailedException;
import co.factusapi.domain.error.InvalidRequestException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The console's sign-in form checks the same users, password hashes, lock-out and per-address attempts as
 * {@code POST /api/v1/auth/login}: a name locked by failures at either is refused at both, even with the right
 * password, and the answer never tells whether the name exists. A signed-in person is the same
 * {@link CallerAuthentication} the API's bearer token gives.
 */
public final class ConsoleAuthenticationProvider implements AuthenticationProvider {
    private final LogInUseCase logIn;
    private final LoginLockout lockout;
    private final RequestBuckets attempts;

    /** {@code attempts} null: no per-address limit (factus-api.rate-limit.enabled=false); the lock-out still holds. */
    public ConsoleAuthenticationProvider(LogInUseCase logIn, LoginLockout lockout, RequestBuckets attempts) {
        this.logIn = logIn;
        this.lockout = lockout;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String key = LoginLockout.key(attempt.getName());
        if (!lockout.remainingLock(key).isZero() || !attemptAllowed(attempt)) {
            throw new LockedException("locked");
        }
        try {
            CallerAuthentication signedIn = new CallerAuthentication(
                    logIn.signIn(attempt.getName(), (String) attempt.getCredentials()));
            lockout.succeeded(key);
            return signedIn;
        } catch (AuthenticationFailedException wrong) {
            lockout.failed(key);
            throw new BadCredentialsException("wrong username or password");
        } catch (InvalidRequestException missing) {
            throw new BadCredentialsException("username and password are required");
        }
    }

    private boolean attemptAllowed(Authentication attempt) {
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        return attempts == null || attempts.take(LoginThrottleFilter.attemptKey(address, attempt.getName())).granted();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
