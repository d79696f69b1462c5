package co.factusapi.domain.tenant;

import java.time.LocalDate;

/**
 * How many documents the tenant's provider subscription has used and has left, and when it expires, as the
 * provider reports it. {@code documentsRemaining} is null when the plan is unlimited ({@code unlimited}); any field
 * the provider did not report is null.
 */
public record DocumentQuota(Long documentsUsed, Long documentsRemaining, boolean unlimited, LocalDate expiresOn) {
}
