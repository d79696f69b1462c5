package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.http.ApiException;
import co.factusapi.emulator.http.ApiResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/** All credit notes of the account; numbering and the reference check share one short critical section. */
final class CreditNoteStore {
    private final Object lock = new Object();
    private final ConcurrentSkipListMap<Long, CreditNote> byId = new ConcurrentSkipListMap<>();
    private final Map<String, CreditNote> byNumber = new ConcurrentHashMap<>();
    private final Map<String, CreditNote> byReference = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> fileSequenceByYear = new HashMap<>();
    private long nextId = 1;

    CreditNote register(String referenceCode, LongFunction<CreditNote> newNote) {
        synchronized (lock) {
            if (byReference.containsKey(referenceCode)) {
                // Same undocumented case as bills (contract §3.1.4, D): 409 in the Factus conflict shape.
                throw new ApiException(ApiResponse.conflict("El documento con el código de referencia "
                        + referenceCode + " ya se encuentra validado"));
            }
            CreditNote note = newNote.apply(nextId);
            nextId++;
            byId.put(note.id(), note);
            byNumber.put(note.number(), note);
            byReference.put(referenceCode, note);
            return note;
        }
    }

    /** Called only inside {@link #register}. */
    int nextFileSequence(int year) {
        return fileSequenceByYear.merge(year, 1, Integer::sum);
    }

    CreditNote byNumber(String number) {
        CreditNote note = byNumber.get(number);
        if (note == null) {
            throw new ApiException(ApiResponse.notFound("No se encontró la nota crédito con número " + number));
        }
        return note;
    }

    /** Notes are always validated here, so delete can only answer 404 or the "se encuentra validado" conflict. */
    ApiException deleteRefusal(String referenceCode) {
        if (!byReference.containsKey(referenceCode)) {
            return new ApiException(ApiResponse.notFound(
                    "No se encontró el documento con código de referencia " + referenceCode));
        }
        return new ApiException(ApiResponse.conflict(
                "Documento con código de referencia " + referenceCode + " se encuentra validado"));
    }

    List<CreditNote> find(Predicate<CreditNote> filter) {
        return byId.descendingMap().values().stream().filter(filter).toList();
    }

    void reset() {
        synchronized (lock) {
            byId.clear();
            byNumber.clear();
            byReference.clear();
            fileSequenceByYear.clear();
            nextId = 1;
        }
    }
}
