package co.factusapi.domain.catalog;

/** A tax an item may carry, with its DIAN tribute code (e.g. "01" IVA). */
public record ProductTax(String code, String name, String description) {
}
