package co.factusapi.domain.catalog;

/** A country: ISO 3166 alpha-2 code and Spanish name (as DIAN lists it). */
public record Country(String code, String name) {
}
