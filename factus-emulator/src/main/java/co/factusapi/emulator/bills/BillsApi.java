package co.factusapi.emulator.bills;

import co.factusapi.emulator.catalog.Account;
import co.factusapi.emulator.document.ColombiaTime;
import co.factusapi.emulator.document.DocumentXml;
import co.factusapi.emulator.document.DocumentsApi;
import co.factusapi.emulator.document.Outbox;
import co.factusapi.emulator.http.ApiResponse;
import co.factusapi.emulator.http.Exchange;
import co.factusapi.emulator.http.Json;
import co.factusapi.emulator.http.Router;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.JsonNode;

/** The {@code /v1/bills} endpoints (docs/factus-upstream.md §3). */
public final class BillsApi extends DocumentsApi<Bill> {
    private final BillIssuer issuer;
    private final Outbox outbox;
    private final Clock clock;

    public BillsApi(BillIssuer issuer, BillStore store, Outbox outbox, Clock clock, Account account) {
        super(store, account);
        this.issuer = issuer;
        this.outbox = outbox;
        this.clock = clock;
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
                .add("GET", "/v1/bills/{number}/email-content", this::emailContent)
                .add("GET", "/v1/bills/{number}/radian/events", ex -> ApiResponse.ok(
                        document(ex).events().stream().map(RadianEvent::toJson).toList()));
    }

    /** For integrators that mail the customer themselves (docs/factus-upstream.md §3.12): DIAN subject plus a ZIP of PDF and XML. */
    private ApiResponse emailContent(Exchange exchange) {
        Bill bill = document(exchange);
        String company = bill.company().displayName();
        String subject = String.join(";", bill.company().nit(), company, bill.number(), "01", company);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry(bill.fileName() + ".pdf"));
            out.write(pdf(bill));
            out.putNextEntry(new ZipEntry(bill.fileName() + ".xml"));
            out.write(DocumentXml.render(bill));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ApiResponse.ok(Json.obj("subject", subject,
                "attached_document", Base64.getEncoder().encodeToString(zip.toByteArray())));
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
