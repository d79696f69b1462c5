package co.factusapi.domain.catalog;

/** A code and its human name, e.g. a tax regime or a fiscal responsibility. */
public record CodeName(String code, String name) {
}
