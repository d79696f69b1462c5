package co.factusapi.adapter.out.factus;

import co.factusapi.domain.document.DocumentFile;
import co.factusapi.domain.document.DocumentTotals;
import co.factusapi.domain.document.ProviderDocument.DianState;
import co.factusapi.domain.document.ProviderDocument;
import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.UpstreamException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads a Factus document (bill, note, support document) and its files into the core's terms. */
final class FactusDocumentJson {
    private FactusDocumentJson() {
    }

    /** DIAN's verdict travels in the texts of a held bill's errors: "Regla: FAK24, Rechazo: …" (docs/factus-upstream.md). */
    private static final String DIAN_REJECTION = "Rechazo";

    /**
     * The {@code data} of validate or show: the document under its kind's key ({@code bill{…, cufe}},
     * {@code credit_note{…, cude}}, {@code support_document{…, cuds}}) beside the numbering range.
     */
    static ProviderDocument document(JsonNode data, FactusEndpoints endpoints) {
        return document(data, endpoints.documentKey(), endpoints.uniqueCodeKey());
    }

    /** The {@code data} of a download-pdf / download-xml answer (docs/factus-upstream.md §3.10) as a file. */
    static DocumentFile file(JsonNode data, String number, DocumentFile.Format format) {
        boolean pdf = format == DocumentFile.Format.PDF;
        String base64 = data.path(pdf ? "pdf_base_64_encoded" : "xml_base_64_encoded").asString("");
        String fileName = data.path("file_name").asString(number);
        try {
            byte[] content = Base64.getMimeDecoder().decode(base64);
            return new DocumentFile(fileName + (pdf ? ".pdf" : ".xml"), format, content);
        } catch (IllegalArgumentException e) {
            throw UpstreamException.badResponse("The e-invoicing provider sent a damaged file.", e);
        }
    }

    /** {@code key} null: a v2 answer, whose {@code data} is the document itself, amounts under {@code totals}. */
    private static ProviderDocument document(JsonNode data, String key, String uniqueCode) {
        JsonNode document = key == null ? data : data.path(key);
        // Only the documented scalar types are read; a number that is absent, blank or not a scalar is a bad answer.
        String number = FactusValues.text(document, "number");
        if (number == null) {
            throw UpstreamException.badResponse("The e-invoicing provider's answer has no document number.", null);
        }
        String prefix = FactusValues.text(data.path("numbering_range"), "prefix");
        JsonNode amounts = key == null ? document.path("totals") : document;
        // The base before tax: gross_value (v1) or gross_amount (v2); taxable_amount leaves out untaxed lines, so it is
        // only the last resort (it is 0.00 on a support document, whose lines carry no tax).
        BigDecimal base = amount(amounts, "gross_value", amount(amounts, "gross_amount",
                amount(amounts, "taxable_amount", BigDecimal.ZERO)));
        DocumentTotals totals = new DocumentTotals(base, amount(amounts, "tax_amount", BigDecimal.ZERO),
                amount(amounts, "total", BigDecimal.ZERO));
        List<FieldViolation> notices = notices(document.path("errors"));
        String qr = FactusValues.text(document, "qr");
        qr = qr != null ? qr : FactusValues.text(document.path("links"), "qr");
        return new ProviderDocument(number, prefix, FactusValues.text(document, uniqueCode), qr,
                dianState(validated(document), notices), totals, notices);
    }

    /** v1 writes {@code status: 1}; v2 a JSON boolean {@code is_validated}. */
    private static boolean validated(JsonNode document) {
        return "1".equals(FactusValues.text(document, "status")) || FactusValues.flag(document, "is_validated", false);
    }

    /** A held document that is not validated is either refused by DIAN or still waiting for its verdict. */
    private static DianState dianState(boolean validated, List<FieldViolation> notices) {
        if (validated) {
            return DianState.VALIDATED;
        }
        boolean rejected = notices.stream().anyMatch(n -> n.message() != null && n.message().contains(DIAN_REJECTION));
        return rejected ? DianState.REJECTED : DianState.AWAITING_DIAN;
    }

    /** {@code errors} on a bill are DIAN notifications, not rejections, when the bill is validated (docs/factus-upstream.md §3.5). */
    private static List<FieldViolation> notices(JsonNode errors) {
        List<FieldViolation> notices = new ArrayList<>();
        if (errors.isArray()) {
            errors.forEach(e -> {
                if (e.isValueNode() && !e.isNull()) {
                    notices.add(new FieldViolation("dian", e.asString()));
                }
            });
        } else if (errors.isObject()) {
            errors.properties().forEach(e -> notices.add(new FieldViolation(e.getKey(),
                    e.getValue().isValueNode() ? e.getValue().asString() : e.getValue().toString())));
        } else if (errors.isString() && !errors.asString().isBlank()) {
            notices.add(new FieldViolation("dian", errors.asString()));
        }
        return notices;
    }

    private static BigDecimal amount(JsonNode node, String field, BigDecimal fallback) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String text = value.isString() ? value.asString().trim() : "";
        return text.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(text) : fallback;
    }
}
