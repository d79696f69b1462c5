package co.factusapi.testsupport;

import co.factusapi.application.port.out.CreditNoteRepository;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.creditnote.CreditNote;
import co.factusapi.domain.creditnote.CreditNoteQuery;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.error.ConflictException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The credit-note ledger as a map (one lock stands in for the SQL row lock), held to the SQL contract. */
public class InMemoryCreditNoteRepository implements CreditNoteRepository {
    private final Map<UUID, CreditNote> rows = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean reserve(CreditNote note, DocumentStatus replaced, BigDecimal limit) {
        BigDecimal held = rows.values().stream().filter(n -> n.invoiceId().equals(note.invoiceId())
                        && !n.id().equals(note.id()) && n.holdsAmount())
                .map(n -> n.totals().total()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (held.add(note.totals().total()).compareTo(limit) > 0) {
            return false;
        }
        if (replaced == null) {
            if (findByReference(note.accountId(), note.referenceCode()).isPresent()) {
                throw new ConflictException("credit-note-in-progress", "duplicate reference");
            }
            rows.put(note.id(), note);
        } else if (!transition(note, replaced)) {
            throw new ConflictException("credit-note-in-progress", "moved by someone else");
        }
        return true;
    }

    @Override
    public synchronized void update(CreditNote note) {
        rows.computeIfPresent(note.id(), (id, old) -> note);
    }

    @Override
    public synchronized boolean transition(CreditNote next, DocumentStatus expected) {
        CreditNote current = rows.get(next.id());
        if (current == null || current.status() != expected) {
            return false;
        }
        rows.put(next.id(), next);
        return true;
    }

    @Override
    public Optional<CreditNote> findByReference(UUID accountId, String referenceCode) {
        return rows.values().stream().filter(n -> n.accountId().equals(accountId)
                && n.referenceCode().equals(referenceCode)).findFirst();
    }

    @Override
    public Optional<CreditNote> findByNumber(UUID accountId, String number) {
        return rows.values().stream().filter(n -> n.accountId().equals(accountId) && number.equals(n.number()))
                .max(Comparator.comparing(CreditNote::updatedAt));
    }

    @Override
    public List<CreditNote> findByInvoice(UUID invoiceId) {
        return rows.values().stream().filter(n -> n.invoiceId().equals(invoiceId))
                .sorted(Comparator.comparing(CreditNote::createdAt).thenComparing(n -> n.id().toString())).toList();
    }

    @Override
    public Page<CreditNote> search(UUID accountId, CreditNoteQuery query) {
        List<CreditNote> matching = rows.values().stream()
                .filter(n -> n.accountId().equals(accountId))
                .filter(n -> query.status() == null || n.status() == query.status())
                .filter(n -> query.referenceCode() == null || query.referenceCode().equals(n.referenceCode()))
                .filter(n -> query.invoiceNumber() == null || query.invoiceNumber().equals(n.invoiceNumber()))
                .filter(n -> query.createdFrom() == null || !n.createdAt().isBefore(query.createdFrom()))
                .filter(n -> query.createdTo() == null || n.createdAt().isBefore(query.createdTo()))
                .sorted(Comparator.comparing(CreditNote::createdAt).reversed().thenComparing(n -> n.id().toString()))
                .toList();
        return new Page<>(matching.stream().skip(query.offset()).limit(query.size()).toList(), query.page(),
                query.size(), matching.size());
    }
}
