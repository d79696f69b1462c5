package co.factusapi.application.port.out;

import java.net.URI;

/**
 * Where webhooks may be sent (OWASP API7, server-side request forgery): absolute https URLs whose host resolves to
 * public addresses only, unless configuration allows the host or its network. Checked when an endpoint is registered
 * and again before every delivery, since DNS answers change.
 */
public interface WebhookDestinations {

    /** An InvalidRequestException on the field {@code url} when the URL may not receive webhooks. */
    void check(URI url);
}
