package co.factusapi.emulator.debitnotes;

import co.factusapi.emulator.bills.BillStore;
import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.DianSimulator;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.DocumentsApi;
import co.factusapi.emulator.document.Outbox;
import co.factusapi.emulator.http.Router;
import java.time.Clock;

/**
 * The {@code /v2/debit-notes} endpoints (docs/factus-upstream.md §5): v1 has none, and the same bearer token serves
 * both path families (§5, C). v2 paths put the number first: {@code /{number}/download-pdf}.
 */
public final class DebitNotesApi extends DocumentsApi<DebitNote> {
    private final DebitNoteIssuer issuer;
    private final Outbox outbox;
    private final Clock clock;

    public DebitNotesApi(BillStore bills, DianSimulator dian, Account account, Outbox outbox, Clock clock,
            Counters counters) {
        super(new DocumentStore<>("No se encontró la nota débito con número "), account);
        this.issuer = new DebitNoteIssuer(store(), bills, dian, account, clock, counters);
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * v2 lists also filter on {@code filter[created_at][…]} (and page on {@code filter[per_page]}, §13). Send-email
     * takes {@code {email, pdf_base_64_encoded?}}; its answer's wording follows credit notes' (§4, D).
     */
    @Override
    public void register(Router router) {
        router.add("POST", "/v2/debit-notes/validate", exchange -> issuer.validate(exchange.json()))
                .add("GET", "/v2/debit-notes", list("/v2/debit-notes", DebitNoteJson::listRow,
                        query -> query.createdBetween(DebitNote::createdAt)))
                .add("GET", "/v2/debit-notes/{number}", show(DebitNoteJson::full))
                .add("GET", "/v2/debit-notes/{number}/download-pdf", this::downloadPdf)
                .add("GET", "/v2/debit-notes/{number}/download-xml", this::downloadXml)
                .add("POST", "/v2/debit-notes/{number}/send-email",
                        sendEmail(outbox, () -> ColombiaTime.now(clock), "Nota débito enviada al cliente con éxito"))
                .add("DELETE", "/v2/debit-notes/reference/{reference_code}", this::delete);
    }
}
