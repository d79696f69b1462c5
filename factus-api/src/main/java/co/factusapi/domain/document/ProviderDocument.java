package co.factusapi.domain.document;

import co.factusapi.domain.error.FieldViolation;
import java.util.List;

/**
 * What the provider answered for a document it holds. {@code validated} false means DIAN has not validated it yet
 * (Factus bill status 0 without a rejection): it must be resent with the same reference code, never deleted.
 */
public record ProviderDocument(String number, String prefix, String cufe, String qrUrl, boolean validated,
                            DocumentTotals totals, List<FieldViolation> notices) {
    public ProviderDocument {
        notices = notices == null ? List.of() : List.copyOf(notices);
    }

    /** A held document DIAN refused: its errors carry "Rechazo" (contract §3.1.4); it blocks the account until deleted. */
    public boolean dianRejected() {
        return !validated && notices.stream().anyMatch(n -> n.message() != null && n.message().contains("Rechazo"));
    }
}
