package co.factusapi.adapter.in.web.invoice;

import co.factusapi.adapter.in.web.document.DocumentOperations;
import co.factusapi.adapter.in.web.document.DocumentResponses.EventResponse;
import co.factusapi.adapter.in.web.document.DocumentResponses.SendEmailRequest;
import co.factusapi.adapter.in.web.document.DocumentResponses.StatusResponse;
import co.factusapi.adapter.in.web.idempotency.IdempotencyFilter;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.invoice.InvoiceRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
public class InvoiceController {
    private static final DocumentKind INVOICE = DocumentKind.INVOICE;
    private final DocumentOperations documents;

    public InvoiceController(DocumentOperations documents) {
        this.documents = documents;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Issue an invoice", description = "201 when DIAN validated it; 202 when the outcome is not "
            + "known yet (status UNKNOWN: resend with the same reference_code or poll the list by reference_code).")
    public ResponseEntity<InvoiceResponse> create(@RequestBody InvoiceRequestBody body, Principal caller,
            @Parameter(description = IdempotencyFilter.DESCRIPTION)
            @RequestHeader(value = IdempotencyFilter.HEADER, required = false) String idempotencyKey) {
        return documents.issue(InvoiceRequestMapper.toDomain(body), caller, idempotencyKey, InvoiceResponse::of);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the invoice ledger", description = "Filters: status, reference_code, number, "
            + "customer_identification, created_from / created_to (ISO dates, Colombia time), page (from 1), size (1-100).")
    public InvoicePageResponse list(InvoiceListParameters parameters) {
        return InvoicePageResponse.of(documents.list(parameters.toQuery()));
    }

    @GetMapping(value = "/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One invoice of the ledger", description = "With its credit notes and the "
            + "remaining_creditable_amount: the total minus the totals of its ISSUED credit notes.")
    public InvoiceResponse get(@PathVariable String number) {
        LedgerEntry<InvoiceRequest> invoice = documents.get(INVOICE, number).as(InvoiceRequest.class);
        return InvoiceResponse.of(invoice, documents.ledger().corrections(invoice, DocumentKind.CREDIT_NOTE));
    }

    @GetMapping(value = "/{number}/pdf", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Download the PDF", description = "The raw PDF, or {file_name, file_content (base64), "
            + "extension} when the Accept header asks for application/json.")
    public ResponseEntity<?> pdf(@PathVariable String number, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return documents.file(INVOICE, number, DocumentFile.Format.PDF, accept);
    }

    @GetMapping(value = "/{number}/xml", produces = {MediaType.APPLICATION_XML_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Download the UBL XML", description = "The raw XML, or the base64 JSON shape on Accept: application/json.")
    public ResponseEntity<?> xml(@PathVariable String number, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return documents.file(INVOICE, number, DocumentFile.Format.XML, accept);
    }

    @GetMapping(value = "/{number}/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "RADIAN events of the invoice")
    public List<EventResponse> events(@PathVariable String number) {
        return documents.files().events(documents.get(INVOICE, number).number()).stream().map(EventResponse::of).toList();
    }

    @PostMapping(value = "/{number}/send-email", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "E-mail the invoice (PDF and XML) to an address")
    public StatusResponse sendEmail(@PathVariable String number, @RequestBody SendEmailRequest body, Principal caller) {
        return documents.sendEmail(INVOICE, number, body, caller);
    }

    @DeleteMapping(value = "/reference/{referenceCode}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Delete an invoice DIAN has not validated", description = "A validated invoice cannot be "
            + "deleted (409); cancel it with a credit note.")
    public InvoiceResponse deleteUnvalidated(@PathVariable String referenceCode, Principal caller) {
        return InvoiceResponse.of(documents.deleteUnvalidated(INVOICE, referenceCode, caller).as(InvoiceRequest.class));
    }
}
