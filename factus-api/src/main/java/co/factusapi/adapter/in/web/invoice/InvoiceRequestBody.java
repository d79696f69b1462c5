package co.factusapi.adapter.in.web.invoice;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The canonical invoice request (the original service's field names, snake_case on the wire). Codes are the
 * provider-neutral ones listed by {@code GET /api/v1/lookups/reference-tables}; unknown fields are rejected.
 */
@Schema(name = "InvoiceRequest", example = """
        {"numbering_range_prefix": "SETP", "reference_code": "ORDER-2026-0001", "payment_form": "cash",
         "payment_method_code": "cash_payment",
         "customer": {"document_type": "CC", "identification": "1137624282", "names": "Juan Pérez",
                      "email": "juan@example.com", "municipality_code": "68679", "organization_type": "person",
                      "tribute": "ZZ"},
         "items": [{"code_reference": "CAFE-500", "name": "Café de Santander 500 g", "quantity": 2, "price": "11900.00",
                    "tax_rate": "19.00", "unit_measure_code": "94", "standard_code": "1", "tribute": "IVA"}]}""")
public record InvoiceRequestBody(
        @Schema(example = "SETP", requiredMode = Schema.RequiredMode.REQUIRED) String numberingRangePrefix,
        @Schema(example = "invoice", defaultValue = "invoice") String documentType,
        @Schema(example = "ORDER-2026-0001", requiredMode = Schema.RequiredMode.REQUIRED) String referenceCode,
        String observation,
        @Schema(example = "cash_payment", defaultValue = "cash_payment") String paymentMethodCode,
        @Schema(example = "cash", defaultValue = "cash") String paymentForm,
        LocalDate paymentDueDate,
        @Schema(example = "standard") String operationType,
        Boolean sendEmail,
        OrderReferenceBody orderReference,
        List<RelatedDocumentBody> relatedDocuments,
        BillingPeriodBody billingPeriod,
        EstablishmentBody establishment,
        List<AllowanceChargeBody> allowanceCharges,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) CustomerBody customer,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<ItemBody> items) {

    public record CustomerBody(
            @Schema(example = "CC") String documentType,
            @Schema(example = "1137624282") String identification,
            @Schema(description = "NIT check digit; required and verified when document_type is NIT") String dv,
            String company, String tradeName,
            @Schema(example = "Juan Pérez") String names,
            String address,
            @Schema(example = "juan@example.com") String email,
            String phone,
            @Schema(description = "DANE municipality code", example = "68679") String municipalityCode,
            @Schema(example = "person") String organizationType,
            @Schema(example = "ZZ") String tribute) {
    }

    public record ItemBody(
            @Schema(example = "PROD-001") String codeReference,
            @Schema(example = "Café de Santander 500 g") String name,
            @Schema(example = "2") Integer quantity,
            @Schema(description = "Unit price WITH taxes included", example = "11900.00") BigDecimal price,
            @Schema(example = "0.00") BigDecimal discountRate,
            @Schema(example = "19.00") BigDecimal taxRate,
            @Schema(description = "DIAN unit code", example = "94") String unitMeasureCode,
            @Schema(example = "1") String standardCode,
            Boolean isExcluded,
            @Schema(example = "IVA") String tribute,
            String schemeId, String note,
            List<WithholdingTaxBody> withholdingTaxes,
            MandateBody mandate) {
    }

    public record WithholdingTaxBody(@Schema(example = "06") String code, BigDecimal withholdingTaxRate) {
    }

    public record MandateBody(String documentType, String identification) {
    }

    public record OrderReferenceBody(String referenceCode, LocalDate issueDate) {
    }

    public record RelatedDocumentBody(String code, LocalDate issueDate, String number) {
    }

    public record BillingPeriodBody(LocalDate startDate, String startTime, LocalDate endDate, String endTime) {
    }

    public record EstablishmentBody(String name, String address, String phoneNumber, String email,
                                    @Schema(description = "DANE municipality code") String municipalityCode) {
    }

    public record AllowanceChargeBody(String conceptType, Boolean isSurcharge, String reason, BigDecimal baseAmount,
                                      BigDecimal amount) {
    }
}
