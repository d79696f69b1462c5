package co.factusapi.adapter.in.web.invoice;

import co.factusapi.adapter.in.web.document.DocumentOperations;
import co.factusapi.adapter.in.web.document.DocumentResponses.EventResponse;
import co.factusapi.adapter.in.web.document.EmailedDocumentRoutes;
import co.factusapi.adapter.in.web.idempotency.IdempotencyFilter;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.invoice.InvoiceRequest;
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
@RequestMapping("/api/v1/invoices")
@Tag(name = "Invoices", description = "Issue DIAN electronic sales invoices and work with them")
public class InvoiceController extends EmailedDocumentRoutes<InvoiceRequest, InvoiceResponse> {

    public InvoiceController(DocumentOperations documents) {
        super(documents, DocumentKind.INVOICE, InvoiceRequest.class, InvoiceResponse::of);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Issue an invoice", description = "201 when DIAN validated it; 202 when the outcome is not "
            + "known yet (status UNKNOWN: resend with the same reference_code or poll the list by reference_code).")
    public ResponseEntity<InvoiceResponse> create(@RequestBody InvoiceRequestBody body, Principal caller,
            @Parameter(description = IdempotencyFilter.DESCRIPTION)
            @RequestHeader(value = IdempotencyFilter.HEADER, required = false) String idempotencyKey) {
        return issue(InvoiceRequestMapper.toDomain(body), caller, idempotencyKey);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the invoice ledger", description = "Filters: status, reference_code, number, "
            + "customer_identification, created_from / created_to (ISO dates, Colombia time), page (from 1), size (1-100).")
    public InvoicePageResponse list(InvoiceListParameters parameters) {
        return InvoicePageResponse.of(documents.list(parameters.toQuery()));
    }

    @GetMapping(value = "/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One invoice of the ledger", description = "With its credit notes, the "
            + "remaining_creditable_amount (the total minus the totals of its ISSUED credit notes) and its debit notes.")
    public InvoiceResponse get(@PathVariable String number) {
        LedgerEntry<InvoiceRequest> invoice = entry(number);
        return InvoiceResponse.of(invoice, documents.ledger().corrections(invoice, DocumentKind.CREDIT_NOTE),
                documents.ledger().corrections(invoice, DocumentKind.DEBIT_NOTE));
    }

    @GetMapping(value = "/{number}/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "RADIAN events of the invoice")
    public List<EventResponse> events(@PathVariable String number) {
        return documents.files().events(entry(number).number()).stream().map(EventResponse::of).toList();
    }
}
