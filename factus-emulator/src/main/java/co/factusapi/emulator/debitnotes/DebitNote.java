package co.factusapi.emulator.debitnotes;

import co.factusapi.emulator.bills.Bill;
import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.CodeEntry;
import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.NumberingRange;
import co.factusapi.emulator.document.DianStatus;
import co.factusapi.emulator.document.DianVerdict;
import co.factusapi.emulator.document.DocumentKind;
import co.factusapi.emulator.document.DocumentLine;
import co.factusapi.emulator.document.DocumentTotals;
import co.factusapi.emulator.document.IssuedDocument;
import co.factusapi.emulator.document.Party;
import co.factusapi.emulator.document.StoredDocument;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A stored debit note (a v2 document). Immutable except its DIAN status. */
public final class DebitNote implements IssuedDocument, StoredDocument {
    private final long id;
    private final String number;
    private final DebitNoteDraft draft;
    private final V2Totals amounts;
    private final NumberingRange range;
    private final Company company;
    private final ZonedDateTime createdAt;
    private final String cude;
    private final String fileName;
    private final String publicUrl;
    private final Bill bill;
    private final DianStatus dian;

    DebitNote(long id, String number, DebitNoteDraft draft, V2Totals amounts, NumberingRange range, Company company,
            ZonedDateTime createdAt, String cude, String fileName, String publicUrl, Bill bill, DianVerdict verdict) {
        this.id = id;
        this.number = number;
        this.draft = draft;
        this.amounts = amounts;
        this.range = range;
        this.company = company;
        this.createdAt = createdAt;
        this.cude = cude;
        this.fileName = fileName;
        this.publicUrl = publicUrl;
        this.bill = bill;
        this.dian = new DianStatus(verdict, createdAt);
    }

    /** v2 exposes no document id; the emulator keeps one internally for its store and control plane. */
    @Override
    public long id() {
        return id;
    }

    @Override
    public String number() {
        return number;
    }

    @Override
    public String referenceCode() {
        return draft.referenceCode();
    }

    @Override
    public DianStatus dian() {
        return dian;
    }

    DebitNoteDraft draft() {
        return draft;
    }

    V2Totals amounts() {
        return amounts;
    }

    public V2Customer customer() {
        return draft.customer();
    }

    /** The referenced bill, or null for customization 32. */
    public Bill bill() {
        return bill;
    }

    public String cude() {
        return cude;
    }

    public String fileName() {
        return fileName;
    }

    public String publicUrl() {
        return publicUrl;
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.DEBIT_NOTE;
    }

    @Override
    public String uuid() {
        return cude;
    }

    @Override
    public ZonedDateTime createdAt() {
        return createdAt;
    }

    @Override
    public Company company() {
        return company;
    }

    @Override
    public Party counterpart() {
        return draft.customer().party();
    }

    /** Net prices: each printed row is quantity × price − discount = base, its taxes listed apart. */
    @Override
    public List<DocumentLine> lines() {
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
    public DocumentTotals totals() {
        return amounts.totals();
    }

    @Override
    public NumberingRange range() {
        return range;
    }

    @Override
    public String observation() {
        return draft.observation();
    }

    /** The first means of payment; v2 may have several. */
    @Override
    public String paymentMethodCode() {
        return draft.paymentDetails().getFirst().paymentMethodCode();
    }

    @Override
    public String paymentFormCode() {
        return draft.paymentDetails().getFirst().paymentForm();
    }

    @Override
    public LocalDate paymentDueDate() {
        return draft.paymentDetails().stream().map(PaymentDetail::dueDate).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    @Override
    public IssuedDocument correctedDocument() {
        return bill;
    }

    @Override
    public String customizationId() {
        return draft.customizationId();
    }
}
