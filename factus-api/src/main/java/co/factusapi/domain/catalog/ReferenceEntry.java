package co.factusapi.domain.catalog;

/** One row of a reference table: the code our API accepts, its name, and the DIAN code when it has one. */
public record ReferenceEntry(String code, String name, String dianCode) {
}
