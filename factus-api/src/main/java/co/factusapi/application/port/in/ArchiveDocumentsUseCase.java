package co.factusapi.application.port.in;

import co.factusapi.domain.archive.ArchiveProgress;
import java.time.Instant;
import java.util.List;

/**
 * The archiver: fetches the XML and PDF of every ISSUED document not archived yet from the provider, tenant by
 * tenant, and keeps them in the legal archive (docs/archive.md). The same run back-fills documents issued before the
 * archive existed; its state is the archive itself, so it resumes wherever it stopped. Safe to run on several
 * instances (a file is written once; a race costs one extra download).
 */
public interface ArchiveDocumentsUseCase {

    Report archivePending();

    /** ISSUED documents still not archived longer than the lag threshold after issue. */
    long lagging();

    /** The acting tenant's documents created since {@code since} and lagging as {@link #lagging()} counts them. */
    long laggingSince(Instant since);

    /** How far archiving (and a back-fill) has got, per tenant with ISSUED documents; read-only. */
    List<ArchiveProgress> progress();

    /** What one run did: documents completed, files written, their bytes, failed documents, conflicting files. */
    record Report(int documents, int files, long bytes, int failed, int conflicts) {
    }
}
