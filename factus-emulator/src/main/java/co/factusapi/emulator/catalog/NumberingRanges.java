package co.factusapi.emulator.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The account's numbering ranges, seeded as the public sandbox has them (docs/factus-upstream.md §8.9). */
public final class NumberingRanges {
    public static final String SALES_INVOICE = "21";
    public static final String CREDIT_NOTE = "22";
    public static final String DEBIT_NOTE = "23";
    public static final String SUPPORT_DOCUMENT = "24";
    public static final String ADJUSTMENT_NOTE = "25";
    /** DIAN's public test range and key; the key takes part in every sandbox CUFE (docs/factus-upstream.md §3.7). */
    public static final String SANDBOX_TECHNICAL_KEY = "fc8eac422eba16e22ffd8c6f94b3f40a6e38162c";

    private final Clock clock;
    private final ConcurrentSkipListMap<Integer, NumberingRange> ranges = new ConcurrentSkipListMap<>();
    private final AtomicInteger nextId = new AtomicInteger();

    public NumberingRanges(Clock clock) {
        this.clock = clock;
        reset();
    }

    public void reset() {
        ranges.clear();
        Instant seeded = Instant.parse("2023-06-01T08:00:38Z");
        ranges.put(8, new NumberingRange(8, SALES_INVOICE, "SETP", 990000000L, 995000000L, 990000001L,
                "18760000001", LocalDate.of(2019, 1, 19), LocalDate.of(2030, 1, 19), SANDBOX_TECHNICAL_KEY, seeded));
        ranges.put(9, new NumberingRange(9, CREDIT_NOTE, "NC", 1L, 100000000L, 1L,
                null, LocalDate.of(2019, 1, 19), LocalDate.of(2030, 1, 19), null, seeded));
        // Debit notes: id 6 as in the docs and the public sandbox (docs/factus-upstream.md §5, C).
        ranges.put(6, new NumberingRange(6, DEBIT_NOTE, "ND", 1L, 100000000L, 1L,
                null, LocalDate.of(2019, 1, 19), LocalDate.of(2030, 1, 19), null, seeded));
        // Support documents need a resolution (§9.2); prefix, span and resolution as the docs' SEDS range (§6), with
        // the sales range's dates so that it never expires. The CUDS uses the software PIN, not a technical key.
        ranges.put(10, new NumberingRange(10, SUPPORT_DOCUMENT, "SEDS", 984000000L, 985000000L, 984000001L,
                "18760000003", LocalDate.of(2019, 1, 19), LocalDate.of(2030, 1, 19), null, seeded));
        // Adjustment notes: the docs' note is numbered "NA1" (§7).
        ranges.put(11, new NumberingRange(11, ADJUSTMENT_NOTE, "NA", 1L, 100000000L, 1L,
                null, LocalDate.of(2019, 1, 19), LocalDate.of(2030, 1, 19), null, seeded));
        nextId.set(12);
    }

    public List<NumberingRange> all() {
        return List.copyOf(ranges.values());
    }

    public NumberingRange get(int id) {
        return ranges.get(id);
    }

    public NumberingRange remove(int id) {
        return ranges.remove(id);
    }

    public NumberingRange create(String document, String prefix, long current, String resolutionNumber) {
        int id = nextId.getAndIncrement();
        LocalDate today = today();
        NumberingRange range = new NumberingRange(id, document, prefix, current, current + 99_999_999L, current,
                resolutionNumber, today, today.plusYears(2), null, now());
        ranges.put(id, range);
        return range;
    }

    /**
     * A range whose span, dates and technical key come from DIAN's authorisation of its resolution (v2 contract
     * §10.1); a technical key only on a sales-invoice range, the one whose CUFE hashes it.
     */
    public NumberingRange create(String document, String prefix, long current, DianAuthorization authorization) {
        int id = nextId.getAndIncrement();
        NumberingRange range = new NumberingRange(id, document, prefix, authorization.from(), authorization.to(),
                current, authorization.resolutionNumber(), authorization.startDate(), authorization.endDate(),
                SALES_INVOICE.equals(document) ? authorization.technicalKey() : null, now());
        ranges.put(id, range);
        return range;
    }

    public List<NumberingRange> active(String document) {
        LocalDate today = today();
        return ranges.values().stream()
                .filter(range -> range.document().equals(document) && range.isActive(today))
                .toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
