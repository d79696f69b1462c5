package co.factusapi.adapter.in.web.adjustmentnote;

import co.factusapi.adapter.in.web.document.Codes;
import co.factusapi.adapter.in.web.document.DocumentOperations;
import co.factusapi.adapter.in.web.document.DocumentRoutes;
import co.factusapi.adapter.in.web.idempotency.IdempotencyFilter;
import co.factusapi.adapter.in.web.invoice.InvoiceRequestMapper;
import co.factusapi.domain.adjustmentnote.AdjustmentNoteConcept;
import co.factusapi.domain.adjustmentnote.AdjustmentNoteRequest;
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
@RequestMapping("/api/v1/adjustment-notes")
@Tag(name = "Adjustment notes", description = "Correct or cancel validated support documents with DIAN adjustment notes (notas de ajuste)")
public class AdjustmentNoteController extends DocumentRoutes<AdjustmentNoteRequest, AdjustmentNoteResponse> {

    public AdjustmentNoteController(DocumentOperations documents) {
        super(documents, DocumentKind.ADJUSTMENT_NOTE, AdjustmentNoteRequest.class, AdjustmentNoteResponse::of);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Issue a adjustment note", description = "201 when DIAN validated it; 202 when the outcome is "
            + "not known yet (resend with the same reference_code). 422 when the support document is unknown or not "
            + "ISSUED, or when the note would exceed what remains of it (the message names the amount left).")
    public ResponseEntity<AdjustmentNoteResponse> create(@RequestBody AdjustmentNoteRequestBody body, Principal caller,
            @Parameter(description = IdempotencyFilter.DESCRIPTION)
            @RequestHeader(value = IdempotencyFilter.HEADER, required = false) String idempotencyKey) {
        return issue(toDomain(body), caller, idempotencyKey);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the adjustment note ledger", description = "Filters: status, reference_code, "
            + "support_document_number, created_from / created_to (ISO dates, Colombia time), page (from 1), size (1-100).")
    public AdjustmentNotePageResponse list(AdjustmentNoteListParameters parameters) {
        return AdjustmentNotePageResponse.of(documents.list(parameters.toQuery()));
    }

    @GetMapping(value = "/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One adjustment note of the ledger")
    public AdjustmentNoteResponse get(@PathVariable String number) {
        return view(entry(number));
    }

    private static AdjustmentNoteRequest toDomain(AdjustmentNoteRequestBody body) {
        AdjustmentNoteConcept concept = Codes.parse(AdjustmentNoteConcept.class, body.correctionConcept(), "correction_concept");
        List<DocumentLine> items = body.items() == null ? null : InvoiceRequestMapper.toItems(body.items());
        return new AdjustmentNoteRequest(body.supportDocumentNumber(), concept, body.referenceCode(),
                body.numberingRangePrefix(), body.observation(), items);
    }
}
