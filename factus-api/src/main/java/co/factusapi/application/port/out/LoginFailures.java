package co.factusapi.application.port.out;

import java.time.Duration;

/**
 * Consecutive failed logins per user name, and the lock-out they lead to, seen alike by every instance of the
 * deployment (the embedded single-instance default keeps them in memory). Unknown names are counted like real ones.
 */
public interface LoginFailures {

    /** Zero when the name may try to log in, else how long it stays locked. */
    Duration remainingLock(String username);

    /** One more failure; the {@code maxFailures}-th in a row locks the name for {@code lockout}. */
    void failed(String username, int maxFailures, Duration lockout);

    /** A successful login: the count starts again. */
    void succeeded(String username);

    /** Forgets names with no failure for longer than {@code after}; returns how many. */
    int forgetOlderThan(Duration after);
}
