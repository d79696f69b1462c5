package co.factusapi.adapter.in.web.creditnote;

import co.factusapi.adapter.in.web.invoice.InvoiceRequestBody.ItemBody;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A credit note against one of our validated invoices. Unknown fields are rejected. */
@Schema(name = "CreditNoteRequest", example = """
        {"invoice_number": "SETP990000001", "correction_concept": "partial_return", "reference_code": "NC-2026-0001",
         "observation": "Devolución de una unidad",
         "items": [{"code_reference": "PROD-001", "name": "Café de Santander 500 g", "quantity": 1, "price": "11900.00",
                    "discount_rate": 0, "tax_rate": "19.00", "unit_measure_code": "94", "standard_code": "1",
                    "is_excluded": false, "tribute": "IVA"}]}""")
public record CreditNoteRequestBody(
        @Schema(description = "Number of a validated (ISSUED) invoice of this account", example = "SETP990000001",
                requiredMode = Schema.RequiredMode.REQUIRED) String invoiceNumber,
        @Schema(description = "DIAN correction concept", example = "partial_return", requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"partial_return", "cancellation", "discount", "price_adjustment", "other"})
        String correctionConcept,
        @Schema(description = "Your unique key for this credit note", example = "NC-2026-0001",
                requiredMode = Schema.RequiredMode.REQUIRED) String referenceCode,
        @Schema(description = "Credit-note numbering range; default: the account's single active one", example = "NC")
        String numberingRangePrefix,
        @Schema(description = "At most 250 characters") String observation,
        @Schema(description = "Whether the provider e-mails the customer", defaultValue = "true") Boolean sendEmail,
        @ArraySchema(arraySchema = @Schema(description = "Lines credited, in the invoice item shape; default: the "
                + "invoice's lines in full. Omit for a cancellation (it credits the whole remaining amount)."))
        List<ItemBody> items) {
}
