package co.factusapi.adapter.in.web.document;

import co.factusapi.adapter.in.web.document.DocumentResponses.SendEmailRequest;
import co.factusapi.adapter.in.web.document.DocumentResponses.StatusResponse;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentRequest;
import co.factusapi.domain.document.LedgerEntry;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The routes of a kind Factus also e-mails (invoices, credit and debit notes). */
public abstract class EmailedDocumentRoutes<R extends DocumentRequest, T> extends DocumentRoutes<R, T> {

    protected EmailedDocumentRoutes(DocumentOperations documents, DocumentKind kind, Class<R> requestType,
                                    Function<LedgerEntry<R>, T> view) {
        super(documents, kind, requestType, view);
    }

    @PostMapping(value = "/{number}/send-email", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "E-mail the document (PDF and XML) to an address")
    public StatusResponse sendEmail(@PathVariable String number, @RequestBody SendEmailRequest body,
                                    Principal caller) {
        return documents.sendEmail(kind(), number, body, caller);
    }
}
