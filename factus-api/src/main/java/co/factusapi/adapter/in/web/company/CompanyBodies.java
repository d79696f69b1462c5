package co.factusapi.adapter.in.web.company;

import co.factusapi.domain.catalog.CodeName;
import co.factusapi.domain.catalog.Municipality;
import co.factusapi.domain.company.CompanyProfile;
import co.factusapi.domain.company.CompanyUpdate;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Company request and response shapes. */
final class CompanyBodies {
    private CompanyBodies() {
    }

    @Schema(name = "CompanyUpdate", description = "Send only the fields to change; the others stay as they are.",
            example = """
                    {"trade_name": "FACTUS", "phone": "3001234567", "email": "facturacion@example.com",
                     "address": "Calle 12 # 9-45", "municipality_code": "68679"}""")
    record CompanyUpdateRequest(
            @Schema(description = "1 = legal person, 2 = natural person", example = "1") String legalOrganizationCode,
            @Schema(example = "FACTUS S.A.S.") String company,
            @Schema(example = "FACTUS") String tradeName,
            String names, String surnames,
            @Schema(description = "Commercial registration number", example = "1234567") String registrationCode,
            @Schema(description = "CIIU code", example = "6201") String economicActivity,
            @Schema(example = "3001234567") String phone,
            @Schema(example = "facturacion@example.com") String email,
            @Schema(example = "Calle 12 # 9-45") String address,
            @Schema(description = "01 = IVA, ZZ = not applicable", example = "01") String tributeCode,
            @Schema(description = "DANE code", example = "68679") String municipalityCode,
            @Schema(description = "O-13, O-15, O-23, O-47 or R-99-PN", example = "R-99-PN") String responsibilities) {

        CompanyUpdate toDomain() {
            return new CompanyUpdate(legalOrganizationCode, company, tradeName, names, surnames, registrationCode,
                    economicActivity, phone, email, address, tributeCode, municipalityCode, responsibilities);
        }
    }

    @Schema(name = "Company")
    record CompanyResponse(@Schema(example = "901724254") String nit, @Schema(example = "1") String dv,
                           @Schema(example = "FACTUS S.A.S.") String company, String tradeName, String names,
                           String surnames, String graphicRepresentationName, String registrationCode,
                           @Schema(example = "6201") String economicActivity, String phone, String email,
                           String address, String logoUrl, CodeNameBody tribute, CodeNameBody legalOrganization,
                           MunicipalityBody municipality, List<CodeNameBody> responsibilities) {
        static CompanyResponse of(CompanyProfile p) {
            return new CompanyResponse(p.nit(), p.dv(), p.company(), p.tradeName(), p.names(), p.surnames(),
                    p.graphicRepresentationName(), p.registrationCode(), p.economicActivity(), p.phone(), p.email(),
                    p.address(), p.logoUrl(), CodeNameBody.of(p.tribute()), CodeNameBody.of(p.legalOrganization()),
                    MunicipalityBody.of(p.municipality()),
                    p.responsibilities().stream().map(CodeNameBody::of).toList());
        }
    }

    record CodeNameBody(String code, String name) {
        static CodeNameBody of(CodeName value) {
            return value == null ? null : new CodeNameBody(value.code(), value.name());
        }
    }

    record MunicipalityBody(@Schema(description = "DANE code", example = "68679") String code, String name,
                            String department) {
        static MunicipalityBody of(Municipality m) {
            return m == null ? null : new MunicipalityBody(m.code(), m.name(), m.department());
        }
    }

    @Schema(name = "CompanyLogo")
    record LogoResponse(@Schema(description = "Where the provider serves the logo now") String logoUrl) {
    }
}
