package co.factusapi.domain.company;

import co.factusapi.domain.catalog.CodeName;
import co.factusapi.domain.catalog.Municipality;
import java.util.List;

/** The issuer as DIAN knows it through the provider account: what every invoice prints as the seller. */
public record CompanyProfile(String nit, String dv, String company, String tradeName, String names, String surnames,
                             String graphicRepresentationName, String registrationCode, String economicActivity,
                             String phone, String email, String address, String logoUrl, CodeName tribute,
                             CodeName legalOrganization, Municipality municipality, List<CodeName> responsibilities) {
    public CompanyProfile {
        responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
    }
}
