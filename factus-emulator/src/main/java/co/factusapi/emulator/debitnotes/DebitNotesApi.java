package co.factusapi.emulator.debitnotes;

import co.factusapi.emulator.bills.BillStore;
import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.document.ColombiaTime;
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
import java.util.Base64;

/**
 * The {@code /v2/debit-notes} endpoints (docs/factus-upstream.md §5): v1 has none, and the same bearer token serves
 * both path families (§5, C). v2 paths put the number first: {@code /{number}/download-pdf}.
 */
public final class DebitNotesApi {
    private final DocumentStore<DebitNote> store = new DocumentStore<>("No se encontró la nota débito con número ");
    private final DebitNoteIssuer issuer;
    private final Account account;
    private final Outbox outbox;
    private final Clock clock;

    public DebitNotesApi(BillStore bills, DianSimulator dian, Account account, Outbox outbox, Clock clock,
            Counters counters) {
        this.issuer = new DebitNoteIssuer(store, bills, dian, account, clock, counters);
        this.account = account;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void register(Router router) {
        router.add("POST", "/v2/debit-notes/validate", exchange -> issuer.validate(exchange.json()))
                .add("GET", "/v2/debit-notes", this::list)
                .add("GET", "/v2/debit-notes/{number}", ex -> ApiResponse.ok(DebitNoteJson.full(note(ex))))
                .add("GET", "/v2/debit-notes/{number}/download-pdf", this::downloadPdf)
                .add("GET", "/v2/debit-notes/{number}/download-xml", this::downloadXml)
                .add("POST", "/v2/debit-notes/{number}/send-email", this::sendEmail)
                .add("DELETE", "/v2/debit-notes/reference/{reference_code}", this::delete);
    }

    /** The account's debit notes, for the control plane. */
    public DocumentStore<DebitNote> store() {
        return store;
    }

    /** Drops every debit note; part of the emulator reset. */
    public void reset() {
        store.reset();
    }

    private DebitNote note(Exchange exchange) {
        return store.byNumber(exchange.path("number"));
    }

    /** v2 filters (§13): the v1 ones plus {@code filter[per_page]} and {@code filter[created_at][…]}. */
    private ApiResponse list(Exchange exchange) {
        ListQuery<DebitNote> query = ListQuery.<DebitNote>of(exchange)
                .contains("identification", n -> n.customer().identification())
                .contains("names", n -> n.customer().displayName())
                .contains("number", DebitNote::number)
                .contains("prefix", n -> n.range().prefix())
                .contains("reference_code", DebitNote::referenceCode)
                .equalTo("status", n -> String.valueOf(n.dian().status()))
                .createdBetween(DebitNote::createdAt);
        return ApiResponse.ok(query.page(store.find(query.filter()), "/v2/debit-notes", DebitNoteJson::listRow));
    }

    private ApiResponse downloadPdf(Exchange exchange) {
        DebitNote note = note(exchange);
        return ApiResponse.ok(Json.obj("file_name", note.fileName(), "pdf_base_64_encoded",
                Base64.getEncoder().encodeToString(DocumentPdf.render(note, account.logo()))));
    }

    private ApiResponse downloadXml(Exchange exchange) {
        DebitNote note = note(exchange);
        return ApiResponse.ok(Json.obj("file_name", note.fileName(), "xml_base_64_encoded",
                Base64.getEncoder().encodeToString(DocumentXml.render(note))));
    }

    /** {@code {email, pdf_base_64_encoded?}}; the answer's wording follows credit notes' (§4, D). */
    private ApiResponse sendEmail(Exchange exchange) {
        DebitNote note = note(exchange);
        String email = exchange.json().path("email").asString("");
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return ApiResponse.fieldError("email", email.isBlank() ? "El campo correo electrónico es obligatorio."
                    : "El campo correo electrónico no es un correo válido.");
        }
        boolean ownPdf = exchange.json().hasNonNull("pdf_base_64_encoded");
        outbox.record(new Outbox.Email(note.number(), email, ownPdf,
                ColombiaTime.now(clock).toOffsetDateTime().toString()));
        return ApiResponse.okMessage("Nota débito enviada al cliente con éxito");
    }

    private ApiResponse delete(Exchange exchange) {
        String reference = exchange.path("reference_code");
        store.deleteUnvalidated(reference);
        return ApiResponse.okMessage("Documento con código de referencia " + reference + " eliminado con éxito");
    }
}
