package co.factusapi.adapter.in.web.supportdocument;

import co.factusapi.adapter.in.web.document.LedgerFilters;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;

/** Query parameters of the support-document list; {@code provider_identification} is the seller's. */
public record SupportDocumentListParameters(String status, String reference_code, String number,
                                            String provider_identification, String created_from, String created_to,
                                            String page, String size) {

    DocumentQuery toQuery() {
        return new LedgerFilters(status, reference_code, number, provider_identification, null, created_from,
                created_to, page, size).toQuery(DocumentKind.SUPPORT_DOCUMENT);
    }
}
