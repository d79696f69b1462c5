package co.factusapi.application.port.in;

/** Reads every tenant's numbering ranges and provider quota and raises the compliance alerts that crossed. */
public interface PollComplianceAlertsUseCase {

    /** One run over all tenants; the number of alert events written. */
    int poll();
}
