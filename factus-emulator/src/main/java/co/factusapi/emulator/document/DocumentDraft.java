package co.factusapi.emulator.document;

/**
 * What every validated {@code …/validate} body carries in the same sense, whatever the family or API version: the
 * stored document answers these from its draft, and the issuer numbers it in the chosen range.
 */
public interface DocumentDraft {
    int numberingRangeId();

    String referenceCode();

    String observation();

    /** The DIAN means-of-payment code ("10" cash, "47" transfer, …). */
    String paymentMethodCode();
}
