package co.factusapi.application.port.in;

import co.factusapi.domain.webhook.RaisedAlert;
import java.util.List;

/** Reads every tenant's numbering ranges and provider quota and raises the compliance alerts that crossed. */
public interface PollComplianceAlertsUseCase {

    /** One run over all tenants; the number of alert events written. */
    int poll();

    /** The acting tenant's alerts raised now, as the last poll left them (no provider call). */
    List<RaisedAlert> raised();
}
