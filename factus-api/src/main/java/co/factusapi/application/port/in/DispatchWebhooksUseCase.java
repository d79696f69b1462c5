package co.factusapi.application.port.in;

/** The background delivery of webhook events: run on a schedule by every instance (they never claim the same one). */
public interface DispatchWebhooksUseCase {

    /** Claims the due deliveries, sends them and records each attempt; how many were attempted. */
    int dispatch();
}
