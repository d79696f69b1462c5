package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Catalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A validated {@code POST /v1/bills/validate} body (contract §3.1.1), codes already resolved to ints. */
public record BillDraft(int numberingRangeId, String document, String referenceCode, String observation,
        String paymentForm, LocalDate paymentDueDate, String paymentMethodCode, String operationType,
        boolean sendEmail, Map<String, Object> orderReference, BillingPeriod billingPeriod,
        Map<String, Object> establishment, Customer customer, List<Item> items,
        List<AllowanceCharge> allowanceCharges) {

    public record Customer(int identificationDocumentId, String identification, String dv, String company,
            String tradeName, String names, String address, String email, String phone, int legalOrganizationId,
            int tributeId, Integer municipalityId) {

        public String displayName() {
            return company != null && !company.isBlank() ? company : names;
        }

        /** A NIT without DV gets it computed; other identification types answer dv null (contract §3.1.1). */
        public String resolvedDv() {
            if (identificationDocumentId != Catalog.NIT) {
                return null;
            }
            return dv != null ? dv.trim() : String.valueOf(DianCheckDigit.of(identification));
        }
    }

    public record Item(String codeReference, String name, int quantity, BigDecimal discountRate, BigDecimal price,
            BigDecimal taxRate, int unitMeasureId, int standardCodeId, boolean excluded, int tributeId,
            String schemeId, String note, List<Withholding> withholdings) {
    }

    public record Withholding(String code, BigDecimal rate) {
    }

    public record BillingPeriod(String startDate, String startTime, String endDate, String endTime) {
    }

    public record AllowanceCharge(String conceptType, boolean surcharge, String reason, BigDecimal baseAmount,
            BigDecimal amount) {
    }
}
