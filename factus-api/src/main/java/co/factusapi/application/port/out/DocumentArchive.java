package co.factusapi.application.port.out;

import co.factusapi.domain.archive.ArchiveKey;
import co.factusapi.domain.archive.ArchivedFile;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The legal archive: the XML and PDF of every issued DIAN document kept in their original bytes (ET art. 632, Ley
 * 962/2005 art. 28; docs/archive.md). Write-once: there is no operation that changes or deletes an archived file.
 */
public interface DocumentArchive {

    /**
     * Keeps {@code content} under {@code file.key()}. A key already archived with the same SHA-256 is left as it is
     * ({@link Write#ALREADY_STORED}, or {@link Write#RESTORED} when its bytes had gone missing); with a different
     * one the archived file stays and the answer is {@link Write#CONFLICT}.
     */
    Write store(ArchivedFile file, byte[] content);

    /** The record of an archived file, whether or not its bytes are still where they were stored. */
    Optional<ArchivedFile> find(ArchiveKey key);

    /** The stored bytes of an archived file as they are now (not checked against the hash); empty when missing. */
    Optional<byte[]> content(ArchivedFile file);

    /** Archived files in key order after {@code after} (null: from the first), of one tenant or (null) of all. */
    List<ArchivedFile> list(UUID tenantId, ArchiveKey after, int limit);

    enum Write { STORED, ALREADY_STORED, RESTORED, CONFLICT }
}
