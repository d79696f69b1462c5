package co.factusapi.emulator.catalog;

import co.factusapi.emulator.http.Json;
import java.util.List;
import java.util.Map;

/** The account's issuer data; replaced as a whole by {@code PUT /v1/company}. */
public record Company(String nit, String dv, String company, String tradeName, String names, String surnames,
        String registrationCode, String economicActivity, String phone, String email, String address,
        String legalOrganizationCode, String tributeCode, String municipalityCode, String responsibility,
        String urlLogo) {

    private static final Map<String, String> RESPONSIBILITIES = Map.of(
            "O-13", "Gran contribuyente", "O-15", "Autorretenedor", "O-23", "Agente de retención IVA",
            "O-47", "Régimen simple de tributación", "R-99-PN", "No aplica – Otros");

    public static Company seed(String baseUrl) {
        return new Company("901724254", "1", "FACTUS S.A.S.", "FACTUS", null, null, "1234567", "6201",
                "3000000000", "sandbox@factus-emulator.local", "Calle 12 # 9-45", "1", "01", "68679", "R-99-PN",
                baseUrl + "/storage/images/logos/factus-emulator.png");
    }

    public Municipality municipality() {
        return Catalog.municipalityByCode(municipalityCode);
    }

    public String displayName() {
        return company != null ? company : (names + " " + surnames).trim();
    }

    public Map<String, Object> toJson() {
        Municipality municipality = municipality();
        CodeEntry legal = Catalog.LEGAL_ORGANIZATIONS.stream()
                .filter(entry -> entry.code().equals(legalOrganizationCode)).findFirst().orElse(null);
        return Json.obj("url_logo", urlLogo, "nit", nit, "dv", dv, "company", company, "trade_name", tradeName,
                "names", names, "surnames", surnames, "graphic_representation_name", displayName(),
                "registration_code", registrationCode, "economic_activity", economicActivity, "phone", phone,
                "email", email, "address", address,
                "tribute", Json.obj("code", tributeCode, "name", "01".equals(tributeCode) ? "IVA" : "No aplica"),
                "legal_organization", legal == null ? null : legal.codeAndName(),
                "municipality", municipality == null ? null : Json.obj("code", municipality.code(),
                        "name", municipality.name(), "department", Json.obj(
                                "code", municipality.code().substring(0, 2), "name", municipality.department())),
                "responsibilities", List.of(Json.obj("code", responsibility,
                        "name", RESPONSIBILITIES.getOrDefault(responsibility, responsibility))),
                "created_at", "2023-06-01T08:00:38Z", "updated_at", "2023-06-01T08:00:38Z");
    }

    /** The {@code company} block inside a document: the address is called {@code direction} there (docs/factus-upstream.md §3.3). */
    public Map<String, Object> toDocumentJson() {
        Municipality municipality = municipality();
        return Json.obj("url_logo", urlLogo, "nit", nit, "dv", dv, "company", company, "name", tradeName,
                "graphic_representation_name", displayName(), "registration_code", registrationCode,
                "economic_activity", economicActivity, "phone", phone, "email", email, "direction", address,
                "municipality", municipality == null ? null : municipality.name());
    }

    public Company withLogo(String url) {
        return new Company(nit, dv, company, tradeName, names, surnames, registrationCode, economicActivity, phone,
                email, address, legalOrganizationCode, tributeCode, municipalityCode, responsibility, url);
    }
}
