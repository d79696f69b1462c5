package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.NumberingRange;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** What the PDF, the UBL XML and the shared JSON blocks need from a bill or a credit note. */
public interface IssuedDocument {
    DocumentKind kind();

    String number();

    /** CUFE for invoices, CUDE for notes. */
    String uuid();

    ZonedDateTime createdAt();

    Company company();

    BillDraft.Customer customer();

    String customerDv();

    List<BillDraft.Item> items();

    BillTotals totals();

    NumberingRange range();

    String qrUrl();

    String observation();

    String paymentMethodCode();

    Map<String, Object> establishment();

    /** The invoice a note corrects, or null. */
    IssuedDocument correctedDocument();
}
