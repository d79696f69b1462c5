package co.factusapi.emulator.supportdocs;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.CodeEntry;
import co.factusapi.emulator.catalog.Country;
import co.factusapi.emulator.catalog.Municipality;
import co.factusapi.emulator.document.Party;
import co.factusapi.emulator.document.V2Customer;
import co.factusapi.emulator.http.Json;
import java.util.Map;

/**
 * The provider of a support document or adjustment note in v2 vocabulary (v2 contract §7.3): DIAN codes, a DANE
 * municipality, an ISO country; no {@code is_resident} (residency follows from {@code country_code}).
 */
public record V2Provider(String identificationDocumentCode, String identification, String dv, String names,
        String tradeName, String address, String email, String phone, String legalOrganizationCode,
        String tributeCode, String countryCode, String municipalityCode) {

    /** A v1 provider translated to codes: how v2 shows a document issued through v1. */
    public static V2Provider of(Provider provider) {
        CodeEntry type = Catalog.byId(Catalog.IDENTIFICATION_DOCUMENTS, provider.identificationDocumentId());
        CodeEntry legal = Catalog.byId(Catalog.LEGAL_ORGANIZATIONS, provider.legalOrganizationId());
        CodeEntry tribute = Catalog.byId(Catalog.CUSTOMER_TRIBUTES, provider.tributeId());
        Municipality municipality = provider.municipality();
        return new V2Provider(type == null ? null : type.code(), provider.identification(), provider.resolvedDv(),
                provider.names(), provider.tradeName(), provider.address(), provider.email(), provider.phone(),
                legal == null ? "2" : legal.code(), tribute == null ? "ZZ" : tribute.code(), provider.countryCode(),
                municipality == null ? null : municipality.code());
    }

    public boolean resident() {
        return "CO".equals(countryCode);
    }

    /**
     * The same provider in v1 vocabulary (Factus ids), how a v2 document answers through v1: resident when in
     * Colombia; a DANE code outside the emulator's municipality sample has no id (D).
     */
    public Provider toV1() {
        Municipality municipality = municipalityCode == null ? null : Catalog.municipalityByCode(municipalityCode);
        return new Provider(Catalog.idByCode(Catalog.IDENTIFICATION_DOCUMENTS, identificationDocumentCode),
                identification, dv, tradeName, names, address, email, phone, resident(), countryCode,
                municipality == null ? null : municipality.id(),
                Catalog.idByCode(Catalog.LEGAL_ORGANIZATIONS, legalOrganizationCode),
                Catalog.idByCode(Catalog.CUSTOMER_TRIBUTES, tributeCode));
    }

    /** The v2 {@code provider} block, as the docs' adjustment-note answer (V2EX) has it, plus {@code country}. */
    public Map<String, Object> toJson() {
        Country country = Catalog.country(countryCode);
        return Json.obj("identification_document", Json.obj("code", identificationDocumentCode,
                        "name", Catalog.IDENTIFICATION_DOCUMENT_CODES.get(identificationDocumentCode)),
                "identification", identification, "dv", dv, "graphic_representation_name", names,
                "trade_name", tradeName, "names", names, "address", address, "email", email, "phone", phone,
                "legal_organization", Json.obj("code", legalOrganizationCode,
                        "name", "1".equals(legalOrganizationCode) ? "Persona Jurídica" : "Persona Natural"),
                "tribute", Json.obj("code", tributeCode, "name", "01".equals(tributeCode) ? "IVA" : "No aplica"),
                "country", Json.obj("code", countryCode, "name", country == null ? null : country.name()),
                "municipality", V2Customer.municipalityJson(municipalityCode));
    }

    /** On the PDF and in the XML: a foreign provider's city is its country. */
    public Party party() {
        Municipality municipality = municipalityCode == null ? null : Catalog.municipalityByCode(municipalityCode);
        Country country = Catalog.country(countryCode);
        String city = municipality != null ? Party.city(municipality)
                : country != null ? country.name() : countryCode;
        return new Party("Proveedor", identificationDocumentCode,
                Catalog.IDENTIFICATION_DOCUMENT_CODES.get(identificationDocumentCode), identification, dv, names,
                legalOrganizationCode, address, city, phone, email);
    }
}
