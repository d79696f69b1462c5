package co.factusapi.adapter.in.web.document;

import co.factusapi.adapter.in.web.document.DocumentResponses.SendEmailRequest;
import co.factusapi.adapter.in.web.document.DocumentResponses.StatusResponse;
import co.factusapi.application.port.in.DocumentFilesUseCase;
import co.factusapi.application.port.in.FindDocumentsUseCase;
import co.factusapi.application.port.in.IssueDocumentUseCase.Issued;
import co.factusapi.application.port.in.IssueDocumentUseCase;
import co.factusapi.domain.common.Page;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentQuery;
import co.factusapi.domain.document.DocumentRequest;
import co.factusapi.domain.document.DocumentRules;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.domain.error.NotFoundException;
import java.security.Principal;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What every document route does the same way, whatever the kind: issue through the pipeline and answer 201 or 202,
 * read the ledger, serve the PDF and XML, e-mail, delete an unvalidated document. Numbers and reference codes that
 * cannot exist are 404 before anything is looked up.
 */
public final class DocumentOperations {
    private final IssueDocumentUseCase issue;
    private final FindDocumentsUseCase find;
    private final DocumentFilesUseCase files;

    public DocumentOperations(IssueDocumentUseCase issue, FindDocumentsUseCase find, DocumentFilesUseCase files) {
        this.issue = issue;
        this.find = find;
        this.files = files;
    }

    /** {@code idempotencyKey}: the request's Idempotency-Key header (already checked by the idempotency filter). */
    public <R extends DocumentRequest, T> ResponseEntity<T> issue(R request, Principal caller, String idempotencyKey,
                                                                 Function<LedgerEntry<R>, T> body) {
        Issued<R> issued = issue.issue(request, caller == null ? "anonymous" : caller.getName(), idempotencyKey);
        return IssueAnswers.of(issued, body.apply(issued.entry()));
    }

    public Page<LedgerEntry<?>> list(DocumentQuery query) {
        return find.find(query);
    }

    public LedgerEntry<?> get(DocumentKind kind, String number) {
        return find.byNumber(kind, checkedNumber(kind, number));
    }

    public FindDocumentsUseCase ledger() {
        return find;
    }

    public ResponseEntity<?> file(DocumentKind kind, String number, DocumentFile.Format format, String accept) {
        MediaType type = format == DocumentFile.Format.PDF ? MediaType.APPLICATION_PDF : MediaType.APPLICATION_XML;
        return DocumentResponses.file(files.download(kind, checkedNumber(kind, number), format), type, accept);
    }

    public StatusResponse sendEmail(DocumentKind kind, String number, SendEmailRequest body, Principal caller) {
        files.sendEmail(kind, checkedNumber(kind, number), body.checkedEmail(), caller.getName());
        return new StatusResponse("sent", "The " + kind.label() + " was sent to the address.");
    }

    public LedgerEntry<?> deleteUnvalidated(DocumentKind kind, String referenceCode, Principal caller) {
        if (!DocumentRules.REFERENCE_CODE.matcher(referenceCode).matches()) {
            throw new NotFoundException("There is no " + kind.label() + " with that reference code in this account.");
        }
        return files.deleteUnvalidated(kind, referenceCode, caller.getName());
    }

    public DocumentFilesUseCase files() {
        return files;
    }

    private static String checkedNumber(DocumentKind kind, String number) {
        if (!DocumentRules.NUMBER.matcher(number).matches()) {
            throw new NotFoundException("There is no " + kind.label() + " with that number in this account.");
        }
        return number;
    }
}
