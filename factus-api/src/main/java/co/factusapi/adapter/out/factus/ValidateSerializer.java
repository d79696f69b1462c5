package co.factusapi.adapter.out.factus;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Factus may refuse a validate of an account while another one is in flight, with the same 409 "pendiente por
 * enviar a la DIAN" it uses for a held document (docs/factus-upstream.md §3.5). Our own clients must never see that 409 because
 * of each other: a 409 "pendiente" (another validate overlapping, or a held document being settled) is retried with
 * jittered backoff within a bounded budget, and once such a 409 has been seen, validates of this instance take
 * turns for a while, with this account's validates in the other instances too ({@link AccountTurns}, a turn row
 * taken in a short transaction: no transaction spans the HTTP call). An account whose Factus accepts overlapping
 * validates keeps full concurrency.
 */
public final class ValidateSerializer {
    private static final String PENDING = "pendiente";

    private static final Duration TAKE_TURNS_FOR = Duration.ofMinutes(10);

    private final Semaphore turn = new Semaphore(1, true);
    private volatile long takeTurnsUntil = System.nanoTime();
    private final Duration waitForTurn;
    private final Duration retryBudget;
    private final Duration firstBackoff;
    private final AccountTurns acrossInstances;

    public ValidateSerializer(Duration waitForTurn, Duration retryBudget, Duration firstBackoff) {
        this(waitForTurn, retryBudget, firstBackoff, AccountTurns.NONE);
    }

    /**
     * @param waitForTurn how long to wait for this instance's turn before going ahead anyway (a hung call must not
     *                    stall every other invoice)
     * @param retryBudget how long to keep retrying a 409 "pendiente"
     */
    public ValidateSerializer(Duration waitForTurn, Duration retryBudget, Duration firstBackoff,
                              AccountTurns acrossInstances) {
        this.waitForTurn = waitForTurn;
        this.acrossInstances = acrossInstances;
        this.retryBudget = retryBudget;
        this.firstBackoff = firstBackoff;
    }

    public FactusResponse validate(Supplier<FactusResponse> call) {
        if (System.nanoTime() - takeTurnsUntil >= 0) {
            FactusResponse response = call.get();
            if (!pendingConflict(response)) {
                return response;
            }
            takeTurnsUntil = System.nanoTime() + TAKE_TURNS_FOR.toNanos();
        }
        long deadline = System.nanoTime() + waitForTurn.toNanos();
        boolean ourTurn = awaitTurn();
        String holder = UUID.randomUUID().toString();
        boolean instancesTurn = ourTurn && awaitTurnAcrossInstances(holder, deadline);
        try {
            return withConflictRetries(call);
        } finally {
            if (instancesTurn) {
                acrossInstances.release(holder);
            }
            if (ourTurn) {
                turn.release();
            }
        }
    }

    /** Polls the account's turn among instances until {@code deadline}; then goes ahead anyway, like the local turn. */
    private boolean awaitTurnAcrossInstances(String holder, long deadline) {
        while (!acrossInstances.tryTake(holder)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(ThreadLocalRandom.current().nextLong(20, 60));
        }
        return true;
    }

    private FactusResponse withConflictRetries(Supplier<FactusResponse> call) {
        long deadline = System.nanoTime() + retryBudget.toNanos();
        long backoff = firstBackoff.toMillis();
        FactusResponse response = call.get();
        while (pendingConflict(response) && System.nanoTime() < deadline) {
            sleep(ThreadLocalRandom.current().nextLong(backoff / 2, backoff + 1));
            backoff = Math.min(backoff * 2, 1000);
            response = call.get();
        }
        return response;
    }

    static boolean pendingConflict(FactusResponse response) {
        if (response.status() != 409) {
            return false;
        }
        String message = FactusErrors.message(response.body());
        return message != null && message.contains(PENDING);
    }

    private boolean awaitTurn() {
        try {
            return turn.tryAcquire(waitForTurn.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry the validate", e);
        }
    }
}
