package co.factusapi.domain.document;

import co.factusapi.domain.error.FieldViolation;
import java.util.List;
import java.util.Objects;

/**
 * A document as the provider holds it: its number, its DIAN unique code (CUFE for invoices, CUDE for notes, CUDS for
 * support documents), the QR link, the provider's totals and where DIAN stands with it. {@code notices} are DIAN's
 * notifications (or, when rejected, its rules).
 */
public record ProviderDocument(String number, String prefix, String uniqueCode, String qrUrl, DianState dianState,
                               DocumentTotals totals, List<FieldViolation> notices) {

    /**
     * VALIDATED: DIAN accepted it. AWAITING_DIAN: held without a verdict yet; it must be resent with the same reference
     * code, never deleted. REJECTED: DIAN refused it; the provider keeps it and it blocks the account until deleted.
     */
    public enum DianState { VALIDATED, AWAITING_DIAN, REJECTED }

    public ProviderDocument {
        Objects.requireNonNull(dianState, "dianState");
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    public boolean validated() {
        return dianState == DianState.VALIDATED;
    }

    public boolean dianRejected() {
        return dianState == DianState.REJECTED;
    }
}
