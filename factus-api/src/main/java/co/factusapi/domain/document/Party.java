package co.factusapi.domain.document;

/** The other side of a document as lists show it: the customer of an invoice, the provider of a support document. */
public record Party(String identification, String name) {
}
