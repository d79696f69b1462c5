package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.NumberingRange;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What the PDF and the UBL XML need from any stored document (bill, credit or debit note, support document,
 * adjustment note), whatever API version created it.
 */
public interface IssuedDocument {
    DocumentKind kind();

    String number();

    /** CUFE for invoices, CUDE for notes, CUDS for support documents and their adjustment notes. */
    String uuid();

    ZonedDateTime createdAt();

    Company company();

    /** The customer, or the provider of a support document. */
    Party counterpart();

    List<DocumentLine> lines();

    DocumentTotals totals();

    NumberingRange range();

    String observation();

    String paymentMethodCode();

    /** The document a note corrects, or null. */
    IssuedDocument correctedDocument();

    /** "1" cash or "2" credit, when the document has a payment form. */
    default String paymentFormCode() {
        return null;
    }

    default LocalDate paymentDueDate() {
        return null;
    }

    /** DIAN CustomizationID of the UBL: the operation type (10 standard, 20/22 and 30/32 for notes, 11 for DS). */
    default String customizationId() {
        return kind().customizationId();
    }

    /** DIAN's lookup URL, which the QR code carries (docs/factus-upstream.md §12.2). */
    default String qrUrl() {
        return "https://catalogo-vpfe-hab.dian.gov.co/document/searchqr?documentkey=" + uuid();
    }
}
