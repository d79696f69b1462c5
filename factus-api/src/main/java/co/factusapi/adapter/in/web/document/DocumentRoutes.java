package co.factusapi.adapter.in.web.document;

import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentRequest;
import co.factusapi.domain.document.LedgerEntry;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The routes every kind of document has besides issuing and listing: its PDF, its XML and the delete of one DIAN has
 * not validated. A kind's controller extends it with its own mapping, tag, issue route and list filters.
 *
 * @param <T> the kind's response shape
 */
public abstract class DocumentRoutes<R extends DocumentRequest, T> {
    protected final DocumentOperations documents;
    private final DocumentKind kind;
    private final Class<R> requestType;
    private final Function<LedgerEntry<R>, T> view;

    protected DocumentRoutes(DocumentOperations documents, DocumentKind kind, Class<R> requestType,
                             Function<LedgerEntry<R>, T> view) {
        this.documents = documents;
        this.kind = kind;
        this.requestType = requestType;
        this.view = view;
    }

    @GetMapping(value = "/{number}/pdf", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Download the PDF", description = "The raw PDF, or {file_name, file_content (base64), "
            + "extension} when the Accept header asks for application/json.")
    public ResponseEntity<?> pdf(@PathVariable String number,
                                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return documents.file(kind, number, DocumentFile.Format.PDF, accept);
    }

    @GetMapping(value = "/{number}/xml", produces = {MediaType.APPLICATION_XML_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Download the UBL XML", description = "The raw XML, or the base64 JSON shape on "
            + "Accept: application/json.")
    public ResponseEntity<?> xml(@PathVariable String number,
                                 @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return documents.file(kind, number, DocumentFile.Format.XML, accept);
    }

    @DeleteMapping(value = "/reference/{referenceCode}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Delete a document DIAN has not validated", description = "Only a document the provider "
            + "holds without DIAN validation (rejected, or still pending); a validated one cannot be deleted (409): "
            + "correct it with a note. A DIAN-rejected one the service already deleted at the provider answers as "
            + "deleted too (status DELETED).")
    public T deleteUnvalidated(@PathVariable String referenceCode, Principal caller) {
        return view.apply(documents.deleteUnvalidated(kind, referenceCode, caller).as(requestType));
    }

    protected ResponseEntity<T> issue(R request, Principal caller, String idempotencyKey) {
        return documents.issue(request, caller, idempotencyKey, view);
    }

    /** The ledger entry of this kind with this number (404 otherwise). */
    protected LedgerEntry<R> entry(String number) {
        return documents.get(kind, number).as(requestType);
    }

    protected T view(LedgerEntry<R> entry) {
        return view.apply(entry);
    }

    protected DocumentKind kind() {
        return kind;
    }
}
