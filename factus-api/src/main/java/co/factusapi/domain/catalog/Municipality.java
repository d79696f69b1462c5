package co.factusapi.domain.catalog;

/** A Colombian municipality: its DANE code (e.g. "68679"), name and department. */
public record Municipality(String code, String name, String department) {
}
