package co.factusapi.application.port.out;

import co.factusapi.domain.archive.ArchiveProgress;
import co.factusapi.domain.archive.DocumentToArchive;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The archiver's work: the ledger's ISSUED documents whose XML or PDF is not archived yet, and the archiver's failed
 * attempts at them, so one document the provider keeps refusing waits its backoff while the others go through.
 */
public interface ArchiveBacklog {

    /** Up to {@code limit} documents of the tenant to archive now: never tried or due again, least tried first. */
    List<DocumentToArchive> due(UUID tenantId, Instant now, int limit);

    /** Records a failed attempt (no personal data in {@code error}) and when the document is due again. */
    void failed(UUID documentId, int attempts, String error, Instant nextAttemptAt, Instant now);

    /** Forgets the attempts at a document that is now archived. */
    void archived(UUID documentId);

    /** ISSUED documents of every tenant issued before {@code issuedBefore} whose archive is not complete. */
    long lagging(Instant issuedBefore);

    /** Of one tenant, the same for the documents created since {@code createdSince} alone (a bounded read). */
    long lagging(UUID tenantId, Instant createdSince, Instant issuedBefore);

    /**
     * Per tenant with ISSUED documents (by tenant id): issued, archived (both files), failing (not archived, with a
     * failed attempt on record) and lagging (not archived and issued before {@code issuedBefore}).
     */
    List<ArchiveProgress> progress(Instant issuedBefore);
}
