package co.factusapi.adapter.in.web.invoice;

import co.factusapi.adapter.in.web.IssueAnswers;
import co.factusapi.adapter.in.web.idempotency.IdempotencyFilter;
import co.factusapi.adapter.in.web.invoice.DocumentResponses.EventResponse;
import co.factusapi.adapter.in.web.invoice.DocumentResponses.SendEmailRequest;
import co.factusapi.adapter.in.web.invoice.DocumentResponses.StatusResponse;
import co.factusapi.application.port.in.FindCreditNotesUseCase;
import co.factusapi.application.port.in.FindInvoicesUseCase;
import co.factusapi.application.port.in.InvoiceDocumentsUseCase;
import co.factusapi.application.port.in.IssueInvoiceUseCase;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.invoice.Invoice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.regex.Pattern;
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
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9-]{1,40}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final IssueInvoiceUseCase issue;
    private final FindInvoicesUseCase find;
    private final InvoiceDocumentsUseCase documents;
    private final FindCreditNotesUseCase creditNotes;

    public InvoiceController(IssueInvoiceUseCase issue, FindInvoicesUseCase find, InvoiceDocumentsUseCase documents,
                             FindCreditNotesUseCase creditNotes) {
        this.issue = issue;
        this.find = find;
        this.documents = documents;
        this.creditNotes = creditNotes;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Parameter(name = IdempotencyFilter.HEADER, in = ParameterIn.HEADER, description = IdempotencyFilter.DESCRIPTION)
    @Operation(summary = "Issue an invoice", description = "201 when DIAN validated it; 202 when the outcome is not "
            + "known yet (status UNKNOWN: resend with the same reference_code or poll the list by reference_code).")
    public ResponseEntity<InvoiceResponse> create(@RequestBody InvoiceRequestBody body, Principal caller) {
        Invoice invoice = issue.issue(InvoiceRequestMapper.toDomain(body), caller == null ? "anonymous" : caller.getName());
        return IssueAnswers.of("/api/v1/invoices", invoice.status() == DocumentStatus.ISSUED, invoice.number(),
                invoice.referenceCode(), InvoiceResponse.of(invoice));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the invoice ledger", description = "Filters: status, reference_code, number, "
            + "customer_identification, created_from / created_to (ISO dates, Colombia time), page (from 1), size (1-100).")
    public InvoicePageResponse list(InvoiceListParameters parameters) {
        return InvoicePageResponse.of(find.find(parameters.toQuery()));
    }

    @GetMapping(value = "/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One invoice of the ledger", description = "With its credit notes and the "
            + "remaining_creditable_amount: the total minus the totals of its ISSUED credit notes.")
    public InvoiceResponse get(@PathVariable String number) {
        Invoice invoice = find.byNumber(checkedNumber(number));
        return InvoiceResponse.of(invoice, creditNotes.balanceOf(invoice));
    }

    @GetMapping(value = "/{number}/pdf", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Download the PDF", description = "The raw PDF, or {file_name, file_content (base64), "
            + "extension} when the Accept header asks for application/json.")
    public ResponseEntity<?> pdf(@PathVariable String number, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return file(number, DocumentFile.Format.PDF, MediaType.APPLICATION_PDF, accept);
    }

    @GetMapping(value = "/{number}/xml", produces = {MediaType.APPLICATION_XML_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Download the UBL XML", description = "The raw XML, or the base64 JSON shape on Accept: application/json.")
    public ResponseEntity<?> xml(@PathVariable String number, @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return file(number, DocumentFile.Format.XML, MediaType.APPLICATION_XML, accept);
    }

    @GetMapping(value = "/{number}/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "RADIAN events of the invoice")
    public List<EventResponse> events(@PathVariable String number) {
        return documents.events(checkedNumber(number)).stream().map(EventResponse::of).toList();
    }

    @PostMapping(value = "/{number}/send-email", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "E-mail the invoice (PDF and XML) to an address")
    public StatusResponse sendEmail(@PathVariable String number, @RequestBody SendEmailRequest body, Principal caller) {
        documents.sendEmail(checkedNumber(number), body.checkedEmail(), caller.getName());
        return new StatusResponse("sent", "The invoice was sent to the address.");
    }

    @DeleteMapping(value = "/reference/{referenceCode}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Delete an invoice DIAN has not validated", description = "A validated invoice cannot be "
            + "deleted (409); cancel it with a credit note.")
    public InvoiceResponse deleteUnvalidated(@PathVariable String referenceCode, Principal caller) {
        if (!REFERENCE.matcher(referenceCode).matches()) {
            throw new NotFoundException("There is no invoice with that reference code in this account.");
        }
        return InvoiceResponse.of(documents.deleteUnvalidated(referenceCode, caller.getName()));
    }

    private ResponseEntity<?> file(String number, DocumentFile.Format format, MediaType type, String accept) {
        return DocumentResponses.file(documents.download(checkedNumber(number), format), type, accept);
    }

    private static String checkedNumber(String number) {
        if (!NUMBER.matcher(number).matches()) {
            throw new NotFoundException("There is no invoice with that number in this account.");
        }
        return number;
    }
}
