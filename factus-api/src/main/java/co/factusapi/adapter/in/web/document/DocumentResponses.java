package co.factusapi.adapter.in.web.document;

import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.error.InvalidRequestException;
import co.factusapi.domain.invoice.InvoiceEvent;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The JSON shapes of document operations (compatible with the original service). */
public final class DocumentResponses {
    private static final String EMAIL = "^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$";

    private DocumentResponses() {
    }

    /** The raw file, or the base64 JSON shape when the Accept header asks for JSON and not for the file type. */
    public static ResponseEntity<?> file(DocumentFile document, MediaType type, String accept) {
        if (wantsJson(accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(DownloadResponse.of(document));
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName()).build().toString())
                .body(document.content());
    }

    private static boolean wantsJson(String accept) {
        if (accept == null) {
            return false;
        }
        List<MediaType> types = MediaType.parseMediaTypes(accept);
        return types.stream().anyMatch(t -> t.equalsTypeAndSubtype(MediaType.APPLICATION_JSON))
                && types.stream().noneMatch(t -> t.getSubtype().equals("pdf") || t.getSubtype().equals("xml"));
    }

    public record DownloadResponse(String fileName, String fileContent, String extension) {
        static DownloadResponse of(DocumentFile document) {
            return new DownloadResponse(document.fileName(), Base64.getEncoder().encodeToString(document.content()),
                    document.format().name().toLowerCase(Locale.ROOT));
        }
    }

    public record EventResponse(String number, String cude, String eventCode, String eventName, String effectiveDate,
                         String effectiveTime) {
        public static EventResponse of(InvoiceEvent event) {
            return new EventResponse(event.number(), event.cude(), event.eventCode(), event.eventName(),
                    event.effectiveDate(), event.effectiveTime());
        }
    }

    @Schema(example = """
            {"email": "juan@example.com"}""")
    public record SendEmailRequest(String email) {
        /** The address, checked before any provider call. */
        public String checkedEmail() {
            if (email == null || email.length() > 254 || !email.matches(EMAIL)) {
                throw InvalidRequestException.of("email", "must be a valid e-mail address");
            }
            return email;
        }
    }

    public record StatusResponse(String status, String message) {
    }
}
