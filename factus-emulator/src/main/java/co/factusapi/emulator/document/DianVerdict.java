package co.factusapi.emulator.document;

import java.util.Map;

/** What the simulated DIAN answered: validated, rejected ("Rechazo") or too slow (a plain notification). */
public record DianVerdict(boolean validated, boolean rejected, Map<String, String> errorsByRule) {

    public static DianVerdict accepted() {
        return new DianVerdict(true, false, Map.of());
    }
}
