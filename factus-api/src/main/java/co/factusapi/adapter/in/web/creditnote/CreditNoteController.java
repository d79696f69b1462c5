package co.factusapi.adapter.in.web.creditnote;

import co.factusapi.adapter.in.web.document.Codes;
import co.factusapi.adapter.in.web.document.DocumentOperations;
import co.factusapi.adapter.in.web.document.EmailedDocumentRoutes;
import co.factusapi.adapter.in.web.idempotency.IdempotencyFilter;
import co.factusapi.adapter.in.web.invoice.InvoiceRequestMapper;
import co.factusapi.domain.creditnote.CreditNoteConcept;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentLine;
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
@RequestMapping("/api/v1/credit-notes")
@Tag(name = "Credit notes", description = "Correct or cancel validated invoices with DIAN electronic credit notes")
public class CreditNoteController extends EmailedDocumentRoutes<CreditNoteRequest, CreditNoteResponse> {

    public CreditNoteController(DocumentOperations documents) {
        super(documents, DocumentKind.CREDIT_NOTE, CreditNoteRequest.class, CreditNoteResponse::of);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Issue a credit note", description = "201 when DIAN validated it; 202 when the outcome is "
            + "not known yet (resend with the same reference_code). 422 when the invoice is unknown or not ISSUED, or "
            + "when the note would exceed what remains of the invoice (the message names the amount left).")
    public ResponseEntity<CreditNoteResponse> create(@RequestBody CreditNoteRequestBody body, Principal caller,
            @Parameter(description = IdempotencyFilter.DESCRIPTION)
            @RequestHeader(value = IdempotencyFilter.HEADER, required = false) String idempotencyKey) {
        return issue(toDomain(body), caller, idempotencyKey);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the credit note ledger", description = "Filters: status, reference_code, "
            + "invoice_number, created_from / created_to (ISO dates, Colombia time), page (from 1), size (1-100).")
    public CreditNotePageResponse list(CreditNoteListParameters parameters) {
        return CreditNotePageResponse.of(documents.list(parameters.toQuery()));
    }

    @GetMapping(value = "/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One credit note of the ledger")
    public CreditNoteResponse get(@PathVariable String number) {
        return view(entry(number));
    }

    private static CreditNoteRequest toDomain(CreditNoteRequestBody body) {
        CreditNoteConcept concept = Codes.parse(CreditNoteConcept.class, body.correctionConcept(), "correction_concept");
        List<DocumentLine> items = body.items() == null ? null : InvoiceRequestMapper.toItems(body.items());
        return new CreditNoteRequest(body.invoiceNumber(), concept, body.referenceCode(), body.numberingRangePrefix(),
                body.observation(), body.sendEmail(), items);
    }
}
