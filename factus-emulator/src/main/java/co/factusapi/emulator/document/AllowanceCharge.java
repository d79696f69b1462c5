package co.factusapi.emulator.document;

import java.math.BigDecimal;

/** A document-level charge; only concept 03 "recargo condicionado" is enabled (docs/factus-upstream.md §3.2). */
public record AllowanceCharge(String conceptType, boolean surcharge, String reason, BigDecimal baseAmount,
        BigDecimal amount) {
}
