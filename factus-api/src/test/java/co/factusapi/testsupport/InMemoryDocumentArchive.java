package co.factusapi.testsupport;

import co.factusapi.application.port.out.DocumentArchive;
import co.factusapi.domain.archive.ArchiveKey;
import co.factusapi.domain.archive.ArchivedFile;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The archive port in memory, for service tests; {@link #damage} and {@link #lose} do what a failing disk would. */
public final class InMemoryDocumentArchive implements DocumentArchive {
    private static final Comparator<ArchiveKey> ORDER = Comparator.comparing(ArchiveKey::tenantId)
            .thenComparing(ArchiveKey::kind).thenComparing(ArchiveKey::number).thenComparing(ArchiveKey::format);
    private final Map<ArchiveKey, ArchivedFile> records = new ConcurrentHashMap<>();
    private final Map<ArchiveKey, byte[]> contents = new ConcurrentHashMap<>();

    @Override
    public synchronized Write store(ArchivedFile file, byte[] content) {
        ArchivedFile existing = records.get(file.key());
        if (existing == null) {
            records.put(file.key(), file);
            contents.put(file.key(), content.clone());
            return Write.STORED;
        }
        if (!existing.matches(content)) {
            return Write.CONFLICT;
        }
        return contents.putIfAbsent(file.key(), content.clone()) == null ? Write.RESTORED : Write.ALREADY_STORED;
    }

    @Override
    public Optional<ArchivedFile> find(ArchiveKey key) {
        return Optional.ofNullable(records.get(key));
    }

    @Override
    public Optional<byte[]> content(ArchivedFile file) {
        return Optional.ofNullable(contents.get(file.key())).map(byte[]::clone);
    }

    @Override
    public List<ArchivedFile> list(UUID tenantId, ArchiveKey after, int limit) {
        return records.values().stream()
                .filter(file -> tenantId == null || file.key().tenantId().equals(tenantId))
                .filter(file -> after == null || ORDER.compare(file.key(), after) > 0)
                .sorted(Comparator.comparing(ArchivedFile::key, ORDER)).limit(limit).toList();
    }

    public void damage(ArchiveKey key, byte[] content) {
        contents.put(key, content);
    }

    public void lose(ArchiveKey key) {
        contents.remove(key);
    }
}
