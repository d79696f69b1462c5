package co.factusapi.domain.archive;

import java.util.UUID;

/**
 * How far the archiver (and a back-fill) has got for one tenant: its ISSUED documents, how many have both their XML
 * and PDF archived, how many the archiver is retrying after failures (and its failed attempts at them so far), and
 * how many are not archived longer than the lag threshold after issue. {@code tenantId} null: all tenants together.
 */
public record ArchiveProgress(UUID tenantId, long issued, long archived, long failing, long failedAttempts,
                              long lagging) {

    public ArchiveProgress {
        if (issued < 0 || archived < 0 || archived > issued || failing < 0 || failedAttempts < failing
                || lagging < 0) {
            throw new IllegalArgumentException("inconsistent archive progress counts");
        }
    }

    /** Not archived yet (both files), failing or not. */
    public long pending() {
        return issued - archived;
    }

    /** The sum of the tenants' counts, as one figure for the whole deployment. */
    public static ArchiveProgress total(Iterable<ArchiveProgress> tenants) {
        long issued = 0;
        long archived = 0;
        long failing = 0;
        long attempts = 0;
        long lagging = 0;
        for (ArchiveProgress tenant : tenants) {
            issued += tenant.issued;
            archived += tenant.archived;
            failing += tenant.failing;
            attempts += tenant.failedAttempts;
            lagging += tenant.lagging;
        }
        return new ArchiveProgress(null, issued, archived, failing, attempts, lagging);
    }
}
