package co.factusapi.adapter.in.web.creditnote;

import co.factusapi.adapter.in.web.document.DocumentOperations;
import co.factusapi.adapter.in.web.document.DocumentResponses.SendEmailRequest;
import co.factusapi.adapter.in.web.document.DocumentResponses.StatusResponse;
import co.factusapi.adapter.in.web.idempotency.IdempotencyFilter;
import co.factusapi.adapter.in.web.invoice.InvoiceRequestMapper;
import co.factusapi.domain.common.CodeTable;
import co.factusapi.domain.creditnote.CreditNoteConcept;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpHeaders;
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
@RequestMapping("/api/v1/credit-notes")
@Tag(name = "Credit notes", description = "Correct or cancel validated invoices with DIAN electronic credit notes")
public class CreditNoteController {
    private static final DocumentKind CREDIT_NOTE = DocumentKind.CREDIT_NOTE;
    private final DocumentOperations documents;

    public CreditNoteController(DocumentOperations documents) {
        this.documents = documents;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Issue a credit note", description = "201 when DIAN validated it; 202 when the outcome is "
            + "not known yet (resend with the same reference_code). 422 when the invoice is unknown or not ISSUED, or "
            + "when the note would exceed the invoice's remaining creditable amount.")
    public ResponseEntity<CreditNoteResponse> create(@RequestBody CreditNoteRequestBody body, Principal caller,
            @Parameter(description = IdempotencyFilter.DESCRIPTION)
            @RequestHeader(value = IdempotencyFilter.HEADER, required = false) String idempotencyKey) {
        return documents.issue(toDomain(body), caller, idempotencyKey, CreditNoteResponse::of);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the credit-note ledger", description = "Filters: status, reference_code, "
            + "invoice_number, created_from / created_to (ISO dates, Colombia time), page (from 1), size (1-100).")
    public CreditNotePageResponse list(CreditNoteListParameters parameters) {
        return CreditNotePageResponse.of(documents.list(parameters.toQuery()));
    }

    @GetMapping(value = "/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One credit note of the ledger")
    public CreditNoteResponse get(@PathVariable String number) {
        return CreditNoteResponse.of(documents.get(CREDIT_NOTE, number).as(CreditNoteRequest.class));
    }

    @GetMapping(value = "/{number}/pdf", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Download the PDF", description = "The raw PDF, or {file_name, file_content (base64), "
            + "extension} when the Accept header asks for application/json.")
    public ResponseEntity<?> pdf(@PathVariable String number,
                                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return documents.file(CREDIT_NOTE, number, DocumentFile.Format.PDF, accept);
    }

    @GetMapping(value = "/{number}/xml", produces = {MediaType.APPLICATION_XML_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Download the UBL XML", description = "The raw XML, or the base64 JSON shape on Accept: application/json.")
    public ResponseEntity<?> xml(@PathVariable String number,
                                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return documents.file(CREDIT_NOTE, number, DocumentFile.Format.XML, accept);
    }

    @PostMapping(value = "/{number}/send-email", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "E-mail the credit note (PDF and XML) to an address")
    public StatusResponse sendEmail(@PathVariable String number, @RequestBody SendEmailRequest body,
                                    Principal caller) {
        return documents.sendEmail(CREDIT_NOTE, number, body, caller);
    }

    private static CreditNoteRequest toDomain(CreditNoteRequestBody body) {
        CreditNoteConcept concept = null;
        if (body.correctionConcept() != null) {
            concept = CodeTable.parse(CreditNoteConcept.class, body.correctionConcept()).orElseThrow(() ->
                    new InvalidRequestException(List.of(new FieldViolation("correction_concept", "unknown code; "
                            + "accepted: " + String.join(", ", CodeTable.codes(CreditNoteConcept.class))))));
        }
        List<DocumentLine> items = body.items() == null ? null : InvoiceRequestMapper.toItems(body.items());
        return new CreditNoteRequest(body.invoiceNumber(), concept, body.referenceCode(), body.numberingRangePrefix(),
                body.observation(), body.sendEmail(), items);
    }
}
