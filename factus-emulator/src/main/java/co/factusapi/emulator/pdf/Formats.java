package co.factusapi.emulator.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Colombian number and date formats for the printed document: "$ 1.234.567,89", "19 %", "05/12/2026 14:30". */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private Formats() {
    }

    /** "$ 1.234,50", or "-$ 1.234,50" for amounts taken off. */
    public static String money(BigDecimal value) {
        BigDecimal cents = value.setScale(2, RoundingMode.HALF_UP);
        return (cents.signum() < 0 ? "-$ " : "$ ") + decimal(cents.abs(), "#,##0.00");
    }

    static String percent(BigDecimal rate) {
        return decimal(rate, "#,##0.##") + " %";
    }

    static String quantity(BigDecimal quantity) {
        return decimal(quantity, "#,##0.####");
    }

    static String dateTime(ZonedDateTime time) {
        return time.format(DATE_TIME);
    }

    // DecimalFormat is not thread-safe, so each call gets its own.
    private static String decimal(BigDecimal value, String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
