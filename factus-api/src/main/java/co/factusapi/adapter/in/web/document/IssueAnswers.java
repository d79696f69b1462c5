package co.factusapi.adapter.in.web.document;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The answer to issuing a DIAN document (invoice, credit note): 201 at its own URL once DIAN validated it; otherwise
 * 202 pointing at the list filtered by its reference code, where the settled outcome will appear.
 */
public final class IssueAnswers {
    private IssueAnswers() {
    }

    public static <T> ResponseEntity<T> of(String collection, boolean validated, String number, String referenceCode,
                                           T body) {
        if (validated) {
            URI location = UriComponentsBuilder.fromPath(collection + "/{number}").buildAndExpand(number).toUri();
            return ResponseEntity.created(location).body(body);
        }
        URI location = UriComponentsBuilder.fromPath(collection).queryParam("reference_code", "{ref}")
                .encode().buildAndExpand(referenceCode).toUri();
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(location).body(body);
    }
}
