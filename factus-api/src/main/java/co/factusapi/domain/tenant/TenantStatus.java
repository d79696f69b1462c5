package co.factusapi.domain.tenant;

/** A suspended tenant keeps its documents (legal retention) but none of its keys or users may act. */
public enum TenantStatus {
    ACTIVE, SUSPENDED
}
