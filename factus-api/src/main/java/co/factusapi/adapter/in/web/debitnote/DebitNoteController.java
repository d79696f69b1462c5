package co.factusapi.adapter.in.web.debitnote;

import co.factusapi.adapter.in.web.document.Codes;
import co.factusapi.adapter.in.web.document.DocumentOperations;
import co.factusapi.adapter.in.web.document.EmailedDocumentRoutes;
import co.factusapi.adapter.in.web.idempotency.IdempotencyFilter;
import co.factusapi.adapter.in.web.invoice.InvoiceRequestMapper;
import co.factusapi.domain.debitnote.DebitNoteConcept;
import co.factusapi.domain.debitnote.DebitNoteRequest;
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
@RequestMapping("/api/v1/debit-notes")
@Tag(name = "Debit notes", description = "Add interest, expenses or a higher value to validated invoices with DIAN electronic debit notes")
public class DebitNoteController extends EmailedDocumentRoutes<DebitNoteRequest, DebitNoteResponse> {

    public DebitNoteController(DocumentOperations documents) {
        super(documents, DocumentKind.DEBIT_NOTE, DebitNoteRequest.class, DebitNoteResponse::of);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Issue a debit note", description = "201 when DIAN validated it; 202 when the outcome is "
            + "not known yet (resend with the same reference_code). 422 when the invoice is unknown or not ISSUED. "
            + "Factus documents debit notes only in its v2 API; the service sends them there with the same account.")
    public ResponseEntity<DebitNoteResponse> create(@RequestBody DebitNoteRequestBody body, Principal caller,
            @Parameter(description = IdempotencyFilter.DESCRIPTION)
            @RequestHeader(value = IdempotencyFilter.HEADER, required = false) String idempotencyKey) {
        return issue(toDomain(body), caller, idempotencyKey);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the debit note ledger", description = "Filters: status, reference_code, "
            + "invoice_number, created_from / created_to (ISO dates, Colombia time), page (from 1), size (1-100).")
    public DebitNotePageResponse list(DebitNoteListParameters parameters) {
        return DebitNotePageResponse.of(documents.list(parameters.toQuery()));
    }

    @GetMapping(value = "/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One debit note of the ledger")
    public DebitNoteResponse get(@PathVariable String number) {
        return view(entry(number));
    }

    private static DebitNoteRequest toDomain(DebitNoteRequestBody body) {
        DebitNoteConcept concept = Codes.parse(DebitNoteConcept.class, body.correctionConcept(), "correction_concept");
        List<DocumentLine> items = body.items() == null ? List.of() : InvoiceRequestMapper.toItems(body.items());
        return new DebitNoteRequest(body.invoiceNumber(), concept, body.referenceCode(), body.numberingRangePrefix(),
                body.observation(), body.sendEmail(), items);
    }
}
