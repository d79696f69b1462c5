package co.factusapi.adapter.in.web.invoice;

import co.factusapi.domain.invoice.InvoiceDocument;
import co.factusapi.domain.invoice.InvoiceEvent;
import java.util.Base64;
import java.util.Locale;

/** The JSON shapes of document operations (compatible with the original service). */
final class DocumentResponses {
    private DocumentResponses() {
    }

    /** The original base64 shape, for clients that ask for {@code application/json}. */
    record DownloadResponse(String fileName, String fileContent, String extension) {
        static DownloadResponse of(InvoiceDocument document) {
            return new DownloadResponse(document.fileName(), Base64.getEncoder().encodeToString(document.content()),
                    document.format().name().toLowerCase(Locale.ROOT));
        }
    }

    record EventResponse(String number, String cude, String eventCode, String eventName, String effectiveDate,
                         String effectiveTime) {
        static EventResponse of(InvoiceEvent event) {
            return new EventResponse(event.number(), event.cude(), event.eventCode(), event.eventName(),
                    event.effectiveDate(), event.effectiveTime());
        }
    }

    record SendEmailRequest(String email) {
    }

    record StatusResponse(String status, String message) {
    }
}
