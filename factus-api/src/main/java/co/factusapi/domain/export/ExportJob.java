package co.factusapi.domain.export;

import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A bulk export of a tenant's legal archive (docs/archive.md#export): the documents of the ledger of the given kinds and
 * statuses issued from {@code from} to {@code to} (inclusive), written into one ZIP with their XML and PDF and an
 * index. {@code done} of {@code total} documents are written so far; the finished file is served until
 * {@code expiresAt}. {@code owner} is the instance that claimed it.
 */
public record ExportJob(UUID id, UUID tenantId, State state, String owner, LocalDate from, LocalDate to, Set<DocumentKind> kinds,
                        Set<DocumentStatus> statuses, int done, int total, Long sizeBytes, String error,
                        String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt, Instant expiresAt) {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    public ExportJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        kinds = Set.copyOf(kinds);
        statuses = Set.copyOf(statuses);
    }

    /** A new job waiting for an instance to run it. */
    public static ExportJob queued(UUID id, UUID tenantId, LocalDate from, LocalDate to, Set<DocumentKind> kinds,
                                   Set<DocumentStatus> statuses, String createdBy, Instant now, Duration ttl) {
        return new ExportJob(id, tenantId, State.QUEUED, null, from, to, kinds, statuses, 0, 0, null, null, createdBy,
                now, null, null, now.plus(ttl));
    }

    /** 0 to 100; 100 when done, whatever the count (an export of nothing is complete). */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(100, done * 100L / total);
    }

    /** Seconds left at the rate so far; null before the first document or when not running. */
    public Long etaSeconds(Instant now) {
        if (state != State.RUNNING || startedAt == null || done <= 0) {
            return state == State.DONE ? 0L : null;
        }
        double perDocument = Duration.between(startedAt, now).toMillis() / (double) done;
        return Math.max(0, Math.round(perDocument * Math.max(0, total - done) / 1000.0));
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
