package co.factusapi.adapter.in.web.audit;

import co.factusapi.application.port.in.FindAuditEventsUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin only (enforced in SecurityConfig). */
@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "Administration")
public class AuditEventsController {
    private final FindAuditEventsUseCase audit;

    public AuditEventsController(FindAuditEventsUseCase audit) {
        this.audit = audit;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Search the audit trail, newest first", description = "Filters: actor (user:<name>, "
            + "api-key:<id>, system:reconciler), action (invoice.issue, invoice.reconcile.adopt, invoice.reconcile.resend, "
            + "invoice.delete, invoice.send-email, invoice.upstream-delete, api-key.create, api-key.revoke), resource_id "
            + "(invoice number or API key id), reference_code, from / to (instant or Colombian date), page (from 1), "
            + "size (1-100).")
    public AuditEventPageResponse search(AuditEventParameters parameters) {
        return AuditEventPageResponse.of(audit.find(parameters.toQuery()));
    }
}
