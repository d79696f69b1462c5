package co.factusapi.emulator.control;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Optional mode: Factus answers 409 when a second validate of the account starts while one is in flight
 * (the "pendiente por enviar" conflict that integrators hit under concurrency).
 */
public final class OverlapGuard {
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean enabled;

    public OverlapGuard(boolean enabled) {
        this.enabled = enabled;
    }

    public void enabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Always pair with {@link #exit()}; false means another validate was already in flight and the mode is on. */
    public boolean enter() {
        int running = inFlight.incrementAndGet();
        return !enabled || running == 1;
    }

    public void exit() {
        inFlight.decrementAndGet();
    }
}
