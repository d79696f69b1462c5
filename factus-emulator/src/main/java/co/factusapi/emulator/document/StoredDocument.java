package co.factusapi.emulator.document;

/** A document a {@link DocumentStore} keeps: found by id, number and reference, judged by the simulated DIAN. */
public interface StoredDocument {
    long id();

    String number();

    String referenceCode();

    DianStatus dian();
}
