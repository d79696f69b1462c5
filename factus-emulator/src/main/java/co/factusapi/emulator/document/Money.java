package co.factusapi.emulator.document;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is BigDecimal rounded HALF_UP to cents, rendered as a plain 2-decimal string (docs/factus-upstream.md §1). */
public final class Money {
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    public static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    public static String text(BigDecimal value) {
        return round(value).toPlainString();
    }

    /** {@code value × percent / 100}, rounded to cents. */
    public static BigDecimal percentOf(BigDecimal value, BigDecimal percent) {
        return round(value.multiply(percent).divide(HUNDRED, 10, RoundingMode.HALF_UP));
    }

    /** {@code 1 + percent / 100}, the factor that turns a tax-exclusive amount into a tax-inclusive one. */
    public static BigDecimal grossUpFactor(BigDecimal percent) {
        return BigDecimal.ONE.add(percent.divide(HUNDRED, 10, RoundingMode.HALF_UP));
    }
}
