package co.factusapi.emulator.document;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * DIAN's verdict on one stored document, the only part of it that changes: a slow verdict turns validated when the
 * same reference is sent again (docs/factus-upstream.md §3.5). Changed only under its store's lock.
 */
public final class DianStatus {
    private volatile DianVerdict verdict;
    private volatile ZonedDateTime validatedAt;

    public DianStatus(DianVerdict verdict, ZonedDateTime createdAt) {
        this.verdict = verdict;
        this.validatedAt = verdict.validated() ? createdAt : null;
    }

    void markValidated(ZonedDateTime when) {
        verdict = DianVerdict.accepted();
        validatedAt = when;
    }

    public boolean validated() {
        return verdict.validated();
    }

    /** v1 {@code status}: 1 validated by DIAN, 0 not (pending or rejected). */
    public int status() {
        return validated() ? 1 : 0;
    }

    /** Unvalidated with a "Rechazo" (§3.5). */
    public boolean rejected() {
        return verdict.rejected();
    }

    public Map<String, String> errorsByRule() {
        return verdict.errorsByRule();
    }

    /** The DIAN messages as v1 lists them: a list of strings. */
    public List<String> errors() {
        return List.copyOf(verdict.errorsByRule().values());
    }

    public ZonedDateTime validatedAt() {
        return validatedAt;
    }
}
