package co.factusapi.emulator.debitnotes;

import co.factusapi.emulator.bills.Bill;
import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.CodeEntry;
import co.factusapi.emulator.document.AbstractStoredDocument;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentLine;
import co.factusapi.emulator.document.IssuedDocument;
import co.factusapi.emulator.document.Issuance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stored debit note (a v2 document). Immutable except its DIAN status. v2 exposes no document id; the emulator
 * keeps one internally for its store and control plane.
 */
public final class DebitNote extends AbstractStoredDocument<DebitNoteDraft> {
    private final V2Totals amounts;
    private final String publicUrl;
    private final Bill bill;

    DebitNote(Issuance issuance, DebitNoteDraft draft, V2Totals amounts, String publicUrl, Bill bill) {
        super(DocumentKind.DEBIT_NOTE, issuance, draft, amounts.totals(), draft.customer().party(),
                lines(draft, amounts));
        this.amounts = amounts;
        this.publicUrl = publicUrl;
        this.bill = bill;
    }

    V2Totals amounts() {
        return amounts;
    }

    public V2Customer customer() {
        return draft().customer();
    }

    /** The referenced bill, or null for customization 32. */
    public Bill bill() {
        return bill;
    }

    public String cude() {
        return uuid();
    }

    public String publicUrl() {
        return publicUrl;
    }

    /** Net prices: each printed row is quantity × price − discount = base, its taxes listed apart. */
    private static List<DocumentLine> lines(DebitNoteDraft draft, V2Totals amounts) {
        List<DocumentLine> lines = new ArrayList<>();
        for (int i = 0; i < draft.items().size(); i++) {
            V2Item item = draft.items().get(i);
            V2Line line = amounts.lines().get(i);
            CodeEntry unit = Catalog.MEASUREMENT_UNITS.stream()
                    .filter(entry -> entry.code().equals(item.unitMeasureCode())).findFirst().orElse(null);
            List<DocumentLine.LineTax> taxes = line.taxes().stream().map(tax -> new DocumentLine.LineTax(tax.code(),
                    Catalog.ITEM_TAXES.getOrDefault(tax.code(), tax.code()), tax.rate(), tax.base(), tax.amount()))
                    .toList();
            lines.add(new DocumentLine(item.codeReference(), item.name(), item.quantity(), item.unitMeasureCode(),
                    unit == null ? item.unitMeasureCode() : unit.name(), item.price(), line.discount(), taxes,
                    line.base(), line.base()));
        }
        return lines;
    }

    @Override
    public String paymentFormCode() {
        return draft().paymentDetails().getFirst().paymentForm();
    }

    @Override
    public LocalDate paymentDueDate() {
        return draft().paymentDetails().stream().map(PaymentDetail::dueDate).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    @Override
    public IssuedDocument correctedDocument() {
        return bill;
    }

    @Override
    public String customizationId() {
        return draft().customizationId();
    }
}
