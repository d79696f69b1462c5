package co.factusapi.emulator.document;

/** A billing period as sent (request dates {@code yyyy-MM-dd}, times {@code HH:mm:ss}); end after start. */
public record BillingPeriod(String startDate, String startTime, String endDate, String endTime) {
}
