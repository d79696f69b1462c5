package co.factusapi.emulator.creditnotes;

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
        registerV2(router);
    }

    /**
     * The v2 credit-note routes (v2 contract §2, §7.1): the same store as v1, so each version lists and shows the
     * other's notes. Paths put the number first; delete keeps {@code reference/{ref}}. The token, rate limit,
     * counters, faults, latency and overlap guard are the v1 ones: the front door keys them by "METHOD /template".
     * The AttachedDocument download answers the note's XML, as v2 bills do.
     */
    private void registerV2(Router router) {
        router.add("POST", "/v2/credit-notes/validate", exchange -> issuer.validateV2(exchange.json()))
                .add("GET", "/v2/credit-notes", list("/v2/credit-notes", CreditNoteV2Json::listRow,
                        query -> query.createdBetween(CreditNote::createdAt)))
                .add("GET", "/v2/credit-notes/{number}", show(CreditNoteV2Json::full))
                .add("GET", "/v2/credit-notes/{number}/download-pdf", this::downloadPdf)
                .add("GET", "/v2/credit-notes/{number}/download-xml", this::downloadXml)
                .add("GET", "/v2/credit-notes/{number}/download-attached-document-xml", this::downloadXml)
                .add("POST", "/v2/credit-notes/{number}/send-email",
                        sendEmail(outbox, () -> ColombiaTime.now(clock), "Nota crédito enviada al cliente con éxito"))
                .add("GET", "/v2/credit-notes/{number}/email-content", emailContent("91"))
                .add("DELETE", "/v2/credit-notes/reference/{reference_code}", this::delete);
    }
}
