package co.factusapi.application.port.in;

import co.factusapi.domain.export.ExportJob;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * Bulk export of the acting tenant's legal archive (docs/archive.md#export): a job per request, run asynchronously
 * by {@link #runNext}, its ZIP downloadable until it expires.
 */
public interface ExportDocumentsUseCase {

    /** Queues an export; dates are {@code yyyy-MM-dd}, kinds and statuses lower-case names (null: the defaults). */
    ExportJob request(String from, String to, List<String> kinds, List<String> statuses, String actor);

    List<ExportJob> list();

    ExportJob get(UUID id);

    /** The finished ZIP: 404 for another tenant's or an unknown job, 409 while not done, 410 once expired. */
    Download download(UUID id);

    /** Claims and runs the oldest queued job of any tenant, if any; whether one ran. */
    boolean runNext();

    /**
     * Deletes the files of finished exports past their expiry (they are no longer served) and marks them so; how
     * many. Run by one instance (the leader) at a time.
     */
    int purgeExpired();

    record Download(String fileName, long size, InputStream content) {
    }
}
