package co.factusapi.application.port.in;

/** Asks the provider for the RADIAN events of every tenant's watched credit-sale invoices that are due a look. */
public interface PollRadianEventsUseCase {

    /** One run over all tenants; the number of {@code document.radian_event} events written. */
    int poll();
}
