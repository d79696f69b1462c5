package co.factusapi.adapter.in.web.document;

import co.factusapi.adapter.in.web.idempotency.IdempotencyFilter;
import co.factusapi.application.port.in.IssueDocumentUseCase.Issued;
import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.DocumentStatus;
import co.factusapi.domain.document.LedgerEntry;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The answer to issuing a DIAN document: 201 at its own URL once DIAN validated it; otherwise 202 pointing at the
 * list filtered by its reference code, where the settled outcome will appear. A repeat of an issued request whose
 * first answer was lost is the same 201, marked {@code Idempotent-Replayed: true}.
 */
public final class IssueAnswers {
    private IssueAnswers() {
    }

    /** The collection of a kind's routes: /api/v1/invoices, /api/v1/credit-notes, ... */
    public static String collection(DocumentKind kind) {
        return "/api/v1/" + kind.slug() + "s";
    }

    /** Where one document of the ledger is read. */
    public static URI location(DocumentKind kind, String number) {
        return UriComponentsBuilder.fromPath(collection(kind) + "/{number}").buildAndExpand(number).toUri();
    }

    public static <T> ResponseEntity<T> of(Issued<?> issued, T body) {
        LedgerEntry<?> entry = issued.entry();
        if (entry.status() == DocumentStatus.ISSUED) {
            ResponseEntity.BodyBuilder created = ResponseEntity.created(location(entry.kind(), entry.number()));
            if (issued.replayed()) {
                created.header(IdempotencyFilter.REPLAYED, "true");
            }
            return created.body(body);
        }
        URI location = UriComponentsBuilder.fromPath(collection(entry.kind())).queryParam("reference_code", "{ref}")
                .encode().buildAndExpand(entry.referenceCode()).toUri();
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(location).body(body);
    }
}
