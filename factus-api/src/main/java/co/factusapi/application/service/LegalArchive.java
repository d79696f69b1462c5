package co.factusapi.application.service;

import co.factusapi.application.port.out.DocumentArchive;
import co.factusapi.application.port.out.DocumentArchive.Write;
import co.factusapi.domain.archive.ArchiveKey;
import co.factusapi.domain.archive.ArchivedFile;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.LedgerEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the archiver, the downloads and verify share: fetching a document's file from its provider (for the tenant
 * bound to the thread) and keeping it in the archive, with every write audited and a conflicting file (the provider
 * now serves other bytes than those archived) warned about. Logs and audit details name the kind, number and format,
 * never customer data.
 */
public final class LegalArchive {
    public static final String ARCHIVER = "system:archiver";
    private static final System.Logger LOG = System.getLogger(LegalArchive.class.getName());

    private final DocumentProviders providers;
    private final DocumentArchive archive;
    private final AuditTrail audit;
    private final Clock clock;

    public LegalArchive(List<DocumentType<?>> types, DocumentArchive archive, AuditTrail audit, Clock clock) {
        this.providers = new DocumentProviders(types);
        this.archive = archive;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A document's file from the archive when it holds it intact, else from the provider; a file the provider serves
     * for an ISSUED document is archived on the way (a failure to archive never fails the download).
     */
    public DocumentFile download(LedgerEntry<?> document, DocumentFile.Format format) {
        ArchiveKey key = new ArchiveKey(document.tenantId(), document.kind(), document.number(), format);
        Optional<DocumentFile> archived = archived(key);
        if (archived.isPresent()) {
            return archived.get();
        }
        DocumentFile file = providers.of(key.kind()).download(key.number(), format);
        if (document.status() == DocumentStatus.ISSUED) {
            try {
                keep(key, document.issuedAt(), file);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not archive " + key.describe() + " on download: "
                        + e.getClass().getSimpleName());
            }
        }
        return file;
    }

    /** The archived file if its bytes are there and still match their SHA-256 (a damaged file is never served). */
    public Optional<DocumentFile> archived(ArchiveKey key) {
        return archive.find(key).flatMap(record -> archive.content(record).filter(content -> {
            boolean intact = record.matches(content);
            if (!intact) {
                LOG.log(System.Logger.Level.WARNING, "The archived " + key.describe() + " does not match its SHA-256 "
                        + "(tenant " + key.tenantId() + "); served from the provider instead");
            }
            return intact;
        }).map(record::toFile));
    }

    /** Downloads the file from the provider and keeps it; the provider's failures are thrown as they come. */
    public Kept fetchAndKeep(ArchiveKey key, Instant issuedAt) {
        DocumentFile file = providers.of(key.kind()).download(key.number(), key.format());
        return new Kept(file, keep(key, issuedAt, file));
    }

    /** Keeps a file the provider served; the write as the archive answered it. */
    public Write keep(ArchiveKey key, Instant issuedAt, DocumentFile file) {
        ArchivedFile record = ArchivedFile.of(key, file, issuedAt, clock.instant());
        Write write = archive.store(record, file.content());
        if (write == Write.CONFLICT) {
            LOG.log(System.Logger.Level.WARNING, "The provider now serves another " + key.describe()
                    + " than the archived one; the archived file is kept (tenant " + key.tenantId() + ")");
        }
        if (write != Write.ALREADY_STORED) {
            audit.recordFor(key.tenantId(), ARCHIVER, key.kind().slug() + ".archive", key.kind().slug(), key.number(),
                    null, write.name(), key.format().name().toLowerCase(Locale.ROOT) + " sha256=" + record.sha256()
                            + " size=" + record.size());
        }
        return write;
    }

    public DocumentArchive archive() {
        return archive;
    }

    /** The file the provider served and what the archive did with it. */
    public record Kept(DocumentFile file, Write write) {
    }
}
