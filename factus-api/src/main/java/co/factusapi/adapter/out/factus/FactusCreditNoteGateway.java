package co.factusapi.adapter.out.factus;

import co.factusapi.application.port.out.CreditNoteGateway;
import co.factusapi.domain.creditnote.CreditNoteConcept;
import co.factusapi.domain.creditnote.CreditNoteRequest;
import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.PaymentMethod;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.UpstreamException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** {@link CreditNoteGateway} over the Factus v1 credit-notes API (contract §4). */
public final class FactusCreditNoteGateway implements CreditNoteGateway {
    /** Customization 20: "Nota Crédito que referencia una factura electrónica" (22 would be without reference). */
    private static final int REFERENCES_A_BILL = 20;
    private static final int MAX_LOOKUP_PAGES = 20;
    private final FactusClient client;
    private final FactusCatalog catalog;
    private final FactusBillPayload lines;

    public FactusCreditNoteGateway(FactusClient client, FactusCatalog catalog) {
        this.client = client;
        this.catalog = catalog;
        this.lines = new FactusBillPayload(catalog);
    }

    @Override
    public ProviderDocument issue(CreditNoteRequest request, PaymentMethod paymentMethod) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("numbering_range_id", catalog.creditNoteRangeId(request.numberingRangePrefix()));
        body.put("correction_concept_code", correctionConceptCode(request.correctionConcept()));
        body.put("customization_id", REFERENCES_A_BILL);
        body.put("bill_id", billId(request.invoiceNumber()));
        body.put("reference_code", request.referenceCode());
        body.put("payment_method_code", paymentMethod.dianCode());
        if (request.sendEmail() != null) {
            body.put("send_email", request.sendEmail());
        }
        if (request.observation() != null && !request.observation().isBlank()) {
            body.put("observation", request.observation());
        }
        // The customer is left out: Factus copies it from the referenced bill (contract §4).
        body.put("items", lines.items(request.items()));
        return FactusBills.creditNote(FactusInvoiceGateway.ok(
                client.sendSlow("credit-notes.validate", "/v1/credit-notes/validate", body)).path("data"));
    }

    /** Factus filters reference codes with a partial match (contract §3.2), so we compare exactly here. */
    @Override
    public Optional<ProviderDocument> findByReference(String referenceCode) {
        int lastPage = 1;
        for (int page = 1; page <= lastPage && page <= MAX_LOOKUP_PAGES; page++) {
            JsonNode body = FactusInvoiceGateway.ok(client.get("credit-notes.list", "/v1/credit-notes",
                    Map.of("filter[reference_code]", referenceCode, "page", Integer.toString(page))));
            for (JsonNode row : body.path("data").path("data")) {
                if (referenceCode.equals(row.path("reference_code").asString(null))) {
                    return Optional.of(FactusBills.creditNote(FactusInvoiceGateway.ok(client.get("credit-notes.show",
                            "/v1/credit-notes/{number}", Map.of(), row.path("number").asString())).path("data")));
                }
            }
            lastPage = body.path("data").path("pagination").path("last_page").asInt(1);
        }
        return Optional.empty();
    }

    @Override
    public DocumentFile download(String number, DocumentFile.Format format) {
        boolean pdf = format == DocumentFile.Format.PDF;
        JsonNode data = FactusInvoiceGateway.ok(client.get(pdf ? "credit-notes.download-pdf" : "credit-notes.download-xml",
                pdf ? "/v1/credit-notes/download-pdf/{number}" : "/v1/credit-notes/download-xml/{number}", Map.of(),
                number)).path("data");
        return FactusBills.file(data, number, format);
    }

    @Override
    public void sendEmail(String number, String email) {
        FactusInvoiceGateway.ok(client.send("credit-notes.send-email", HttpMethod.POST,
                "/v1/credit-notes/send-email/{number}", Map.of("email", email), number));
    }

    /**
     * {@code bill_id} is the Factus id of the bill, not its number, so it is read from the bill at credit time: one
     * idempotent GET, no provider id in our ledger, and invoices issued before credit notes existed work too.
     */
    private long billId(String invoiceNumber) {
        JsonNode bill = FactusInvoiceGateway.ok(client.get("bills.show", "/v1/bills/show/{number}", Map.of(),
                invoiceNumber)).path("data").path("bill");
        if (!bill.path("id").canConvertToLong()) {
            throw UpstreamException.badResponse(
                    "The e-invoicing provider's bill has no id.", null);
        }
        return bill.path("id").asLong();
    }

    /**
     * DIAN concepts 1 devolución parcial, 2 anulación, 3 rebaja o descuento, 4 ajuste de precio. {@code other} is
     * sent as 5, as the original service did, although Factus names 5 "descuento comercial por pronto pago" (and 6
     * "por volumen de ventas"): DIAN's table has no generic "other".
     */
    static int correctionConceptCode(CreditNoteConcept concept) {
        return switch (concept) {
            case PARTIAL_RETURN -> 1;
            case CANCELLATION -> 2;
            case DISCOUNT -> 3;
            case PRICE_ADJUSTMENT -> 4;
            case OTHER -> 5;
        };
    }
}
