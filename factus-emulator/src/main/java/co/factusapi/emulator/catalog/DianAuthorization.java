package co.factusapi.emulator.catalog;

import co.factusapi.emulator.http.Json;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A numbering authorisation DIAN granted the account's software: what {@code GET /v1/numbering-ranges/dian} and
 * {@code GET /v2/numbering-ranges/dian} list (v2 contract §10.1, §13: the sandbox's SETP authorisation).
 */
public record DianAuthorization(String prefix, long from, long to, String resolutionNumber, LocalDate startDate,
        LocalDate endDate, String technicalKey) {
    private static final DateTimeFormatter YEAR_FIRST = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** The seed: DIAN's public test authorisation, the one the seeded sales range 8 numbers from. */
    public static final List<DianAuthorization> SOFTWARE = List.of(new DianAuthorization("SETP", 990000000L,
            995000000L, "18760000001", LocalDate.of(2019, 1, 19), LocalDate.of(2030, 1, 19),
            NumberingRanges.SANDBOX_TECHNICAL_KEY));

    /** The one authorising that resolution under that prefix, or null. */
    public static DianAuthorization find(String resolutionNumber, String prefix) {
        return SOFTWARE.stream().filter(authorization -> authorization.resolutionNumber().equals(resolutionNumber)
                && authorization.prefix().equalsIgnoreCase(prefix)).findFirst().orElse(null);
    }

    /** v1 (docs/factus-upstream.md §8): {@code from}/{@code to} as strings, dates {@code yyyy-MM-dd}. */
    public Map<String, Object> toV1Json() {
        return Json.obj("resolution_number", resolutionNumber, "prefix", prefix, "from", String.valueOf(from),
                "to", String.valueOf(to), "start_date", startDate.format(YEAR_FIRST),
                "end_date", endDate.format(YEAR_FIRST), "technical_key", technicalKey);
    }

    /**
     * v2 (§10.1): {@code {prefix, from, to, resolution_number, start_date, end_date, technical_key}}, no id; the page
     * says v1's string {@code from}/{@code to} changed, so integers; dates {@code dd-MM-yyyy} as every v2 response
     * date (§1.4; the page has no example date, D).
     */
    public Map<String, Object> toV2Json() {
        return Json.obj("prefix", prefix, "from", from, "to", to, "resolution_number", resolutionNumber,
                "start_date", startDate.format(DAY_FIRST), "end_date", endDate.format(DAY_FIRST),
                "technical_key", technicalKey);
    }
}
