package co.factusapi.emulator.catalog;

import co.factusapi.emulator.http.Json;
import java.util.Map;

public record Municipality(int id, String code, String name, String department) {

    public Map<String, Object> toJson() {
        return Json.obj("id", id, "code", code, "name", name, "department", department);
    }

    /** Inside documents the municipality has no department (docs/factus-upstream.md §3.3). */
    public Map<String, Object> toShortJson() {
        return Json.obj("id", id, "code", code, "name", name);
    }
}
