package co.factusapi.emulator.supportdocs;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.CodeEntry;
import co.factusapi.emulator.catalog.Country;
import co.factusapi.emulator.catalog.Municipality;
import co.factusapi.emulator.document.DocumentJson;
import co.factusapi.emulator.document.Party;
import co.factusapi.emulator.http.Json;
import java.util.Map;

/**
 * The seller a support document is issued to (docs/factus-upstream.md §6): someone not obliged to invoice, resident in
 * Colombia or not. Factus ids as in v1; {@code countryCode} is ISO alpha-2.
 */
public record Provider(int identificationDocumentId, String identification, String dv, String tradeName,
        String names, String address, String email, String phone, boolean resident, String countryCode,
        Integer municipalityId, int legalOrganizationId, int tributeId) {

    /** The DV is answered only for a NIT, as for customers (§3.2). */
    public String resolvedDv() {
        return identificationDocumentId == Catalog.NIT ? dv : null;
    }

    public Municipality municipality() {
        return municipalityId == null ? null : Catalog.municipality(municipalityId);
    }

    /** The {@code provider} block of the v1 answers (§6), ids and all, as in the docs' example. */
    public Map<String, Object> toJson() {
        Municipality municipality = municipality();
        Country country = Catalog.country(countryCode);
        return Json.obj("identification", identification, "dv", resolvedDv(), "graphic_representation_name", names,
                "trade_name", tradeName, "names", names, "address", address, "email", email, "phone", phone,
                "identification_document", DocumentJson.entry(Catalog.IDENTIFICATION_DOCUMENTS,
                        identificationDocumentId),
                "legal_organization", DocumentJson.entry(Catalog.LEGAL_ORGANIZATIONS, legalOrganizationId),
                "tribute", DocumentJson.entry(Catalog.CUSTOMER_TRIBUTES, tributeId),
                "country", country == null ? Json.obj("id", null, "code", countryCode, "name", null)
                        : country.toJson(),
                "municipality", municipality == null ? null : municipality.toShortJson());
    }

    /** On the PDF and in the XML: a foreign provider's city is its country. */
    public Party party() {
        CodeEntry type = Catalog.byId(Catalog.IDENTIFICATION_DOCUMENTS, identificationDocumentId);
        Country country = Catalog.country(countryCode);
        String city = municipality() != null ? Party.city(municipality())
                : country != null ? country.name() : countryCode;
        return new Party("Proveedor", type == null ? null : type.code(), type == null ? null : type.name(),
                identification, resolvedDv(), names, String.valueOf(legalOrganizationId), address, city, phone, email);
    }
}
