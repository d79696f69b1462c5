package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Exchange;
import co.factusapi.emulator.http.Json;
import co.factusapi.emulator.http.RouteHandler;
import co.factusapi.emulator.http.Router;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The endpoints every document family has over its store, which behave alike whatever the family (list, show, PDF,
 * XML, delete; docs/factus-upstream.md §3.8–§3.11) plus the notes' send-email. Each family registers them under its
 * own paths, with its own JSON.
 */
public abstract class DocumentsApi<T extends AbstractStoredDocument<?>> {
    /** An e-mail address as the emulator checks it: one @ with a dot after it, no spaces. */
    protected static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final DocumentStore<T> store;
    private final Account account;

    protected DocumentsApi(DocumentStore<T> store, Account account) {
        this.store = store;
        this.account = account;
    }

    public abstract void register(Router router);

    /** The family's documents, for the control plane and for the families that refer to them. */
    public DocumentStore<T> store() {
        return store;
    }

    /** Drops every document of the family; part of the emulator reset. */
    public void reset() {
        store.reset();
    }

    /** The document of the path's {@code {number}}, or the family's 404. */
    protected T document(Exchange exchange) {
        return store.byNumber(exchange.path("number"));
    }

    protected RouteHandler show(Function<T, Object> toJson) {
        return exchange -> ApiResponse.ok(toJson.apply(document(exchange)));
    }

    protected RouteHandler list(String path, Function<T, Object> row) {
        return list(path, row, UnaryOperator.identity());
    }

    /**
     * Newest first, a page at a time. {@code filter[identification]} and {@code filter[names]} refer to the
     * counterpart: the customer, or the provider of support documents and their notes (§6).
     *
     * @param versionFilters what an API version adds to the v1 filters
     */
    protected RouteHandler list(String path, Function<T, Object> row, UnaryOperator<ListQuery<T>> versionFilters) {
        return exchange -> {
            ListQuery<T> query = versionFilters.apply(ListQuery.<T>of(exchange)
                    .contains("identification", document -> document.counterpart().identification())
                    .contains("names", document -> document.counterpart().name())
                    .contains("number", StoredDocument::number)
                    .contains("prefix", document -> document.range().prefix())
                    .contains("reference_code", StoredDocument::referenceCode)
                    .equalTo("status", document -> String.valueOf(document.dian().status())));
            return ApiResponse.ok(query.page(store.find(query.filter()), path, row));
        };
    }

    protected ApiResponse downloadPdf(Exchange exchange) {
        T document = document(exchange);
        return ApiResponse.ok(Json.obj("file_name", document.fileName(),
                "pdf_base_64_encoded", Base64.getEncoder().encodeToString(pdf(document))));
    }

    /** With the account's current logo: the emulator keeps no logo per document. */
    protected byte[] pdf(T document) {
        return DocumentPdf.render(document, account.logo());
    }

    protected ApiResponse downloadXml(Exchange exchange) {
        T document = document(exchange);
        return ApiResponse.ok(Json.obj("file_name", document.fileName(),
                "xml_base_64_encoded", Base64.getEncoder().encodeToString(DocumentXml.render(document))));
    }

    /** Only an unvalidated (held) document; a validated one answers "… se encuentra validado" (§3.11). */
    protected ApiResponse delete(Exchange exchange) {
        String reference = exchange.path("reference_code");
        deleted(store.deleteUnvalidated(reference));
        return ApiResponse.okMessage("Documento con código de referencia " + reference + " eliminado con éxito");
    }

    /** What else a deleted document changes; only some families have something to do. */
    protected void deleted(T document) {
    }

    /**
     * The notes' {@code {email, pdf_base_64_encoded?}} send-email (§4): the e-mail is only recorded in the outbox.
     *
     * @param now          the time the outbox records
     * @param confirmation the family's answer, e.g. "Nota crédito enviada al cliente con éxito"
     */
    protected RouteHandler sendEmail(Outbox outbox, Supplier<ZonedDateTime> now, String confirmation) {
        return exchange -> {
            T document = document(exchange);
            String email = exchange.json().path("email").asString("");
            if (!email.matches(EMAIL)) {
                return ApiResponse.fieldError("email", email.isBlank() ? "El campo correo electrónico es obligatorio."
                        : "El campo correo electrónico no es un correo válido.");
            }
            boolean ownPdf = exchange.json().hasNonNull("pdf_base_64_encoded");
            outbox.record(new Outbox.Email(document.number(), email, ownPdf,
                    now.get().toOffsetDateTime().toString()));
            return ApiResponse.okMessage(confirmation);
        };
    }

    /**
     * For integrators that mail the customer themselves (docs/factus-upstream.md §3.12): DIAN subject
     * {@code NIT;Company;Number;<document type>;Company} plus a ZIP of PDF and XML as {@code attached_document}.
     *
     * @param documentTypeCode DIAN's document type in the subject: "01" bill, "91" credit note
     */
    protected RouteHandler emailContent(String documentTypeCode) {
        return exchange -> {
            T document = document(exchange);
            String company = document.company().displayName();
            String subject = String.join(";", document.company().nit(), company, document.number(),
                    documentTypeCode, company);
            java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip)) {
                out.putNextEntry(new java.util.zip.ZipEntry(document.fileName() + ".pdf"));
                out.write(pdf(document));
                out.putNextEntry(new java.util.zip.ZipEntry(document.fileName() + ".xml"));
                out.write(DocumentXml.render(document));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return ApiResponse.ok(Json.obj("subject", subject,
                    "attached_document", Base64.getEncoder().encodeToString(zip.toByteArray())));
        };
    }
}
