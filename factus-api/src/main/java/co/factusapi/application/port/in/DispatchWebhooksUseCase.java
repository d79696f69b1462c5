package co.factusapi.application.port.in;

import java.time.Duration;

/** The background delivery of webhook events: run on a schedule by every instance (they never claim the same one). */
public interface DispatchWebhooksUseCase {

    /** Claims the due deliveries, sends them and records each attempt; how many were attempted. */
    int dispatch();

    /**
     * Deletes the events (with their deliveries and attempts) created more than {@code keptFor} ago that have nothing
     * left to deliver and whose document is settled; how many. The events of a document still PENDING or UNKNOWN stay:
     * its settled event is judged by them.
     */
    int purge(Duration keptFor);
}
