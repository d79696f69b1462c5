package co.factusapi.adapter.out.factus;

import co.factusapi.domain.document.ItemTribute;
import co.factusapi.domain.document.PaymentForm;
import co.factusapi.domain.document.StandardCode;
import co.factusapi.domain.party.CustomerTribute;
import co.factusapi.domain.party.IdentificationType;
import co.factusapi.domain.party.OrganizationType;

/** Canonical codes to Factus v1 ids (docs/factus-upstream.md §9). Exhaustive switches: a new code cannot be silently defaulted. */
final class FactusCodes {
    private FactusCodes() {
    }

    static int identificationDocumentId(IdentificationType type) {
        return switch (type) {
            case RC -> 1;
            case TI -> 2;
            case CC -> 3;
            case TE -> 4;
            case CE -> 5;
            case NIT -> 6;
            case PASAPORTE -> 7;
            case DIE -> 8;
            case PEP -> 9;
            case NIT_EXTRANJERO -> 10;
            case NUIP -> 11;
        };
    }

    static int legalOrganizationId(OrganizationType type) {
        return type == OrganizationType.COMPANY ? 1 : 2;
    }

    /** Customer tributes have their own ids: 18 = "01" IVA, 21 = "ZZ" no aplica. */
    static int customerTributeId(CustomerTribute tribute) {
        return switch (tribute) {
            case IVA -> 18;
            case ZZ -> 21;
        };
    }

    /** Product tributes (GET /v1/tributes/products): 1 IVA, 2 IC, 3 ICA, 4 INC. */
    static int itemTributeId(ItemTribute tribute) {
        return switch (tribute) {
            case IVA -> 1;
            case IC -> 2;
            case ICA -> 3;
            case INC -> 4;
        };
    }

    static int standardCodeId(StandardCode code) {
        return switch (code) {
            case OWN -> 1;
            case UNSPSC -> 2;
            case TARIFF -> 3;
            case GTIN -> 4;
        };
    }

    static String paymentForm(PaymentForm form) {
        return form == PaymentForm.CREDIT ? "2" : "1";
    }
}
