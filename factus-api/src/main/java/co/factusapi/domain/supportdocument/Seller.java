package co.factusapi.domain.supportdocument;

import co.factusapi.domain.party.IdentificationType;
import co.factusapi.domain.party.OrganizationType;

/**
 * Who sold to us on a support document: a person or business not obliged to invoice (DIAN "proveedor"). Residents
 * are in Colombia ({@code countryCode} CO, with a DANE municipality); non-residents carry their country and a foreign
 * identification.
 */
public record Seller(IdentificationType documentType, String identification, String dv, String names,
                     String tradeName, String address, String email, String phone, String countryCode,
                     String municipalityCode, OrganizationType organizationType) {

    public static final String COLOMBIA = "CO";

    public boolean resident() {
        return COLOMBIA.equals(countryCode);
    }
}
