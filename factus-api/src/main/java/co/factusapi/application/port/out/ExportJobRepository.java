package co.factusapi.application.port.out;

import co.factusapi.domain.export.ExportJob;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The export jobs (docs/archive.md#export); each call is its own short transaction. */
public interface ExportJobRepository {

    void insert(ExportJob job);

    /** The tenant's job; empty when there is none or it is another tenant's. */
    Optional<ExportJob> find(UUID tenantId, UUID id);

    /** The tenant's jobs, newest first, at most {@code limit}. */
    List<ExportJob> list(UUID tenantId, int limit);

    /**
     * Claims the oldest QUEUED job for {@code owner} with a conditional update of its state (QUEUED to RUNNING): with
     * several instances only one gets a given job. Empty when none is queued (or another instance won every race).
     */
    Optional<ExportJob> claimNext(String owner, Instant now);

    /** The jobs RUNNING now, of every tenant (to find the ones whose instance died). */
    List<ExportJob> running();

    /**
     * Takes over a RUNNING job from its owner {@code deadOwner} (an instance gone) for {@code owner}, from the start:
     * a conditional update on state and owner, so only one instance gets it.
     */
    Optional<ExportJob> takeOver(UUID id, String deadOwner, String owner, Instant now);

    void progress(UUID id, int done, int total);

    void finish(UUID id, int done, long sizeBytes, Instant finishedAt, Instant expiresAt);

    void fail(UUID id, String error, Instant finishedAt);

    /** Finished jobs (DONE or FAILED) of every tenant expired at {@code now} whose files are not purged yet. */
    List<ExportJob> expiredUnpurged(Instant now, int limit);

    /** Marks the job's files deleted, so the purge never visits it again. */
    void purged(UUID id, Instant at);
}
