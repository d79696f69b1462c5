package co.factusapi.application.port.out;

import co.factusapi.domain.invoice.InvoiceEvent;
import java.util.List;

/** The RADIAN events (acknowledgement, acceptance, claims) the buyer or DIAN recorded on one of our invoices. */
public interface InvoiceEventsGateway {

    List<InvoiceEvent> events(String invoiceNumber);
}
