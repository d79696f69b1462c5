package co.factusapi.application.service;

import co.factusapi.application.port.in.ArchiveDocumentsUseCase;
import co.factusapi.application.port.out.ArchiveBacklog;
import co.factusapi.application.port.out.DocumentArchive.Write;
import co.factusapi.application.port.out.TenantRepository;
import co.factusapi.application.tenancy.ActingTenant;
import co.factusapi.domain.archive.ArchiveProgress;
import co.factusapi.domain.archive.DocumentToArchive;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.tenant.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Each run visits every tenant, acting for it (so every download goes to the tenant's own provider account, paced
 * under its upstream allowance), and archives up to a batch of its documents. Nothing here holds a transaction: the
 * backlog is read, each file is downloaded, then stored, each step on its own. A document that fails waits a backoff
 * that doubles per failure up to a maximum, and is tried again for ever. An interrupted run stops at once and leaves
 * the rest to the next run: the backlog is the archive's own state, so nothing is lost.
 */
public final class ArchiveDocumentsService implements ArchiveDocumentsUseCase {
    private static final System.Logger LOG = System.getLogger(ArchiveDocumentsService.class.getName());

    private final LegalArchive archive;
    private final ArchiveBacklog backlog;
    private final TenantRepository tenants;
    private final Clock clock;
    private final Settings settings;

    /**
     * @param batchSize      documents per tenant per run
     * @param initialBackoff the wait after a document's first failure, doubled after each further one
     * @param maxBackoff     the longest wait between two attempts at one document
     * @param lagThreshold   how long after issue a document not archived counts as lagging
     */
    public record Settings(int batchSize, Duration initialBackoff, Duration maxBackoff, Duration lagThreshold) {
    }

    public ArchiveDocumentsService(LegalArchive archive, ArchiveBacklog backlog, TenantRepository tenants,
                                   Clock clock, Settings settings) {
        this.archive = archive;
        this.backlog = backlog;
        this.tenants = tenants;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public Report archivePending() {
        Tally tally = new Tally();
        for (Tenant tenant : tenants.findAll()) {
            if (stopping()) {
                break;
            }
            ActingTenant.run(tenant.id(), () -> archive(tenant.id(), tally));
        }
        return new Report(tally.documents, tally.files, tally.bytes, tally.failed, tally.conflicts);
    }

    @Override
    public long lagging() {
        return backlog.lagging(clock.instant().minus(settings.lagThreshold()));
    }

    @Override
    public long laggingSince(Instant since) {
        return backlog.lagging(ActingTenant.id(), since, clock.instant().minus(settings.lagThreshold()));
    }

    @Override
    public List<ArchiveProgress> progress() {
        return backlog.progress(clock.instant().minus(settings.lagThreshold()));
    }

    private void archive(UUID tenantId, Tally tally) {
        for (DocumentToArchive document : backlog.due(tenantId, clock.instant(), settings.batchSize())) {
            if (stopping()) {
                return;
            }
            try {
                for (DocumentFile.Format format : document.missing()) {
                    LegalArchive.Kept kept = archive.fetchAndKeep(document.key(format), document.issuedAt());
                    tally.kept(kept);
                }
                backlog.archived(document.documentId());
                tally.documents++;
            } catch (RuntimeException e) {
                if (stopping()) {
                    return;
                }
                int attempts = document.attempts() + 1;
                backlog.failed(document.documentId(), attempts, e.getClass().getSimpleName(),
                        clock.instant().plus(backoff(attempts)), clock.instant());
                tally.failed++;
                LOG.log(System.Logger.Level.WARNING, "Could not archive " + document.kind().label() + " "
                        + document.number() + " (attempt " + attempts + "): " + e.getClass().getSimpleName());
            }
        }
    }

    /**
     * The run's thread was interrupted (the instance shutting down, the scheduler stopped): the run ends where it is,
     * and the document it was fetching is not counted as failed (the interruption is not the provider's doing), so
     * the next run, here or on another instance, takes it up at once.
     */
    private static boolean stopping() {
        return Thread.currentThread().isInterrupted();
    }

    /** initial, 2 x initial, 4 x initial, ... never more than the maximum. */
    Duration backoff(int attempts) {
        Duration wait = settings.initialBackoff();
        for (int i = 1; i < attempts && wait.compareTo(settings.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    private static final class Tally {
        int documents;
        int files;
        long bytes;
        int failed;
        int conflicts;

        void kept(LegalArchive.Kept kept) {
            if (kept.write() == Write.CONFLICT) {
                conflicts++;
            } else if (kept.write() != Write.ALREADY_STORED) {
                files++;
                bytes += kept.file().content().length;
            }
        }
    }
}
