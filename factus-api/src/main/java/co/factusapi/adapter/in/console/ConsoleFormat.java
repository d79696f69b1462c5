package co.factusapi.adapter.in.console;

import co.factusapi.adapter.in.web.document.LedgerFilters;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the console writes amounts (Colombian pesos, in the reader's language) and times (Bogotá, where DIAN counts). */
final class ConsoleFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(LedgerFilters.COLOMBIA);
    private static final Locale SPANISH_COLOMBIA = Locale.forLanguageTag("es-CO");

    private ConsoleFormat() {
    }

    /** {@code $ 23.800,00} in Spanish, {@code $ 23,800.00} in English. */
    static String money(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        Locale numbers = "en".equals(locale.getLanguage()) ? Locale.US : SPANISH_COLOMBIA;
        return "$ " + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(numbers)).format(amount);
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(LedgerFilters.COLOMBIA));
    }
}
