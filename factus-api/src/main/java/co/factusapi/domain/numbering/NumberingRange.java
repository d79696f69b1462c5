package co.factusapi.domain.numbering;

import java.time.LocalDate;

/**
 * A DIAN numbering range of the account. {@code id} is the provider's opaque id (needed to change or delete it);
 * {@code current} is the next consecutive to be used. {@code document} is null when the provider names a document
 * this service does not know.
 */
public record NumberingRange(long id, RangeDocument document, String prefix, Long from, Long to, Long current,
                             String resolutionNumber, LocalDate startDate, LocalDate endDate, String technicalKey,
                             boolean active, boolean expired) {
}
