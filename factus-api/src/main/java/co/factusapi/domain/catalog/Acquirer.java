package co.factusapi.domain.catalog;

/** What DIAN knows of a buyer by document number: enough to pre-fill an invoice's customer. */
public record Acquirer(String name, String email) {
}
