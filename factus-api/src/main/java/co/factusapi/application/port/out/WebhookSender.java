package co.factusapi.application.port.out;

import co.factusapi.domain.webhook.DeliveryAttempt;
import java.net.URI;
import java.util.Map;

/**
 * Posts one signed event to a receiver, bounded by a timeout, never following a redirect. Never throws: a timeout or
 * a failed connection is an attempt without a status code.
 */
public interface WebhookSender {
    DeliveryAttempt post(URI url, Map<String, String> headers, String body);
}
