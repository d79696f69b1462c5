package co.factusapi.emulator.document;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One entry of v2 {@code payment_details[]} (docs/factus-upstream.md §13): form 1 cash / 2 credit, DIAN means. */
public record PaymentDetail(String paymentForm, String paymentMethodCode, BigDecimal amount, LocalDate dueDate,
        String referenceCode) {
}
