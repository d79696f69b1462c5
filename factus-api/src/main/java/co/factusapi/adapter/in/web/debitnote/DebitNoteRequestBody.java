package co.factusapi.adapter.in.web.debitnote;

import co.factusapi.adapter.in.web.invoice.InvoiceRequestBody.ItemBody;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A debit note that adds to one of our validated invoices. Unknown fields are rejected. */
@Schema(name = "DebitNoteRequest", example = """
        {"invoice_number": "SETP990000001", "correction_concept": "interest", "reference_code": "ND-2026-0001",
         "observation": "Intereses de mora de noviembre",
         "items": [{"code_reference": "INT-MORA", "name": "Intereses de mora", "quantity": 1, "price": "11900.00",
                    "discount_rate": 0, "tax_rate": "19.00", "unit_measure_code": "94", "standard_code": "1",
                    "is_excluded": false, "tribute": "IVA"}]}""")
public record DebitNoteRequestBody(
        @Schema(description = "Number of a validated (ISSUED) invoice of this account", example = "SETP990000001",
                requiredMode = Schema.RequiredMode.REQUIRED) String invoiceNumber,
        @Schema(description = "DIAN debit concept", example = "interest", requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"interest", "expenses", "value_change", "other"}) String correctionConcept,
        @Schema(description = "Your unique key for this debit note", example = "ND-2026-0001",
                requiredMode = Schema.RequiredMode.REQUIRED) String referenceCode,
        @Schema(description = "Debit-note numbering range; default: the account's single active one", example = "ND")
        String numberingRangePrefix,
        @Schema(description = "At most 250 characters") String observation,
        @Schema(description = "Whether the provider e-mails the customer", defaultValue = "true") Boolean sendEmail,
        @ArraySchema(arraySchema = @Schema(description = "What is charged on top of the invoice, in the invoice item "
                + "shape (tax-inclusive prices)", requiredMode = Schema.RequiredMode.REQUIRED))
        List<ItemBody> items) {
}
