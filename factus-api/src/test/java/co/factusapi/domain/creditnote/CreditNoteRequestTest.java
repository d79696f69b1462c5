package co.factusapi.domain.creditnote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.factusapi.domain.document.Corrections;
import co.factusapi.domain.document.DocumentAmounts;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.DocumentTotals;
import co.factusapi.domain.document.ItemTribute;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.document.StandardCode;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.testsupport.Ledgers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreditNoteRequestTest {

    @Test
    void reportsEveryBrokenRuleWithItsPath() {
        DocumentLine noPrice = new DocumentLine("P", "Producto", 0, null, null, new BigDecimal("19.00"), "94",
                StandardCode.OWN, false, ItemTribute.IVA, null, null, List.of(), null);
        assertThatThrownBy(() -> new CreditNoteRequest("SETP 1", null, "bad ref!", "N-C", "x".repeat(251), null,
                List.of(noPrice)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("invoice_number",
                                "correction_concept", "reference_code", "numbering_range_prefix", "observation",
                                "items[0].quantity", "items[0].price"));
    }

    @Test
    void aValidRequestNeedsNoItemsNorPrefix() {
        CreditNoteRequest request = new CreditNoteRequest("SETP990000001", CreditNoteConcept.CANCELLATION, "NC-1",
                null, null, null, null);
        assertThat(request.items()).isNull();
        assertThat(request.withItems(List.of(item("100.00", 1, "0"))).items()).hasSize(1);
    }

    @Test
    void amountsFollowTheFactusTaxInclusiveFormula() {
        // docs/factus-upstream.md §3.4: 50000 with 20 % off at 19 % IVA → 40000.00 = 33613.45 + 6386.55
        DocumentTotals totals = DocumentAmounts.of(List.of(item("50000.00", 1, "20")));
        assertThat(totals.total()).isEqualByComparingTo("40000.00");
        assertThat(totals.grossValue()).isEqualByComparingTo("33613.45");
        assertThat(totals.taxAmount()).isEqualByComparingTo("6386.55");
        assertThat(DocumentAmounts.lineTotal(item("11900.00", 2, "0"))).isEqualByComparingTo("23800.00");
    }

    @Test
    void theRemainingAmountCountsOnlyIssuedCreditNotes() {
        LedgerEntry<?> invoice = Ledgers.pendingInvoice(UUID.randomUUID(), "INV-1", Instant.EPOCH)
                .settled(Ledgers.validated("SETP1", new DocumentTotals(new BigDecimal("20000"), new BigDecimal("3800"),
                        new BigDecimal("23800"))), Instant.EPOCH);
        LedgerEntry<?> pending = Ledgers.pendingCreditNote(invoice, "NC-2", Instant.EPOCH);
        LedgerEntry<?> issued = Ledgers.pendingCreditNote(invoice, "NC-1", Instant.EPOCH)
                .settled(Ledgers.validated("NC1", pending.totals()), Instant.EPOCH);
        Corrections corrections = Corrections.of(invoice, List.of(issued, pending));
        assertThat(corrections.remaining()).isEqualByComparingTo("11900.00").hasScaleOf(2);
        assertThat(pending.holdsAmount()).isTrue();
        assertThat(pending.failed(DocumentStatus.REJECTED, List.of(), Instant.EPOCH).holdsAmount()).isFalse();
    }

    private static DocumentLine item(String price, int quantity, String discount) {
        return new DocumentLine("P", "Producto", quantity, new BigDecimal(price), new BigDecimal(discount),
                new BigDecimal("19.00"), "94", StandardCode.OWN, false, ItemTribute.IVA, null, null, List.of(), null);
    }
}
