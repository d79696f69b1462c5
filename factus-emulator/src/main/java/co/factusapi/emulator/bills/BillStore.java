package co.factusapi.emulator.bills;

import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * All bills of the account. Reads are lock-free; registering, retrying and deleting share one short critical
 * section because the "pending bill blocks the account" rule (contract §3.1.4) spans the whole account.
 */
public final class BillStore {
    private final Object lock = new Object();
    private final ConcurrentSkipListMap<Long, Bill> byId = new ConcurrentSkipListMap<>();
    private final Map<String, Bill> byNumber = new ConcurrentHashMap<>();
    private final Map<String, Bill> byReference = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> fileSequenceByYear = new HashMap<>();
    private int unvalidated;
    private long nextId = 1;

    /** A bill after {@link #register}: a new one, or an earlier pending one validated by this retry. */
    public record Registration(Bill bill, boolean created) {
    }

    public Registration register(String referenceCode, ZonedDateTime now, LongFunction<Bill> newBill) {
        synchronized (lock) {
            Bill existing = byReference.get(referenceCode);
            if (existing != null) {
                return resend(existing, now);
            }
            if (unvalidated > 0) {
                throw new ApiException(ApiResponse.pendingConflict());
            }
            Bill bill = newBill.apply(nextId);
            nextId++;
            byId.put(bill.id(), bill);
            byNumber.put(bill.number(), bill);
            byReference.put(referenceCode, bill);
            if (bill.status() == 0) {
                unvalidated++;
            }
            return new Registration(bill, true);
        }
    }

    private Registration resend(Bill existing, ZonedDateTime now) {
        if (existing.status() == 1) {
            // Undocumented upstream (contract §3.1.4 and §13.3, graded D): we answer 409 in the Factus conflict shape.
            throw new ApiException(ApiResponse.conflict("El documento con el código de referencia "
                    + existing.referenceCode() + " ya se encuentra validado"));
        }
        if (existing.rejected()) {
            throw new ApiException(ApiResponse.pendingConflict());
        }
        existing.markValidated(now);
        unvalidated--;
        return new Registration(existing, false);
    }

    /** Per-year sequence of generated files, part of the DIAN file name; called only inside {@link #register}. */
    int nextFileSequence(int year) {
        return fileSequenceByYear.merge(year, 1, Integer::sum);
    }

    public Bill deleteUnvalidated(String referenceCode) {
        synchronized (lock) {
            Bill bill = byReference.get(referenceCode);
            if (bill == null) {
                throw new ApiException(ApiResponse.notFound(
                        "No se encontró el documento con código de referencia " + referenceCode));
            }
            if (bill.status() == 1) {
                // The text is recorded (contract §3.6); the HTTP status is not (D): 409 like the other conflicts.
                throw new ApiException(ApiResponse.conflict(
                        "Documento con código de referencia " + referenceCode + " se encuentra validado"));
            }
            byId.remove(bill.id());
            byNumber.remove(bill.number());
            byReference.remove(referenceCode);
            unvalidated--;
            return bill;
        }
    }

    public Bill byNumber(String number) {
        Bill bill = byNumber.get(number);
        if (bill == null) {
            // Not-found on show/download is undocumented (contract §3.3, D): a Spanish message like delete's.
            throw new ApiException(ApiResponse.notFound("No se encontró la factura con número " + number));
        }
        return bill;
    }

    public Bill byId(long id) {
        return byId.get(id);
    }

    /** Newest first, as Factus lists them (contract §3.2). */
    public List<Bill> find(Predicate<Bill> filter) {
        return byId.descendingMap().values().stream().filter(filter).toList();
    }

    public void reset() {
        synchronized (lock) {
            byId.clear();
            byNumber.clear();
            byReference.clear();
            fileSequenceByYear.clear();
            unvalidated = 0;
            nextId = 1;
        }
    }
}
