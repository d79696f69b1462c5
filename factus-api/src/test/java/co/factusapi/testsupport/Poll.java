package co.factusapi.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something a background job does, checking often, failing at a deadline (never a fixed sleep). */
public final class Poll {
    private Poll() {
    }

    public static void until(Duration deadline, String what, BooleanSupplier done) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not within " + deadline + ": " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }
}
