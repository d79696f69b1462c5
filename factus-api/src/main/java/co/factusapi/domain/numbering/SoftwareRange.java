package co.factusapi.domain.numbering;

import java.time.LocalDate;

/** A range DIAN associates with the invoicing software (the resolution as DIAN knows it). */
public record SoftwareRange(String resolutionNumber, String prefix, Long from, Long to, LocalDate startDate,
                            LocalDate endDate, String technicalKey) {
}
