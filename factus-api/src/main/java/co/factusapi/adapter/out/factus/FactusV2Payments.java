package co.factusapi.adapter.out.factus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The {@code payment_details[]} entry of a v2 note (contract §3.2, §7.1, §7.4), taken from the document it corrects
 * as Factus v2 shows it ({@code data.payment_details[0]{payment_form{code}, payment_method{code}, due_date}}, §5.1):
 * the note carries the corrected document's payment form and method, as our v1 notes carry its method.
 */
final class FactusV2Payments {
    private static final String PAID_AT_ONCE = "1";
    private static final String ON_CREDIT = "2";
    private static final String CASH = "10";

    private FactusV2Payments() {
    }

    /**
     * {@code corrected}: the {@code data} of the corrected document's v2 show answer; {@code amount}: what the note
     * pays. A missing or unreadable entry gives cash at once ("1", "10"). A credit payment needs its due date (§3.2):
     * the document's ({@code DD-MM-YYYY} in answers, {@code YYYY-MM-DD} in requests, §1.4); without a readable one the
     * note is sent as paid at once rather than with a form Factus would refuse.
     */
    static Map<String, Object> of(JsonNode corrected, BigDecimal amount) {
        JsonNode first = corrected.path("payment_details").path(0);
        String form = code(first, "payment_form");
        String method = code(first, "payment_method");
        LocalDate due = FactusValues.date(first, "due_date");
        if (!ON_CREDIT.equals(form) || due == null) {
            form = PAID_AT_ONCE;
            due = null;
        }
        Map<String, Object> payment = new LinkedHashMap<>();
        payment.put("payment_form", form);
        payment.put("payment_method_code", method == null ? CASH : method);
        payment.put("amount", FactusV2BillPayload.text(amount));
        if (due != null) {
            payment.put("due_date", due.toString());
        }
        return payment;
    }

    /** {@code {code, name}} as documented, or a bare code (a request-shaped echo), or null. */
    private static String code(JsonNode entry, String field) {
        JsonNode value = entry.path(field);
        return value.isObject() ? FactusValues.text(value, "code") : FactusValues.text(entry, field);
    }
}
