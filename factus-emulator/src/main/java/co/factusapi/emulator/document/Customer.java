package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Catalog;

/**
 * A v1 customer as bills and credit notes send it (docs/factus-upstream.md §3.2): Factus ids, not DIAN codes.
 */
public record Customer(int identificationDocumentId, String identification, String dv, String company,
        String tradeName, String names, String address, String email, String phone, int legalOrganizationId,
        int tributeId, Integer municipalityId) {

    public String displayName() {
        return company != null && !company.isBlank() ? company : names;
    }

    /** A NIT without DV gets it computed; other identification types answer dv null (§3.2). */
    public String resolvedDv() {
        if (identificationDocumentId != Catalog.NIT) {
            return null;
        }
        return dv != null ? dv.trim() : String.valueOf(DianCheckDigit.of(identification));
    }
}
