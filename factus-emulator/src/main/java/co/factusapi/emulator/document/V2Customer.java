package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.CodeEntry;
import co.factusapi.emulator.catalog.Country;
import co.factusapi.emulator.catalog.Municipality;
import co.factusapi.emulator.http.Json;
import java.util.List;
import java.util.Map;

/**
 * A customer in v2 vocabulary (docs/factus-upstream.md §13): DIAN codes instead of Factus ids, a DANE municipality
 * code and an ISO country code.
 */
public record V2Customer(String identificationDocumentCode, String identification, String dv, String company,
        String tradeName, String names, String address, String email, String phone, String legalOrganizationCode,
        String tributeCode, String countryCode, String municipalityCode, List<String> responsibilities) {

    public V2Customer {
        responsibilities = List.copyOf(responsibilities);
    }

    /** The customer of a v1 bill, translated to codes: what v2 copies when a debit note omits {@code customer}. */
    public static V2Customer of(Customer customer, String dv) {
        CodeEntry type = Catalog.byId(Catalog.IDENTIFICATION_DOCUMENTS, customer.identificationDocumentId());
        CodeEntry legal = Catalog.byId(Catalog.LEGAL_ORGANIZATIONS, customer.legalOrganizationId());
        CodeEntry tribute = Catalog.byId(Catalog.CUSTOMER_TRIBUTES, customer.tributeId());
        Municipality municipality = customer.municipalityId() == null ? null
                : Catalog.municipality(customer.municipalityId());
        return new V2Customer(type == null ? null : type.code(), customer.identification(), dv, customer.company(),
                customer.tradeName(), customer.names(), customer.address(), customer.email(), customer.phone(),
                legal == null ? null : legal.code(), tribute == null ? "ZZ" : tribute.code(), "CO",
                municipality == null ? null : municipality.code(), List.of("R-99-PN"));
    }

    /**
     * The same customer in v1 vocabulary (Factus ids), how a v2 bill answers through {@code /v1/bills}: a code v1 has
     * no id for (48 PPT) gets 0, a DANE code outside the emulator's municipality sample no municipality (D).
     */
    public Customer toV1() {
        Municipality municipality = municipality();
        return new Customer(Catalog.idByCode(Catalog.IDENTIFICATION_DOCUMENTS, identificationDocumentCode),
                identification, dv, company, tradeName, names, address, email, phone,
                Catalog.idByCode(Catalog.LEGAL_ORGANIZATIONS, legalOrganizationCode),
                Catalog.idByCode(Catalog.CUSTOMER_TRIBUTES, tributeCode),
                municipality == null ? null : municipality.id());
    }

    /** With the DV a NIT answers, computed when not sent (v2 contract §3.3); other documents answer null. */
    public V2Customer withResolvedDv() {
        if (!"31".equals(identificationDocumentCode)) {
            return this;
        }
        String resolved = dv != null ? dv.trim() : String.valueOf(DianCheckDigit.of(identification));
        return new V2Customer(identificationDocumentCode, identification, resolved, company, tradeName, names,
                address, email, phone, legalOrganizationCode, tributeCode, countryCode, municipalityCode,
                responsibilities);
    }

    public String displayName() {
        return company != null && !company.isBlank() ? company : names;
    }

    public Municipality municipality() {
        return municipalityCode == null ? null : Catalog.municipalityByCode(municipalityCode);
    }

    /** The v2 {@code customer} block (§13): {code, name} pairs without Factus ids. */
    public Map<String, Object> toJson() {
        Country country = Catalog.country(countryCode);
        return Json.obj("identification_document", Json.obj("code", identificationDocumentCode,
                        "name", Catalog.IDENTIFICATION_DOCUMENT_CODES.get(identificationDocumentCode)),
                "identification", identification, "dv", dv, "graphic_representation_name", displayName(),
                "trade_name", tradeName, "company", company, "names", names, "address", address, "email", email,
                "phone", phone,
                "legal_organization", Json.obj("code", legalOrganizationCode,
                        "name", "1".equals(legalOrganizationCode) ? "Persona Jurídica" : "Persona Natural"),
                "tribute", Json.obj("code", tributeCode, "name", "01".equals(tributeCode) ? "IVA" : "No aplica"),
                "country", Json.obj("code", countryCode, "name", country == null ? null : country.name()),
                "municipality", municipalityJson(municipalityCode));
    }

    /** {code, name, department{code, name}}; a DANE code the emulator does not list keeps a null name. */
    public static Map<String, Object> municipalityJson(String code) {
        if (code == null) {
            return null;
        }
        Municipality municipality = Catalog.municipalityByCode(code);
        return Json.obj("code", code, "name", municipality == null ? null : municipality.name(),
                "department", Json.obj("code", code.substring(0, 2),
                        "name", municipality == null ? null : municipality.department()));
    }

    public Party party() {
        Municipality municipality = municipality();
        Country country = Catalog.country(countryCode);
        String city = municipality != null ? Party.city(municipality)
                : country != null && !"CO".equals(country.code()) ? country.name() : null;
        return new Party("Cliente", identificationDocumentCode,
                Catalog.IDENTIFICATION_DOCUMENT_CODES.get(identificationDocumentCode), identification, dv,
                displayName(), legalOrganizationCode, address, city, phone, email);
    }
}
