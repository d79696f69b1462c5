package co.factusapi.adapter.in.web.ratelimit;

import co.factusapi.application.port.out.LoginFailures;
import java.time.Duration;
import java.util.Locale;

/**
 * Locks a user name for {@code lockout} after {@code maxFailures} consecutive failed logins, whatever the address
 * and whichever instance served them. Unknown names are counted and locked the same way, so a lock-out never tells
 * whether a user exists.
 */
public final class LoginLockout {
    private final LoginFailures failures;
    private final int maxFailures;
    private final Duration lockout;

    public LoginLockout(LoginFailures failures, int maxFailures, Duration lockout) {
        this.failures = failures;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    /** The name as it is counted: trimmed and lower-cased, so "Admin " and "admin" share one count. */
    public static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** Zero when the name may try to log in, else how long it stays locked. */
    public Duration remainingLock(String username) {
        return failures.remainingLock(username);
    }

    public void failed(String username) {
        failures.failed(username, maxFailures, lockout);
    }

    public void succeeded(String username) {
        failures.succeeded(username);
    }
}
