package co.factusapi.application.port.out;

import co.factusapi.domain.webhook.AlertCondition;
import co.factusapi.domain.webhook.RaisedAlert;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Which compliance alerts of a tenant are raised (one state per subject and alert type) and the alert events
 * themselves: an alert is raised once per crossing, not once per poll.
 */
public interface ComplianceAlertLog {

    /**
     * For each condition, in one short transaction: when it holds and was not raised, marks it raised and writes its
     * event with a delivery to each of the tenant's enabled endpoints subscribed to the type (the outbox rule); when it
     * no longer holds, marks it cleared so a later crossing alerts again. Returns the events written.
     */
    int record(UUID tenantId, List<AlertCondition> conditions, Instant at);

    /** The tenant's alerts raised now, oldest first: read from the states alone, no provider call. */
    List<RaisedAlert> raised(UUID tenantId);
}
