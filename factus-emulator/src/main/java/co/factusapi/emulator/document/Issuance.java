package co.factusapi.emulator.document;

import co.factusapi.emulator.catalog.Company;
import co.factusapi.emulator.catalog.NumberingRange;
import java.time.ZonedDateTime;

/**
 * What the emulator assigns a document when it issues one, the same way for every family: its store id, the next
 * number of its range, the issuing company and time, its CUFE, CUDE or CUDS, its DIAN file name and DIAN's verdict.
 */
public record Issuance(long id, String number, NumberingRange range, Company company, ZonedDateTime createdAt,
        String uniqueCode, String fileName, DianVerdict verdict) {
}
