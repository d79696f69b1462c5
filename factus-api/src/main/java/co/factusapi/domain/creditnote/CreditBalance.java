package co.factusapi.domain.creditnote;

import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.invoice.Invoice;
import java.math.BigDecimal;
import java.util.List;

/** An invoice's credit notes and what may still be credited: its total minus the totals of its ISSUED notes. */
public record CreditBalance(List<CreditNote> creditNotes, BigDecimal remaining) {
    public CreditBalance {
        creditNotes = List.copyOf(creditNotes);
    }

    public static CreditBalance of(Invoice invoice, List<CreditNote> creditNotes) {
        BigDecimal credited = creditNotes.stream().filter(n -> n.status() == DocumentStatus.ISSUED)
                .map(n -> n.totals().total()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = invoice.totals() == null ? BigDecimal.ZERO : invoice.totals().total();
        return new CreditBalance(creditNotes, total.subtract(credited).setScale(2, java.math.RoundingMode.HALF_UP));
    }
}
