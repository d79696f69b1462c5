package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.DocumentsApi;
import co.factusapi.emulator.document.Outbox;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Exchange;
import co.factusapi.emulator.http.Router;
import java.time.Clock;
import tools.jackson.databind.JsonNode;

/** The {@code /v1/bills} endpoints (docs/factus-upstream.md §3). */
public final class BillsApi extends DocumentsApi<Bill> {
    private final BillIssuer issuer;
    private final Outbox outbox;
    private final Clock clock;
    private final BillV2Json.RelatedNotes related;

    public BillsApi(BillIssuer issuer, BillStore store, Outbox outbox, Clock clock, Account account) {
        this(issuer, store, outbox, clock, account, BillV2Json.RelatedNotes.NONE);
    }

    /** @param related the notes that reference a bill, for v2's {@code related_notes} */
    public BillsApi(BillIssuer issuer, BillStore store, Outbox outbox, Clock clock, Account account,
            BillV2Json.RelatedNotes related) {
        super(store, account);
        this.issuer = issuer;
        this.outbox = outbox;
        this.clock = clock;
        this.related = related;
    }

    @Override
    public void register(Router router) {
        router.add("POST", "/v1/bills/validate", exchange -> issuer.validate(exchange.json()))
                .add("GET", "/v1/bills", list("/v1/bills", BillJson::listRow))
                .add("GET", "/v1/bills/show/{number}", show(BillJson::full))
                .add("GET", "/v1/bills/download-pdf/{number}", this::downloadPdf)
                .add("GET", "/v1/bills/download-xml/{number}", this::downloadXml)
                .add("DELETE", "/v1/bills/destroy/reference/{reference_code}", this::delete)
                .add("POST", "/v1/bills/send-email/{number}", this::sendEmail)
                .add("GET", "/v1/bills/{number}/email-content", emailContent("01"))
                .add("GET", "/v1/bills/{number}/radian/events", this::radianEvents);
        registerV2(router);
    }

    /**
     * The v2 bill routes (v2 contract §2, §5): the same store as v1, so each version lists and shows the other's
     * bills. Paths put the number first; delete keeps v1's {@code destroy/reference} path. The token, rate limit,
     * counters, faults, latency and overlap guard are the v1 ones: the front door keys them by "METHOD /template".
     */
    private void registerV2(Router router) {
        router.add("POST", "/v2/bills/validate", exchange -> issuer.validateV2(exchange.json(), this::v2Json))
                .add("GET", "/v2/bills", list("/v2/bills", BillV2Json::listRow,
                        query -> query.createdBetween(Bill::createdAt)))
                .add("GET", "/v2/bills/{number}", show(this::v2Json))
                .add("GET", "/v2/bills/{number}/download-pdf", this::downloadPdf)
                .add("GET", "/v2/bills/{number}/download-xml", this::downloadXml)
                .add("GET", "/v2/bills/{number}/download-attached-document-xml", this::downloadXml)
                .add("POST", "/v2/bills/{number}/send-email", this::sendEmail)
                .add("GET", "/v2/bills/{number}/email-content", emailContent("01"))
                .add("GET", "/v2/bills/{number}/radian/events", this::radianEvents)
                .add("DELETE", "/v2/bills/destroy/reference/{reference_code}", this::delete);
    }

    private Object v2Json(Bill bill) {
        return BillV2Json.full(bill, related);
    }

    /** §6.2: the same {number, cude, event_code, event_name, effective_date, effective_time} list in v1 and v2. */
    private ApiResponse radianEvents(Exchange exchange) {
        return ApiResponse.ok(document(exchange).events().stream().map(RadianEvent::toJson).toList());
    }

    /** Apart from the notes' send-email: bills read {@code email} strictly, so a non-text value is no blank one. */
    private ApiResponse sendEmail(Exchange exchange) {
        Bill bill = document(exchange);
        JsonNode body = exchange.json();
        JsonNode email = body.get("email");
        if (email == null || email.isNull() || email.asString().isBlank()) {
            return ApiResponse.fieldError("email", "El campo correo electrónico es obligatorio.");
        }
        if (!email.asString().matches(EMAIL)) {
            return ApiResponse.fieldError("email", "El campo correo electrónico no es un correo válido.");
        }
        JsonNode ownPdf = body.get("pdf_base_64_encoded");
        outbox.record(new Outbox.Email(bill.number(), email.asString(), ownPdf != null && !ownPdf.isNull(),
                ColombiaTime.now(clock).toOffsetDateTime().toString()));
        return ApiResponse.okMessage("Factura enviada al cliente con éxito");
    }
}
