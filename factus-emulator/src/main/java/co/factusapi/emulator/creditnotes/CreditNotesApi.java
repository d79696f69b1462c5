package co.factusapi.emulator.creditnotes;

import co.factusapi.emulator.bills.BillStore;
import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.control.Counters;
import co.factusapi.emulator.document.DianSimulator;
import co.factusapi.emulator.document.DocumentStore;
import co.factusapi.emulator.document.DocumentsApi;
import co.factusapi.emulator.document.Outbox;
import co.factusapi.emulator.http.Router;
import java.time.Clock;
import java.time.ZonedDateTime;

/**
 * The {@code /v1/credit-notes} endpoints (docs/factus-upstream.md §4); note that show has no {@code /show/} segment
 * and delete no {@code destroy/} segment.
 */
public final class CreditNotesApi extends DocumentsApi<CreditNote> {
    private final CreditNoteIssuer issuer;
    private final Outbox outbox;
    private final Clock clock;

    public CreditNotesApi(BillStore bills, DianSimulator dian, Account account, Outbox outbox, Clock clock,
            Counters counters) {
        super(new DocumentStore<>("No se encontró la nota crédito con número "), account);
        this.issuer = new CreditNoteIssuer(store(), bills, dian, account, clock, counters);
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void register(Router router) {
        router.add("POST", "/v1/credit-notes/validate", exchange -> issuer.validate(exchange.json()))
                .add("GET", "/v1/credit-notes", list("/v1/credit-notes", CreditNoteJson::listRow))
                .add("GET", "/v1/credit-notes/{number}", show(CreditNoteJson::full))
                .add("GET", "/v1/credit-notes/download-pdf/{number}", this::downloadPdf)
                .add("GET", "/v1/credit-notes/download-xml/{number}", this::downloadXml)
                // The outbox time keeps the clock's zone and fractions, as it always has for credit notes.
                .add("POST", "/v1/credit-notes/send-email/{number}",
                        sendEmail(outbox, () -> ZonedDateTime.now(clock), "Nota crédito enviada al cliente con éxito"))
                .add("DELETE", "/v1/credit-notes/reference/{reference_code}", this::delete);
    }
}
