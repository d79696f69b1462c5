package co.factusapi.config;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code factus-api.archive.*}: the legal archive of issued documents (docs/archive.md). The defaults are here and nowhere
 * else.
 *
 * @param store               {@code database}, {@code filesystem} or {@code auto} (the default): the file system on
 *                            the embedded H2 database in a file, the database otherwise (PostgreSQL, in-memory H2)
 * @param directory           where the file system store keeps the files; blank = {@code <FACTUS_API_DATA_DIR>/archive}
 * @param retention           how long archived files are kept at least (ten years, Ley 962/2005 art. 28); nothing
 *                            younger is ever purged (this version purges nothing)
 * @param enabled             whether the archiver (and back-fill) runs on this instance
 * @param interval            the pause between archiver runs
 * @param batchSize           documents per tenant per run (two provider calls each): the archiver's share of the
 *                            tenant's upstream allowance, about {@code 2 x batchSize} calls per {@code interval}
 * @param lagThreshold        an ISSUED document still not archived this long after issue counts in
 *                            {@code factus.archive.lag} and is warned about
 * @param retryInitialBackoff the wait after a document's first failed fetch, doubled after each further one
 * @param retryMaxBackoff     the longest wait between two attempts at one document
 * @param exportTtl           how long a finished export's ZIP is downloadable (410 Gone after)
 * @param exportMaxDays       the longest export range, in days (from and to inclusive)
 * @param exportDirectory     where export ZIPs are written; blank = {@code <FACTUS_API_DATA_DIR>/exports}
 * @param exportInterval      how often each instance looks for a queued export to claim and run
 * @param exportProgressEvery documents written between two progress updates of a running export
 * @param exportPurgeInterval how often the leading instance deletes the files of expired exports
 */
@ConfigurationProperties("factus-api.archive")
public record ArchiveProperties(@DefaultValue("auto") String store, String directory,
                                @DefaultValue("P10Y") Period retention, @DefaultValue("true") boolean enabled,
                                @DefaultValue("1m") Duration interval, @DefaultValue("10") int batchSize,
                                @DefaultValue("15m") Duration lagThreshold,
                                @DefaultValue("1m") Duration retryInitialBackoff,
                                @DefaultValue("6h") Duration retryMaxBackoff,
                                @DefaultValue("24h") Duration exportTtl, @DefaultValue("366") int exportMaxDays,
                                String exportDirectory, @DefaultValue("2s") Duration exportInterval,
                                @DefaultValue("100") int exportProgressEvery,
                                @DefaultValue("10m") Duration exportPurgeInterval) {

    public ArchiveProperties {
        store = store == null || store.isBlank() ? "auto" : store.strip().toLowerCase(java.util.Locale.ROOT);
        directory = directory == null ? "" : directory.strip();
        exportDirectory = exportDirectory == null ? "" : exportDirectory.strip();
    }
}
