package co.factusapi.testsupport;

import co.factusapi.application.port.out.InvoiceRepository;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.error.ConflictException;
import co.factusapi.domain.invoice.Invoice;
import co.factusapi.domain.invoice.InvoiceQuery;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The ledger as a map: the fake the service tests use, held to the same contract as the SQL one. */
public class InMemoryInvoiceRepository implements InvoiceRepository {
    private final Map<UUID, Invoice> rows = new ConcurrentHashMap<>();
    private final Set<UUID> upstreamDeletes = ConcurrentHashMap.newKeySet();

    @Override
    public synchronized void insert(Invoice invoice) {
        boolean taken = rows.values().stream().anyMatch(i -> i.accountId().equals(invoice.accountId())
                && i.referenceCode().equals(invoice.referenceCode()));
        if (taken) {
            throw new ConflictException("invoice-in-progress", "duplicate reference");
        }
        rows.put(invoice.id(), invoice);
    }

    @Override
    public synchronized void update(Invoice invoice) {
        rows.computeIfPresent(invoice.id(), (id, old) -> withRequest(invoice, old.request()));
    }

    private static Invoice withRequest(Invoice invoice, co.factusapi.domain.invoice.InvoiceRequest request) {
        return new Invoice(invoice.id(), invoice.accountId(), invoice.referenceCode(), invoice.status(), invoice.prefix(),
                invoice.number(), invoice.cufe(), invoice.qrUrl(), invoice.customerIdentification(),
                invoice.customerName(), invoice.totals(), invoice.errors(), request, invoice.createdBy(),
                invoice.createdAt(), invoice.updatedAt(), invoice.issuedAt());
    }

    @Override
    public synchronized boolean transition(Invoice next, DocumentStatus expected) {
        Invoice current = rows.get(next.id());
        if (current == null || current.status() != expected) {
            return false;
        }
        rows.put(next.id(), next);
        return true;
    }

    @Override
    public synchronized boolean takeOver(Invoice next, Invoice current) {
        Invoice stored = rows.get(next.id());
        if (stored == null || stored.status() != current.status() || !stored.updatedAt().equals(current.updatedAt())) {
            return false;
        }
        rows.put(next.id(), next);
        return true;
    }

    @Override
    public Optional<Invoice> findByReference(UUID accountId, String referenceCode) {
        return rows.values().stream().filter(i -> i.accountId().equals(accountId)
                && i.referenceCode().equals(referenceCode)).findFirst();
    }

    @Override
    public Optional<Invoice> findByNumber(UUID accountId, String number) {
        return rows.values().stream().filter(i -> i.accountId().equals(accountId) && number.equals(i.number()))
                .max(Comparator.comparing(Invoice::updatedAt));
    }

    @Override
    public Page<Invoice> search(UUID accountId, InvoiceQuery query) {
        List<Invoice> matching = rows.values().stream()
                .filter(i -> i.accountId().equals(accountId))
                .filter(i -> query.status() == null || i.status() == query.status())
                .filter(i -> query.referenceCode() == null || query.referenceCode().equals(i.referenceCode()))
                .filter(i -> query.number() == null || query.number().equals(i.number()))
                .filter(i -> query.customerIdentification() == null
                        || query.customerIdentification().equals(i.customerIdentification()))
                .filter(i -> query.createdFrom() == null || !i.createdAt().isBefore(query.createdFrom()))
                .filter(i -> query.createdTo() == null || i.createdAt().isBefore(query.createdTo()))
                .sorted(Comparator.comparing(Invoice::createdAt).reversed().thenComparing(i -> i.id().toString()))
                .toList();
        List<Invoice> page = matching.stream().skip(query.offset()).limit(query.size()).toList();
        return new Page<>(page, query.page(), query.size(), matching.size());
    }

    @Override
    public List<Invoice> findUnsettled(UUID accountId, Instant pendingBefore, int limit) {
        return rows.values().stream().filter(i -> i.accountId().equals(accountId))
                .filter(i -> i.status() == DocumentStatus.UNKNOWN
                        || (i.status() == DocumentStatus.PENDING && i.updatedAt().isBefore(pendingBefore)))
                .sorted(Comparator.comparing(Invoice::updatedAt)).limit(limit).toList();
    }

    @Override
    public long countUnsettled(UUID accountId) {
        return rows.values().stream().filter(i -> i.accountId().equals(accountId))
                .filter(i -> i.status() == DocumentStatus.UNKNOWN || i.status() == DocumentStatus.PENDING).count();
    }

    @Override
    public void markUpstreamDelete(UUID invoiceId, boolean needed) {
        if (needed) {
            upstreamDeletes.add(invoiceId);
        } else {
            upstreamDeletes.remove(invoiceId);
        }
    }

    @Override
    public List<Invoice> findNeedingUpstreamDelete(UUID accountId, int limit) {
        return rows.values().stream().filter(i -> i.accountId().equals(accountId) && upstreamDeletes.contains(i.id()))
                .sorted(Comparator.comparing(Invoice::updatedAt)).limit(limit).toList();
    }

    public Invoice only() {
        return rows.values().stream().filter(Objects::nonNull).reduce((a, b) -> {
            throw new IllegalStateException("more than one invoice");
        }).orElseThrow();
    }
}
