package co.factusapi.domain.supportdocument;

import co.factusapi.domain.common.Checks;
import co.factusapi.domain.party.IdentificationType;
import co.factusapi.domain.party.NitCheckDigit;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/** What DIAN needs to know of the seller of a support document (docs/factus-upstream.md §6). */
final class SupportDocumentRules {
    /** The identification documents DIAN's support-document table accepts (21, 22, 31, 41, 42, 47, 50). */
    static final Set<IdentificationType> ACCEPTED = EnumSet.of(IdentificationType.TE, IdentificationType.CE,
            IdentificationType.NIT, IdentificationType.PASAPORTE, IdentificationType.DIE, IdentificationType.PEP,
            IdentificationType.NIT_EXTRANJERO);
    /** A seller abroad has no Colombian NIT or ID card: it is identified by a foreign document. */
    private static final Set<IdentificationType> FOREIGN = EnumSet.of(IdentificationType.PASAPORTE,
            IdentificationType.DIE, IdentificationType.NIT_EXTRANJERO);
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern DANE_CODE = Pattern.compile("\\d{5}");
    private static final Pattern IDENTIFICATION = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final String PATH = "provider.";

    private SupportDocumentRules() {
    }

    static void seller(Checks checks, Seller seller) {
        if (!checks.present(seller, "provider")) {
            return;
        }
        identification(checks, seller);
        checks.text(seller.names(), PATH + "names", 450, true);
        checks.text(seller.tradeName(), PATH + "trade_name", 450, false);
        checks.text(seller.address(), PATH + "address", 250, true);
        checks.text(seller.phone(), PATH + "phone", 30, false);
        if (checks.present(seller.email(), PATH + "email")) {
            checks.email(seller.email(), PATH + "email");
        }
        if (checks.present(seller.countryCode(), PATH + "country_code")) {
            checks.pattern(seller.countryCode(), COUNTRY, PATH + "country_code",
                    "must be an ISO 3166 alpha-2 country code such as CO or US");
        }
        if (seller.resident()) {
            if (checks.present(seller.municipalityCode(), PATH + "municipality_code")) {
                checks.pattern(seller.municipalityCode(), DANE_CODE, PATH + "municipality_code",
                        "must be a 5-digit DANE code");
            }
        } else if (seller.countryCode() != null && seller.documentType() != null) {
            checks.require(FOREIGN.contains(seller.documentType()), PATH + "document_type",
                    "a provider resident abroad is identified with PASAPORTE, DIE or NIT_EXTRANJERO");
        }
    }

    private static void identification(Checks checks, Seller seller) {
        if (checks.present(seller.documentType(), PATH + "document_type")) {
            checks.require(ACCEPTED.contains(seller.documentType()), PATH + "document_type",
                    "must be one of TE, CE, NIT, PASAPORTE, DIE, PEP, NIT_EXTRANJERO for a support document");
        }
        if (checks.present(seller.identification(), PATH + "identification")) {
            checks.pattern(seller.identification(), IDENTIFICATION, PATH + "identification",
                    "must be 1 to 20 letters, digits or hyphens");
        }
        if (seller.documentType() == IdentificationType.NIT && seller.identification() != null
                && seller.identification().matches("\\d{1,15}") && checks.present(seller.dv(), PATH + "dv")) {
            checks.require(NitCheckDigit.matches(seller.identification(), seller.dv()), PATH + "dv",
                    "is not the check digit of this NIT");
        }
    }
}
