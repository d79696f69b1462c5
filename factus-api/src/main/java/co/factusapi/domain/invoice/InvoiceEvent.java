package co.factusapi.domain.invoice;

/** A RADIAN event registered on an invoice (acuse de recibo 030, reclamo 031, recibo del bien 032, ...). */
public record InvoiceEvent(String number, String cude, String eventCode, String eventName, String effectiveDate,
                           String effectiveTime) {
}
