package co.factusapi.domain.numbering;

/** Optional filters of the range list; null means "any". */
public record RangeFilter(Long id, RangeDocument document, String resolutionNumber, String technicalKey,
                          Boolean active) {
}
