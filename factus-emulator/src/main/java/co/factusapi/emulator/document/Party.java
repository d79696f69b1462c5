package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.catalog.CodeEntry;
import co.factusapi.emulator.catalog.Municipality;

/**
 * The other party of a document, as the PDF and the XML show it, whatever the API version sent: the customer of a
 * bill or note, or the provider of a support document (who is the seller there).
 *
 * @param role                   heading on the PDF: "Cliente" or "Proveedor"
 * @param identificationTypeCode the DIAN code ("13", "31"), the XML's schemeName
 * @param legalOrganizationCode  "1" legal person, "2" natural person
 * @param city                   "San Gil, Santander", or a country name for a foreign party; null when unknown
 */
public record Party(String role, String identificationTypeCode, String identificationTypeName,
        String identification, String dv, String name, String legalOrganizationCode, String address, String city,
        String phone, String email) {

    /** A v1 customer (Factus ids) with the DV the document answers: only a NIT's, computed when not sent. */
    public static Party customer(Customer customer) {
        CodeEntry type = Catalog.byId(Catalog.IDENTIFICATION_DOCUMENTS, customer.identificationDocumentId());
        Municipality municipality = customer.municipalityId() == null ? null
                : Catalog.municipality(customer.municipalityId());
        return new Party("Cliente", type == null ? null : type.code(), type == null ? null : type.name(),
                customer.identification(), customer.resolvedDv(), customer.displayName(),
                String.valueOf(customer.legalOrganizationId()), customer.address(), city(municipality),
                customer.phone(), customer.email());
    }

    /** "San Gil, Santander", but just "Bogotá, D.C." where the name already says the department. */
    public static String city(Municipality municipality) {
        if (municipality == null) {
            return null;
        }
        return municipality.name().startsWith(municipality.department()) ? municipality.name()
                : municipality.name() + ", " + municipality.department();
    }

    /** "NIT 900456789-3", "Cédula de ciudadanía 1098765432". */
    public String identificationText() {
        return (identificationTypeName == null ? "" : identificationTypeName + " ") + identification
                + (dv == null ? "" : "-" + dv);
    }
}
