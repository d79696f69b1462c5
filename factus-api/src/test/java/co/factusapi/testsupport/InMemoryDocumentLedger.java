package co.factusapi.testsupport;

import co.factusapi.application.port.out.DocumentLedger;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.DocumentTally;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** The ledger as a map (one lock stands in for the SQL row lock): the fake of the service tests, held to the SQL contract. */
public class InMemoryDocumentLedger implements DocumentLedger {
    private static final Comparator<LedgerEntry<?>> OLDEST_UPDATE = Comparator.comparing(LedgerEntry::updatedAt);
    private static final Set<DocumentStatus> UNSETTLED = Set.of(DocumentStatus.UNKNOWN, DocumentStatus.PENDING);
    private final Map<UUID, LedgerEntry<?>> rows = new ConcurrentHashMap<>();
    private final Set<UUID> upstreamDeletes = ConcurrentHashMap.newKeySet();
    private final Set<UUID> crashed = ConcurrentHashMap.newKeySet();

    @Override
    public synchronized void insert(LedgerEntry<?> entry) {
        if (findByReference(entry.tenantId(), entry.kind(), entry.referenceCode()).isPresent()) {
            throw new ConflictException(entry.kind().slug() + "-in-progress", "duplicate reference");
        }
        rows.put(entry.id(), entry);
    }

