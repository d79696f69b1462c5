package co.factusapi.adapter.out.factus;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.domain.catalog.CodeName;
import co.factusapi.domain.catalog.Municipality;
import co.factusapi.domain.company.CompanyProfile;
import co.factusapi.domain.company.CompanyUpdate;
import co.factusapi.domain.company.LogoImage;
import co.factusapi.domain.tenant.ApiVersion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The company of a v2 account (contract §10.2): {@code /v2/companies}, the v1 profile shape, the PUT body. */
class FactusV2CompanyGatewayTest {
    /** The GET answer SDK2 documents for v2 (v1's shape, contract §10.2), with the v2 seed company (§13). */
    static final String PROFILE = """
            {"status": "OK", "message": "Solicitud exitosa", "data": {
              "url_logo": "https://factus.example/logos/1.png", "nit": "1000789002", "dv": "2",
              "company": "FACTUS V2 S.A.S.", "trade_name": "FACTUS V2", "names": null, "surnames": null,
              "graphic_representation_name": "FACTUS V2 S.A.S.", "registration_code": "12345",
              "economic_activity": "6201", "phone": "3001234567", "email": "v2@factus.example",
              "address": "Calle 1 # 2-3", "tribute": {"code": "01", "name": "IVA"},
              "legal_organization": {"code": "1", "name": "Persona Jurídica"},
              "municipality": {"code": "68679", "name": "San Gil", "department": {"code": "68", "name": "Santander"}},
              "responsibilities": [{"code": "O-13", "name": "Gran contribuyente"}],
              "created_at": "06-05-2026 11:44:12 AM", "updated_at": "06-05-2026 11:44:12 AM"}}""";

    private static final CompanyProfile EXPECTED = new CompanyProfile("1000789002", "2", "FACTUS V2 S.A.S.",
            "FACTUS V2", null, null, "FACTUS V2 S.A.S.", "12345", "6201", "3001234567", "v2@factus.example",
            "Calle 1 # 2-3", "https://factus.example/logos/1.png", new CodeName("01", "IVA"),
            new CodeName("1", "Persona Jurídica"), new Municipality("68679", "San Gil", "Santander"),
            List.of(new CodeName("O-13", "Gran contribuyente")));

    private static JsonNode json(String text) {
        return FactusV2BillPayloadTest.JSON.readTree(text);
    }

    private static CompanyUpdate tradeNameOnly() {
        return new CompanyUpdate(null, null, "NUEVO NOMBRE", null, null, null, null, null, null, null, null, null,
                null);
    }

    @Test
    void theProfileIsReadFromV1sShapeAndFromBareCodes() {
        assertThat(FactusCompanyGateway.profile(json(PROFILE).path("data"))).isEqualTo(EXPECTED);

        CompanyProfile flat = FactusCompanyGateway.profile(json("""
                {"nit": "1000789002", "dv": "2", "names": "ANA", "surnames": "RUIZ", "tribute_code": "ZZ",
                 "legal_organization_code": "2", "municipality_code": "11001", "responsibilities": "R-99-PN"}"""));
        assertThat(flat.tribute()).isEqualTo(new CodeName("ZZ", null));
        assertThat(flat.legalOrganization()).isEqualTo(new CodeName("2", null));
        assertThat(flat.municipality()).isEqualTo(new Municipality("11001", null, null));
        assertThat(flat.responsibilities()).containsExactly(new CodeName("R-99-PN", null));
        assertThat(FactusCompanyGateway.profile(json("{\"responsibilities\": [\"O-13\", \"O-15\"]}"))
                .responsibilities()).extracting(CodeName::code).containsExactly("O-13", "O-15");
    }

    @Test
    void aPartialChangeGetsV2sRequiredFieldsFromTheCurrentProfileAndNothingElse() {
        CompanyUpdate update = tradeNameOnly();
        assertThat(FactusV2CompanyGateway.needsCurrent(update)).isTrue();
        assertThat(FactusV2CompanyGateway.body(update, EXPECTED)).containsExactly(
                Map.entry("trade_name", "NUEVO NOMBRE"), Map.entry("legal_organization_code", "1"),
                Map.entry("municipality_code", "68679"), Map.entry("company", "FACTUS V2 S.A.S."));

        CompanyUpdate toNaturalPerson = new CompanyUpdate("2", null, null, "ANA", "RUIZ", null, null, null, null, null,
                null, "11001", "R-99-PN");
        assertThat(FactusV2CompanyGateway.needsCurrent(toNaturalPerson)).isFalse();
        assertThat(FactusV2CompanyGateway.body(toNaturalPerson, null)).containsExactly(
                Map.entry("legal_organization_code", "2"), Map.entry("names", "ANA"), Map.entry("surnames", "RUIZ"),
                Map.entry("municipality_code", "11001"), Map.entry("responsibilities", "R-99-PN"));
    }

    @Test
    void theLogoUrlIsReadUnderAnyOfItsSpellings() {
        assertThat(FactusV2CompanyGateway.logoUrl(json("{\"url_logo\": \"a\"}"))).isEqualTo("a");
        assertThat(FactusV2CompanyGateway.logoUrl(json("{\"url_log\": \"b\"}"))).isEqualTo("b");
        assertThat(FactusV2CompanyGateway.logoUrl(json("{\"url\": \"c\"}"))).isEqualTo("c");
        assertThat(FactusV2CompanyGateway.logoUrl(json("[]"))).isNull();
    }

    @Test
    void aV2TenantsCompanyTravelsThroughV2CompaniesAndAV1TenantsThroughV1Company() throws Exception {
        try (StubFactus factus = new StubFactus().answer("GET /v2/companies", 200, PROFILE)
                .answer("PUT /v2/companies", 200, "{\"status\": \"OK\", \"message\": \"Solicitud exitosa\"}")
                .answer("POST /v2/companies/logo", 200, "{\"status\": \"OK\", \"data\": {\"url_logo\": \"u\"}}");
             FactusAdapterFactory v2 = factus.adapter(ApiVersion.V2);
             FactusAdapterFactory v1 = factus.adapter(ApiVersion.V1)) {
            assertThat(v2.company().get()).isEqualTo(EXPECTED);
            assertThat(v2.company().update(tradeNameOnly())).isEqualTo(EXPECTED);
            assertThat(v2.company().uploadLogo(LogoImage.sniff(new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 1})))
                    .isEqualTo("u");

            assertThat(factus.lines()).containsExactly("GET /v2/companies", "GET /v2/companies", "PUT /v2/companies",
                    "GET /v2/companies", "POST /v2/companies/logo");
            assertThat(json(factus.calls.get(2).body())).isEqualTo(json("""
                    {"trade_name": "NUEVO NOMBRE", "legal_organization_code": "1", "municipality_code": "68679",
                     "company": "FACTUS V2 S.A.S."}"""));
            assertThat(factus.calls.get(4).body()).contains("name=\"image\"", "filename=\"logo.png\"");

            factus.calls.clear();
            try {
                v1.company().get();
            } catch (RuntimeException expected) {
                // the stub has no v1 company: only the route matters here
            }
            assertThat(factus.lines()).containsExactly("GET /v1/company");
        }
    }
}
