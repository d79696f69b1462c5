package co.factusapi.adapter.out.factus;

import co.factusapi.domain.error.FieldViolation;
import co.factusapi.domain.error.UpstreamException;
import co.factusapi.domain.invoice.InvoiceTotals;
import co.factusapi.domain.invoice.IssuedInvoice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads a Factus bill (the {@code data} of validate or show, contract §3.1.2) into the core's terms. */
final class FactusBills {
    private FactusBills() {
    }

    static IssuedInvoice issued(JsonNode data) {
        JsonNode bill = data.path("bill");
        String number = bill.path("number").asString(null);
        if (number == null) {
            throw UpstreamException.badResponse("The e-invoicing provider's answer has no invoice number.", null);
        }
        String prefix = data.path("numbering_range").path("prefix").asString(null);
        InvoiceTotals totals = new InvoiceTotals(amount(bill, "taxable_amount", amount(bill, "gross_value", BigDecimal.ZERO)),
                amount(bill, "tax_amount", BigDecimal.ZERO), amount(bill, "total", BigDecimal.ZERO));
        boolean validated = bill.path("status").asInt(0) == 1 || "1".equals(bill.path("status").asString(""));
        return new IssuedInvoice(number, prefix, bill.path("cufe").asString(null), bill.path("qr").asString(null),
                validated, totals, notices(bill.path("errors")));
    }

    /** {@code errors} on a bill are DIAN notifications, not rejections, when the bill is validated (contract §3.1.4). */
    private static List<FieldViolation> notices(JsonNode errors) {
        List<FieldViolation> notices = new ArrayList<>();
        if (errors.isArray()) {
            errors.forEach(e -> notices.add(new FieldViolation("dian", e.asString())));
        } else if (errors.isObject()) {
            errors.properties().forEach(e -> notices.add(new FieldViolation(e.getKey(), e.getValue().asString())));
        }
        return notices;
    }

    private static BigDecimal amount(JsonNode node, String field, BigDecimal fallback) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String text = value.asString("");
        return text.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(text) : fallback;
    }
}
