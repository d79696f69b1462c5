package co.factusapi.adapter.in.console;

import co.factusapi.adapter.in.web.document.LedgerFilters;
import co.factusapi.application.port.in.DocumentFilesUseCase;
import co.factusapi.application.port.in.FindAuditEventsUseCase;
import co.factusapi.application.port.in.FindDocumentsUseCase;
import co.factusapi.domain.audit.AuditEvent;
import co.factusapi.domain.audit.AuditQuery;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.error.NotFoundException;
import co.factusapi.domain.identity.Caller;
import co.factusapi.domain.identity.Scope;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The acting tenant's documents: a filtered, paged list, one document's page and its PDF shown inline. */
@Controller
public class ConsoleDocumentsController {
    static final String PAGE_SIZE = "25";
    private static final int AUDIT_SHOWN = 50;

    private final FindDocumentsUseCase documents;
    private final DocumentFilesUseCase files;
    private final FindAuditEventsUseCase audit;

    public ConsoleDocumentsController(FindDocumentsUseCase documents, DocumentFilesUseCase files,
                               FindAuditEventsUseCase audit) {
        this.documents = documents;
        this.files = files;
        this.audit = audit;
    }

    /**
     * The list's filters as the form names them; every one optional, dates as yyyy-MM-dd (Bogotá); {@code customer}
     * is the customer's (or, on support documents, the provider's) identification.
     */
    public record Filters(String kind, String status, String from, String to, String number, String reference,
                          String customer, String page) {
        DocumentKind documentKind() {
            return kind == null || kind.isBlank() ? DocumentKind.INVOICE : ConsoleLookup.kindOf(kind);
        }

        DocumentQuery toQuery() {
            return new LedgerFilters(status, reference, number, customer, null, from, to, page, PAGE_SIZE)
                    .toQuery(documentKind());
        }
    }

    @ModelAttribute("kinds")
    List<String> kinds() {
        return Arrays.stream(DocumentKind.values()).map(DocumentKind::slug).toList();
    }

    @ModelAttribute("statuses")
    List<String> statuses() {
        return Arrays.stream(DocumentStatus.values()).map(DocumentStatus::name).toList();
    }

    @GetMapping("/console/documents")
    String list(@ModelAttribute("filters") Filters filters, Model model, Locale locale) {
        try {
            Page<LedgerEntry<?>> page = documents.find(filters.toQuery());
            model.addAttribute("rows", page.items().stream().map(entry -> DocumentRow.of(entry, locale)).toList());
            model.addAttribute("page", page);
        } catch (InvalidRequestException invalid) {
            model.addAttribute("violations", invalid.violations());
            model.addAttribute("rows", List.of());
        }
        return "console/documents";
    }

    @GetMapping("/console/documents/{kind}/{reference}")
    String detail(@PathVariable String kind, @PathVariable String reference, @AuthenticationPrincipal Caller caller,
                  Model model, Locale locale) {
        LedgerEntry<?> entry = ConsoleLookup.byReference(documents, kind, reference);
        // The audit trail is tenant administration, as GET /api/v1/audit-events is.
        List<AuditEvent> trail = caller.may(Scope.TENANT_MANAGE)
                ? audit.find(new AuditQuery(null, null, null, reference, null, null, 1, AUDIT_SHOWN)).items()
                : List.of();
        model.addAttribute("document", DocumentDetail.of(entry, trail, locale));
        model.addAttribute("actions", DocumentActions.of(entry, caller.may(Scope.DOCUMENTS_ISSUE)));
        return "console/document";
    }

    /** The PDF for the page's inline frame: from the legal archive, else from the provider (the download use case). */
    @GetMapping("/console/documents/{kind}/{reference}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String kind, @PathVariable String reference) {
        LedgerEntry<?> entry = ConsoleLookup.byReference(documents, kind, reference);
        if (entry.number() == null) {
            throw new NotFoundException("The document has no number yet, so it has no PDF.");
        }
        DocumentFile file = files.download(entry.kind(), entry.number(), DocumentFile.Format.PDF);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(file.fileName()).build().toString())
                .body(file.content());
    }
}
