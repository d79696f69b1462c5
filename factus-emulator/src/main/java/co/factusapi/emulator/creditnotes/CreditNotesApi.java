package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.bills.BillStore;
import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.catalog.Catalog;
import co.factusapi.emulator.document.DocumentPdf;
import co.factusapi.emulator.document.DocumentXml;
import co.factusapi.emulator.document.Outbox;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Exchange;
import co.factusapi.emulator.http.Json;
import co.factusapi.emulator.http.Pagination;
import co.factusapi.emulator.http.Router;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.function.Function;
import java.util.function.Predicate;

/** The {@code /v1/credit-notes} endpoints (contract §4); note that show has no {@code /show/} segment. */
public final class CreditNotesApi {
    private final CreditNoteStore store = new CreditNoteStore();
    private final CreditNoteIssuer issuer;
    private final Outbox outbox;
    private final Clock clock;
    private final Account account;

    public CreditNotesApi(BillStore bills, Account account, Outbox outbox, Clock clock) {
        this.issuer = new CreditNoteIssuer(store, bills, account, clock);
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
                .add("DELETE", "/v1/credit-notes/reference/{reference_code}", ex -> {
                    throw store.deleteRefusal(ex.path("reference_code"));
                });
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
        Predicate<CreditNote> filter = contains(exchange.query("filter[identification]"),
                        n -> n.customer().identification())
                .and(contains(exchange.query("filter[names]"), n -> n.customer().displayName()))
                .and(contains(exchange.query("filter[number]"), CreditNote::number))
                .and(contains(exchange.query("filter[prefix]"), n -> n.range().prefix()))
                .and(contains(exchange.query("filter[reference_code]"), CreditNote::referenceCode));
        int page = Math.max(1, exchange.queryInt("page", 1));
        int perPage = Math.clamp(exchange.queryInt("per_page", 10), 1, 100);
        return ApiResponse.ok(Pagination.page(store.find(filter), page, perPage,
                exchange.baseUrl() + "/v1/credit-notes", CreditNoteJson::listRow));
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

    private static Predicate<CreditNote> contains(String filter, Function<CreditNote, String> field) {
        if (filter == null || filter.isBlank()) {
            return note -> true;
        }
        return note -> field.apply(note) != null && Catalog.nameMatches(field.apply(note), filter);
    }
}
