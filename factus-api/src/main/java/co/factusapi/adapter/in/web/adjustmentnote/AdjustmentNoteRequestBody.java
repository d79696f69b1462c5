package co.factusapi.adapter.in.web.adjustmentnote;

import co.factusapi.adapter.in.web.invoice.InvoiceRequestBody.ItemBody;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** An adjustment note against one of our validated support documents. Unknown fields are rejected. */
@Schema(name = "AdjustmentNoteRequest", example = """
        {"support_document_number": "SEDS984000001", "correction_concept": "partial_return",
         "reference_code": "NA-2026-0001", "observation": "Devolución de una arroba",
         "items": [{"code_reference": "CAFE-VERDE", "name": "Café verde (arroba)", "quantity": 1,
                    "price": "150000.00", "discount_rate": 0, "tax_rate": "0.00", "unit_measure_code": "94",
                    "standard_code": "1", "is_excluded": true, "tribute": "IVA"}]}""")
public record AdjustmentNoteRequestBody(
        @Schema(description = "Number of a validated (ISSUED) support document of this account",
                example = "SEDS984000001", requiredMode = Schema.RequiredMode.REQUIRED) String supportDocumentNumber,
        @Schema(description = "DIAN correction concept", example = "partial_return",
                requiredMode = Schema.RequiredMode.REQUIRED,
                allowableValues = {"partial_return", "cancellation", "discount", "price_adjustment", "other"})
        String correctionConcept,
        @Schema(description = "Your unique key for this adjustment note", example = "NA-2026-0001",
                requiredMode = Schema.RequiredMode.REQUIRED) String referenceCode,
        @Schema(description = "Adjustment-note numbering range; default: the account's single active one",
                example = "NA") String numberingRangePrefix,
        @Schema(description = "At most 250 characters") String observation,
        @ArraySchema(arraySchema = @Schema(description = "Lines adjusted, in the invoice item shape; default: the "
                + "support document's lines in full. Omit for a cancellation (it takes the whole remaining amount)."))
        List<ItemBody> items) {
}
