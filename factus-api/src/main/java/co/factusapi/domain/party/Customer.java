package co.factusapi.domain.party;

/** The acquirer. {@code municipalityCode} is the DANE code (5 digits); {@code dv} only for NIT. */
public record Customer(IdentificationType documentType, String identification, String dv, String company,
                       String tradeName, String names, String address, String email, String phone,
                       String municipalityCode, OrganizationType organizationType, CustomerTribute tribute) {

    /** The name printed on the invoice: the company name for a legal person, else the person's names. */
    public String displayName() {
        return company != null && !company.isBlank() ? company : names;
    }
}
