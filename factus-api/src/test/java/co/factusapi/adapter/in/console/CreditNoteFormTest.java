package co.factusapi.adapter.in.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import co.factusapi.domain.creditnote.CreditNoteConcept;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.testsupport.Invoices;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The credit-note form turned into the API's request: the remaining amount, or lines with their quantities. */
class CreditNoteFormTest {
    private static final List<DocumentLine> INVOICE_LINES = Invoices.request("INV-1").items();

    @Test
    void theRemainingAmountIsTheApisCancellationWithoutLines() {
        CreditNoteRequest request = form("remaining", null, List.of("1")).toRequest("SETP1", INVOICE_LINES);

        assertThat(request.correctionConcept()).isEqualTo(CreditNoteConcept.CANCELLATION);
        assertThat(request.items()).as("the pipeline credits whatever remains").isNull();
        assertThat(request.referenceCode()).isEqualTo("NC-1");
    }

    @Test
    void someLinesAreCreditedWithTheQuantitiesGivenAndTheConceptChosen() {
        CreditNoteRequest request = form("lines", "partial_return", List.of(" 1 ")).toRequest("SETP1", INVOICE_LINES);

        assertThat(request.correctionConcept()).isEqualTo(CreditNoteConcept.PARTIAL_RETURN);
        assertThat(request.items()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualTo(1);
            assertThat(line.price()).isEqualByComparingTo(INVOICE_LINES.getFirst().price());
        });
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        assertThat(violations(form("lines", null, List.of("3")))).containsExactly("items[0].quantity",
                "correction_concept");
        assertThat(violations(form("lines", "cancellation", List.of("abc")))).containsExactly("items[0].quantity",
                "correction_concept");
        assertThat(violations(form("lines", "discount", List.of("0")))).containsExactly("items");
    }

    @Test
    void onlyAKeyTheFormMadeIsUsedAsIdempotencyKey() {
        assertThat(new CreditNoteForm("remaining", null, "NC-1", null, null, "not-a-uuid").idempotencyKey()).isNull();
        assertThat(CreditNoteForm.initial("SETP1", 2).idempotencyKey()).hasSize(36);
        assertThat(CreditNoteForm.initial("SETP1", 2).referenceCode()).isEqualTo("NC-SETP1-3");
    }

    @Test
    void aLineFieldIsNamedWithItsLineCountedFromOne() {
        FormError error = FormError.of(new FieldViolation("items[1].quantity", "too many"));
        assertThat(error.key()).isEqualTo("items.quantity");
        assertThat(error.line()).isEqualTo(2);
        assertThat(FormError.of(new FieldViolation("reference_code", "bad")).line()).isNull();
    }

    private static CreditNoteForm form(String mode, String concept, List<String> quantities) {
        return new CreditNoteForm(mode, concept, "NC-1", null, quantities, null);
    }

    private static List<String> violations(CreditNoteForm form) {
        return catchThrowableOfType(InvalidRequestException.class, () -> form.toRequest("SETP1", INVOICE_LINES))
                .violations().stream().map(FieldViolation::field).toList();
    }
}
