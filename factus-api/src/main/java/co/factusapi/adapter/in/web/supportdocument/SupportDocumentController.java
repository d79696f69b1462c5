package co.factusapi.adapter.in.web.supportdocument;

import co.factusapi.adapter.in.web.document.Codes;
import co.factusapi.adapter.in.web.document.DocumentOperations;
import co.factusapi.adapter.in.web.document.DocumentRoutes;
import co.factusapi.adapter.in.web.idempotency.IdempotencyFilter;
import co.factusapi.adapter.in.web.invoice.InvoiceRequestMapper;
import co.factusapi.adapter.in.web.supportdocument.SupportDocumentRequestBody.ProviderBody;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.document.PaymentMethod;
import co.factusapi.domain.party.IdentificationType;
import co.factusapi.domain.party.OrganizationType;
import co.factusapi.domain.supportdocument.Seller;
import co.factusapi.domain.supportdocument.SupportDocumentRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/support-documents")
@Tag(name = "Support documents", description = "Document purchases from sellers not obliged to invoice (DIAN "
        + "documento soporte), at the latest within the week")
public class SupportDocumentController extends DocumentRoutes<SupportDocumentRequest, SupportDocumentResponse> {

    public SupportDocumentController(DocumentOperations documents) {
        super(documents, DocumentKind.SUPPORT_DOCUMENT, SupportDocumentRequest.class, SupportDocumentResponse::of);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Issue a support document", description = "201 when DIAN validated it (with its CUDS); 202 "
            + "when the outcome is not known yet (resend with the same reference_code). 422 names every field DIAN "
            + "needs of the seller that is missing or wrong.")
    public ResponseEntity<SupportDocumentResponse> create(@RequestBody SupportDocumentRequestBody body,
            Principal caller, @Parameter(description = IdempotencyFilter.DESCRIPTION)
            @RequestHeader(value = IdempotencyFilter.HEADER, required = false) String idempotencyKey) {
        return issue(toDomain(body), caller, idempotencyKey);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the support-document ledger", description = "Filters: status, reference_code, number, "
            + "provider_identification, created_from / created_to (ISO dates, Colombia time), page (from 1), size (1-100).")
    public SupportDocumentPageResponse list(SupportDocumentListParameters parameters) {
        return SupportDocumentPageResponse.of(documents.list(parameters.toQuery()));
    }

    @GetMapping(value = "/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One support document of the ledger", description = "With its adjustment notes and the "
            + "remaining_adjustable_amount: the total minus the totals of its ISSUED adjustment notes.")
    public SupportDocumentResponse get(@PathVariable String number) {
        LedgerEntry<SupportDocumentRequest> document = entry(number);
        return SupportDocumentResponse.of(document, documents.ledger().corrections(document,
                DocumentKind.ADJUSTMENT_NOTE));
    }

    private static SupportDocumentRequest toDomain(SupportDocumentRequestBody body) {
        Codes codes = new Codes();
        PaymentMethod paymentMethod = codes.paymentMethod(body.paymentMethodCode(), "payment_method_code");
        Seller seller = body.provider() == null ? null : seller(codes, body.provider());
        List<DocumentLine> items = InvoiceRequestMapper.items(codes, body.items() == null ? List.of() : body.items());
        codes.check();
        return new SupportDocumentRequest(body.numberingRangePrefix(), body.referenceCode(), body.observation(),
                paymentMethod, seller, items);
    }

    private static Seller seller(Codes codes, ProviderBody body) {
        return new Seller(codes.code(IdentificationType.class, body.documentType(), "provider.document_type"),
                body.identification(), body.dv(), body.names(), body.tradeName(), body.address(), body.email(),
                body.phone(), body.countryCode(), body.municipalityCode(),
                codes.code(OrganizationType.class, body.organizationType(), "provider.organization_type"));
    }
}
