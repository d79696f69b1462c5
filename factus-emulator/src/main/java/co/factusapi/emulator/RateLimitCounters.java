package co.factusapi.emulator;

/**
 * One account's rate-limit figures: its limit (0 = unlimited), the requests it let through, the requests it answered
 * with 429, and the most requests it accepted within any 60-second window (measured with or without a limit, so a
 * test can prove that a client kept under Factus's allowance by itself).
 */
public record RateLimitCounters(int perMinute, long accepted, long throttled, int maxInWindow) {
}
