package co.factusapi.adapter.out.factus;

import co.factusapi.domain.document.DocumentAmounts;
import co.factusapi.domain.document.DocumentLine;
import co.factusapi.domain.error.InvalidRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Our tax-inclusive lines turned into Factus v2 net lines so that the bill carries the SAME amounts Factus v1 would
 * have computed from them (docs/factus-upstream.md §3.4 for v1, §15 for v2; contract §4).
 *
 * <p><b>Why a plain net price is not enough.</b> v1 takes the tax-inclusive line total T, sets the base
 * B = round2(T / (1 + rate)) and the tax as the residual T − B. v2 takes a net price and computes the tax itself, per
 * line: tax = round2(base × rate). DIAN's annex defines a line's tax as its taxable amount times the rate, rounded to
 * the cent per line (that is what v2 does); v1's residual is a value DIAN tolerates within its rounding margin, and
 * it can differ from round2(B × rate) by one cent (the docs' own v1 example: B 33613.45 at 19 % → residual 6386.55,
 * round2 6386.56). Converting the unit price (price / (1 + rate), as the docs' own v2 example does) is off further
 * still: the base becomes quantity × a rounded unit price instead of the rounded line amount.
 *
 * <p><b>The rule.</b> For each line we keep v1's tax exactly: the bases B' whose round2(B' × rate) equals v1's tax
 * form a run of consecutive cents (about 100/rate of them); untaxed lines (excluded or 0 %) accept any base. We pick,
 * in each run, the cent nearest v1's base, then move bases by whole cents within the runs until Σ B' equals v1's
 * Σ B. Then ValFac (Σ bases), ValImp per tax code (each line's tax is v1's) and ValTot agree with v1 to the cent,
 * while every line still satisfies DIAN's tax = base × rate rounded per line. Only when the runs cannot absorb the
 * difference (a lone taxed line whose v1 residual no v2 base produces, e.g. the example above) we keep v1's bases
 * exactly, the tax differs by a cent per such line, and {@code cash_rounding_amount} (±500.00, contract §3.1) closes
 * the gap, so the buyer still pays v1's total. Halves round up (HALF_UP), as in our domain and the emulator:
 * contract §4.1 says no example shows a half cent (§14 open question; the safe reading is the one v1 uses).
 *
 * <p>A base B' is expressed with the canonical integer quantity q: with no discount, price = B'/q when it divides;
 * otherwise price = B'/q rounded up and {@code discount_amount} = q × price − B' (less than q cents). With a discount
 * rate, the rate is sent when v2's own arithmetic lands on B'; else the same price-and-discount-amount form.
 */
final class FactusV2Amounts {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final BigDecimal MAX_CASH_ROUNDING = new BigDecimal("500.00");

    private FactusV2Amounts() {
    }

    /**
     * One line: v1's amounts, and what v2 is sent. {@code discountRate} or {@code discountAmount} is set, not both;
     * {@code base} and {@code tax} are what Factus v2 computes from {@code quantity}, {@code price} and the discount.
     */
    record Line(DocumentLine source, BigDecimal v1Total, BigDecimal v1Base, BigDecimal v1Tax, BigDecimal price,
                BigDecimal discountRate, BigDecimal discountAmount, BigDecimal base, BigDecimal tax) {
        boolean taxed() {
            return !source.excluded() && source.taxRate().signum() > 0;
        }
    }

    /**
     * The bill: {@code payable} is v1's total (what the buyer owes, sent as the payment), {@code total} what v2
     * computes, {@code cashRounding} = payable − total (0.00 unless {@code exact} is false).
     */
    record Bill(List<Line> lines, BigDecimal charges, BigDecimal payable, BigDecimal total, BigDecimal cashRounding,
                boolean exact) {
    }

    /** {@code charges}: surcharges minus allowances of the document (never taxed, the same in v1 and v2). */
    static Bill of(List<DocumentLine> lines, BigDecimal charges) {
        List<BigDecimal> totals = new ArrayList<>();
        List<BigDecimal> v1Bases = new ArrayList<>();
        List<BigDecimal> v1Taxes = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        for (DocumentLine line : lines) {
            BigDecimal total = DocumentAmounts.lineTotal(line);
            BigDecimal rate = rate(line);
            BigDecimal base = rate.signum() == 0 ? total
                    : total.divide(BigDecimal.ONE.add(rate.divide(HUNDRED)), 2, RoundingMode.HALF_UP);
            totals.add(total);
            v1Bases.add(base);
            v1Taxes.add(total.subtract(base));
            runs.add(Run.of(rate, total.subtract(base)));
        }
        List<BigDecimal> bases = balance(v1Bases, runs);
        boolean exact = bases != null;
        if (!exact) {
            bases = v1Bases;
        }
        List<Line> converted = new ArrayList<>();
        BigDecimal v2Total = money(charges);
        BigDecimal payable = money(charges);
        for (int i = 0; i < lines.size(); i++) {
            Line line = line(lines.get(i), totals.get(i), v1Bases.get(i), v1Taxes.get(i), bases.get(i));
            converted.add(line);
            v2Total = v2Total.add(line.base()).add(line.tax());
            payable = payable.add(totals.get(i));
        }
        BigDecimal cashRounding = payable.subtract(v2Total);
        if (cashRounding.abs().compareTo(MAX_CASH_ROUNDING) > 0) {
            throw InvalidRequestException.of("items", "cannot be expressed in Factus v2 net prices within its "
                    + "±500.00 cash rounding");
        }
        return new Bill(List.copyOf(converted), money(charges), payable, v2Total, cashRounding, exact);
    }

    /** What Factus v2 computes as a line's tax from its base (contract §4.1 rule 2). */
    static BigDecimal tax(BigDecimal base, BigDecimal rate) {
        return base.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal rate(DocumentLine line) {
        return line.excluded() ? BigDecimal.ZERO : line.taxRate();
    }

    /**
     * Bases within each line's run summing to Σ v1 bases, or null when the runs cannot hold that sum. Each base
     * starts at the cent of its run nearest v1's base; the remaining difference is moved onto the lines with the
     * most room (untaxed lines have room without end), a cent at a time.
     */
    private static List<BigDecimal> balance(List<BigDecimal> v1Bases, List<Run> runs) {
        List<BigDecimal> bases = new ArrayList<>();
        BigDecimal gap = BigDecimal.ZERO;
        for (int i = 0; i < runs.size(); i++) {
            BigDecimal base = runs.get(i).clamp(v1Bases.get(i));
            bases.add(base);
            gap = gap.add(v1Bases.get(i)).subtract(base);
        }
        if (gap.signum() == 0) {
            return bases;
        }
        boolean up = gap.signum() > 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> runs.get(i).room(bases.get(i), up)).reversed());
        BigDecimal left = gap.abs();
        for (int i : order) {
            BigDecimal move = left.min(runs.get(i).room(bases.get(i), up));
            bases.set(i, up ? bases.get(i).add(move) : bases.get(i).subtract(move));
            left = left.subtract(move);
        }
        return left.signum() == 0 ? bases : null;
    }

    private static Line line(DocumentLine source, BigDecimal v1Total, BigDecimal v1Base, BigDecimal v1Tax,
                             BigDecimal base) {
        BigDecimal rate = rate(source);
        BigDecimal quantity = BigDecimal.valueOf(source.quantity());
        BigDecimal tax = rate.signum() == 0 ? BigDecimal.ZERO.setScale(2) : tax(base, rate);
        if (source.discountRate().signum() > 0) {
            // The net unit price before the discount, as v1 shows it; v2 then applies the rate itself.
            BigDecimal price = rate.signum() == 0 ? source.price().setScale(2, RoundingMode.HALF_UP)
                    : source.price().divide(BigDecimal.ONE.add(rate.divide(HUNDRED)), 2, RoundingMode.HALF_UP);
            BigDecimal gross = quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
            BigDecimal discount = quantity.multiply(price).multiply(source.discountRate())
                    .divide(HUNDRED, 2, RoundingMode.HALF_UP);
            if (gross.subtract(discount).compareTo(base) == 0) {
                return new Line(source, v1Total, v1Base, v1Tax, price, source.discountRate().setScale(2), null, base,
                        tax);
            }
            price = price.max(base.divide(quantity, 2, RoundingMode.CEILING));
            return new Line(source, v1Total, v1Base, v1Tax, price, null,
                    quantity.multiply(price).subtract(base).setScale(2), base, tax);
        }
        BigDecimal price = base.divide(quantity, 2, RoundingMode.CEILING);
        BigDecimal remainder = quantity.multiply(price).subtract(base).setScale(2);
        return remainder.signum() == 0
                ? new Line(source, v1Total, v1Base, v1Tax, price, BigDecimal.ZERO.setScale(2), null, base, tax)
                : new Line(source, v1Total, v1Base, v1Tax, price, null, remainder, base, tax);
    }

    private static BigDecimal money(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The cents [lo, hi] whose v2 tax at {@code rate} is {@code tax} (HALF_UP: base × rate / 100 in
     * [tax − 0.005, tax + 0.005)); an untaxed line takes any base from 0.00 up ({@code hi} null).
     */
    private record Run(BigDecimal lo, BigDecimal hi) {
        static Run of(BigDecimal rate, BigDecimal tax) {
            if (rate.signum() == 0) {
                return new Run(BigDecimal.ZERO.setScale(2), null);
            }
            BigDecimal lo = tax.subtract(HALF_CENT).multiply(HUNDRED).divide(rate, 2, RoundingMode.CEILING)
                    .max(BigDecimal.ZERO.setScale(2));
            BigDecimal hi = tax.add(HALF_CENT).multiply(HUNDRED).divide(rate, 2, RoundingMode.CEILING).subtract(CENT);
            return new Run(lo, hi);
        }

        BigDecimal clamp(BigDecimal base) {
            BigDecimal clamped = base.max(lo);
            return hi == null ? clamped : clamped.min(hi);
        }

        /** How far {@code base} may move up or down inside the run (untaxed: up without end, down to 0.00). */
        BigDecimal room(BigDecimal base, boolean up) {
            if (up) {
                return hi == null ? new BigDecimal("1E9") : hi.subtract(base).max(BigDecimal.ZERO);
            }
            return base.subtract(lo).max(BigDecimal.ZERO);
        }
    }
}
