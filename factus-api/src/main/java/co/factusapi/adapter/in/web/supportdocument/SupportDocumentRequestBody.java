package co.factusapi.adapter.in.web.supportdocument;

import co.factusapi.adapter.in.web.invoice.InvoiceRequestBody.ItemBody;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A support document for a purchase from a seller who does not invoice. Unknown fields are rejected. */
@Schema(name = "SupportDocumentRequest", example = """
        {"reference_code": "DS-2026-0001", "payment_method_code": "cash_payment", "observation": "Compra de café",
         "provider": {"document_type": "NIT", "identification": "900123456", "dv": "8", "names": "Ana Gómez",
                      "address": "Vereda El Tablón, San Gil", "email": "ana@example.com", "country_code": "CO",
                      "municipality_code": "68679",
                      "organization_type": "person"},
         "items": [{"code_reference": "CAFE-VERDE", "name": "Café verde (arroba)", "quantity": 2,
                    "price": "150000.00", "discount_rate": 0, "tax_rate": "0.00", "unit_measure_code": "94",
                    "standard_code": "1", "is_excluded": true, "tribute": "IVA"}]}""")
public record SupportDocumentRequestBody(
        @Schema(description = "Support-document numbering range; default: the account's single active one",
                example = "SEDS") String numberingRangePrefix,
        @Schema(description = "Your unique key for this document", example = "DS-2026-0001",
                requiredMode = Schema.RequiredMode.REQUIRED) String referenceCode,
        @Schema(description = "At most 250 characters") String observation,
        @Schema(description = "Payment method (canonical or DIAN code); default cash_payment", example = "cash_payment")
        String paymentMethodCode,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ProviderBody provider,
        @ArraySchema(arraySchema = @Schema(description = "What was bought, in the invoice item shape "
                + "(tax-inclusive prices)", requiredMode = Schema.RequiredMode.REQUIRED))
        List<ItemBody> items) {

    /**
     * The seller. A resident (country_code CO) needs the DANE municipality_code, and a NIT its dv; a seller abroad is
     * identified with PASAPORTE, DIE or NIT_EXTRANJERO.
     */
    @Schema(name = "SupportDocumentProvider")
    public record ProviderBody(
            @Schema(description = "TE, CE, NIT, PASAPORTE, DIE, PEP or NIT_EXTRANJERO",
                    requiredMode = Schema.RequiredMode.REQUIRED) String documentType,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String identification,
            @Schema(description = "Check digit, for a NIT") String dv,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String names,
            String tradeName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String address,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String email,
            String phone,
            @Schema(description = "ISO 3166 alpha-2; CO for a resident", example = "CO",
                    requiredMode = Schema.RequiredMode.REQUIRED) String countryCode,
            @Schema(description = "DANE code, required for a resident", example = "68679") String municipalityCode,
            @Schema(description = "company or person", example = "person") String organizationType) {
    }
}
