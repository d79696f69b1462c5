package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.bills.BillStore;
import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.document.DianSimulator;
import co.factusapi.emulator.document.DocumentPdf;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.DocumentXml;
import co.factusapi.emulator.document.ListQuery;
import co.factusapi.emulator.document.Outbox;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Exchange;
import co.factusapi.emulator.http.Json;
import co.factusapi.emulator.http.Router;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Base64;

/**
 * The {@code /v1/credit-notes} endpoints (docs/factus-upstream.md §4); note that show has no {@code /show/} segment
 * and delete no {@code destroy/} segment.
 */
public final class CreditNotesApi {
    private final DocumentStore<CreditNote> store =
            new DocumentStore<>("No se encontró la nota crédito con número ");
    private final CreditNoteIssuer issuer;
    private final Outbox outbox;
    private final Clock clock;
    private final Account account;

    public CreditNotesApi(BillStore bills, DianSimulator dian, Account account, Outbox outbox, Clock clock,
            Counters counters) {
        this.issuer = new CreditNoteIssuer(store, bills, dian, account, clock, counters);
        this.outbox = outbox;
        this.clock = clock;
        this.account = account;
    }

    public void register(Router router) {
        router.add("POST", "/v1/credit-notes/validate", exchange -> issuer.validate(exchange.json()))
                .add("GET", "/v1/credit-notes", this::list)
                .add("GET", "/v1/credit-notes/{number}", ex -> ApiResponse.ok(CreditNoteJson.full(note(ex))))
                .add("GET", "/v1/credit-notes/download-pdf/{number}", this::downloadPdf)
                .add("GET", "/v1/credit-notes/download-xml/{number}", ex -> ApiResponse.ok(Json.obj(
                        "file_name", note(ex).fileName(),
                        "xml_base_64_encoded", Base64.getEncoder().encodeToString(DocumentXml.render(note(ex))))))
                .add("POST", "/v1/credit-notes/send-email/{number}", this::sendEmail)
                .add("DELETE", "/v1/credit-notes/reference/{reference_code}", this::delete);
    }

    /** The account's credit notes, for the control plane. */
    public DocumentStore<CreditNote> store() {
        return store;
    }

    /** Drops every credit note; part of the emulator reset. */
    public void reset() {
        store.reset();
    }

    private CreditNote note(Exchange exchange) {
        return store.byNumber(exchange.path("number"));
    }

    private ApiResponse downloadPdf(Exchange exchange) {
        CreditNote note = note(exchange);
        return ApiResponse.ok(Json.obj("file_name", note.fileName(),
                "pdf_base_64_encoded", Base64.getEncoder().encodeToString(DocumentPdf.render(note, account.logo()))));
    }

    private ApiResponse list(Exchange exchange) {
        ListQuery<CreditNote> query = ListQuery.<CreditNote>of(exchange)
                .contains("identification", n -> n.customer().identification())
                .contains("names", n -> n.customer().displayName())
                .contains("number", CreditNote::number)
                .contains("prefix", n -> n.range().prefix())
                .contains("reference_code", CreditNote::referenceCode)
                .equalTo("status", n -> String.valueOf(n.dian().status()));
        return ApiResponse.ok(query.page(store.find(query.filter()), "/v1/credit-notes", CreditNoteJson::listRow));
    }

    /** Only an unvalidated (held) note; a validated one answers "… se encuentra validado" (§3.11, §4). */
    private ApiResponse delete(Exchange exchange) {
        String reference = exchange.path("reference_code");
        store.deleteUnvalidated(reference);
        return ApiResponse.okMessage("Documento con código de referencia " + reference + " eliminado con éxito");
    }

    private ApiResponse sendEmail(Exchange exchange) {
        CreditNote note = note(exchange);
        String email = exchange.json().path("email").asString("");
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return ApiResponse.fieldError("email", email.isBlank() ? "El campo correo electrónico es obligatorio."
                    : "El campo correo electrónico no es un correo válido.");
        }
        boolean ownPdf = exchange.json().hasNonNull("pdf_base_64_encoded");
        outbox.record(new Outbox.Email(note.number(), email, ownPdf, ZonedDateTime.now(clock).toOffsetDateTime()
                .toString()));
        return ApiResponse.okMessage("Nota crédito enviada al cliente con éxito");
    }
}
