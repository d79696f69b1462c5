package co.factusapi.emulator.document;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Colombian local time as documents carry it (docs/factus-upstream.md §1): UTC−05:00 all year, timestamps
 * {@code dd-MM-yyyy hh:mm:ss AM/PM}, dates inside documents {@code dd-MM-yyyy}, the CUFE's time with its offset.
 */
public final class ColombiaTime {
    public static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("dd-MM-yyyy hh:mm:ss a", Locale.US);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIME_WITH_OFFSET = DateTimeFormatter.ofPattern("HH:mm:ssxxx");

    private ColombiaTime() {
    }

    /** Now in Bogotá, to the second: documents carry no fractions, and the CUFE hashes this very time. */
    public static ZonedDateTime now(Clock clock) {
        return ZonedDateTime.now(clock).withZoneSameInstant(BOGOTA).truncatedTo(ChronoUnit.SECONDS);
    }

    /** {@code "09-01-2025 01:56:13 PM"}, or null. */
    public static String timestamp(ZonedDateTime time) {
        return time == null ? null : time.format(TIMESTAMP);
    }

    /** {@code "19-01-2030"}, or null. */
    public static String day(LocalDate date) {
        return date == null ? null : date.format(DAY_FIRST);
    }

    /** {@code "13:56:13-05:00"}: HorFac of the CUFE and the UBL IssueTime. */
    public static String timeWithOffset(ZonedDateTime time) {
        return time.format(TIME_WITH_OFFSET);
    }
}
