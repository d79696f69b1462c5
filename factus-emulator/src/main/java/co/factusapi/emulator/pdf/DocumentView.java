package co.factusapi.emulator.pdf;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Everything the graphic representation of an electronic document shows, independent of its type: invoices, credit
 * and debit notes, support documents and their adjustment notes all map onto this. Money has scale 2.
 *
 * @param title        upper-case document name, e.g. "FACTURA ELECTRÓNICA DE VENTA"
 * @param issuer       the company issuing the document
 * @param logo         the issuer's PNG or JPEG logo; empty when it has none (other formats are left out)
 * @param resolution   the DIAN numbering authorisation text, or null when the range has none
 * @param counterpart  the customer (or, for support documents, the provider)
 * @param details      extra header fields: payment form, due date, the corrected invoice, ...
 * @param notes        free text under the totals: observations, references, informative withholdings
 */
public record DocumentView(String title, String number, ZonedDateTime issuedAt, Party issuer, byte[] logo,
        String resolution, Party counterpart, List<Field> details, List<Line> lines, Totals totals,
        Validation validation, List<String> notes) {

    public DocumentView {
        logo = logo == null ? new byte[0] : logo.clone();
        details = List.copyOf(details);
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    @Override
    public byte[] logo() {
        return logo.clone();
    }

    /**
     * A company or person on the document.
     *
     * @param role           heading of its block, e.g. "Cliente" or "Proveedor"
     * @param identification document type and number, e.g. "NIT 901724254-1"
     */
    public record Party(String role, String name, String identification, String address, String city, String phone,
            String email) {
    }

    /** A labelled header value, e.g. "Forma de pago" / "Pago de contado". */
    public record Field(String label, String value) {
    }

    /**
     * One item row: quantity × unit price − discount = line total. v1 prices include the tax, v2 prices (debit notes)
     * do not; the totals below show the taxes either way.
     *
     * @param taxRate percentage, or null when the item is excluded from the tax
     */
    public record Line(String code, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
            BigDecimal discount, String taxName, BigDecimal taxRate, BigDecimal lineTotal) {
    }

    /** The tax of one name and rate over the whole document. */
    public record TaxTotal(String taxName, BigDecimal rate, BigDecimal base, BigDecimal amount) {
    }

    /** A labelled amount in the summary above the grand total, e.g. "Subtotal". */
    public record Amount(String label, BigDecimal value) {
    }

    public record Totals(List<TaxTotal> taxes, List<Amount> summary, BigDecimal total) {
        public Totals {
            taxes = List.copyOf(taxes);
            summary = List.copyOf(summary);
        }
    }

    /**
     * How DIAN identifies the document.
     *
     * @param uuidName  "CUFE" for invoices, "CUDE" for credit and debit notes, "CUDS" for support documents and
     *                  their adjustment notes
     * @param qrContent the text of the QR code (the DIAN search URL that carries the CUFE/CUDE/CUDS)
     */
    public record Validation(String uuidName, String uuid, String qrContent) {
    }
}
