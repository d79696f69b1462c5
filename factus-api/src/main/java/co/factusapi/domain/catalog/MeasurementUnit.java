package co.factusapi.domain.catalog;

/** A DIAN unit of measure, e.g. "94" unidad, "KGM" kilogramo. */
public record MeasurementUnit(String code, String name) {
}