    @Override
    public synchronized boolean reserve(LedgerEntry<?> note, LedgerEntry<?> replaced, BigDecimal limit) {
        BigDecimal held = rows.values().stream().filter(n -> note.parent().id().equals(parentId(n))
                        && n.kind() == note.kind() && !n.id().equals(note.id()) && n.holdsAmount())
                .map(n -> n.totals().total()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (held.add(note.totals().total()).compareTo(limit) > 0) {
            return false;
        }
        if (replaced == null) {
            insert(note);
        } else if (!takeOver(note, replaced)) {
            throw new ConflictException(note.kind().slug() + "-in-progress", "moved by someone else");
        }
        return true;
    }

    /** Like the SQL ledger, a settlement keeps the request recorded when the attempt began. */
    @Override
    public synchronized void update(LedgerEntry<?> entry) {
        rows.computeIfPresent(entry.id(), (id, old) -> withRequestOf(entry, old));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static LedgerEntry<?> withRequestOf(LedgerEntry<?> entry, LedgerEntry<?> old) {
        return new LedgerEntry(entry.id(), entry.tenantId(), entry.kind(), entry.referenceCode(), entry.status(),
                entry.prefix(), entry.number(), entry.uniqueCode(), entry.qrUrl(), entry.party(), entry.parent(),
                entry.totals(), entry.errors(), old.request(), entry.createdBy(), old.idempotencyKey(), entry.createdAt(),
                entry.updatedAt(), entry.issuedAt());
    }

    @Override
    public synchronized boolean takeOver(LedgerEntry<?> next, LedgerEntry<?> current) {
        LedgerEntry<?> stored = rows.get(next.id());
        if (stored == null || stored.status() != current.status() || !stored.updatedAt().equals(current.updatedAt())) {
            return false;
        }
        rows.put(next.id(), next);
        crashed.remove(next.id());
        return true;
    }

    /** Stands for the instance running this entry's attempt dying mid-call. */
    public void crash(UUID entryId) {
        crashed.add(entryId);
    }

    @Override
    public boolean abandoned(LedgerEntry<?> pending) {
        return crashed.contains(pending.id());
    }

    @Override
    public Optional<LedgerEntry<?>> findByReference(UUID tenantId, DocumentKind kind, String referenceCode) {
        return stream(e -> e.tenantId().equals(tenantId) && e.kind() == kind
                && e.referenceCode().equals(referenceCode)).findFirst();
    }

    @Override
    public Optional<LedgerEntry<?>> findByNumber(UUID tenantId, DocumentKind kind, String number) {
        return stream(e -> e.tenantId().equals(tenantId) && e.kind() == kind && number.equals(e.number()))
                .max(OLDEST_UPDATE);
    }

    @Override
    public List<LedgerEntry<?>> findCorrections(UUID parentId, DocumentKind kind) {
        return stream(e -> parentId.equals(parentId(e)) && e.kind() == kind)
                .sorted(Comparator.<LedgerEntry<?>, Instant>comparing(LedgerEntry::createdAt)
                        .thenComparing(e -> e.id().toString())).toList();
    }

    @Override
    public Page<LedgerEntry<?>> search(UUID tenantId, DocumentQuery query) {
        List<LedgerEntry<?>> matching = stream(e -> e.tenantId().equals(tenantId) && e.kind() == query.kind())
                .filter(e -> query.status() == null || e.status() == query.status())
                .filter(e -> query.referenceCode() == null || query.referenceCode().equals(e.referenceCode()))
                .filter(e -> query.number() == null || query.number().equals(e.number()))
                .filter(e -> query.partyIdentification() == null
                        || (e.party() != null && query.partyIdentification().equals(e.party().identification())))
                .filter(e -> query.correctedNumber() == null
                        || (e.parent() != null && query.correctedNumber().equals(e.parent().number())))
                .filter(e -> query.createdFrom() == null || !e.createdAt().isBefore(query.createdFrom()))
                .filter(e -> query.createdTo() == null || e.createdAt().isBefore(query.createdTo()))
                .sorted(Comparator.<LedgerEntry<?>, Instant>comparing(LedgerEntry::createdAt).reversed()
                        .thenComparing(e -> e.id().toString()))
                .toList();
        return new Page<>(matching.stream().skip(query.offset()).limit(query.size()).toList(), query.page(),
                query.size(), matching.size());
    }

    @Override
    public List<DocumentTally> tally(UUID tenantId, Instant createdFrom, Instant createdTo) {
        return tallies(e -> e.tenantId().equals(tenantId) && !e.createdAt().isBefore(createdFrom)
                && e.createdAt().isBefore(createdTo));
    }

    @Override
    public List<DocumentTally> tallyUnsettled(UUID tenantId) {
        return tallies(e -> e.tenantId().equals(tenantId) && UNSETTLED.contains(e.status()));
    }

    @Override
    public List<LedgerEntry<?>> findNeedingAttention(UUID tenantId, Instant rejectedSince, int limit) {
        return stream(e -> e.tenantId().equals(tenantId) && (UNSETTLED.contains(e.status())
                || (e.status() == DocumentStatus.REJECTED && !e.createdAt().isBefore(rejectedSince))))
                .sorted(OLDEST_UPDATE.reversed().thenComparing(e -> e.id().toString())).limit(limit).toList();
    }

    private List<DocumentTally> tallies(Predicate<LedgerEntry<?>> filter) {
        Map<List<Object>, List<LedgerEntry<?>>> groups = stream(filter)
                .collect(java.util.stream.Collectors.groupingBy(e -> List.of(e.kind(), e.status())));
        return groups.values().stream().map(group -> new DocumentTally(group.getFirst().kind(),
                group.getFirst().status(), group.size(), group.stream().filter(e -> e.totals() != null)
                .map(e -> e.totals().total()).reduce(BigDecimal.ZERO, BigDecimal::add))).toList();
    }

    @Override
    public List<LedgerEntry<?>> findUnsettled(UUID tenantId, Instant pendingBefore, int limit) {
        return stream(e -> e.tenantId().equals(tenantId) && (e.status() == DocumentStatus.UNKNOWN
                || (e.status() == DocumentStatus.PENDING
                && (e.updatedAt().isBefore(pendingBefore) || crashed.contains(e.id())))))
                .sorted(OLDEST_UPDATE).limit(limit).toList();
    }

    @Override
    public long countUnsettled(UUID tenantId) {
        return stream(e -> e.tenantId().equals(tenantId)
                && (e.status() == DocumentStatus.UNKNOWN || e.status() == DocumentStatus.PENDING)).count();
    }

    @Override
    public void markUpstreamDelete(UUID entryId, boolean needed) {
        if (needed) {
            upstreamDeletes.add(entryId);
        } else {
            upstreamDeletes.remove(entryId);
        }
    }

    @Override
    public List<LedgerEntry<?>> findNeedingUpstreamDelete(UUID tenantId, int limit) {
        return stream(e -> e.tenantId().equals(tenantId) && upstreamDeletes.contains(e.id()))
                .sorted(OLDEST_UPDATE).limit(limit).toList();
    }

    /** The one entry of this kind; fails when there is none or more than one. */
    public LedgerEntry<?> only(DocumentKind kind) {
        List<LedgerEntry<?>> entries = stream(e -> e.kind() == kind).toList();
        if (entries.size() != 1) {
            throw new IllegalStateException(entries.size() + " entries of kind " + kind);
        }
        return entries.getFirst();
    }

    public List<LedgerEntry<?>> all() {
        return new ArrayList<>(rows.values());
    }

    private java.util.stream.Stream<LedgerEntry<?>> stream(Predicate<LedgerEntry<?>> filter) {
        return rows.values().stream().filter(filter);
    }

    private static UUID parentId(LedgerEntry<?> entry) {
        return entry.parent() == null ? null : entry.parent().id();
    }
}
