package co.factusapi.adapter.in.console;

import co.factusapi.domain.common.CodeTable;
import co.factusapi.domain.creditnote.CreditNoteConcept;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The credit-note form as posted. Either the whole remaining amount of the invoice (the API's cancellation: no lines,
 * DIAN concept 2) or some of its lines, each with the quantity to give back and one of the other DIAN concepts.
 *
 * @param quantity one value per invoice line, in the invoice's order (blank or 0: not credited)
 * @param key      an Idempotency-Key made when the form was shown: sending the form twice issues one note
 */
record CreditNoteForm(String mode, String concept, String referenceCode, String observation, List<String> quantity,
                      String key) {
    static final String REMAINING = "remaining";
    static final String LINES = "lines";

    /** A new form: the remaining amount, and a reference code not used by the invoice's earlier notes. */
    static CreditNoteForm initial(String invoiceNumber, int earlierNotes) {
        return new CreditNoteForm(REMAINING, null, "NC-" + invoiceNumber + "-" + (earlierNotes + 1), null, List.of(),
                UUID.randomUUID().toString());
    }

    public boolean creditsLines() {
        return LINES.equals(mode);
    }

    /** What was typed for line {@code index}, to show again. */
    public String quantityOf(int index) {
        return quantity != null && index < quantity.size() ? quantity.get(index) : "";
    }

    /** Only a key this form made (a UUID) is passed on: anything else is treated as none. */
    String idempotencyKey() {
        try {
            return key == null ? null : UUID.fromString(key).toString();
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    /** The API's request; an InvalidRequestException names every field that is wrong, as the API would. */
    CreditNoteRequest toRequest(String invoiceNumber, List<DocumentLine> invoiceLines) {
        if (!creditsLines()) {
            return new CreditNoteRequest(invoiceNumber, CreditNoteConcept.CANCELLATION, strip(referenceCode), null,
                    strip(observation), null, null);
        }
        List<FieldViolation> violations = new ArrayList<>();
        List<DocumentLine> credited = credited(invoiceLines, violations);
        CreditNoteConcept why = concept == null || concept.isBlank() ? null
                : CodeTable.parse(CreditNoteConcept.class, concept).orElse(null);
        if (why == null || why == CreditNoteConcept.CANCELLATION) {
            violations.add(new FieldViolation("correction_concept", "choose why the lines are credited"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new CreditNoteRequest(invoiceNumber, why, strip(referenceCode), null, strip(observation), null, credited);
    }

    private List<DocumentLine> credited(List<DocumentLine> invoiceLines, List<FieldViolation> violations) {
        List<DocumentLine> credited = new ArrayList<>();
        for (int i = 0; i < invoiceLines.size(); i++) {
            DocumentLine line = invoiceLines.get(i);
            String typed = strip(quantityOf(i));
            int given = typed != null && typed.matches("\\d{1,9}") ? Integer.parseInt(typed) : -1;
            if (typed != null && (given < 0 || given > line.quantity())) {
                violations.add(new FieldViolation("items[" + i + "].quantity",
                        "must be a whole number from 0 to " + line.quantity()));
            } else if (given > 0) {
                credited.add(line.withQuantity(given));
            }
        }
        if (credited.isEmpty() && violations.isEmpty()) {
            violations.add(new FieldViolation("items", "give a quantity for at least one line"));
        }
        return credited;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
